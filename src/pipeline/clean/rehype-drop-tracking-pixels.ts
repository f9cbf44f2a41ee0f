import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// Beacon paths and ad hosts seen in syndicated feeds. Deliberately narrow: a photo whose name merely
// contains "pixel" (a phone review) is content.
const TRACKER_SRC = /(?:\/(?:pixel|beacon|track|tracking|open)(?:\.gif|\.png|\.aspx|\.php)?(?:[?#]|$)|doubleclick\.net|\/b\.gif|\/1x1\.|spacer\.gif|feeds\.feedburner\.com\/~r\/|\/\/stats\.|\/\/sli\.)/i;

function tiny(value: unknown): boolean {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(n) && n <= 2;
}

export function isTrackingPixel(node: Element): boolean {
  const { src, width, height, style } = node.properties;
  if (tiny(width) || tiny(height)) return true;
  if (typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[012]px/i.test(style)) return true;
  return typeof src === 'string' && TRACKER_SRC.test(src);
}

/** Removes tracking pixels and notes each in `file.data.removedChrome`, so the removal is visible. */
export default function rehypeDropTrackingPixels() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !isTrackingPixel(node) || parent === undefined || index === undefined) return;
      const removed = (file.data.removedChrome ??= []);
      removed.push({ rule: 'tracking-pixel', text: typeof node.properties.src === 'string' ? node.properties.src : '(image without a source)' });
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
