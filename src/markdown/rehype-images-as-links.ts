import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Article images live on other sites; loading them would tell those sites who reads what.
 * Each image becomes a link to it, labelled with its alt text, so nothing loads until the reader asks.
 */
export default function rehypeImagesAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : undefined;
      const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() !== '' ? node.properties.alt.trim() : 'untitled';
      const link: Element = {
        type: 'element',
        tagName: src ? 'a' : 'span',
        properties: src ? { href: src, className: ['image-link'] } : { className: ['image-link'] },
        children: [{ type: 'text', value: `Image: ${alt}` }],
      };
      parent.children[index] = link;
    });
  };
}
