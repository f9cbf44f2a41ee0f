import { z } from 'zod';
import { SLUG_PATTERN } from './ids.ts';

/** What kind of thing an entity is. */
export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'product', 'other']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One entry of the curated registry `content/entities.yaml`. */
export const EntityEntrySchema = z
  .object({
    /** Stable slug; the page lives at `/entities/<id>/`. */
    id: z.string().regex(SLUG_PATTERN, 'use lowercase letters, digits and single hyphens'),
    /** Canonical name, as the entity is usually written. */
    name: z.string().min(1),
    /** person, organization, place, product or other. */
    type: EntityTypeSchema,
    /** Every other way articles name it ("Pentagon", "DoD", "Department of War"). Matched ignoring case, a leading "the" and a possessive. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One sentence saying what it is. */
    description: z.string().optional(),
    /** An authoritative page about it. */
    url: z.url().optional(),
  })
  .strict();

export const EntityRegistrySchema = z.array(EntityEntrySchema);
export type EntityEntry = z.infer<typeof EntityEntrySchema>;

/** How pages and the export refer to an entity. */
export const EntityRefSchema = z.object({
  /** Entity id (slug). */
  id: z.string().regex(SLUG_PATTERN),
  /** Canonical name. */
  name: z.string(),
  /** Entity type. */
  type: EntityTypeSchema,
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** An entity as the site shows it: resolved across every article. */
export const EntityPageSchema = EntityRefSchema.extend({
  /** True when the entity comes from `content/entities.yaml`. */
  curated: z.boolean(),
  /** From the registry. */
  description: z.string().optional(),
  /** From the registry. */
  url: z.url().optional(),
  /** Each form articles used for it, and the outlets that used that form. */
  aliases: z.array(z.object({ form: z.string(), outlets: z.array(z.string()) })),
  /** Articles that mention it, sorted by id. */
  articles: z.array(z.string()),
  /** The first sentence in each article that mentions it, exactly as the article words it; empty for an entity without a page. */
  sentences: z.array(z.object({ article: z.string(), text: z.string() })),
  /** Entities mentioned in the same articles, most shared first; empty for an entity without a page. */
  related: z.array(z.object({ id: z.string(), count: z.number().int().positive() })),
});
export type EntityPage = z.infer<typeof EntityPageSchema>;
