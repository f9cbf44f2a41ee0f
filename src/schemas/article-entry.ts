import { z } from 'zod';
import { ArticleSchema } from './article.ts';
import { ClaimMentionSchema, ClaimSchema } from './claim.ts';
import { EntityRefSchema } from './entity.ts';

/**
 * An article as the site stores it: the normalized article plus what corpus-level linking found in it. The
 * Markdown `body` is left out (pages show the HTML rendered from it, stored beside the entry) and so is `extra`
 * (front-matter fields we do not map, which no page or export shows): every build's content store is held in
 * memory several times over while pages render.
 */
export const ArticleEntrySchema = ArticleSchema.omit({ body: true, extra: true }).extend({
  /** Entities the article mentions, in order of first mention. */
  entities: z.array(EntityRefSchema),
  /** The story the article belongs to. */
  story: z.string(),
  /** The article's claims in reading order, with how many independent sources carry each. */
  claims: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      sources: z.number().int().positive(),
      /**
       * Set when no other article carries the claim: what the open data says of it besides what the article does.
       * Such a claim has no page and no entry in the claims collection (they were 24 of the 88 MB the content store
       * held at 4,000 articles, and every build serialized them whole).
       */
      single: ClaimSchema.pick({ text: true, kind: true, speaker: true, entities: true, conflicts: true, similar: true })
        .extend({ mention: ClaimMentionSchema.pick({ speaker: true, speakerInferred: true, speakerDescription: true, cue: true, attribution: true }) })
        .optional(),
    }),
  ),
});
export type ArticleEntry = z.infer<typeof ArticleEntrySchema>;
