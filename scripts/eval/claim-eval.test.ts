import { describe, expect, it } from 'vitest';
import { mentionMatches, scoreClaims, type ClaimCorpus } from './claim-eval.ts';
import type { ClaimsGold } from './gold-sets.ts';

// Event 1 (tuning) has three articles about a bridge, event 2 (test) two about a flood.
const sources: Record<string, string> = {
  '1/a.md': 'The mayor opened the new bridge on Monday morning. The bridge cost forty million dollars to build.',
  '1/b.md': 'The mayor opened the bridge on Monday, and the crowd cheered. The bridge cost about forty million dollars.',
  '1/c.md': 'The mayor cut a ribbon at the bridge on Monday. The river flooded twice in ten years.',
  '2/d.md': 'The river rose three metres overnight.',
  '2/e.md': 'Overnight the river rose by three metres, officials said.',
};

const gold: ClaimsGold = {
  events: ['1', '2'],
  claims: [
    { id: 'opened', mentions: [['1/a.md', 'The mayor opened the new bridge on Monday'], ['1/b.md', 'The mayor opened the bridge on Monday'], ['1/c.md', 'The mayor cut a ribbon at the bridge on Monday']] },
    { id: 'cost', mentions: [['1/a.md', 'The bridge cost forty million dollars to build'], ['1/b.md', 'The bridge cost about forty million dollars']] },
    { id: 'rose', mentions: [['2/d.md', 'The river rose three metres overnight'], ['2/e.md', 'Overnight the river rose by three metres']] },
  ],
  unique: [['1/c.md', 'The river flooded twice in ten years']],
  conflicts: [{ claim: 'cost', detail: 'forty million vs about forty million' }],
  quotes: [],
};

const mention = (article: string, text: string) => ({ article, text, anchor: '', outlet: 'x' });
const claim = (id: string, mentions: ReturnType<typeof mention>[], extra: Partial<ClaimCorpus['claims']['claims'][number]> = {}) => ({ id, mentions, similar: [], conflicts: [], ...extra });

const articles = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, provenance: { file: `${id === 'd' || id === 'e' ? 2 : 1}/${id}.md` } }));

describe('mentionMatches', () => {
  it('matches across case, curly quotes and spacing, and a clause holding at least half of the snippet', () => {
    expect(mentionMatches('Lindsay Lohan’ s attorney said Thursday the actress checked in.', "Lindsay Lohan's attorney said Thursday")).toBe(true);
    expect(mentionMatches('the actress checked into rehab', "Lindsay Lohan's lawyer says the actress checked into rehab")).toBe(true);
    expect(mentionMatches('checked', "Lindsay Lohan's lawyer says the actress checked into rehab")).toBe(false);
  });
});

describe('scoreClaims', () => {
  it('scores pairs, single-outlet links, similar links and disagreements per half', () => {
    const corpus: ClaimCorpus = {
      articles,
      claims: {
        claims: [
          // a-b opening: right. c's river sentence (unique) linked to a: wrong, and a single-outlet claim linked elsewhere.
          claim('X', [mention('a', 'The mayor opened the new bridge on Monday morning.'), mention('b', 'The mayor opened the bridge on Monday'), mention('c', 'The river flooded twice in ten years.')]),
          claim('Y', [mention('a', 'The bridge cost forty million dollars to build.')], { similar: ['Z'], conflicts: [{ claim: 'Z', reason: 'numbers' }] }),
          claim('Z', [mention('b', 'The bridge cost about forty million dollars.')], { conflicts: [{ claim: 'Y', reason: 'numbers' }] }),
          claim('R', [mention('d', 'The river rose three metres overnight.'), mention('e', 'Overnight the river rose by three metres, officials said.')]),
        ],
      },
    };
    const { halves, disagreements, missingSnippets } = scoreClaims(corpus, gold, (file) => sources[file]);
    expect(missingSnippets).toEqual([]);
    const tuning = halves.find((h) => h.half === 'tuning')!;
    // Predicted pairs in X: a-b (right), a-c, b-c (wrong) → 1/3. Gold pairs: opened 3, cost 1 → 4; covered a-b only.
    expect(tuning).toMatchObject({ events: 1, goldClaims: 2, goldPairs: 4, coveredPairs: 1, predictedPairs: 3, rightPairs: 1, wrongUnlabelled: 0, unique: 1, uniqueLinked: 1, similar: 1, similarRight: 1 });
    expect(tuning.precision).toBeCloseTo(1 / 3, 12);
    expect(tuning.recall).toBeCloseTo(1 / 4, 12);
    // c's opening sentence was never extracted: one gold mention unmapped.
    expect(tuning.unmapped).toBe(1);
    const test = halves.find((h) => h.half === 'test')!;
    expect(test).toMatchObject({ goldPairs: 1, coveredPairs: 1, predictedPairs: 1, rightPairs: 1, precision: 1, recall: 1, f1: 1 });
    // The Y/Z disagreement is listed once, between two mentions of the gold claim with a conflicts entry.
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]).toMatchObject({ half: 'tuning', reason: 'numbers', sharedGold: ['cost'], goldConflict: true });
  });

  it('a single-outlet claim linked through a shared claim of its sentence counts as linked, but not as linked apart', () => {
    // c's mention states the opening (shared) and the flooding (single-outlet): a right pair with a, through the opening.
    const both = mention('c', 'The mayor cut a ribbon at the bridge on Monday as the river flooded twice in ten years.');
    const goldBoth: ClaimsGold = { ...gold, claims: gold.claims.map((c) => (c.id === 'opened' ? { ...c, mentions: c.mentions.map(([f, t]) => [f, f === '1/c.md' ? 'The mayor cut a ribbon at the bridge on Monday as the river flooded twice in ten years' : t] as [string, string]) } : c)) };
    const corpus: ClaimCorpus = { articles, claims: { claims: [claim('X', [mention('a', 'The mayor opened the new bridge on Monday morning.'), both])] } };
    const tuning = scoreClaims(corpus, goldBoth).halves.find((h) => h.half === 'tuning')!;
    expect(tuning).toMatchObject({ predictedPairs: 1, rightPairs: 1, unique: 1, uniqueLinked: 1, uniqueLinkedApart: 0 });
    // Linked to a mention that states only another claim, it is both.
    const wrong: ClaimCorpus = { articles, claims: { claims: [claim('X', [mention('a', 'The bridge cost forty million dollars to build.'), both])] } };
    expect(scoreClaims(wrong, goldBoth).halves.find((h) => h.half === 'tuning')!).toMatchObject({ rightPairs: 0, uniqueLinked: 1, uniqueLinkedApart: 1 });
  });

  it('lists snippets that are not in their files', () => {
    const { missingSnippets } = scoreClaims({ articles, claims: { claims: [] } }, gold, (file) => (file === '2/e.md' ? 'Nothing here.' : sources[file]));
    expect(missingSnippets).toEqual(['2/e.md: Overnight the river rose by three metres']);
  });
});
