import { z } from 'zod';
import { PublishedSchema } from './article.ts';
import { SLUG_PATTERN } from './ids.ts';

/** How an article attributes a claim mention. */
export const AttributionSchema = z.enum(['quote', 'indirect', 'according-to', 'none']);
export type Attribution = z.infer<typeof AttributionSchema>;

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
  /** Entity id of who *this article* credits with the words (outlets can differ); absent when the article does not say. */
  speaker: z.string().optional(),
  /**
   * Set when this article does not name `speaker` in the sentence itself: the site found them through a pronoun, a
   * description ("the company said") or the sentences around it. Such a speaker is less sure, and shown as inferred.
   */
  speakerInferred: z.literal(true).optional(),
  /**
   * Who spoke as this article describes them when it names no one ("police", "a hospital spokesman", "witnesses"):
   * the words as written, never an entity; only when `speaker` is absent.
   */
  speakerDescription: z.string().min(1).optional(),
  /** The attribution cue as written ("said", "told reporters", "according to"), if any. */
  cue: z.string().optional(),
  /** How this article attributes it: a direct quotation, reported speech ("X said that …"), "according to X", or not at all. */
  attribution: AttributionSchema.optional(),
  /**
   * The part of `text` that states the claim, as character offsets into `text` (the rest is its framing or another
   * claim of the same sentence); absent when it is the whole of `text`.
   */
  core: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).optional(),
});

/** Why two reports of one claim disagree. */
export const ConflictReasonSchema = z.enum(['numbers', 'negation', 'date', 'place', 'actor', 'modality']);
export type ConflictReason = z.infer<typeof ConflictReasonSchema>;

/** A claim across every article that carries it. */
export const ClaimSchema = z.object({
  /** Stable id; the page lives at `/claims/<id>/`. */
  id: z.string().regex(/^c[0-9a-f]{10}$/),
  /** The claim as a short statement, without framing ("According to X,", "If you'll recall,"), for headlines. */
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
  /**
   * The same claim reported with a detail told differently by another group of articles: another number, date,
   * place or actor, did vs threatened/planned/considered (`modality`), or stated vs denied; `words` are the
   * differing words of this claim's side and of the other's, `between` the articles of the two wordings compared.
   */
  conflicts: z.array(
    z.object({
      claim: z.string(),
      reason: ConflictReasonSchema,
      words: z.tuple([z.string(), z.string()]).optional(),
      /** The two wordings that differ: this claim's mention's article and the other claim's. */
      between: z.tuple([z.string(), z.string()]).optional(),
    }),
  ),
  /** Claims in other articles that are likely paraphrases of this one but not certain enough to be the same claim. */
  similar: z.array(z.string()),
  /** Claims with the same speaker or sharing entities, most related first. */
  related: z.array(z.string()),
});
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimMention = z.infer<typeof ClaimMentionSchema>;
