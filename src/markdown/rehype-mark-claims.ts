import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { pushTo } from '../pipeline/multimap.ts';

/** One claim to mark in one text block. */
export interface ClaimMark {
  /** Index of the block, in the order paragraphs, headings, table cells and list items appear. */
  block: number;
  /** The words to mark, exactly as in the block's text. */
  text: string;
  /** Anchor id placed on the mark (`claim-…`), so links can land on the sentence. */
  anchor: string;
  /** Where the count link goes (the claim page); without one the label is plain text. */
  href?: string;
  /** Text of the count link ("4 outlets"). */
  label: string;
  /** Whether other outlets carry the claim too (styled more strongly). */
  shared: boolean;
}

export interface MarkClaimsOptions {
  marks?: readonly ClaimMark[];
}

const emptyOptions: MarkClaimsOptions = {};
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);

function isBlock(node: Element): boolean {
  if (BLOCK_TAGS.has(node.tagName)) return true;
  // A tight list item holds its text directly; a loose one holds paragraphs, which are the blocks.
  return node.tagName === 'li' && !node.children.some((c) => c.type === 'element' && c.tagName === 'p');
}

/** The block's text with whitespace collapsed, and where each character came from. */
function flatten(block: Element): { text: string; at: { node: Text; parent: Element; offset: number }[] } {
  const at: { node: Text; parent: Element; offset: number }[] = [];
  let text = '';
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.type === 'element') {
        // (Not an image shown as a link, "Image: chart of the budget": its words are no part of the sentence.)
        const imageLink = Array.isArray(child.properties['className']) && child.properties['className'].includes('image-link');
        if (!(child.tagName === 'ul' || child.tagName === 'ol' || imageLink)) walk(child);
      } else if (child.type === 'text') {
        for (let i = 0; i < child.value.length; i++) {
          const ch = /\s/.test(child.value[i]!) ? ' ' : child.value[i]!;
          if (ch === ' ' && (text === '' || text.endsWith(' '))) continue;
          text += ch;
          at.push({ node: child, parent: el, offset: i });
        }
      }
    }
  };
  walk(block);
  return { text, at };
}

/**
 * Marks claim sentences in the article body: each becomes `<mark id="claim-…" class="claim">`, followed by
 * a link to the claim page saying how many outlets carry it. A sentence that spans links or emphasis is
 * marked piece by piece; the id sits on the first piece, so `#claim-…` lands on the sentence's start.
 */
export default function rehypeMarkClaims(options: MarkClaimsOptions = emptyOptions) {
  const byBlock = new Map<number, ClaimMark[]>();
  for (const m of options.marks ?? []) pushTo(byBlock, m.block, m);
  return (tree: Root) => {
    if (byBlock.size === 0) return;
    let index = -1;
    visit(tree, 'element', (node: Element) => {
      if (!isBlock(node)) return;
      index++;
      for (const mark of byBlock.get(index) ?? []) markOne(node, mark);
    });
  };
}

function markOne(block: Element, mark: ClaimMark): void {
  const { text, at } = flatten(block);
  const wanted = mark.text.replace(/\s+/g, ' ').trim();
  const start = text.indexOf(wanted);
  if (start < 0 || wanted === '') return;
  const end = start + wanted.length;
  // Group the marked characters by text node, then split each node into before / marked / after.
  const pieces = new Map<Text, { parent: Element; from: number; to: number }>();
  for (let i = start; i < end; i++) {
    const { node, parent, offset } = at[i]!;
    const p = pieces.get(node);
    if (p) p.to = offset + 1;
    else pieces.set(node, { parent, from: offset, to: offset + 1 });
  }
  let first = true;
  let lastMark: Element | undefined;
  let lastParent: Element | undefined;
  for (const [node, { parent, from, to }] of pieces) {
    const i = parent.children.indexOf(node);
    if (i < 0) continue;
    const piece: Element = {
      type: 'element',
      tagName: 'mark',
      properties: { className: mark.shared ? ['claim', 'shared'] : ['claim'], ...(first ? { id: mark.anchor } : {}) },
      children: [{ type: 'text', value: node.value.slice(from, to) }],
    };
    const replacement: ElementContent[] = [];
    if (from > 0) replacement.push({ type: 'text', value: node.value.slice(0, from) });
    replacement.push(piece);
    if (to < node.value.length) replacement.push({ type: 'text', value: node.value.slice(to) });
    parent.children.splice(i, 1, ...replacement);
    first = false;
    lastMark = piece;
    lastParent = parent;
  }
  if (!lastMark || !lastParent) return;
  // The count link goes right after the sentence, but never inside another link: if any ancestor up to the
  // block is a link, it goes after the outermost one.
  let host: Element = lastParent;
  let after: ElementContent = lastMark;
  const chain: Element[] = [];
  for (let el: Element | undefined = lastParent; el && el !== block; el = findParent(block, el)) chain.push(el);
  const outermostLink = chain.findLast((el) => el.tagName === 'a');
  if (outermostLink) {
    const container = findParent(block, outermostLink);
    if (container) {
      host = container;
      after = outermostLink;
    }
  }
  const label = [{ type: 'text' as const, value: mark.label }];
  // The count is the site's label, not the article's words: kept out of the search index ("only here" matched every article).
  const link: Element =
    mark.href === undefined
      ? { type: 'element', tagName: 'span', properties: { className: ['claim-count', 'single'], dataPagefindIgnore: '' }, children: label }
      : { type: 'element', tagName: 'a', properties: { href: mark.href, className: ['claim-count'], dataPagefindIgnore: '' }, children: label };
  host.children.splice(host.children.indexOf(after) + 1, 0, { type: 'text', value: ' ' }, link);
}

function findParent(root: Element, target: Element): Element | undefined {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.children.includes(target)) return child;
    const deeper = findParent(child, target);
    if (deeper) return deeper;
  }
  return root.children.includes(target) ? root : undefined;
}
