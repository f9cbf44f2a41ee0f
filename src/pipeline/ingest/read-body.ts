import type { Root } from 'mdast';
import type { ArticleFormat } from '../../schemas/article.ts';
import type { RemovedChrome } from '../clean/remove-chrome.ts';
import { hastToMdast, markdownToHast, sanitizeHast } from './convert.ts';
import { readHtml, type HtmlMeta } from './html-document.ts';
import { textToMdast } from './text-to-mdast.ts';

/**
 * Any body to one sanitized Markdown tree. HTML and Markdown both pass through the same sanitizer
 * (Markdown may carry raw HTML); plain text is built as text nodes, so it has nothing to sanitize.
 */
export function readBody(body: string, format: ArticleFormat, baseUrl: string | undefined): { tree: Root; htmlMeta: HtmlMeta; removed: RemovedChrome[] } {
  if (format === 'text') return { tree: textToMdast(body), htmlMeta: {}, removed: [] };
  if (format === 'html') {
    const { meta, content } = readHtml(body);
    const clean = sanitizeHast(content, baseUrl ?? (meta.url && URL.canParse(meta.url) ? meta.url : undefined));
    return { tree: hastToMdast(clean.tree), htmlMeta: meta, removed: clean.removed };
  }
  const clean = sanitizeHast(markdownToHast(body), baseUrl);
  return { tree: hastToMdast(clean.tree), htmlMeta: {}, removed: clean.removed };
}
