import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { surfaceMatcher, type SurfaceMatch } from './surface-matcher.ts';

export interface LinkEntitiesOptions {
  /** Names as the article writes them, and where each should link. */
  links?: readonly { surface: string; href: string; title?: string }[];
}

const emptyOptions: LinkEntitiesOptions = {};
// Paragraph-like blocks only: links in headings read as navigation.
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'figcaption']);

/**
 * Links entity mentions to their pages: the first mention of each entity in each paragraph (linking every
 * repetition would bury the text in links). Never inside an existing link; longest names first, so
 * "Department of War" wins over "War". Whole words only.
 */
export default function rehypeLinkEntities(options: LinkEntitiesOptions = emptyOptions) {
  const links = [...(options.links ?? [])].filter((l) => l.surface.trim() !== '').sort((a, b) => b.surface.length - a.surface.length);
  const bySurface = new Map(links.map((l) => [l.surface, l]));
  const matches = surfaceMatcher(links.map((l) => l.surface));
  return (tree: Root) => {
    if (links.length === 0) return;
    visit(tree, 'element', (block: Element) => {
      if (!BLOCKS.has(block.tagName)) return;
      const linked = new Set<string>();
      const walk = (parent: Element) => {
        for (let i = 0; i < parent.children.length; i++) {
          const child = parent.children[i]!;
          if (child.type === 'element') {
            if (child.tagName !== 'a' && child.tagName !== 'code') walk(child);
            continue;
          }
          if (child.type !== 'text') continue;
          const parts = splitText(child, matches(child.value), bySurface, linked);
          if (parts.length > 1) {
            parent.children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        }
      };
      walk(block);
      return SKIP;
    });
  };
}

function splitText(node: Text, found: readonly SurfaceMatch[], bySurface: Map<string, { href: string; title?: string }>, linked: Set<string>): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of found) {
    const link = bySurface.get(m.surface);
    if (!link || linked.has(link.href)) continue;
    linked.add(link.href);
    if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: link.href, className: ['entity'], ...(link.title ? { title: link.title } : {}) }, children: [{ type: 'text', value: m.surface }] });
    last = m.index + m.surface.length;
  }
  if (out.length === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}
