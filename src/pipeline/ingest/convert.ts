import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeDropTrackingPixels from '../clean/rehype-drop-tracking-pixels.ts';
import rehypeEmbedsToLinks from '../clean/rehype-embeds-to-links.ts';
import rehypeOriginalLinks from '../clean/rehype-original-links.ts';
import rehypeResolveUrls from '../clean/rehype-resolve-urls.ts';
import rehypeUnwrapDeadLinks from '../clean/rehype-unwrap-dead-links.ts';
import { articleSanitizeSchema } from '../clean/sanitize-schema.ts';

// Processors are built once: creating them per article would dominate the cost of small files.
const markdownReader = unified().use(remarkParse).use(remarkGfm).freeze();
const markdownToHtmlTree = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();
const htmlCleaner = unified()
  .use(rehypeOriginalLinks)
  .use(rehypeResolveUrls)
  .use(rehypeEmbedsToLinks)
  .use(rehypeDropTrackingPixels)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeUnwrapDeadLinks)
  .freeze();
const htmlToMarkdownTree = unified().use(rehypeRemark).freeze();
const markdownWriter = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' })
  .freeze();

/** Markdown (possibly with raw HTML inside) to an HTML tree, raw HTML parsed so it can be sanitized. */
export function markdownToHast(markdown: string): HastRoot {
  const mdast = markdownReader.runSync(markdownReader.parse(markdown)) as MdastRoot;
  return markdownToHtmlTree.runSync(mdast) as HastRoot;
}

/**
 * Removes everything unsafe or third-party from an HTML tree (see `sanitize-schema.ts`), resolving relative
 * URLs against `baseUrl`; returns what was removed as chrome (tracking pixels) so provenance can list it.
 */
export function sanitizeHast(tree: HastRoot, baseUrl: string | undefined): { tree: HastRoot; removed: { rule: string; text: string }[] } {
  const file = new VFile();
  file.data.baseUrl = baseUrl;
  const clean = htmlCleaner.runSync(tree, file) as HastRoot;
  return { tree: clean, removed: file.data.removedChrome ?? [] };
}

/** A sanitized HTML tree as Markdown syntax tree. */
export function hastToMdast(tree: HastRoot): MdastRoot {
  return htmlToMarkdownTree.runSync(tree) as MdastRoot;
}

/** Serializes a Markdown tree; escaping is the library's job, never ours. */
export function mdastToMarkdown(tree: MdastRoot): string {
  return markdownWriter.stringify(tree).trim() + '\n';
}
