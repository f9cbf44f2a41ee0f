import { z } from 'zod';
import { DerivedFromSchema, PublishedSchema } from './article.ts';
import { SLUG_PATTERN } from './ids.ts';
import { ConflictReasonSchema } from './claim.ts';

/** One article's place in a story. */
export const StoryArticleSchema = z.object({
  /** Article id. */
  id: z.string().regex(SLUG_PATTERN),
  title: z.string(),
  /** Outlet id and name. */
  outlet: z.object({ id: z.string(), name: z.string() }),
  published: PublishedSchema.optional(),
  /** The article's first paragraph or summary. */
  lede: z.string().optional(),
  /** Set when the article is a copy or rewrite of another outlet's reporting; it counts once with its original. */
  derivedFrom: DerivedFromSchema.optional(),
});

/** One claim's row in the story's claims × outlets grid. */
export const StoryClaimSchema = z.object({
  id: z.string(),
  /** The claim as a short statement, for headlines (see src/pipeline/site/claim-statement.ts). */
  text: z.string(),
  kind: z.enum(['quote', 'statement']),
  /** Independent sources carrying it. */
  sources: z.number().int().positive(),
  /** When it was first reported, if any mention is dated. */
  firstReported: PublishedSchema.optional(),
  /** The articles (ids) that carry it, with the anchor of the sentence in each. */
  in: z.array(z.object({ article: z.string(), anchor: z.string() })),
});

/** One person or organization an outlet credits with claims in the story. */
export const QuotedSpeakerSchema = z.object({
  /** Entity id (its page is `/entities/<id>/` when it has one). */
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization']),
  /** Claims this outlet attributes to them: quoted, reported ("X said that …") or "according to X". */
  count: z.number().int().positive(),
  /** How many of those are direct quotations. */
  direct: z.number().int().nonnegative(),
  /** How many of those credit them only by inference (`speakerInferred`: the sentence does not name them). */
  inferred: z.number().int().nonnegative(),
  /** How many of the story's outlets credit them with anything (1: only this outlet does). */
  outlets: z.number().int().positive(),
});

/** Who one outlet quotes in the story. */
export const QuotedByOutletSchema = z.object({
  /** The outlet; an unknown outlet's articles each count as one outlet of their own. */
  outlet: z.object({ id: z.string(), name: z.string() }),
  /** The outlet's articles in the story (ids, story order). */
  articles: z.array(z.string()),
  /** Most credited first. Empty when the outlet attributes nothing to anyone. */
  speakers: z.array(QuotedSpeakerSchema),
});

/** Articles about the same event, compared. */
export const StorySchema = z.object({
  /** Stable id from the story's first article; the page is `/stories/<id>/`. */
  id: z.string().regex(/^s[0-9a-f]{10}$/),
  /** The first article's headline. */
  headline: z.string(),
  /** Articles, earliest first (undated last). */
  articles: z.array(StoryArticleSchema).min(1),
  /** Independent sources: outlets, with derived copies counted once. */
  sources: z.number().int().positive(),
  /** Earliest and latest publication. */
  first: PublishedSchema.optional(),
  last: PublishedSchema.optional(),
  /** Claims, most-reported first. */
  claims: z.array(StoryClaimSchema),
  /** Claims reported with different numbers or polarity by different articles: pairs of claim ids. */
  conflicts: z.array(z.object({ claim: z.string(), other: z.string(), reason: ConflictReasonSchema })),
  /** Who each outlet quotes (people and organizations credited with claims), in story order of the outlets. */
  quoted: z.array(QuotedByOutletSchema),
  /** The story's entities, most mentioned first. */
  entities: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int().positive() })),
});
export type Story = z.infer<typeof StorySchema>;
