import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../../schemas/claim.ts';
import { claimFeaturesOf, type StoryBody } from '../../../tests/support/claim-corpus.ts';
import { buildClaimGraph, type ClaimGraph } from './claim-graph.ts';

/** The whole claim stage on a few bodies, as `loadCorpus` runs it. */
function graphOf(stories: readonly StoryBody[]): ClaimGraph {
  const { annotated, features } = claimFeaturesOf(stories);
  const sentencesOf = new Map(annotated.map((a) => [a.id, a.sentences]));
  return buildClaimGraph(features, (f) => sentencesOf.get(f.article)![f.mention.sentence]!.block);
}

/** The one claim with a mention in `article` whose text contains `words`. */
function claimWith(g: ClaimGraph, article: string, words: string): Claim {
  const found = g.claims.filter((c) => c.mentions.some((m) => m.article === article && m.text.includes(words)));
  expect(found, `one claim in ${article} containing ${JSON.stringify(words)}`).toHaveLength(1);
  return found[0]!;
}

// Altman's safeguards quote (TechCrunch 000, Engadget-style framing, The Decoder 004), carried by two TechCrunch
// articles, Engadget, and two blogs whose outlet is unknown.
const QUOTE = '“will build technical safeguards to ensure our models behave as they should, which the DoW also wanted”';
const SAFEGUARDS: StoryBody[] = [
  { id: 'techcrunch-deal', outlet: 'techcrunch', published: '2026-02-28T16:17:36.000Z', body: `OpenAI CEO Sam Altman announced the deal with the Pentagon on Friday.\n\nAltman said OpenAI ${QUOTE}, and it will deploy engineers with the Pentagon.` },
  { id: 'techcrunch-details', outlet: 'techcrunch', published: '2026-03-01T16:30:10.000Z', body: `OpenAI CEO Sam Altman shared more details about the agreement with the Pentagon on Sunday.\n\nAltman said on Friday that OpenAI ${QUOTE}.` },
  { id: 'engadget-deal', outlet: 'engadget', published: '2026-02-28', body: `OpenAI has reached an agreement with the Defense Department, company chief Sam Altman has revealed on X.\n\nAltman added in his post on X that OpenAI ${QUOTE}.` },
  { id: 'blog-undated', outlet: 'unknown', body: `OpenAI CEO Sam Altman confirmed the agreement with the Department of Defense late Friday.\n\nOpenAI ${QUOTE}, Sam Altman said.` },
  { id: 'blog-later', outlet: 'unknown', published: '2026-03-02', body: `OpenAI CEO Sam Altman defended the agreement with the Department of Defense.\n\nOpenAI ${QUOTE}, Altman said.` },
  // Another story: shares no speaker and no entity with the rest.
  {
    id: 'latimes-lohan',
    outlet: 'latimes',
    published: '2013-05-03',
    body: 'After skipping out on entering a Newport Beach rehabilitation facility, Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day court-mandated stay in her reckless driving conviction.',
  },
];

describe('buildClaimGraph: sources and first report', () => {
  const g = graphOf(SAFEGUARDS);
  const claim = claimWith(g, 'techcrunch-deal', 'technical safeguards');

  it('links the five wordings of the quote into one claim', () => {
    expect(claim.mentions.map((m) => m.article).sort()).toEqual(['blog-later', 'blog-undated', 'engadget-deal', 'techcrunch-deal', 'techcrunch-details']);
  });

  it('counts outlets, not articles: two TechCrunch articles are one source, each unknown-outlet article is its own', () => {
    // techcrunch, engadget, and the two unknown blogs.
    expect(claim.sources).toBe(4);
    expect(claim.mentions.filter((m) => m.outlet === 'unknown')).toHaveLength(2);
  });

  it('firstReported is the earliest dated mention, the reference wording comes first, and the text is a short statement', () => {
    expect(claim.firstReported).toEqual({ article: 'engadget-deal', outlet: 'engadget', published: '2026-02-28' });
    expect(claim.mentions[0]!.text).toBe(`Altman added in his post on X that OpenAI ${QUOTE}.`);
    // Without "Altman added in his post on X that": what is claimed, not who framed it how.
    expect(claim.text.startsWith('Altman added')).toBe(false);
    expect(claim.text).toContain('will build technical safeguards');
    expect(claim.mentions[0]!.article).toBe('engadget-deal');
    // The undated mention comes last.
    expect(claim.mentions[claim.mentions.length - 1]!.article).toBe('blog-undated');
  });

  it('an unknown outlet reporting first is credited as "unknown"', () => {
    const early = SAFEGUARDS.map((s) => (s.id === 'blog-later' ? { ...s, published: '2026-02-27' } : s));
    const c = claimWith(graphOf(early), 'techcrunch-deal', 'technical safeguards');
    expect(c.firstReported).toEqual({ article: 'blog-later', outlet: 'unknown', published: '2026-02-27' });
  });

  it('a claim with no dated mention has no firstReported', () => {
    const g2 = graphOf([{ id: 'undated', outlet: 'unknown', body: 'OpenAI CEO Sam Altman confirmed the agreement with the Department of Defense late Friday.' }]);
    expect(g2.claims).toHaveLength(1);
    expect(g2.claims[0]!.firstReported).toBeUndefined();
    expect(g2.claims[0]!.sources).toBe(1);
  });

  it('each mention links to its sentence and keeps its own cue verb', () => {
    const engadget = claim.mentions.find((m) => m.article === 'engadget-deal')!;
    const { core, ...rest } = engadget;
    expect(rest).toEqual({ article: 'engadget-deal', text: `Altman added in his post on X that OpenAI ${QUOTE}.`, anchor: `/articles/engadget-deal/#claim-${claim.id}`, outlet: 'engadget', published: '2026-02-28', speaker: 'sam-altman', cue: 'added', attribution: 'quote' });
    // The part that states the claim leaves out who added it where.
    expect(engadget.text.slice(core!.start, core!.end)).toBe(`OpenAI ${QUOTE}.`);
    expect(claim.mentions.find((m) => m.article === 'techcrunch-deal')!.cue).toBe('said');
  });

  it('the speaker is the one most mentions credit, and entities are the union of the mentions’', () => {
    expect(claim.speaker).toBe('sam-altman');
    expect(claim.entities).toEqual(expect.arrayContaining(['department-of-defense', 'openai', 'sam-altman']));
    expect(claim.entities).toEqual([...claim.entities].sort());
  });

  it('marks a speaker the sentence does not name as inferred, and only that one', () => {
    const g2 = graphOf([
      { id: 'wire-a', outlet: 'techcrunch', published: '2026-03-01', body: 'OpenAI CEO Sam Altman spoke to employees on Friday.\n\nHe said the company would build its own safety stack for the Pentagon contract.' },
      { id: 'wire-b', outlet: 'engadget', published: '2026-03-01', body: 'Sam Altman said the company would build its own safety stack for the Pentagon contract.' },
    ]);
    const linked = claimWith(g2, 'wire-a', 'safety stack');
    const byArticle = new Map(linked.mentions.map((m) => [m.article, m]));
    expect(byArticle.get('wire-a')).toMatchObject({ speaker: 'sam-altman', speakerInferred: true });
    expect(byArticle.get('wire-b')?.speaker).toBe('sam-altman');
    expect(byArticle.get('wire-b')?.speakerInferred).toBeUndefined();
  });

  it('marks as inferred a speaker named in another clause of the same sentence ("…, and he said …")', () => {
    const g3 = graphOf([
      { id: 'clause-a', outlet: 'techcrunch', published: '2026-03-01', body: 'Sam Altman met the Pentagon’s negotiators on Friday, and he said the company would build its own safety stack for the contract.' },
      { id: 'clause-b', outlet: 'engadget', published: '2026-03-01', body: 'Sam Altman said the company would build its own safety stack for the contract.' },
    ]);
    const linked = claimWith(g3, 'clause-a', 'safety stack');
    const clause = linked.mentions.find((m) => m.article === 'clause-a');
    expect(clause?.speaker).toBe('sam-altman');
    expect(clause?.speakerInferred).toBe(true);
  });

  it('every claim fits the schema', () => {
    for (const c of g.claims) expect(() => ClaimSchema.parse(c)).not.toThrow();
  });
});

describe('buildClaimGraph: where claims sit in each article', () => {
  const g = graphOf(SAFEGUARDS);

  it('lists every claim mention of an article with its block and its claim’s source count', () => {
    const claim = claimWith(g, 'techcrunch-deal', 'technical safeguards');
    const inArticle = g.byArticle.get('techcrunch-deal')!;
    // ", and it will deploy …" is a second clause, so a claim of its own.
    expect(inArticle.find((c) => c.claim === claim.id)).toEqual({ claim: claim.id, block: 1, text: `Altman said OpenAI ${QUOTE}`, sources: 4 });
    expect(inArticle.find((c) => c.text === 'it will deploy engineers with the Pentagon.')).toMatchObject({ block: 1, sources: 1 });
    const lohan = g.byArticle.get('latimes-lohan')!;
    expect(lohan).toHaveLength(1);
    expect(lohan[0]).toMatchObject({ block: 0, sources: 1 });
  });

  it('every mention of every claim is listed under its article, and nothing else', () => {
    const fromClaims = g.claims.flatMap((c) => c.mentions.map((m) => `${m.article} ${c.id} ${m.text}`)).sort();
    const fromArticles = [...g.byArticle].flatMap(([article, list]) => list.map((c) => `${article} ${c.claim} ${c.text}`)).sort();
    expect(fromArticles).toEqual(fromClaims);
  });
});

describe('buildClaimGraph: conflicts', () => {
  // The Decoder's sentence and a crafted one with another amount.
  const TALKS: StoryBody[] = [
    {
      id: 'the-decoder-talks',
      outlet: 'the-decoder',
      published: '2026-02-28',
      body: 'Anthropic had been negotiating a $200 million contract with the Pentagon in recent weeks, but the Department of Defense demanded permission to use Anthropic’s AI for all legal purposes.',
    },
    {
      id: 'wired-talks',
      outlet: 'wired',
      published: '2026-03-01',
      body: 'Anthropic had been negotiating a $300 million contract with the Pentagon in recent weeks, but the Department of Defense demanded permission to use Anthropic’s AI for all legal purposes.',
    },
  ];

  it('a conflict points to the other claim’s id, both ways', () => {
    const g = graphOf(TALKS);
    const two = claimWith(g, 'the-decoder-talks', '$200 million');
    const three = claimWith(g, 'wired-talks', '$300 million');
    expect(two.id).not.toBe(three.id);
    expect(two.conflicts).toEqual([{ claim: three.id, reason: 'numbers', words: ['$200 million', '$300 million'], between: ['the-decoder-talks', 'wired-talks'] }]);
    expect(three.conflicts).toEqual([{ claim: two.id, reason: 'numbers', words: ['$300 million', '$200 million'], between: ['wired-talks', 'the-decoder-talks'] }]);
  });

  it('a conflict names the two articles whose wordings differ, not merely the other claim’s first one', () => {
    // A third outlet carries the $300 million wording: the other claim now has two mentions.
    const g = graphOf([...TALKS, { id: 'axios-talks', outlet: 'axios', published: '2026-02-27', body: TALKS[1]!.body }]);
    const two = claimWith(g, 'the-decoder-talks', '$200 million');
    const three = claimWith(g, 'wired-talks', '$300 million');
    expect(three.mentions.map((m) => m.article).sort()).toEqual(['axios-talks', 'wired-talks']);
    const [conflict] = two.conflicts;
    expect(conflict?.claim).toBe(three.id);
    expect(conflict?.between?.[0]).toBe('the-decoder-talks');
    expect(three.mentions.map((m) => m.article)).toContain(conflict?.between?.[1]);
  });

  it('claims without a conflict have none', () => {
    const g = graphOf(SAFEGUARDS);
    for (const c of g.claims) expect(c.conflicts).toEqual([]);
  });

  // Related claims are computed once stories are known: see related-claims.test.ts.
});
