import type { Heading, List, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { markdownToHast, hastToMdast, mdastToMarkdown } from './convert.ts';
import { isHeadingLike, textToMdast } from './text-to-mdast.ts';

/** Each top-level block as [type, text]. */
function blocks(tree: Root): [string, string][] {
  return tree.children.map((n) => [n.type, toString(n)]);
}

const LEDE = 'OpenAI has officially crossed a major threshold in defense technology.';
const SECOND = 'This agreement arrives amidst a severe fracture between the administration and OpenAI’s rival, Anthropic.';

describe('textToMdast', () => {
  it('splits paragraphs at blank lines, including lines holding only spaces', () => {
    const tree = textToMdast(`${LEDE}\n\n${SECOND}\n   \nScroll to Top.`);
    expect(blocks(tree)).toEqual([
      ['paragraph', LEDE],
      ['paragraph', SECOND],
      ['paragraph', 'Scroll to Top.'],
    ]);
  });

  it('joins soft-wrapped lines of one paragraph with a single space', () => {
    const wrapped = 'OpenAI has officially crossed a major threshold in\n   defense technology, securing an agreement to deploy\nits AI models within classified networks.';
    expect(blocks(textToMdast(wrapped))).toEqual([
      ['paragraph', 'OpenAI has officially crossed a major threshold in defense technology, securing an agreement to deploy its AI models within classified networks.'],
    ]);
  });

  it('turns a run of bullet lines into one list, after the paragraph that introduces it', () => {
    const text = [
      'Anthropic pushed back, attempting to draw strict red lines against two specific uses:',
      '',
      '  • Mass domestic surveillance.',
      '  • Fully autonomous weapons systems.',
      '',
      SECOND,
    ].join('\n');
    const tree = textToMdast(text);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = tree.children[1] as List;
    expect(list.ordered).toBe(false);
    expect(list.children.map((item) => toString(item))).toEqual(['Mass domestic surveillance.', 'Fully autonomous weapons systems.']);
  });

  it('turns numbered lines into an ordered list', () => {
    const tree = textToMdast(`${LEDE}\n\n1. Mass domestic surveillance.\n2. Fully autonomous weapons systems.\n\n${SECOND}`);
    const list = tree.children[1] as List;
    expect(list.type).toBe('list');
    expect(list.ordered).toBe(true);
    expect(list.children.map((item) => toString(item))).toEqual(['Mass domestic surveillance.', 'Fully autonomous weapons systems.']);
  });

  it.each([['The Anthropic Fallout'], ['OpenAI’s Strategic Maneuver'], ['The “Safety Stack”'], ['Why This Matters']])(
    'makes the short unpunctuated line %j between paragraphs a depth-2 heading',
    (line) => {
      const tree = textToMdast(`${LEDE}\n\n${line}\n\n${SECOND}`);
      expect(blocks(tree)).toEqual([
        ['paragraph', LEDE],
        ['heading', line],
        ['paragraph', SECOND],
      ]);
      expect((tree.children[1] as Heading).depth).toBe(2);
    },
  );

  it.each([
    ['a period', 'The deal sets a precedent.'],
    ['a question mark', 'So why do it?'],
    ['a colon', 'Altman wrote:'],
    ['a period inside a closing quote', 'Altman called it “definitely rushed.”'],
  ])('does not make a short line ending with %s a heading', (_label, line) => {
    const tree = textToMdast(`${LEDE}\n\n${line}\n\n${SECOND}`);
    expect(tree.children[1]!.type).toBe('paragraph');
  });

  it('does not make a one-word line a heading', () => {
    expect(textToMdast(`${LEDE}\n\nMeanwhile\n\n${SECOND}`).children[1]!.type).toBe('paragraph');
  });

  it('does not make the first or the last block a heading', () => {
    const tree = textToMdast(`OpenAI secures classified Pentagon access\n\n${LEDE}\n\nScroll to Top`);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('does not make a multi-line block a heading even when it has no closing punctuation', () => {
    const tree = textToMdast(`${LEDE}\n\nThe Anthropic Fallout\nand what came after\n\n${SECOND}`);
    expect(blocks(tree)[1]).toEqual(['paragraph', 'The Anthropic Fallout and what came after']);
  });

  it('keeps Markdown characters as literal text', () => {
    const line = '# Not a heading: shares rose 5 * 3 points, *not emphasis*, [not](a link) and `not code`.';
    const tree = textToMdast(`${LEDE}\n\n${line}`);
    const para = tree.children[1] as Paragraph;
    expect(para.children).toEqual([{ type: 'text', value: line }]);
    // Serialized and read back as Markdown, the text is unchanged and nothing became markup.
    const reread = hastToMdast(markdownToHast(mdastToMarkdown(tree)));
    expect(blocks(reread)).toEqual([
      ['paragraph', LEDE],
      ['paragraph', line],
    ]);
    const second = reread.children[1] as Paragraph;
    expect(second.children.every((c) => c.type === 'text')).toBe(true);
  });

  it('returns an empty tree for blank text', () => {
    expect(textToMdast('\n  \n\n').children).toEqual([]);
  });
});

describe('isHeadingLike', () => {
  it.each([
    ['The Anthropic Fallout', true],
    ['The “Safety Stack”', true],
    ['2026 Midterm Elections', true],
    ['The deal sets a precedent.', false],
    ['lowercase start of a line', false],
    ['Meanwhile', false],
    ['A'.repeat(60) + ' ' + 'B'.repeat(60), false], // 121 characters
  ])('%j → %s', (line, expected) => {
    expect(isHeadingLike(line)).toBe(expected);
  });
});
