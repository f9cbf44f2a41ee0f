/** The search as the URL holds it: `/search/?q=safeguards&outlet=TechCrunch&type=Claim&sort=date`. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
}

export const FILTER_KEYS = ['type', 'outlet', 'entity', 'story', 'year'] as const;

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}
