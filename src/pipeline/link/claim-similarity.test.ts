import { describe, expect, it } from 'vitest';
import type { EntityEntry } from '../../schemas/entity.ts';
import { createEntityRegistry } from '../meta/entity-registry.ts';
import { annotateArticle } from '../nlp/annotate-article.ts';
import { claimFeatures, shinglesOf } from './claim-features.ts';
import { scorePair, scoringContext } from './claim-similarity.ts';
import { claimScorer, logit, sigmoid } from './claim-scorer.ts';
import { pairFeatures } from './pair-features.ts';
import { wordVectors } from './word-vectors.ts';
import { idfOf } from './link-claims.ts';
import { resolveEntities } from './resolve-entities.ts';

const QUOTE_TRIGRAMS = 'No amount of intimidation or punishment from the Department of War will change our position on mass domestic surveillance';

describe('shinglesOf', () => {
  it('makes lower-case word trigrams, possessives dropped', () => {
    expect([...shinglesOf('The DoW agrees with these principles')]).toEqual(['the dow agrees', 'dow agrees with', 'agrees with these', 'with these principles']);
    expect([...shinglesOf('OpenAI’s safety stack works')]).toEqual(['openai safety stack', 'safety stack works']);
    expect(shinglesOf('two words').size).toBe(0);
    expect(shinglesOf(undefined).size).toBe(0);
    // 19 words, 17 trigrams.
    expect(shinglesOf(QUOTE_TRIGRAMS).size).toBe(17);
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
  const ctx = scoringContext(idfOf(features));
  const scorer = claimScorer();
  const find = (article: string, words: string) => features.find((f) => f.article === article && f.mention.text.includes(words))!;

  it('entity names become ids, so "DoW" and "Pentagon" are one token, and "company’s" loses its possessive', () => {
    const techcrunch = find('techcrunch', 'technical safeguards');
    const engadget = find('engadget', 'technical safeguards');
    expect(techcrunch.tokens).toContain('@department-of-defense');
    expect(engadget.tokens).toContain('@department-of-defense');
    expect(engadget.tokens).toContain('company');
    expect(techcrunch.speaker).toBe('sam-altman');
    expect(engadget.speaker).toBe('sam-altman');
    // The speaker is kept apart from the words that state the claim ("Altman said" is the frame).
    expect(techcrunch.entities).toEqual(expect.arrayContaining(['openai', 'department-of-defense']));
    expect(techcrunch.entities).not.toContain('sam-altman');
  });

  it('the safeguards paraphrase is the same claim (at or above the fitted sameAt)', () => {
    const s = scorePair(find('techcrunch', 'technical safeguards'), find('engadget', 'technical safeguards'), ctx);
    expect(s.conflict).toBeUndefined();
    expect(s.score).toBeGreaterThanOrEqual(scorer.sameAt);
  });

  it('the safeguards sentence and the supply-chain sentence are not even similar', () => {
    expect(scorePair(find('engadget', 'technical safeguards'), find('the-decoder', 'supply chain risk'), ctx).score).toBeLessThan(scorer.similarAt);
  });

  it('is the scorer’s probability over all pair features whenever it can reach a similar report (skipping soft features never changes a link)', () => {
    for (const a of features) {
      for (const b of features) {
        if (a.article >= b.article) continue;
        const full = sigmoid(logit(scorer, pairFeatures(a, b, ctx.idf, wordVectors())));
        const s = scorePair(a, b, ctx);
        if (full >= scorer.similarAt && !s.conflict) expect(s.score).toBeCloseTo(full, 12);
        // Below, the score is an upper bound that still stays below the similar threshold.
        if (full < scorer.similarAt) expect(s.score).toBeLessThan(scorer.similarAt);
      }
    }
  });
});
