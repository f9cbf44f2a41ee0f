import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const reader = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The article's text blocks (paragraphs, headings, table cells, list items' paragraphs) in reading order,
 * as plain text: the units sentences and mentions are found in, and that the renderer marks up.
 */
export function bodyBlocks(markdown: string): { blocks: string[]; headings: Set<number> } {
  const tree = reader.parse(markdown) as Root;
  // A hard line break separates words in the rendered page; keep it as a space in the text.
  visit(tree, 'break', (_node, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: ' ' };
  });
  const blocks: string[] = [];
  const headings = new Set<number>();
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (node.type === 'heading') headings.add(blocks.length);
      // (An image's alt text is no part of the prose: the page shows the image as a link beside it, not as words of
      // the sentence, and claim marks must find the sentence there.)
      blocks.push(toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim());
      return 'skip';
    }
    return undefined;
  });
  return { blocks, headings };
}
