import type { ArticleFormat } from '../../schemas/article.ts';

/** Extensions we read as articles, and the format each suggests before the content is looked at. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

// A body that opens with a block-level HTML element is HTML, whatever the file is called.
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<(?:p|div|article|section|main|header|h[1-6]|ul|ol|blockquote|figure|table|body|span|a|em|strong)[\s>])/i;

/**
 * Decides how to read a body. The extension is a hint, the content decides:
 * aggregator exports put Markdown front matter and HTML bodies in `.txt` files.
 */
export function detectFormat(extension: string, body: string, hasFrontMatter: boolean): ArticleFormat {
  if (HTML_START.test(body)) return 'html';
  const hinted = ARTICLE_EXTENSIONS[extension.toLowerCase()] ?? 'text';
  if (hinted === 'text' && hasFrontMatter) return 'markdown';
  // A page saved as text under an .html name has no tag at all: read as HTML, its paragraphs would run together.
  if (hinted === 'html' && !ANY_TAG.test(body)) return 'text';
  return hinted;
}

// An element, a closing tag, a comment or a doctype anywhere in the body.
const ANY_TAG = /<(?:[a-z][a-z0-9-]*[\s>/]|\/[a-z]|!--|!doctype)/i;
