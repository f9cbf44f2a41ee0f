import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabelingError, loadDevSets, scoreClaimLinking, type ClaimCorpus, type DevSet } from './claim-eval.ts';

// Three articles about a bridge. The raw sources are what the labels are checked against.
const sources: Record<string, string> = {
  'a.md': '---\ntitle: A\n---\nAlpha the mayor opened the new bridge on Monday morning. Beta the bridge cost forty million dollars to build.\n',
  'b.md': 'Alpha the mayor opened the bridge on Monday, and  the crowd\ncheered loudly for her.\n\nBeta the bridge cost about forty million dollars in total.\n',
  'c.md': 'Alpha the mayor cut a ribbon at the bridge on Monday. Gamma the river flooded twice in the last ten years.\n',
};
const readSource = (file: string) => sources[file];

// The system: b's first sentence is split into two clauses (X and W); c's Alpha sentence was not extracted.
const corpus: ClaimCorpus = {
  folder: '/nonexistent',
  articles: [
    { id: 'a', provenance: { file: 'a.md' } },
    { id: 'b', provenance: { file: 'b.md' } },
    { id: 'c', provenance: { file: 'c.md' } },
  ],
  claims: {
    byArticle: new Map([
      ['a', [{ claim: 'X', text: 'Alpha the mayor opened the new bridge on Monday morning.' }, { claim: 'Y', text: 'Beta the bridge cost forty million dollars to build.' }]],
      ['b', [{ claim: 'X', text: 'Alpha the mayor opened the bridge on Monday' }, { claim: 'W', text: 'the crowd cheered loudly for her.' }, { claim: 'Z', text: 'Beta the bridge cost about forty million dollars in total.' }]],
      ['c', [{ claim: 'X', text: 'Gamma the river flooded twice in the last ten years.' }]],
    ]),
  },
};

// Gold: G1 = {m1, m2, m3} (the opening), G2 = {m4, m5} (the cost), G3 = {m6} (the floods, a singleton).
const bridge: DevSet = {
  event: 'bridge',
  groups: [
    {
      claim: 'The mayor opened the bridge on Monday',
      mentions: [
        { file: 'a.md', text: 'Alpha the mayor opened the new bridge on Monday' }, // m1: inside X's text → X
        { file: 'b.md', text: 'Alpha the mayor opened the bridge on Monday, and the crowd cheered loudly for her' }, // m2: holds X and W; X overlaps more → X
        { file: 'c.md', text: 'Alpha the mayor cut a ribbon at the bridge on Monday' }, // m3: not extracted → unlinked singleton
      ],
    },
    {
      claim: 'The bridge cost $40 million',
      mentions: [
        { file: 'a.md', text: 'Beta the bridge cost forty million dollars to build' }, // m4 → Y
        { file: 'b.md', text: 'Beta the bridge cost about forty million dollars in total' }, // m5 → Z
      ],
    },
    { claim: 'The river flooded twice', mentions: [{ file: 'c.md', text: 'Gamma the river flooded twice in the last ten years' }] }, // m6 → X (a false link)
  ],
};

describe('scoreClaimLinking', () => {
  it('counts pairs: precision 1/3, recall 1/4, with a missing mention and a false link', () => {
    // 6 mentions, 15 pairs.
    // Gold positives (same group): m1-m2, m1-m3, m2-m3, m4-m5 = 4.
    // System positives (both found, same claim id): X holds m1, m2, m6 → m1-m2, m1-m6, m2-m6 = 3;
    //   Y = {m4}, Z = {m5} link nothing; m3 was not found, so it links nothing.
    // True positives: m1-m2 = 1. Precision 1/3, recall 1/4, F1 = 2·(1/3)(1/4) / (1/3 + 1/4) = (1/6) / (7/12) = 2/7.
    // Coverage: 5 of 6 mentions found.
    const { sets, overall } = scoreClaimLinking(corpus, [bridge], { readSource });
    const s = sets[0]!;
    expect(s).toMatchObject({ event: 'bridge', articles: 3, groups: 3, mentions: 6, found: 5, goldPairs: 4, systemPairs: 3, truePairs: 1 });
    expect(s.precision).toBeCloseTo(1 / 3, 12);
    expect(s.recall).toBeCloseTo(1 / 4, 12);
    expect(s.f1).toBeCloseTo(2 / 7, 12);
    expect(s.coverage).toBeCloseTo(5 / 6, 12);
    expect(s.labeled.map((m) => m.system?.claim ?? null)).toEqual(['X', 'X', null, 'Y', 'Z', 'X']);
    expect(s.falseLinks.map(([a, b]) => [a.text.slice(0, 5), b.text.slice(0, 5)])).toEqual([
      ['Alpha', 'Gamma'],
      ['Alpha', 'Gamma'],
    ]);
    expect(s.missedLinks).toHaveLength(3); // m1-m3, m2-m3, m4-m5
    expect(overall).toMatchObject({ mentions: 6, goldPairs: 4, systemPairs: 3, truePairs: 1 });
  });

  it('micro-averages over pairs across dev sets', () => {
    // Give b.md's cost sentence the claim id of a.md's (Z → Y), and score a second set holding only the cost group.
    // Bridge set: m4-m5 is now linked too → true 2, system 4, gold 4. Cost set: true 1, system 1, gold 1.
    // Overall (sums of pairs, not a mean of ratios): true 3, system 5, gold 5 → precision 3/5, recall 3/5.
    const linked: ClaimCorpus = {
      ...corpus,
      claims: { byArticle: new Map([...corpus.claims.byArticle].map(([id, list]) => [id, list.map((c) => (c.claim === 'Z' ? { ...c, claim: 'Y' } : c))])) },
    };
    const cost: DevSet = { event: 'cost', groups: [bridge.groups[1]!] };
    const { sets, overall } = scoreClaimLinking(linked, [bridge, cost], { readSource });
    expect(sets[1]).toMatchObject({ goldPairs: 1, systemPairs: 1, truePairs: 1, precision: 1, recall: 1 });
    expect(sets[0]).toMatchObject({ goldPairs: 4, systemPairs: 4, truePairs: 2 });
    expect(overall).toMatchObject({ goldPairs: 5, systemPairs: 5, truePairs: 3 });
    expect(overall.precision).toBeCloseTo(3 / 5, 12);
    expect(overall.recall).toBeCloseTo(3 / 5, 12);
  });

  it('an article the corpus left out (failed ingestion) leaves its mentions unfound, not an error', () => {
    const without: ClaimCorpus = { ...corpus, articles: corpus.articles.filter((a) => a.id !== 'b') };
    const s = scoreClaimLinking(without, [bridge], { readSource }).sets[0]!;
    // m2 and m5 are gone: found 3 of 6 (m1 X, m4 Y, m6 X). System pairs: m1-m6 only; true pairs 0.
    expect(s).toMatchObject({ found: 3, systemPairs: 1, truePairs: 0, goldPairs: 4, precision: 0, recall: 0, f1: 0 });
  });

  it('matches a system clause inside the label across quotation marks and punctuation at its ends', () => {
    // The system kept only the quotation, with its marks and "!"; the label runs on into the attribution.
    const tweet = { 'd.md': '"The bridge is open to traffic at last!"the mayor tweeted on Monday.\n' };
    const stub: ClaimCorpus = { folder: '/nonexistent', articles: [{ id: 'd', provenance: { file: 'd.md' } }], claims: { byArticle: new Map([['d', [{ claim: 'Q', text: '"The bridge is open to traffic at last!"' }]]]) } };
    const set: DevSet = { event: 'tweet', groups: [{ claim: 'open', mentions: [{ file: 'd.md', text: 'The bridge is open to traffic at last!"the mayor tweeted on Monday' }] }] };
    const s = scoreClaimLinking(stub, [set], { readSource: (file) => tweet[file as 'd.md'] }).sets[0]!;
    expect(s.labeled[0]!.system?.claim).toBe('Q');
    expect(s.found).toBe(1);
  });

  it('is 0, not NaN, when nothing is linked', () => {
    const empty: ClaimCorpus = { ...corpus, claims: { byArticle: new Map() } };
    expect(scoreClaimLinking(empty, [bridge], { readSource }).overall).toMatchObject({ found: 0, coverage: 0, systemPairs: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('throws one LabelingError listing every text not found in its raw source', () => {
    const bad: DevSet = {
      event: 'typos',
      groups: [
        {
          claim: 'opening',
          mentions: [
            { file: 'a.md', text: 'Alpha the mayor opened the new bridge on Monday' }, // fine
            { file: 'b.md', text: 'Alpha the mayor opened the new bridge on Tuesday' }, // not in b.md
          ],
        },
        { claim: 'ghost', mentions: [{ file: 'zzz.md', text: 'Delta the council met on Wednesday to discuss it' }] }, // no such file
        { claim: 'again', mentions: [{ file: 'a.md', text: 'Alpha the mayor opened the new  bridge on Monday' }] }, // labeled twice (modulo spaces)
      ],
    };
    let error: unknown;
    try {
      scoreClaimLinking(corpus, [bridge, bad], { readSource });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LabelingError);
    const problems = (error as LabelingError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/typos, group 1 .*not found verbatim in b\.md: "Alpha the mayor opened the new bridge on Tuesday"/);
    expect(problems[1]).toMatch(/typos, group 2 .*zzz\.md does not exist/);
    expect(problems[2]).toMatch(/typos, group 3 .*also labeled in typos, group 1/);
    expect((error as Error).message).toMatch(/^3 labeling errors in the claim dev sets:/);
  });

  it('reads raw sources from the corpus folder by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-eval-'));
    try {
      for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text);
      expect(scoreClaimLinking({ ...corpus, folder: dir }, [bridge]).overall.truePairs).toBe(1);
      rmSync(join(dir, 'c.md'));
      expect(() => scoreClaimLinking({ ...corpus, folder: dir }, [bridge])).toThrow(/c\.md does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The checked-in dev sets: valid, and every label verbatim in its ECB+ article (when the corpus is present).
const devDir = new URL('../../tests/fixtures/claims-dev/', import.meta.url).pathname;
const ecbArticles = new URL('../../../shared/corpora/ecbplus/articles/', import.meta.url).pathname;

describe('tests/fixtures/claims-dev', () => {
  it('parses, with at least 60 labeled sentences per event and no group repeating an article', () => {
    const sets = loadDevSets(devDir);
    expect(sets.length).toBeGreaterThanOrEqual(3);
    for (const set of sets) {
      expect(set.groups.reduce((n, g) => n + g.mentions.length, 0)).toBeGreaterThanOrEqual(60);
      for (const g of set.groups) {
        const files = g.mentions.map((m) => m.file);
        expect(new Set(files).size, `${set.event}: ${g.claim}`).toBe(files.length);
        for (const m of g.mentions) expect((m.text.match(/[\p{L}\p{N}]+/gu) ?? []).length, m.text).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it.skipIf(!existsSync(ecbArticles))('every label occurs verbatim in its ECB+ article', () => {
    const read = (file: string) => (existsSync(join(ecbArticles, file)) ? readFileSync(join(ecbArticles, file), 'utf8') : undefined);
    const none: ClaimCorpus = { folder: ecbArticles, articles: [], claims: { byArticle: new Map() } };
    expect(() => scoreClaimLinking(none, loadDevSets(devDir), { readSource: read })).not.toThrow();
  });
});
