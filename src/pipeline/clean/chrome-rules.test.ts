import { describe, expect, it } from 'vitest';
import {
  isAuthorBio,
  isEventPlaceAndDate,
  isEventPromoHeading,
  isTeaserOrCredit,
  isUiString,
  readByline,
  readOriginFooter,
} from './chrome-rules.ts';

const TC_BIO =
  'Anthony Ha is TechCrunch’s weekend editor. Previously, he worked as a tech reporter at Adweek, a senior editor at VentureBeat, a local government reporter at the Hollister Free Lance, and vice president of content at a VC firm. He lives in New York City.';

describe('isUiString', () => {
  it.each([
    ['Scroll to Top'],
    ['Ask about this article… Search'],
    ['Ask about this article... Search'],
    ['Share'],
    ['SHARE'],
    ['Share this article'],
    ['Advertisement'],
    ['Print | Email | Share'],
    ['Facebook Twitter LinkedIn'],
  ])('%j is interface text', (text) => {
    expect(isUiString(text)).toBe(true);
  });

  it.each([
    ['Shares of Apple rose 3% on Friday.'],
    ['Share prices fell.'],
    ['Search results for Apple'],
    ['Altman shared the post on X.'],
    ['Anthropic will challenge the designation in court.'],
  ])('%j is not interface text', (text) => {
    expect(isUiString(text)).toBe(false);
  });

  it('is false for long blocks even when made of UI words', () => {
    expect(isUiString('Share '.repeat(20))).toBe(false);
  });
});

describe('event promotions', () => {
  it.each([['Techcrunch event'], ['TechCrunch event'], ['TC Sessions event']])('%j followed by a place and date is an event promo heading', (text) => {
    expect(isEventPromoHeading(text, 'Boston, MA | June 9, 2026')).toBe(true);
  });

  it.each([['Charity events'], ['Major sporting events'], ['Techcrunch event']])('%j followed by an ordinary paragraph is a subheading, not a promo', (text) => {
    expect(isEventPromoHeading(text, 'The council raised $2 million at three dinners last year.')).toBe(false);
    expect(isEventPromoHeading(text, undefined)).toBe(false);
  });

  it.each([
    ['The Apple event drew crowds.'],
    ['Altman spoke at the event on Friday, calling the deal rushed.'],
    ['OpenAI reveals more details about its agreement with the Pentagon'],
  ])('%j is not an event promo heading', (text) => {
    expect(isEventPromoHeading(text, 'Boston, MA | June 9, 2026')).toBe(false);
  });

  it.each([['Boston, MA | June 9, 2026'], ['San Francisco, CA | October 13-15, 2026'], ['Berlin | Sept. 4, 2026']])('%j is an event place and date', (text) => {
    expect(isEventPlaceAndDate(text)).toBe(true);
  });

  it.each([
    ['Revenue rose 5% | shares fell on June 9, 2026.'],
    ['Apple | Google'],
    ['OpenAI | Anthropic | Pentagon'],
    ['The vote was 52 | 48 on June 9'],
    ['Boston, MA June 9, 2026'],
  ])('%j is not an event place and date', (text) => {
    expect(isEventPlaceAndDate(text)).toBe(false);
  });
});

describe('isTeaserOrCredit', () => {
  it.each([['Related: OpenAI reveals more details about its agreement with the Pentagon'], ['Image credit: Getty Images'], ['© 2026 Reuters'], ['Photo by Justin Sullivan/Getty Images'], ['(Credit: Marguerite Reardon/CNET)'], ['Photo: Getty Images'], ['Photo: AP Photo/Evan Vucci'], ['Photo: Jane Doe – AP'], ['Photo: Jane Doe | Reuters'], ['Photo: © Reuters'], ['Image: dpa'], ['Photo: courtesy of NASA'], ['Photo: Facebook/@jdoe']])(
    '%j is a teaser or credit',
    (text) => {
      expect(isTeaserOrCredit(text)).toBe(true);
    },
  );

  it.each([['Related companies fell sharply on Friday.'], ['Photographs of the meeting were released by the Pentagon.'], ['Credit: the bank cut its rates again on Tuesday, and lenders followed: mortgages are cheaper.'], ['(Credit: Reardon said the photos were hers)'], ['Photo: Biden wins Georgia'], ['Credit: Moody’s cuts Italy to junk'], ['CREDIT: Fed holds rates'], ['Photo: She won.'], ['Photo: Biden Wins Georgia'], ['Credit: Moody’s Cuts Italy To Junk'], ['Photo: Trump Indicted In New York']])('%j is not', (text) => {
    expect(isTeaserOrCredit(text)).toBe(false);
  });
});

describe('isAuthorBio', () => {
  it.each([
    ['the known author’s bio', TC_BIO, 'Anthony Ha'],
    ['the known author’s bio with no author given', TC_BIO, undefined],
    ['a contact line', 'You can contact or verify outreach from Anthony by emailing anthony.ha@techcrunch.com.', 'Anthony Ha'],
    ['a contact line with no author given', 'You can contact or verify outreach from Anthony by emailing anthony.ha@techcrunch.com.', undefined],
    ['"View Bio"', 'View Bio', undefined],
    ['a follow line', 'Follow her on Twitter @sharongoldman', undefined],
    ['an unknown author’s bio', 'Jane Smith is a senior technology correspondent at Reuters.', undefined],
    ['an unknown author’s bio with a possessive outlet', 'Jane Smith is TechCrunch’s senior technology correspondent.', undefined],
  ])('recognizes %s', (_label, text, author) => {
    expect(isAuthorBio(text, author)).toBe(true);
  });

  // Bug: the possessive pattern requires `’s`; a plural possessive ("Reuters’") is not read as one.
  it('recognizes an unknown author’s bio whose outlet ends in s (“Reuters’”)', () => {
    expect(isAuthorBio('Jane Smith is Reuters’ senior technology correspondent.', undefined)).toBe(true);
  });

  it.each([
    ['a sentence about a source, with the author known', 'Altman is the CEO of OpenAI, which announced the deal on Friday.', 'Anthony Ha'],
    ['a sentence about a source, with no author', 'Altman is the CEO of OpenAI, which announced the deal on Friday.', undefined],
    ['a two-word-name sentence without a role', 'Sam Altman is the chief executive of OpenAI.', undefined],
  ])('does not take %s for a bio', (_label, text, author) => {
    expect(isAuthorBio(text, author)).toBe(false);
  });

  it('does not take a very long block for a bio', () => {
    expect(isAuthorBio(TC_BIO + ' ' + 'He writes about startups. '.repeat(25), 'Anthony Ha')).toBe(false);
  });
});

describe('readOriginFooter', () => {
  it('reads the outlet and URL of a republication footer', () => {
    const text = 'This article originally appeared on Engadget at https://www.engadget.com/ai/openai-strikes-a-deal-054441785.html?src=rss';
    expect(readOriginFooter(text)).toEqual({ outletName: 'Engadget', url: 'https://www.engadget.com/ai/openai-strikes-a-deal-054441785.html?src=rss', text });
  });

  it('drops the closing period from the URL', () => {
    expect(readOriginFooter('This post originally ran on TechCrunch at https://techcrunch.com/2026/02/28/openai/.')?.url).toBe('https://techcrunch.com/2026/02/28/openai/');
  });

  it.each([
    ['This article originally appeared on Engadget.', 'Engadget'],
    ['This story was first published by ProPublica.', 'ProPublica'],
    ['The article originally appeared in The Guardian', 'The Guardian'],
  ])('reads %j without a URL', (text, outletName) => {
    const footer = readOriginFooter(text);
    expect(footer).toEqual({ outletName, text });
    expect(footer).not.toHaveProperty('url');
  });

  it.each([['This article is about Engadget.'], ['Altman’s post originally appeared on X before it was deleted.'], ['Engadget first reported the deal.']])('%j is not a footer', (text) => {
    expect(readOriginFooter(text)).toBeUndefined();
  });
});

describe('readByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe, Reuters', 'Jane Doe'],
    ['By Jane Doe | Reuters', 'Jane Doe'],
    ['By Anthony Ha and Sharon Goldman', 'Anthony Ha and Sharon Goldman'],
    ['By Ludwig van Beethoven', 'Ludwig van Beethoven'],
  ])('%j names %j', (text, name) => {
    expect(readByline(text)).toBe(name);
  });

  it.each([['Anthony Ha'], ['Written by Jane Doe for Reuters on Friday, after a long week of talks with both sides.'], ['The deal was reached by Friday.']])(
    '%j is not a byline',
    (text) => {
      expect(readByline(text)).toBeUndefined();
    },
  );

  // Bug: any capitalized word after "By" followed by a comma clause is read as a name.
  it('does not read a sentence opening with "By Friday," as a byline', () => {
    expect(readByline('By Friday, the deal was done.')).toBeUndefined();
  });
});
