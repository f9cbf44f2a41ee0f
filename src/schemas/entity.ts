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
