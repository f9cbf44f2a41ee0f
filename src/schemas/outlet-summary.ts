import { z } from 'zod';
import { SLUG_PATTERN } from './ids.ts';

/** An outlet as the site lists it. */
export const OutletSummarySchema = z.object({
  /** Outlet id (slug). */
  id: z.string().regex(SLUG_PATTERN),
  /** Display name. */
  name: z.string(),
  /** Home page, for curated outlets. */
  homepage: z.url().optional(),
  /** Domains that map article URLs to this outlet. */
  domains: z.array(z.string()),
  /** news, aggregator, blog, agency, broadcaster or magazine. */
  kind: z.string(),
  /** Whether the outlet is in `content/outlets.yaml` (false: derived from a domain or a name). */
  curated: z.boolean(),
  /** Ids of the articles it publishes or republishes. */
  articles: z.array(z.string()),
});

export type OutletSummary = z.infer<typeof OutletSummarySchema>;
