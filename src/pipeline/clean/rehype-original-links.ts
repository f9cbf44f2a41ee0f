import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Syndicated HTML often routes links through affiliate or click-tracking redirects and keeps the real
 * address in `data-original-link` (or `data-original-url`). Link to the real address; the redirect tracks readers.
 */
export default function rehypeOriginalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a') return;
      const original = node.properties.dataOriginalLink ?? node.properties.dataOriginalUrl;
      if (typeof original === 'string' && /^https?:\/\//i.test(original) && URL.canParse(original)) node.properties.href = original;
    });
  };
}
