import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function resolve(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const url = value.trim();
  if (ABSOLUTE.test(url)) return url.startsWith('//') ? `https:${url}` : url;
  // A fragment or path relative to the source page would point into our own site: resolve it or drop it.
  if (!base || !URL.canParse(url, base)) return undefined;
  return new URL(url, base).href;
}

/**
 * Makes every link and image URL absolute against the article's own URL (`file.data.baseUrl`, set per
 * article so one frozen processor serves all), and drops the ones that cannot be.
 */
export default function rehypeResolveUrls() {
  return (tree: Root, file: VFile) => {
    const base = file.data.baseUrl;
    visit(tree, 'element', (node: Element) => {
      for (const key of ['href', 'src'] as const) {
        if (!(key in node.properties)) continue;
        const resolved = resolve(node.properties[key], base);
        if (resolved === undefined) delete node.properties[key];
        else node.properties[key] = resolved;
      }
    });
  };
}
