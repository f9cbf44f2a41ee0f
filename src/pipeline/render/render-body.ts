import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeDemoteHeadings from '../../markdown/rehype-demote-headings.ts';
import rehypeImagesAsLinks from '../../markdown/rehype-images-as-links.ts';
import { articleSanitizeSchema } from '../clean/sanitize-schema.ts';

// Built once; sanitizing again here is defence in depth (bodies are already clean Markdown, and
// raw HTML in them is dropped by remark-rehype). Our own plugins run after the sanitizer,
// so the markup they add (anchors, links) is not clobbered.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeDemoteHeadings)
  .use(rehypeImagesAsLinks)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'external'] })
  .use(rehypeStringify)
  .freeze();

/** An article's Markdown body as safe HTML for the reader view. */
export function renderBody(markdown: string): string {
  return String(processor.processSync(markdown));
}
