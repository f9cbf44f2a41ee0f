import { z } from 'zod';
import { ArticleFormatSchema, DerivedFromSchema, InferableFieldSchema, PublishedSchema } from './article.ts';
import { SLUG_PATTERN } from './ids.ts';
import { OutletRefSchema } from './outlet.ts';

/**
 * One record of `/data/articles.json`, the open-data contract other tools read (see design §3).
 * Story, entity and claim references join as those stages land; until then they are absent, never faked.
 */
export const ArticleExportSchema = z
  .object({
    /** Article id; its page is `/articles/<id>/`. */
    id: z.string().regex(SLUG_PATTERN),
    /** Headline. */
    title: z.string().min(1),
    /** The outlet credited with the reporting. */
    outlet: OutletRefSchema,
    /** The aggregator that republished it, for copies. */
    republishedBy: OutletRefSchema.optional(),
    /** Byline. */
    author: z.string().optional(),
    /** Original URL. */
    url: z.url().optional(),
    /** `YYYY-MM-DD` or an ISO 8601 UTC instant. */
    published: PublishedSchema.optional(),
    /** Summary or standfirst. */
    summary: z.string().optional(),
    /** Section, as the source names it. */
    category: z.string().optional(),
    /** Tags or keywords. */
    tags: z.array(z.string()),
    /** Source path relative to the articles folder. */
    file: z.string(),
    /** Format of the source body. */
    format: ArticleFormatSchema,
    /** Fields inferred from the text rather than read from the source. */
    inferred: z.array(InferableFieldSchema),
    /** Set when the article repeats another outlet's reporting. */
    derivedFrom: DerivedFromSchema.optional(),
    /** Outlets the text cites as its sources. */
    cites: z.array(OutletRefSchema),
  })
  .strict();

export const ArticlesExportSchema = z.array(ArticleExportSchema);
export type ArticleExport = z.infer<typeof ArticleExportSchema>;

/** The export files and the schema of each, for `/data/schema.json`. */
export const EXPORT_SCHEMAS = { 'articles.json': ArticlesExportSchema } as const;
