import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../schemas/entity.ts';
import { whoIsQuoted } from './story-view.ts';

const article = (id: string, outlet: string) => ({ id, outlet: { id: outlet, name: outlet === 'unknown' ? 'Unknown outlet' : outlet.toUpperCase() } });
const entities: Record<string, { name: string; type: EntityType }> = {
  altman: { name: 'Sam Altman', type: 'person' },
  hegseth: { name: 'Pete Hegseth', type: 'person' },
  openai: { name: 'OpenAI', type: 'organization' },
  'united-states': { name: 'United States', type: 'place' },
};
const entityOf = (id: string) => entities[id];

describe('whoIsQuoted', () => {
  const articles = [article('a1', 'nyt'), article('a2', 'fox'), article('a3', 'nyt'), article('a4', 'unknown'), article('a5', 'unknown')];

  it('counts, per outlet, the people and organizations its articles credit, with direct quotations and inferred speakers apart', () => {
    const quoted = whoIsQuoted(
      articles,
      [
        { article: 'a1', speaker: 'altman', attribution: 'quote' },
        { article: 'a3', speaker: 'altman', speakerInferred: true, attribution: 'indirect' },
        { article: 'a1', speaker: 'openai', attribution: 'according-to' },
        { article: 'a2', speaker: 'hegseth', attribution: 'quote' },
        { article: 'a2', speaker: 'altman', attribution: 'indirect' },
      ],
      entityOf,
    );
    expect(quoted.map((q) => q.outlet.id)).toEqual(['nyt', 'fox', 'unknown', 'unknown']);
    expect(quoted[0]!.articles).toEqual(['a1', 'a3']);
    expect(quoted[0]!.speakers).toEqual([
      { id: 'altman', name: 'Sam Altman', type: 'person', count: 2, direct: 1, inferred: 1, outlets: 2 },
      { id: 'openai', name: 'OpenAI', type: 'organization', count: 1, direct: 0, inferred: 0, outlets: 1 },
    ]);
    expect(quoted[1]!.speakers).toEqual([
      { id: 'hegseth', name: 'Pete Hegseth', type: 'person', count: 1, direct: 1, inferred: 0, outlets: 1 },
      { id: 'altman', name: 'Sam Altman', type: 'person', count: 1, direct: 0, inferred: 0, outlets: 2 },
    ]);
  });

  it('credits no one for unattributed mentions, places, unknown entities or articles outside the story', () => {
    const quoted = whoIsQuoted(
      articles,
      [
        { article: 'a1', speaker: 'altman', attribution: 'none' },
        { article: 'a1', speaker: 'united-states', attribution: 'indirect' },
        { article: 'a1', speaker: 'nobody-known', attribution: 'quote' },
        { article: 'other', speaker: 'altman', attribution: 'quote' },
        { article: 'a1' },
      ],
      entityOf,
    );
    expect(quoted.every((q) => q.speakers.length === 0)).toBe(true);
  });

  it('keeps each unknown-outlet article an outlet of its own: nothing says they share a source', () => {
    const quoted = whoIsQuoted(
      articles,
      [
        { article: 'a4', speaker: 'altman', attribution: 'quote' },
        { article: 'a5', speaker: 'altman', attribution: 'quote' },
      ],
      entityOf,
    );
    expect(quoted.slice(2).map((q) => [q.articles, q.speakers[0]?.outlets])).toEqual([
      [['a4'], 2],
      [['a5'], 2],
    ]);
  });
});
