import { z } from 'zod';
import { PublishedSchema } from './article.ts';
import { SLUG_PATTERN } from './ids.ts';

/** One article's wording of a claim. */
export const ClaimMentionSchema = z.object({
  /** Article id. */
  article: z.string().regex(SLUG_PATTERN),
  /** The sentence or clause exactly as that article words it. */
  text: z.string().min(1),
  /** Link to the exact sentence: `/articles/<id>/#claim-<claimId>`. */
  anchor: z.string(),
  /** Outlet id of the article. */
  outlet: z.string(),
  /** When the article was published. */
  published: PublishedSchema.optional(),
  /** The attribution verb this article used ("said", "claimed"), if any. */
  cue: z.string().optional(),
});

/** A claim across every article that carries it. */
export const ClaimSchema = z.object({
  /** Stable id; the page lives at `/claims/<id>/`. */
  id: z.string().regex(/^c[0-9a-f]{10}$/),
  /** The reference wording: the earliest report (then the fullest). */
  text: z.string().min(1),
  /** `quote` when it is mainly a direct quotation, otherwise `statement`. */
  kind: z.enum(['quote', 'statement']),
  /** Entity id of the speaker, when the claim is attributed. */
  speaker: z.string().optional(),
  /** How many independent sources carry it (outlets; each unknown-outlet article counts once). */
  sources: z.number().int().positive(),
  /** The earliest dated mention. */
  firstReported: z.object({ article: z.string(), outlet: z.string(), published: PublishedSchema }).optional(),
  /** Every article's wording, reference first. */
  mentions: z.array(ClaimMentionSchema).min(1),
  /** Entity ids the claim names. */
  entities: z.array(z.string()),
  /** The same claim reported with different numbers or polarity by another group of articles. */
  conflicts: z.array(z.object({ claim: z.string(), reason: z.enum(['numbers', 'negation']) })),
  /** Claims with the same speaker or sharing entities, most related first. */
  related: z.array(z.string()),
});
export type Claim = z.infer<typeof ClaimSchema>;
