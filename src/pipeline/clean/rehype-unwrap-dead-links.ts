import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A link whose address was removed (a `javascript:` URL, a relative path with no base) would
 * render as a link to the page itself. Keep its text, drop the link; drop images with no source.
 */
export default function rehypeUnwrapDeadLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.tagName === 'a' && typeof node.properties.href !== 'string') {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      if (node.tagName === 'img' && typeof node.properties.src !== 'string') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
