import { describe, expect, it } from 'vitest';
import { claimFeaturesOf } from '../../../tests/support/claim-corpus.ts';
import type { ClaimFeatures } from './claim-features.ts';
import { idfOf } from './link-claims.ts';
import { cheapPairFeatures, compatibleSpeakers, pairFeatures, softAlignment } from './pair-features.ts';
import { wordVectors } from './word-vectors.ts';

// Sentences of ECB+ events 11 (Turkmenistan's elections) and 7 (Klitschko–Thompson), tuning half, and event 1 (Lindsay Lohan's rehab, tuning half).
const stories = [
  {
    id: 'a-11-1',
    outlet: 'trend',
    published: '2013-09-26',
    body: 'Wladimir Klitschko put Tony Thompson on the canvas with a big right hand near the end of the fifth round.\n\nParliamentary elections in Turkmenistan which are planned for December 15, 2013, will be held on a two-party basis.',
  },
  {
    id: 'b-11-4',
    outlet: 'turkmenistan-ru',
    published: '2013-09-27',
    body: 'Wladimir Klitschko put Tony Thompson on the canvas with a big right hand near the end of the fifth round.\n\nParliamentary elections in Turkmenistan that are scheduled for December 15 of this year will be held on a two-party basis.',
  },
  // ECB+ 9_2, and a variant with other words for "overturned" and "regulation".
  { id: 'c-9-2', outlet: 'ap', published: '2009-03-03', body: 'President Barack Obama on Tuesday overturned a last-minute Bush administration regulation.' },
  { id: 'd-9-x', outlet: 'eonline', published: '2009-03-03', body: 'President Barack Obama on Tuesday reversed a last-minute Bush administration rule.' },
];
const { features } = claimFeaturesOf(stories, []);
const idf = idfOf(features);
const vectors = wordVectors();
const find = (article: string, words: string): ClaimFeatures => features.find((f) => f.article === article && f.mention.text.includes(words))!;

describe('pair features on real sentences', () => {
  it('identical sentences overlap fully; the paraphrase with other words overlaps less', () => {
    const f = cheapPairFeatures(find('a-11-1', 'canvas'), find('b-11-4', 'canvas'), idf);
    expect(f.overlap).toBe(1);
    expect(f.dice).toBe(1);
    const election = cheapPairFeatures(find('a-11-1', 'planned for'), find('b-11-4', 'scheduled for'), idf);
    expect(election.overlap).toBeGreaterThan(0.4);
    expect(election.overlap).toBeLessThan(1);
  });

  it('soft alignment credits "rule" for "regulation" and "reversed" for "overturned": more than exact overlap alone', () => {
    const overturned = find('c-9-2', 'regulation');
    const reversed = find('d-9-x', 'rule');
    expect(overturned.rows.has('regulation')).toBe(true);
    const f = pairFeatures(overturned, reversed, idf, vectors);
    expect(f.softLighter).toBeGreaterThan(f.overlap);
    expect(f.softLighter).toBeLessThanOrEqual(1);
    // The verbs differ but are close: predicate similarity between that of unrelated verbs and 1.
    expect(f.predicate).toBeGreaterThan(0.5);
    expect(f.predicate).toBeLessThan(1);
  });

  it('shares a number ("December 15") and a date feature (days apart)', () => {
    const f = cheapPairFeatures(find('a-11-1', 'planned for'), find('b-11-4', 'scheduled for'), idf);
    expect(f.sharedNumber).toBe(1);
    expect(f.otherNumbers).toBe(0);
    expect(f.days).toBeCloseTo(Math.log(2));
  });

  it('is symmetric', () => {
    const a = find('a-11-1', 'planned for');
    const b = find('b-11-4', 'scheduled for');
    expect(pairFeatures(a, b, idf, vectors)).toEqual(pairFeatures(b, a, idf, vectors));
  });

  it('soft alignment of unrelated claims stays far below that of a paraphrase', () => {
    const paraphrase = softAlignment(find('c-9-2', 'regulation'), find('d-9-x', 'rule'), idf, vectors);
    const unrelated = softAlignment(find('a-11-1', 'canvas'), find('d-9-x', 'rule'), idf, vectors);
    expect(unrelated).toBeLessThan(paraphrase / 2);
  });
});

describe('compatibleSpeakers', () => {
  it('a bare surname scoped to its article is compatible with the full name; other people are not', () => {
    expect(compatibleSpeakers('cheryl-boone-isaacs', 'boone-isaacs-in-hollywood-reporter')).toBe(true);
    expect(compatibleSpeakers('sam-altman', 'sam-altman')).toBe(true);
    expect(compatibleSpeakers('jane-smith', 'john-smith')).toBe(false);
    expect(compatibleSpeakers('smith-in-trial', 'jane-smith')).toBe(true);
  });
});
