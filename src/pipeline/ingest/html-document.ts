import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** Metadata a web page states about itself in `<head>` (Open Graph, schema.org-ish meta, canonical link). */
export type HtmlMeta = Record<string, string>;

const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();
const documentParser = unified().use(rehypeParse, { fragment: false }).freeze();

// Page furniture that is never article text.
const CHROME_SELECTOR = 'nav, aside, footer, form, button, select, dialog, menu, noscript, template, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]';

const META_NAMES: Record<string, string> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'og:url': 'url',
  'og:description': 'description',
  description: 'description',
  'twitter:description': 'description',
  author: 'author',
  'article:author': 'author',
  'article:published_time': 'published',
  'date': 'published',
  'pubdate': 'published',
  'og:site_name': 'site_name',
  'article:section': 'category',
  keywords: 'keywords',
  'og:image': 'image',
};

function attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

function readHeadMeta(tree: Root): HtmlMeta {
  const meta: HtmlMeta = {};
  const set = (key: string, value: string | undefined) => {
    const text = value?.trim();
    if (text && meta[key] === undefined) meta[key] = text;
  };
  for (const node of selectAll('meta', tree)) {
    const name = (attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemProp') ?? '').toLowerCase();
    const key = META_NAMES[name];
    if (key) set(key, attr(node, 'content'));
  }
  const canonical = select('link[rel~=canonical]', tree);
  if (canonical) set('url', attr(canonical, 'href'));
  const time = select('time[datetime]', tree);
  if (time) set('published', attr(time, 'dateTime'));
  const h1 = select('h1', tree);
  if (h1) set('title', toString(h1));
  const title = select('title', tree);
  if (title) set('title', toString(title));
  return meta;
}

/**
 * Reads an HTML body. A whole document gives its `<head>` metadata and its main content
 * (`<article>`, else `<main>`, else `<body>`), minus navigation, footers and other furniture.
 * A fragment (HTML inside Markdown front matter) is taken whole.
 */
export function readHtml(html: string): { meta: HtmlMeta; content: Root } {
  const isDocument = /<html[\s>]|<!doctype html|<head[\s>]|<body[\s>]/i.test(html.slice(0, 2000));
  const tree = (isDocument ? documentParser : fragmentParser).parse(html);
  const meta = isDocument ? readHeadMeta(tree) : {};
  const main = isDocument ? (select('article', tree) ?? select('main', tree) ?? select('body', tree)) : undefined;
  const content: Root = main ? { type: 'root', children: main.children } : tree;
  removeNodes(content, new Set(selectAll(CHROME_SELECTOR, content)));
  // In a whole page the first <h1> is the headline, already in the metadata; keep it out of the body.
  const h1 = isDocument ? select('h1', content) : undefined;
  if (h1) removeNodes(content, new Set([h1]));
  return { meta, content };
}

function removeNodes(tree: Root, doomed: ReadonlySet<Element>): void {
  if (doomed.size === 0) return;
  const prune = (node: Root | Element): void => {
    node.children = node.children.filter((child) => !(child.type === 'element' && doomed.has(child)));
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
}
