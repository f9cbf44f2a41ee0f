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
  { id: 'c-1-2', outlet: 'ap', published: '2013-05-02', body: "Lindsay Lohan's attorney said Thursday the actress checked into a Southern California rehab facility." },
  { id: 'd-1-7', outlet: 'eonline', published: '2013-05-02', body: "Lindsay Lohan's lawyer says the actress checked into rehab on Thursday." },
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

  it('soft alignment credits "lawyer" for "attorney": more than exact overlap alone', () => {
    const attorney = find('c-1-2', 'attorney');
    const lawyer = find('d-1-7', 'lawyer');
    expect(attorney.rows.has('attorney')).toBe(true);
    const f = pairFeatures(attorney, lawyer, idf, vectors);
    expect(f.softLighter).toBeGreaterThan(f.overlap);
    expect(f.softLighter).toBeLessThanOrEqual(1);
    expect(f.predicate).toBe(1); // both say "checked"
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

  it('soft alignment of unrelated claims stays low', () => {
    expect(softAlignment(find('a-11-1', 'canvas'), find('d-1-7', 'lawyer'), idf, vectors)).toBeLessThan(0.2);
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
