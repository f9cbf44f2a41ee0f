import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readBody } from '../ingest/read-body.ts';
import { textToMdast } from '../ingest/text-to-mdast.ts';
import { removeChrome } from './remove-chrome.ts';

const P1 = 'OpenAI CEO Sam Altman announced late on Friday that his company has reached an agreement allowing the Department of Defense to use its AI models.';
const P2 = 'This follows a high-profile standoff between the department and OpenAI’s rival Anthropic.';
const P3 = 'Surprisingly, Altman claimed in a post on X that OpenAI’s new defense contract includes protections addressing the same issues.';
const LAST = 'Altman’s post came shortly before news broke that the U.S. and Israeli governments have begun bombing Iran.';
const BIO =
  'Anthony Ha is TechCrunch’s weekend editor. Previously, he worked as a tech reporter at Adweek, a senior editor at VentureBeat, and vice president of content at a VC firm. He lives in New York City.';
const CONTACT = 'You can contact or verify outreach from Anthony by emailing anthony.ha@techcrunch.com.';

function texts(tree: Root): string[] {
  return tree.children.map((n) => toString(n));
}

function fromText(...paragraphs: string[]): Root {
  return textToMdast(paragraphs.join('\n\n'));
}

function fromMarkdown(markdown: string): Root {
  return readBody(markdown, 'markdown', undefined).tree;
}

describe('removeChrome', () => {
  it('removes a dateline with UI text at the top and returns its date', () => {
    const tree = fromText('date 2026-02-28 Ask about this article… Search', P1, P2);
    const found = removeChrome(tree, undefined);
    expect(found.dateline).toBe('2026-02-28');
    expect(found.removed).toEqual([{ rule: 'dateline', text: 'date 2026-02-28 Ask about this article… Search' }]);
    expect(texts(tree)).toEqual([P1, P2]);
  });

  it('removes a dateline that comes after the headline', () => {
    const tree = fromText('Lindsay Lohan checks into Betty Ford Center', 'Published May 03, 2013', P1);
    const found = removeChrome(tree, undefined);
    expect(found.dateline).toBe('2013-05-03');
    expect(texts(tree)).toEqual(['Lindsay Lohan checks into Betty Ford Center', P1]);
  });

  it('keeps a first paragraph that opens with a date but goes on as a sentence', () => {
    const lede = 'May 3, 2013 was the day Lindsay Lohan finally checked into the Betty Ford Center.';
    const tree = fromText(lede, P2);
    const found = removeChrome(tree, undefined);
    expect(found.dateline).toBeUndefined();
    expect(texts(tree)).toEqual([lede, P2]);
  });

  it('only reads a dateline near the top', () => {
    const tree = fromText(P1, P2, P3, 'Published August 02, 2013', LAST);
    const found = removeChrome(tree, undefined);
    expect(found.dateline).toBeUndefined();
    expect(texts(tree)).toEqual([P1, P2, P3, 'Published August 02, 2013', LAST]);
  });

  it('removes a byline at the top and returns the name', () => {
    const tree = fromText('By Nancy Dillon, New York Daily News', P1, P2);
    const found = removeChrome(tree, undefined);
    expect(found.byline).toBe('Nancy Dillon');
    expect(found.removed).toEqual([{ rule: 'byline', text: 'By Nancy Dillon, New York Daily News' }]);
    expect(texts(tree)).toEqual([P1, P2]);
  });

  it('removes trailing bio, contact and "View Bio" lines but keeps the last real paragraph', () => {
    const tree = fromMarkdown([P1, P2, LAST, BIO, CONTACT, '[View Bio](https://techcrunch.com/author/anthony-ha/)'].join('\n\n'));
    const found = removeChrome(tree, 'Anthony Ha');
    expect(texts(tree)).toEqual([P1, P2, LAST]);
    expect(found.removed).toEqual(
      expect.arrayContaining([
        { rule: 'author-bio', text: BIO },
        { rule: 'author-bio', text: CONTACT },
      ]),
    );
    expect(found.removed).toHaveLength(3);
    expect(found.removed.map((r) => r.text)).toContain('View Bio');
  });

  it('keeps a bio-like paragraph that is followed by real text', () => {
    const tree = fromText(P1, BIO, LAST);
    const found = removeChrome(tree, 'Anthony Ha');
    expect(texts(tree)).toEqual([P1, BIO, LAST]);
    expect(found.removed).toEqual([]);
  });

  it('uses a byline found at the top to recognise the closing bio', () => {
    // Only the author rule reads this as a bio (it has no "<Name> is …"): without the byline it stays.
    const bio = 'Nancy Dillon covers courts and crime as a senior reporter for the Daily News.';
    const withByline = fromText('By Nancy Dillon', P1, LAST, bio);
    removeChrome(withByline, undefined);
    expect(texts(withByline)).toEqual([P1, LAST]);
    const withoutByline = fromText(P1, LAST, bio);
    removeChrome(withoutByline, undefined);
    expect(texts(withoutByline)).toEqual([P1, LAST, bio]);
  });

  it('removes an event promo heading and its place-and-date line in the middle', () => {
    const tree = fromText(P1, P2, 'Techcrunch event', 'Boston, MA | June 9, 2026', P3, LAST);
    const found = removeChrome(tree, undefined);
    expect(texts(tree)).toEqual([P1, P2, P3, LAST]);
    expect(found.removed).toEqual([
      { rule: 'event-promo', text: 'Techcrunch event' },
      { rule: 'event-promo', text: 'Boston, MA | June 9, 2026' },
    ]);
  });

  it('extracts a republication footer with its outlet and URL', () => {
    const footer = 'This article originally appeared on Engadget at https://www.engadget.com/ai/openai-strikes-a-deal-054441785.html?src=rss';
    const tree = fromText(P1, P2, footer);
    const found = removeChrome(tree, undefined);
    expect(found.origin).toEqual({ outletName: 'Engadget', url: 'https://www.engadget.com/ai/openai-strikes-a-deal-054441785.html?src=rss', text: footer });
    expect(found.removed).toEqual([{ rule: 'origin-footer', text: footer }]);
    expect(texts(tree)).toEqual([P1, P2]);
  });

  it('does not read a footer sentence far from the end as a footer', () => {
    const sentence = 'This article originally appeared on Engadget.';
    const tree = fromText(P1, sentence, P2, P3, LAST, P1, P2, P3);
    const found = removeChrome(tree, undefined);
    expect(found.origin).toBeUndefined();
    expect(texts(tree)).toContain(sentence);
  });

  it('removes UI strings and credits anywhere and leaves real paragraphs in order', () => {
    const tree = fromText(P1, 'Share', P2, 'Related: OpenAI reveals more details about its agreement with the Pentagon', P3, 'Advertisement', LAST, 'Scroll to Top');
    const found = removeChrome(tree, undefined);
    expect(texts(tree)).toEqual([P1, P2, P3, LAST]);
    expect(found.removed.map((r) => r.rule)).toEqual(['ui-string', 'teaser-or-credit', 'ui-string', 'ui-string']);
  });

  it('leaves an article without chrome unchanged', () => {
    const tree = fromText(P1, P2, P3, LAST);
    const before = structuredClone(tree);
    const found = removeChrome(tree, 'Anthony Ha');
    expect(found).toEqual({ removed: [] });
    expect(tree).toEqual(before);
  });
});
