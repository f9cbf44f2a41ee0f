import { describe, expect, it } from 'vitest';
import { dateFromUrl, headlineFromLede, sentences, summaryFromLede } from './headline.ts';

const LEDE =
  'OpenAI reached an agreement with the US Department of Defense to deploy its AI models on classified networks, just hours after rival Anthropic was banned.';
const SECOND = 'OpenAI signed a deal with the Pentagon on Friday that allows its AI systems to be used for all lawful purposes.';

describe('sentences', () => {
  it('splits a paragraph into trimmed sentences, keeping abbreviations together', () => {
    expect(sentences(`${LEDE} ${SECOND}`)).toEqual([LEDE, SECOND]);
  });
});

describe('headlineFromLede', () => {
  it('cuts a long lede at ", just hours after" and drops the rest', () => {
    expect(LEDE.length).toBeGreaterThan(110);
    expect(headlineFromLede(LEDE)).toBe('OpenAI reached an agreement with the US Department of Defense to deploy its AI models on classified networks');
  });

  it('uses only the first sentence of a paragraph', () => {
    expect(headlineFromLede(`${LEDE} ${SECOND}`)).toBe('OpenAI reached an agreement with the US Department of Defense to deploy its AI models on classified networks');
  });

  it.each([
    ['Lindsay Lohan has checked into the Betty Ford Center. She will stay for 90 days.', 'Lindsay Lohan has checked into the Betty Ford Center'],
    ['The U.S. and Israeli governments have begun bombing Iran.', 'The U.S. and Israeli governments have begun bombing Iran'],
    // Short enough to keep whole, clause and all.
    ['Altman called the deal rushed, just hours after the ban.', 'Altman called the deal rushed, just hours after the ban'],
    // Only the period goes; a question mark is part of the headline.
    ['Was OpenAI being honest about its safeguards?', 'Was OpenAI being honest about its safeguards?'],
  ])('keeps the short sentence %j whole, without its period', (paragraph, headline) => {
    expect(headlineFromLede(paragraph)).toBe(headline);
  });

  it('cuts a long sentence at a dash', () => {
    const lede =
      'This follows a high-profile standoff between the Pentagon and OpenAI’s rival Anthropic over military use of AI models — a dispute that ended with a federal ban.';
    expect(lede.length).toBeGreaterThan(110);
    expect(headlineFromLede(lede)).toBe('This follows a high-profile standoff between the Pentagon and OpenAI’s rival Anthropic over military use of AI models');
  });

  it('does not cut at a clause boundary within the first 40 characters', () => {
    const lede =
      'In Washington, which has seen months of talks, the Pentagon signed a deal with OpenAI to deploy its models on classified networks and in edge environments.';
    expect(lede.indexOf(', which')).toBeLessThanOrEqual(40);
    expect(headlineFromLede(lede)).toBe(lede.replace(/\.$/, ''));
  });

  it('keeps a long sentence whole when it has no clause boundary', () => {
    const lede =
      'After skipping out on entering a Newport Beach rehabilitation facility and facing the prospect of arrest for violating her probation Lindsay Lohan has checked into the Betty Ford Center.';
    expect(headlineFromLede(lede)).toBe(lede.slice(0, -1));
  });
});

describe('summaryFromLede', () => {
  it('returns a short paragraph whole, whitespace collapsed', () => {
    expect(summaryFromLede(`  ${LEDE}\n   ${SECOND}  `)).toBe(`${LEDE} ${SECOND}`);
  });

  it('returns only the first sentence of a paragraph longer than 320 characters', () => {
    const third = 'Anthropic had been negotiating a $200 million contract with the Pentagon in recent weeks, but the Department of Defense demanded permission to use its AI for all legal purposes.';
    const paragraph = `${LEDE} ${SECOND} ${third}`;
    expect(paragraph.length).toBeGreaterThan(320);
    expect(summaryFromLede(paragraph)).toBe(LEDE);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://techcrunch.com/2026/02/28/openais-sam-altman-announces-pentagon-deal-with-technical-safeguards/', '2026-02-28'],
    ['http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504', '2013-05-03'],
    ['https://www.theguardian.com/world/2013/sep/27/syria-chemical-weapons', '2013-09-27'],
    ['https://example.com/news/2005-05-24/lohan-crash', '2005-05-24'],
    ['https://example.com/2026/2/3/story', '2026-02-03'],
    ['https://example.com/2026/02/28', '2026-02-28'],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each([
    ['https://techcrunch.com/2026/02/30/openai/'], // February 30th
    ['https://example.com/2025/02/29/story'], // not a leap year
    ['https://example.com/news/2026-13-01/story'], // 13th month
    ['https://example.com/2013/foo/03/story'], // not a month name
    ['https://x.com/sama/status/2027578580159631610'],
    ['https://example.com/story?date=2026/02/28'], // in the query, not the path
    ['not a url'],
    [undefined],
  ])('finds no date in %s', (url) => {
    expect(dateFromUrl(url)).toBeUndefined();
  });
});
