import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);

function embedSource(node: Element): string | undefined {
  const src = node.properties.src ?? node.properties.data;
  if (typeof src !== 'string' || !/^https?:\/\//i.test(src) || !URL.canParse(src)) return undefined;
  return new URL(src).hostname === '' ? undefined : src;
}

/**
 * Third-party embeds (videos, players, iframes) would load someone else's code on our pages.
 * Each becomes a plain link to what it showed, so the reader loses nothing but the tracker.
 */
export default function rehypeEmbedsToLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!EMBEDS.has(node.tagName) || parent === undefined || index === undefined) return;
      const src = embedSource(node);
      const replacement: ElementContent[] = src
        ? [{ type: 'element', tagName: 'p', properties: {}, children: [
            { type: 'text', value: 'Embedded content: ' },
            { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: new URL(src).hostname }] },
          ] }]
        : [];
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
