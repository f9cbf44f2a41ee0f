import { z } from 'zod';
import { SLUG_PATTERN } from './ids.ts';

/** One entry of the curated registry `content/outlets.yaml`. */
export const OutletEntrySchema = z
  .object({
    /** Stable slug used in URLs (`/outlets/<id>/`) and the data export. */
    id: z.string().regex(SLUG_PATTERN, 'use lowercase letters, digits and single hyphens'),
    /** Display name, styled as the outlet styles it ("The New York Times"). */
    name: z.string().min(1),
    /** Registrable domains without scheme or `www.`; subdomains match too. */
    domains: z.array(z.string().min(3)).default([]),
    /** The outlet's home page. */
    homepage: z.url().optional(),
    /** Other names the outlet is cited by in article text ("TechCrunch AI", "NYT"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** What sort of publisher it is; aggregators republish other outlets' articles. */
    kind: z.enum(['news', 'aggregator', 'blog', 'agency', 'broadcaster', 'magazine']).default('news'),
  })
  .strict();

export const OutletRegistrySchema = z.array(OutletEntrySchema);

export type OutletEntry = z.infer<typeof OutletEntrySchema>;

/** How an article refers to an outlet: enough to link and label it. */
export const OutletRefSchema = z.object({
  /** Outlet id (slug). Outlets not in the registry get an id derived from their domain or name. */
  id: z.string().regex(SLUG_PATTERN),
  /** Display name. */
  name: z.string().min(1),
});

export type OutletRef = z.infer<typeof OutletRefSchema>;

/** The outlet id used when nothing in or around an article names its publisher. */
export const UNKNOWN_OUTLET: OutletRef = { id: 'unknown', name: 'Unknown outlet' };
