import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface DemoteHeadingsOptions {
  /** The highest level a body heading may have; the page's own `<h1>` is the headline. */
  top?: number;
}

const emptyOptions: DemoteHeadingsOptions = {};
const HEADING = /^h([1-6])$/;

/** Shifts body headings down so the highest becomes `top` (default h2), keeping their relative order. */
export default function rehypeDemoteHeadings(options: DemoteHeadingsOptions = emptyOptions) {
  const top = options.top ?? 2;
  return (tree: Root) => {
    const headings: [Element, number][] = [];
    visit(tree, 'element', (node) => {
      const m = HEADING.exec(node.tagName);
      if (m) headings.push([node, Number(m[1])]);
    });
    if (headings.length === 0) return;
    const shift = Math.max(0, top - Math.min(...headings.map(([, level]) => level)));
    for (const [node, level] of headings) node.tagName = `h${Math.min(6, level + shift)}`;
  };
}
