import { describe, expect, it } from 'vitest';
import { claimFeaturesOf, type StoryBody } from '../../../tests/support/claim-corpus.ts';
import type { ClaimFeatures } from './claim-features.ts';
import { disagreement } from './claim-conflicts.ts';

/** The one claim mention of a one-sentence article. */
function one(body: string, id = 'x'): ClaimFeatures {
  const story: StoryBody = { id, outlet: id, published: '2013-05-03', body };
  const found = claimFeaturesOf([story]).features;
  expect(found, body).toHaveLength(1);
  return found[0]!;
}

/** The same mention, as if claim extraction had found its core: the whole text. */
const withCore = (f: ClaimFeatures): ClaimFeatures => ({ ...f, mention: { ...f.mention, core: { start: 0, end: f.mention.text.length } } });

describe('disagreement: real ones', () => {
  it('another weekday for the same check-in (ECB+ 1_6 vs 1_9, Lohan at Betty Ford)', () => {
    const friday = one('Early Friday morning, around 1:30 a.m., the 26-year-old actress Lindsay Lohan checked into Betty Ford Center.', 'a');
    const thursday = one('The actress Lindsay Lohan, 26, checked into Betty Ford Center late Thursday night.', 'b');
    expect(disagreement(friday, thursday)).toEqual({ reason: 'date', words: ['friday', 'thursday'] });
  });

  it('another count of the same thing: "47 pages" vs "48 pages" (the bundled story’s court filing)', () => {
    const a = one('Anthropic filed a 47 pages complaint against the Department of War in federal court.', 'a');
    const b = one('Anthropic filed a 48 pages complaint against the Department of War in federal court.', 'b');
    expect(disagreement(a, b)).toEqual({ reason: 'numbers', words: ['47', '48'] });
  });

  it('threatened vs did, once both cores are known (Engadget vs the blog, bundled story)', () => {
    const threatened = withCore(one('US Defense Secretary Pete Hegseth threatened to label Anthropic a supply chain risk.', 'a'));
    const designated = withCore(one('Secretary of Defense Pete Hegseth designated Anthropic a supply-chain risk.', 'b'));
    expect(disagreement(threatened, designated)).toEqual({ reason: 'modality', words: ['threatened', designated.verbs[0]] });
  });
});

describe('disagreement: not ones', () => {
  it('numbers that count different things: "the two men said" vs "eleventh-hour regulation" (ECB+ 9_12 vs 9_6)', () => {
    const a = one('Threatened and endangered species continue to receive the full protection of the law, the two men said in a statement.', 'a');
    const b = one('“By rolling back this eleventh-hour regulation, we are ensuring that threatened and endangered species continue to receive the full protection of the law,” Ken Salazar said.', 'b');
    expect(disagreement(a, b)).toBeUndefined();
  });

  it('a negation somewhere in a sentence whose core is unknown: "never checked into Morningside" vs "had checked into Morningside" (ECB+ 1_8 vs 1_9)', () => {
    const never = one('Lindsay Lohan never checked into Morningside but is back at Betty Ford.', 'a');
    const did = one('Lindsay Lohan had checked into Morningside Recovery Center Thursday morning.', 'b');
    expect(never.negated).toBe(true);
    expect(disagreement(never, did)).toBeUndefined();
  });

  it('the same numbers written two ways ("$200 million" vs "$200m") and the same weekday', () => {
    const a = one('Anthropic had been negotiating a $200 million contract with the Pentagon since Monday.', 'a');
    const b = one('Anthropic had been negotiating a $200m contract with the Pentagon since Monday.', 'b');
    expect(disagreement(a, b)).toBeUndefined();
  });

  it('"would" is reported speech, not a modality: "Obama said he would fight" (ECB+ 9_10)', () => {
    const a = withCore(one('Barack Obama said he would fight to maintain the protections of the Endangered Species Act.', 'a'));
    const b = withCore(one('Barack Obama will fight to maintain the strong protections of the Endangered Species Act.', 'b'));
    expect(disagreement(a, b)).toBeUndefined();
  });

  it('a "never" in a clause only one side has: "… while her attorney was in court" vs "… in court and that she never entered Morningside" (ECB+ 1_2 vs 1_5)', () => {
    const a = withCore(one('TMZ reported Lindsay Lohan was shopping at an electronics store while her attorney was in court.', 'a'));
    const b = withCore(one('TMZ reported Lindsay Lohan was shopping at an electronics store while her attorney was in court and that she never entered Morningside.', 'b'));
    expect(b.negated).toBe(true);
    expect(disagreement(a, b)).toBeUndefined();
  });

  it('"planned for December 15" is a date, not an intention (ECB+ 11_1 vs 11_2)', () => {
    const a = withCore(one('Parliamentary elections in Turkmenistan which are planned for December 15, 2013, will be held on a two-party basis.', 'a'));
    const b = withCore(one('Parliamentary elections in Turkmenistan that are scheduled for December 15 of this year will be held on a two-party basis.', 'b'));
    expect(disagreement(a, b)).toBeUndefined();
  });
});
