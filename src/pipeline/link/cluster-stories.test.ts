import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceClusterStories } from '../../../tests/support/cluster-stories-reference.ts';
import { clusterStories, type StoryInput } from './cluster-stories.ts';

// Hand-made inputs shaped like what storyInput derives from real articles (ECB+ topics 1 and 2, the bundled story).
const lohanLat: StoryInput = { id: 'lat', published: '2013-05-03', entities: ['lindsay-lohan', 'betty-ford-center'], terms: ['check', 'rehab', 'facility', 'probation', 'court'] };
const lohanPost: StoryInput = { id: 'post', published: '2013-05-02', entities: ['lindsay-lohan', 'newport-beach'], terms: ['rehab', 'check', 'facility', 'unlicensed'] };
const lohanPeople: StoryInput = { id: 'people', published: '2013-05-04', entities: ['lindsay-lohan', 'betty-ford-center'], terms: ['check', 'rehab', 'stay', 'day'] };
const oscars: StoryInput = { id: 'oscars', published: '2013-08-02', entities: ['ellen-degeneres', 'academy'], terms: ['host', 'oscars', 'second', 'time'] };

function storiesOf(map: Map<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [article, story] of map) groups.set(story, [...(groups.get(story) ?? []), article].sort());
  return [...groups.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('clusterStories', () => {
  it('puts the same event in different words into one story, and another event apart', () => {
    expect(storiesOf(clusterStories([lohanLat, lohanPost, lohanPeople, oscars]))).toEqual([['lat', 'people', 'post'], ['oscars']]);
  });

  it('keeps two events with the same people apart when they are months apart', () => {
    const later: StoryInput = { ...lohanPeople, id: 'later', published: '2013-09-20' };
    expect(storiesOf(clusterStories([lohanLat, later]))).toEqual([['lat'], ['later']]);
  });

  it('keeps the same entities in a different event apart when nothing else is shared', () => {
    // Same week, same person, but about a film role: only the entity is shared, not the event's words.
    const film: StoryInput = { id: 'film', published: '2013-05-03', entities: ['lindsay-lohan', 'paul-schrader'], terms: ['film', 'canyons', 'premiere', 'review', 'cast', 'director', 'venice'] };
    expect(storiesOf(clusterStories([lohanLat, film]))).toEqual([['film'], ['lat']]);
  });

  it('gives a story the id of its first article, so adding an unrelated article changes no id', () => {
    const before = clusterStories([lohanLat, lohanPost]);
    const after = clusterStories([lohanLat, lohanPost, oscars]);
    expect(after.get('lat')).toBe(before.get('lat'));
    expect(after.get('post')).toBe(before.get('post'));
    expect(before.get('lat')).toMatch(/^s[0-9a-f]{10}$/);
  });

  it('does not depend on the input order', () => {
    const a = clusterStories([lohanLat, lohanPost, lohanPeople, oscars]);
    const b = clusterStories([oscars, lohanPeople, lohanPost, lohanLat]);
    expect([...b].sort()).toEqual([...a].sort());
  });

  it('a story with one article is fine', () => {
    expect(storiesOf(clusterStories([oscars]))).toEqual([['oscars']]);
  });
});

describe('clusterStories over a recurring event', () => {
  // The same words every three weeks: each occurrence is its own story, however many there are.
  const dated = Array.from({ length: 40 }, (_, i) => ({
    id: `copy-${String(i).padStart(2, '0')}`,
    published: new Date(Date.UTC(2026, 0, 1) + i * 21 * 86_400_000).toISOString().slice(0, 10),
    entities: ['harbour-authority'],
    terms: ['strike', 'harbour', 'pay', 'deal'],
  }));

  it('keeps occurrences further apart than the window in separate stories', () => {
    const storyOf = clusterStories(dated);
    expect(new Set(storyOf.values()).size).toBe(40);
  });

  it('still lets an undated article join a story whose window has long passed', () => {
    const storyOf = clusterStories([...dated, { id: 'undated', entities: ['harbour-authority'], terms: ['strike', 'harbour', 'pay', 'deal'] }]);
    expect(storyOf.get('undated')).toBe(storyOf.get('copy-00'));
  });
});

describe('clusterStories scoring through the postings', () => {
  // Small vocabularies, a short window and a low posting cap make shared keys, retired stories, common keys and
  // undated articles all frequent.
  const input = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    published: fc.option(fc.integer({ min: 1, max: 40 }).map((day) => `2026-01-${String(1 + (day % 28)).padStart(2, '0')}`), { nil: undefined }),
    entities: fc.uniqueArray(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'), { maxLength: 3 }),
    terms: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10'), { maxLength: 5 }),
  });
  const options = fc.record({ joinAt: fc.constantFrom(0.1, 0.2, 0.4), windowDays: fc.constantFrom(1, 3, 14), maxPosting: fc.constantFrom(2, 4, 200) });

  it('groups any articles exactly as testing every key of every candidate did', () => {
    fc.assert(
      fc.property(fc.uniqueArray(input, { selector: (a) => a.id, maxLength: 60 }), options, (articles, opts) => {
        expect([...clusterStories(articles, opts)]).toEqual([...referenceClusterStories(articles, opts)]);
      }),
      { numRuns: 2000 },
    );
  });
});
