/**
 * Static link checks over a built site, without a browser: every internal href/src must name a file that
 * exists (folders through their index.html, queries ignored), every #fragment an id in the target page,
 * and every external link must carry rel="noopener noreferrer".
 *
 * Works on an in-memory file set so that the checker itself can be tested on synthetic pages.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { listFiles, parseHtml, readText } from '../../integration/support/build.ts';
import { SITE_ORIGIN } from './site.ts';

export interface SiteFiles {
  /** Every file in the site, relative and `/`-separated (`articles/x/index.html`, `favicon.svg`). */
  files: Set<string>;
  /** The text of every HTML file, by relative path. */
  html: Map<string, string>;
}

export interface LinkProblem {
  /** The HTML file the link is in. */
  page: string;
  /** e.g. `<a href>` */
  where: string;
  url: string;
  problem: string;
}

/** Reads a built site from disk. */
export function readSite(distDir: string): SiteFiles {
  const files = new Set(listFiles(distDir));
  const html = new Map<string, string>();
  for (const file of files) if (file.endsWith('.html')) html.set(file, readText(distDir, file));
  return { files, html };
}

/** The URL path a file is served at: `index.html` → `/`, `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file a site path resolves to (query stripped, folders through index.html), or undefined. */
export function fileFor(files: Set<string>, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  if (files.has(`${path}/index.html`)) return `${path}/index.html`;
  return undefined;
}

/** URL-valued attributes, as hast property names. */
const URL_PROPS = ['href', 'src', 'srcSet', 'poster', 'action', 'data', 'cite'] as const;
const ATTR_NAMES: Record<string, string> = { srcSet: 'srcset' };

function urlsOf(element: Element): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  const props = element.properties as Record<string, unknown>;
  for (const prop of URL_PROPS) {
    const raw = props[prop];
    if (raw === undefined || raw === null || raw === false) continue;
    const attr = ATTR_NAMES[prop] ?? prop;
    if (prop === 'srcSet') {
      const candidates = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
      for (const c of candidates) {
        const url = c.trim().split(/\s+/)[0];
        if (url) out.push({ attr, value: url });
      }
    } else {
      out.push({ attr, value: Array.isArray(raw) ? raw.join(' ') : String(raw) });
    }
  }
  return out;
}

function relOf(element: Element): string[] {
  const rel = (element.properties as Record<string, unknown>)['rel'];
  if (Array.isArray(rel)) return rel.map((r) => String(r).toLowerCase());
  return typeof rel === 'string' ? rel.toLowerCase().split(/\s+/) : [];
}

function elements(tree: Root): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    out.push(node);
  });
  return out;
}

/**
 * Every broken internal link, missing fragment target and external link without
 * rel="noopener noreferrer" in the site's HTML. `siteOrigin` is the origin absolute links to the site use.
 */
export function checkLinks(site: SiteFiles, siteOrigin: string = SITE_ORIGIN): LinkProblem[] {
  const trees = new Map<string, Root>();
  const tree = (file: string): Root | undefined => {
    const html = site.html.get(file);
    if (html === undefined) return undefined;
    let t = trees.get(file);
    if (!t) trees.set(file, (t = parseHtml(html)));
    return t;
  };
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> | undefined => {
    const t = tree(file);
    if (!t) return undefined;
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const el of elements(t)) {
        const id = el.properties['id'];
        if (id !== undefined && id !== null) ids.add(String(id));
        if (el.tagName === 'a' && el.properties['name'] !== undefined) ids.add(String(el.properties['name']));
      }
      idCache.set(file, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  for (const page of [...site.html.keys()].sort()) {
    const base = new URL(urlPathOf(page), siteOrigin);
    for (const el of elements(tree(page)!)) {
      for (const { attr, value } of urlsOf(el)) {
        const where = `<${el.tagName} ${attr}>`;
        const report = (problem: string) => problems.push({ page, where, url: value, problem });
        let url: URL;
        try {
          url = new URL(value, base);
        } catch {
          report('not a valid URL');
          continue;
        }
        if (url.protocol === 'javascript:') {
          report('javascript: URL');
          continue;
        }
        if (url.origin !== siteOrigin) {
          if ((url.protocol === 'http:' || url.protocol === 'https:') && (el.tagName === 'a' || el.tagName === 'area') && attr === 'href') {
            const rel = relOf(el);
            const missing = ['noopener', 'noreferrer'].filter((r) => !rel.includes(r));
            if (missing.length > 0) report(`external link without rel ${missing.join(' ')} (rel="${rel.join(' ')}")`);
          }
          continue; // other hosts, mailto:, tel:, data: …
        }
        const target = fileFor(site.files, url.pathname);
        if (!target) {
          report(`no file in the site for ${url.pathname}`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (fragment === '' || fragment.toLowerCase() === 'top') continue;
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          report(`fragment #${fragment} is not valid percent-encoding`);
          continue;
        }
        const ids = idsOf(target);
        if (!ids) report(`#${id} points into ${target}, which is not an HTML page`);
        else if (!ids.has(id)) report(`no element with id="${id}" in ${target}`);
      }
    }
  }
  return problems;
}

export function formatProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.where} ${p.url}\n  ${p.problem}`).join('\n');
}
