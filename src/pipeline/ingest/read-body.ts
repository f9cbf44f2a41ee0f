import type { Root } from 'mdast';
import type { ArticleFormat } from '../../schemas/article.ts';
import { hastToMdast, markdownToHast, sanitizeHast } from './convert.ts';
import { readHtml, type HtmlMeta } from './html-document.ts';
import { textToMdast } from './text-to-mdast.ts';

/**
 * Any body to one sanitized Markdown tree. HTML and Markdown both pass through the same sanitizer
 * (Markdown may carry raw HTML); plain text is built as text nodes, so it has nothing to sanitize.
 */
export function readBody(body: string, format: ArticleFormat): { tree: Root; htmlMeta: HtmlMeta } {
  if (format === 'text') return { tree: textToMdast(body), htmlMeta: {} };
  if (format === 'html') {
    const { meta, content } = readHtml(body);
    return { tree: hastToMdast(sanitizeHast(content)), htmlMeta: meta };
  }
  return { tree: hastToMdast(sanitizeHast(markdownToHast(body))), htmlMeta: {} };
}
