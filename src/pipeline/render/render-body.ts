import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeDemoteHeadings from '../../markdown/rehype-demote-headings.ts';
import rehypeImagesAsLinks from '../../markdown/rehype-images-as-links.ts';
import rehypeLinkEntities, { type LinkEntitiesOptions } from '../../markdown/rehype-link-entities.ts';
import rehypeMarkClaims, { type MarkClaimsOptions } from '../../markdown/rehype-mark-claims.ts';
import { articleSanitizeSchema } from '../clean/sanitize-schema.ts';

// Built once; sanitizing again here is defence in depth (bodies are already clean Markdown, and
// raw HTML in them is dropped by remark-rehype). Our own plugins run after the sanitizer,
// so the markup they add (anchors, links) is not clobbered.
const baseProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeDemoteHeadings)
  .use(rehypeImagesAsLinks)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'external'] })
  .freeze();

export interface RenderOptions {
  /** Entity mentions to link (see `rehype-link-entities.ts`). */
  entityLinks?: LinkEntitiesOptions['links'];
  /** Claim sentences to mark (see `rehype-mark-claims.ts`). */
  claimMarks?: MarkClaimsOptions['marks'];
}

/** One body to render with its links and marks: the unit of work (and of caching) for article bodies. */
export interface RenderInput {
  markdown: string;
  entityLinks: NonNullable<RenderOptions['entityLinks']>;
  claimMarks: NonNullable<RenderOptions['claimMarks']>;
}

/** An article's Markdown body as safe HTML for the reader view, with its entity mentions linked. */
export function renderBody(markdown: string, options: RenderOptions = {}): string {
  // The per-article plugin options vary, so they are applied to a copy of the frozen base chain.
  const processor = baseProcessor()
    .use(rehypeMarkClaims, { marks: options.claimMarks ?? [] })
    .use(rehypeLinkEntities, { links: options.entityLinks ?? [] })
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}
