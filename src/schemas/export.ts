import { z } from 'zod';
import { ArticleFormatSchema, DerivedFromSchema, InferableFieldSchema, PublishedSchema } from './article.ts';
import { SLUG_PATTERN } from './ids.ts';
import { ClaimMentionSchema, ClaimSchema } from './claim.ts';
import { EntityTypeSchema } from './entity.ts';
import { OutletSummarySchema } from './outlet-summary.ts';
import { StorySchema } from './story.ts';
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
    /** Entities the article mentions, by id, in order of first mention. */
    entities: z.array(z.string().regex(SLUG_PATTERN)),
    /** Claims the article carries, by id, in reading order. */
    claims: z.array(z.string()),
    /** The story it belongs to. */
    story: z.string(),
  })
  .strict();

export const ArticlesExportSchema = z.array(ArticleExportSchema);
export type ArticleExport = z.infer<typeof ArticleExportSchema>;

/** One record of `/data/entities.json`. Claim references join when claims land. */
export const EntityExportSchema = z
  .object({
    /** Entity id; its page, when it has one (named in two or more articles, or curated), is `/entities/<id>/`. */
    id: z.string().regex(SLUG_PATTERN),
    /** Canonical name. */
    name: z.string().min(1),
    /** person, organization, place, product or other. */
    type: EntityTypeSchema,
    /** Every form the articles use for it, sorted. */
    aliases: z.array(z.string()),
    /** Which outlets used which form: the framing signal. */
    usedBy: z.array(z.object({ form: z.string(), outlets: z.array(z.string()) })),
    /** Articles that mention it, sorted by id. */
    articles: z.array(z.string().regex(SLUG_PATTERN)),
    /** True when it comes from the curated registry `content/entities.yaml`. */
    curated: z.boolean(),
    /** From the registry. */
    description: z.string().optional(),
    /** From the registry. */
    url: z.url().optional(),
  })
  .strict();

export const EntitiesExportSchema = z.array(EntityExportSchema);
export type EntityExport = z.infer<typeof EntityExportSchema>;

/** One record of `/data/claims.json`: a claim as the site has it, without page-only links between claims. */
export const ClaimExportSchema = ClaimSchema.omit({ related: true })
  .extend({
    /** Every article's wording: the sentence exactly as it has it, and the anchor URL of that sentence. */
    mentions: z.array(ClaimMentionSchema.pick({ article: true, text: true, anchor: true, speaker: true, speakerInferred: true, speakerDescription: true, cue: true, attribution: true }).strict()).min(1),
  })
  .strict();

export const ClaimsExportSchema = z.array(ClaimExportSchema);
export type ClaimExport = z.infer<typeof ClaimExportSchema>;

/** `/data/stories.json`: stories as the story pages show them. */
export const StoriesExportSchema = z.array(StorySchema.strict());

/** `/data/outlets.json`: every outlet that publishes or republishes an article. */
export const OutletsExportSchema = z.array(OutletSummarySchema.strict());

/** The export files and the schema of each, for `/data/schema.json`. */
export const EXPORT_SCHEMAS = {
  'articles.json': ArticlesExportSchema,
  'claims.json': ClaimsExportSchema,
  'entities.json': EntitiesExportSchema,
  'outlets.json': OutletsExportSchema,
  'stories.json': StoriesExportSchema,
} as const;
