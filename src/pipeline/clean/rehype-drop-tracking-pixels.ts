import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

// Tracker image hosts and paths seen in syndicated feeds (analytics beacons, ad pixels).
const TRACKER_SRC = /(?:pixel|beacon|tracking|analytics|doubleclick|feedburner|\/b\.gif|1x1|spacer\.gif|\/track\/|\/open\.aspx|sli\.|stats\.)/i;

function tiny(value: unknown): boolean {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(n) && n <= 2;
}

function isTrackingPixel(node: Element): boolean {
  const { src, width, height, style } = node.properties;
  if (tiny(width) || tiny(height)) return true;
  if (typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[012]px/i.test(style)) return true;
  return typeof src === 'string' && TRACKER_SRC.test(src);
}

/** Removes tracking pixels: 1×1 or hidden images and images from known beacon paths. */
export default function rehypeDropTrackingPixels() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !isTrackingPixel(node) || parent === undefined || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
