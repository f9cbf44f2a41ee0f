import { describe, expect, it } from 'vitest';
import type { EntityEntry } from '../../schemas/entity.ts';
import { createEntityRegistry } from '../meta/entity-registry.ts';
import { annotateArticle } from '../nlp/annotate-article.ts';
import type { ClaimMention } from '../nlp/claims.ts';
import { claimFeatures, shinglesOf, type ClaimFeatures } from './claim-features.ts';
import { compatibleSpeakers, scorePair } from './claim-similarity.ts';
import { DEFAULT_LINK_OPTIONS, idfOf } from './link-claims.ts';
import { resolveEntities } from './resolve-entities.ts';

interface Fake {
  article?: string;
  tokens: string[];
  quote?: string;
  speaker?: string;
  numbers?: string[];
  negated?: boolean;
}

/** Hand-made features: every token weighs 1 (`idf = () => 1`), so scores are plain counts. */
function fake(f: Fake): ClaimFeatures {
  const mention: ClaimMention = {
    sentence: 0,
    text: f.tokens.join(' '),
    start: 0,
    end: 1,
    subject: [],
    kind: f.quote ? 'quote' : 'statement',
    ...(f.quote ? { quote: f.quote } : {}),
    numbers: f.numbers ?? [],
    attribution: 'none',
    negated: f.negated ?? false,
  };
  const article = f.article ?? 'a';
  return { index: 0, article, source: article, mention, speaker: f.speaker, tokens: new Set(f.tokens), shingles: shinglesOf(f.quote), entities: [] };
}
const one = () => 1;

describe('shinglesOf', () => {
  it('makes lower-case word trigrams, possessives dropped', () => {
    expect([...shinglesOf('The DoW agrees with these principles')]).toEqual(['the dow agrees', 'dow agrees with', 'agrees with these', 'with these principles']);
    expect([...shinglesOf('OpenAI’s safety stack works')]).toEqual(['openai safety stack', 'safety stack works']);
    expect(shinglesOf('two words').size).toBe(0);
    expect(shinglesOf(undefined).size).toBe(0);
  });
});

describe('scorePair: word overlap', () => {
  it('is the shared weight over the lighter side: a short paraphrase inside a long sentence scores 1', () => {
    const short = fake({ tokens: ['@openai', 'build', 'technical', 'safeguard'] });
    const long = fake({ article: 'b', tokens: ['@openai', 'build', 'technical', 'safeguard', 'deploy', 'engineer', 'help', 'safety'] });
    expect(scorePair(short, long, one)).toEqual({ score: 1 });
    // 2 of the lighter side's 4 tokens.
    const half = fake({ article: 'b', tokens: ['@openai', 'build', 'cloud', 'network'] });
    expect(scorePair(short, half, one).score).toBeCloseTo(0.5);
    expect(scorePair(short, fake({ article: 'b', tokens: ['lohan', 'rehab'] }), one).score).toBe(0);
  });

  it('weighs rare tokens more than common ones', () => {
    const a = fake({ tokens: ['@anthropic', 'supply', 'chain', 'risk'] });
    const b = fake({ article: 'b', tokens: ['@anthropic', 'supply', 'chain', 'court'] });
    const c = fake({ article: 'c', tokens: ['@anthropic', 'lawful', 'purpose', 'risk'] });
    const idf = (t: string) => (t === '@anthropic' ? 0.1 : 1);
    // a–b share supply + chain (2 of 3.1); a–c share only risk (1 of 3.1), plus the near-weightless entity.
    expect(scorePair(a, b, idf).score).toBeCloseTo(2.1 / 3.1);
    expect(scorePair(a, c, idf).score).toBeCloseTo(1.1 / 3.1);
  });

  it('is symmetric', () => {
    const a = fake({ tokens: ['@anthropic', 'negotiate', 'contract', 'recent'], numbers: ['200000000'] });
    const b = fake({ article: 'b', tokens: ['@anthropic', 'negotiate', 'contract', 'collapse', 'talk'], numbers: ['200000000'] });
    expect(scorePair(a, b, one)).toEqual(scorePair(b, a, one));
  });
});

describe('scorePair: verbatim quotes', () => {
  const QUOTE = 'No amount of intimidation or punishment from the Department of War will change our position on mass domestic surveillance';

  it('a quotation contained in another scores by trigram containment, even with few shared words', () => {
    const a = fake({ tokens: ['amount'], quote: QUOTE });
    const b = fake({ article: 'b', tokens: ['write'], quote: `${QUOTE} or fully autonomous weapons` });
    expect(scorePair(a, b, one).score).toBe(1);
  });

  it('a three-word quotation is a phrase, not evidence of the same claim', () => {
    const a = fake({ tokens: ['ban'], quote: 'domestic mass surveillance' });
    const b = fake({ article: 'b', tokens: ['prohibit'], quote: 'domestic mass surveillance' });
    // One shared trigram over the minimum of four.
    expect(scorePair(a, b, one).score).toBeCloseTo(0.25);
  });
});

describe('scorePair: speakers, numbers and negation', () => {
  const words = ['@openai', 'build', 'technical', 'safeguard', 'model', 'behave'];

  it('two incompatible speakers halve the score of a paraphrase', () => {
    const a = fake({ tokens: words, speaker: 'sam-altman' });
    expect(scorePair(a, fake({ article: 'b', tokens: words, speaker: 'katrina-mulligan' }), one)).toEqual({ score: 0.5 });
    // An unknown speaker is compatible with any, and so is the same one.
    expect(scorePair(a, fake({ article: 'b', tokens: words }), one)).toEqual({ score: 1 });
    expect(scorePair(a, fake({ article: 'b', tokens: words, speaker: 'sam-altman' }), one)).toEqual({ score: 1 });
  });

  it('a bare surname scoped to its article is compatible with the full name', () => {
    const a = fake({ tokens: words, speaker: 'sam-altman' });
    expect(scorePair(a, fake({ article: 'b', tokens: words, speaker: 'altman-in-engadget-openai' }), one)).toEqual({ score: 1 });
    expect(compatibleSpeakers('cheryl-boone-isaacs', 'boone-isaacs-in-hollywood-reporter')).toBe(true);
    expect(compatibleSpeakers('sam-altman', 'sam-altman')).toBe(true);
    expect(compatibleSpeakers('jane-smith', 'john-smith')).toBe(false);
    expect(compatibleSpeakers('smith-in-trial', 'jane-smith')).toBe(true);
  });

  it('the same whole quotation credited to two different speakers is still the same claim', () => {
    const quote = 'We will challenge any supply chain risk designation in court';
    const a = fake({ tokens: ['challenge'], quote, speaker: 'anthropic' });
    const b = fake({ article: 'b', tokens: ['challenge'], quote, speaker: 'dario-amodei' });
    expect(scorePair(a, b, one)).toEqual({ score: 1 });
    // A three-word phrase is not a whole quotation: the speakers still count.
    const c = fake({ tokens: ['ban', 'surveillance'], quote: 'domestic mass surveillance', speaker: 'anthropic' });
    const d = fake({ article: 'b', tokens: ['ban', 'surveillance'], quote: 'domestic mass surveillance', speaker: 'sam-altman' });
    expect(scorePair(c, d, one)).toEqual({ score: 0.5 });
  });

  it('different numbers: a conflict when the words otherwise agree, no match at all when they do not', () => {
    const a = fake({ tokens: [...words, 'contract'], numbers: ['200000000'] });
    expect(scorePair(a, fake({ article: 'b', tokens: [...words, 'contract'], numbers: ['300000000'] }), one)).toEqual({ score: 1, conflict: 'numbers' });
    // 3 of 7 shared: below the conflict level, the disagreement just means "not the same claim".
    expect(scorePair(a, fake({ article: 'b', tokens: ['@openai', 'build', 'contract', 'x', 'y', 'z', 'w'], numbers: ['300000000'] }), one)).toEqual({ score: 0 });
  });

  it('numbers agree when one side has a subset of the other’s, or none', () => {
    const a = fake({ tokens: words, numbers: ['300', '60'] });
    expect(scorePair(a, fake({ article: 'b', tokens: words, numbers: ['60'] }), one)).toEqual({ score: 1 });
    expect(scorePair(a, fake({ article: 'b', tokens: words }), one)).toEqual({ score: 1 });
    expect(scorePair(a, fake({ article: 'b', tokens: words, numbers: ['60', '400'] }), one)).toEqual({ score: 1, conflict: 'numbers' });
  });

  it('negated vs plain: a conflict when the words agree, nothing when they do not', () => {
    const a = fake({ tokens: words, negated: true });
    expect(scorePair(a, fake({ article: 'b', tokens: words }), one)).toEqual({ score: 1, conflict: 'negation' });
    expect(scorePair(a, fake({ article: 'b', tokens: ['@openai', 'build', 'x', 'y', 'z', 'w'] }), one)).toEqual({ score: 0 });
    expect(scorePair(a, fake({ article: 'b', tokens: words, negated: true }), one)).toEqual({ score: 1 });
  });

  it('a verbatim quotation is the same claim whatever the framing’s polarity', () => {
    const quote = 'Deployment architecture matters more than contract language';
    const a = fake({ tokens: words, quote, negated: true });
    const b = fake({ article: 'b', tokens: words, quote });
    expect(scorePair(a, b, one)).toEqual({ score: 1 });
  });
});

describe('scorePair on real sentences', () => {
  const REGISTRY: EntityEntry[] = [
    { id: 'department-of-defense', name: 'U.S. Department of Defense', type: 'organization', aliases: ['Pentagon', 'Department of Defense', 'Defense Department', 'DoD', 'Department of War', 'DoW'] },
    { id: 'anthropic', name: 'Anthropic', type: 'organization', aliases: [] },
    { id: 'openai', name: 'OpenAI', type: 'organization', aliases: [] },
  ];
  // TechCrunch (000), Engadget (003) and The Decoder (004), one paragraph each plus each one's lede.
  const stories = [
    {
      id: 'techcrunch',
      outlet: 'techcrunch',
      body: 'OpenAI CEO Sam Altman announced late on Friday that his company has reached an agreement allowing the Department of Defense to use its AI models.\n\nAltman said OpenAI “will build technical safeguards to ensure our models behave as they should, which the DoW also wanted,” and it will deploy engineers with the Pentagon “to help with our models and to ensure their safety.”',
    },
    {
      id: 'engadget',
      outlet: 'engadget',
      body: 'OpenAI has reached an agreement with the Defense Department to deploy its models in the agency’s network, company chief Sam Altman has revealed on X.\n\nAltman added in his post on X that OpenAI will build technical safeguards to ensure the company’s models behave as they should, claiming that’s also what the DoW wanted.',
    },
    {
      id: 'the-decoder',
      outlet: 'the-decoder',
      body: 'OpenAI reached an agreement with the US Department of Defense to deploy its AI models on classified networks, just hours after rival Anthropic was banned.\n\nDefense Secretary Pete Hegseth then called Anthropic a "supply chain risk to national security."',
    },
  ];
  const annotated = stories.map((s) => annotateArticle({ id: s.id, title: '', body: s.body }));
  const features = claimFeatures(annotated, resolveEntities(annotated, stories, createEntityRegistry(REGISTRY)).byArticle, new Map(stories.map((s) => [s.id, { outlet: s.outlet }])));
  const idf = idfOf(features);
  const find = (article: string, words: string) => features.find((f) => f.article === article && f.mention.text.includes(words))!;

  it('entity names become ids, so "DoW" and "Pentagon" are one token, and "company’s" loses its possessive', () => {
    const techcrunch = find('techcrunch', 'technical safeguards');
    const engadget = find('engadget', 'technical safeguards');
    expect(techcrunch.tokens).toContain('@department-of-defense');
    expect(engadget.tokens).toContain('@department-of-defense');
    expect(engadget.tokens).toContain('company');
    expect(techcrunch.speaker).toBe('sam-altman');
    expect(engadget.speaker).toBe('sam-altman');
    expect(techcrunch.entities).toEqual(expect.arrayContaining(['sam-altman', 'openai', 'department-of-defense']));
  });

  it('the safeguards paraphrase scores at or above linkAt', () => {
    const s = scorePair(find('techcrunch', 'technical safeguards'), find('engadget', 'technical safeguards'), idf);
    expect(s.conflict).toBeUndefined();
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_LINK_OPTIONS.linkAt);
  });

  it('the safeguards sentence and the supply-chain sentence score far below linkAt', () => {
    expect(scorePair(find('engadget', 'technical safeguards'), find('the-decoder', 'supply chain risk'), idf).score).toBeLessThan(0.2);
  });
});
