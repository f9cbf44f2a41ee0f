import { FILTER_KEYS, readState, writeState, type SearchState } from './search-state.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string | null, options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const FILTER_LABELS: Record<string, string> = { type: 'Result type', outlet: 'Outlet', entity: 'Entity', story: 'Story', year: 'Year' };
// Each result shown costs one fragment download: show ten, then ten more on request.
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
const facets = document.querySelector<HTMLElement>('#search-facets')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let state: SearchState = readState(location.search);

// On a phone the filters would push the results below the fold: they start folded unless some are in use.
const filtersBox = document.querySelector<HTMLDetailsElement>('#search-filters');
if (filtersBox && window.matchMedia('(max-width: 50rem)').matches && Object.keys(state.filters).length === 0) filtersBox.open = false;
let pagefind: Pagefind | undefined;
let run = 0;
let filtersLoaded = false;
let current: PagefindSearch | undefined;

async function loadPagefind(): Promise<Pagefind> {
  // The index is written by the build; a variable path keeps the bundler from trying to resolve it.
  const path = '/pagefind/pagefind.js';
  const module = (await import(/* @vite-ignore */ path)) as Pagefind;
  await module.init();
  return module;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function renderFacets(counts: Record<string, Record<string, number>>): void {
  const groups = FILTER_KEYS.filter((key) => Object.keys(counts[key] ?? {}).length > 0 || (state.filters[key]?.length ?? 0) > 0);
  facets.replaceChildren(
    ...groups.map((key) => {
      const values = counts[key] ?? {};
      const names = [...new Set([...Object.keys(values), ...(state.filters[key] ?? [])])].sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a.localeCompare(b));
      const fieldset = element('fieldset', { className: 'facet' }, element('legend', {}, FILTER_LABELS[key] ?? key));
      for (const name of names.slice(0, 12)) {
        const box = element('input', { type: 'checkbox', name: key, value: name, checked: state.filters[key]?.includes(name) ?? false });
        fieldset.append(element('label', {}, box, ` ${name} `, element('span', { className: 'count' }, `(${values[name] ?? 0})`)));
      }
      return fieldset;
    }),
  );
}

async function resultItems(results: PagefindResult[]): Promise<HTMLLIElement[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => {
    const link = element('a', { href: d.url }, d.meta.title ?? d.url);
    const details = [d.meta.type, d.meta.speaker && `said by ${d.meta.speaker}`, d.meta.outlet, d.meta.date].filter(Boolean).join(' · ');
    const excerpt = element('p', { className: 'excerpt' });
    // Pagefind's excerpt is escaped page text with <mark> around the matched words.
    excerpt.innerHTML = d.excerpt;
    return element('li', {}, element('h2', {}, link), element('p', { className: 'count' }, details), excerpt);
  });
}

function describe(found: PagefindSearch): void {
  const total = found.results.length;
  const shown = list.children.length;
  status.textContent = total === 0 ? `No results${state.q ? ` for “${state.q}”` : ''}.` : `${total} ${total === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}${shown < total ? `, showing the first ${shown}` : ''}.`;
  help.hidden = total > 0;
  more.hidden = shown >= total;
}

async function renderResults(found: PagefindSearch): Promise<void> {
  current = found;
  const items = await resultItems(found.results.slice(0, PAGE_SIZE));
  // A keyboard user on the nth result stays on the nth result when the list is drawn again (a late search
  // replacing an earlier one's results would otherwise drop their focus to the page).
  const focused = [...list.querySelectorAll('h2 a')].indexOf(document.activeElement as Element);
  list.replaceChildren(...items);
  if (focused >= 0) (list.querySelectorAll<HTMLAnchorElement>('h2 a')[focused] ?? input).focus();
  describe(found);
}

more.addEventListener('click', () => {
  const found = current;
  if (!found) return;
  const from = list.children.length;
  void resultItems(found.results.slice(from, from + PAGE_SIZE))
    .then((items) => {
      if (found !== current) return;
      list.append(...items);
      describe(found);
      // Keyboard users continue from the first new result rather than from the button, which may now be hidden.
      items[0]?.querySelector('a')?.focus();
    })
    .catch(fail);
});

async function update(): Promise<void> {
  const mine = ++run;
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  const hasFilters = Object.keys(state.filters).length > 0;
  pagefind ??= await loadPagefind();
  if (!state.q && !hasFilters) {
    if (mine !== run) return;
    renderFacets(await pagefind.filters());
    list.replaceChildren();
    current = undefined;
    more.hidden = true;
    status.textContent = 'Type to search articles, stories, claims and entities.';
    help.hidden = true;
    return;
  }
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  const options = { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
  const found = await pagefind.search(state.q || null, options);
  // A newer keystroke has started its own search: drop this one.
  if (!found || mine !== run) return;
  await renderResults(found);
  // Filter counts need the filter index, which is large on a big site: fetch it after the first results show.
  if (!filtersLoaded) {
    await pagefind.filters();
    filtersLoaded = true;
    const again = await pagefind.search(state.q || null, options);
    if (!again || mine !== run) return;
    renderFacets(again.filters);
  } else {
    renderFacets(found.filters);
  }
}

function fail(error: unknown): void {
  status.textContent = 'Search is not available: the index is built by “npm run build”.';
  console.warn(error);
}

input.value = state.q;
sort.value = state.sort;
let timer: number | undefined;
input.addEventListener('input', () => {
  state = { ...state, q: input.value.trim() };
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void update().catch(fail), 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, q: input.value.trim() };
  void update().catch(fail);
});
sort.addEventListener('change', () => {
  state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' };
  void update().catch(fail);
});
facets.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const current = new Set(state.filters[box.name] ?? []);
  if (box.checked) current.add(box.value);
  else current.delete(box.value);
  const filters = { ...state.filters, [box.name]: [...current] };
  if (current.size === 0) delete filters[box.name];
  state = { ...state, filters };
  void update().catch(fail);
});
document.querySelector('#search-clear-filters')?.addEventListener('click', () => {
  state = { ...state, filters: {} };
  void update().catch(fail);
  input.focus();
});

// Keyboard: arrows move between the box and the results, Escape clears the box or goes back to it.
document.addEventListener('keydown', (event) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
    const next = links[at + 1];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    (at === 0 ? input : links[at - 1]!).focus();
  } else if (event.key === 'Escape') {
    if (document.activeElement === input && input.value !== '') {
      input.value = '';
      state = { ...state, q: '' };
      void update().catch(fail);
    } else {
      input.focus();
    }
  }
});
window.addEventListener('popstate', () => {
  state = readState(location.search);
  input.value = state.q;
  sort.value = state.sort;
  void update().catch(fail);
});

// Focus is left where the reader put it: the skip link stays the first stop for keyboard users.
void update().catch(fail);
