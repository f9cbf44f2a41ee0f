import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The hand-labelled claim sets `npm run eval` scores against, in the format of
 * `../shared/corpora/ecbplus/claims-gold.json` (guidelines in `claims-guidelines.md` beside it). Every path is an
 * article file relative to the set's `articles/` folder; every snippet is an exact substring of that file.
 */

const Snippet = z.tuple([z.string().min(1), z.string().min(1)]);

export const ClaimsGoldSchema = z.object({
  about: z.string().optional(),
  /** Event ids; an article's event is the first folder of its path ("8/8_3ecbplus.md" → "8"). */
  events: z.array(z.string()),
  /** Claims carried by two or more articles: one snippet per article. */
  claims: z.array(z.object({ id: z.string(), mentions: z.array(Snippet).min(2), note: z.string().optional() })),
  /** Claims only one article carries: [file, snippet]. */
  unique: z.array(Snippet),
  /** Shared claims whose reports disagree on a detail. */
  conflicts: z.array(z.object({ claim: z.string(), detail: z.string() })),
  /** Direct quotations: [file, snippet from inside the quotation marks, speaker as the article names them or "unknown"]. */
  quotes: z.array(z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)])),
  /**
   * Statements reported without quotation marks: [file, snippet, speaker as the article names them, "unknown" when
   * it reports someone's words without saying whose, or "none" when the sentence is the outlet's own assertion].
   */
  speakers: z.array(z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)])).optional(),
});
export type ClaimsGold = z.infer<typeof ClaimsGoldSchema>;

export function loadClaimsGold(path: string): ClaimsGold {
  const parsed = ClaimsGoldSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a claims gold set: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A set of reported-speech labels alone: `{ about, speakers: [file, snippet, speaker][] }`. */
export function loadSpeakers(path: string): NonNullable<ClaimsGold['speakers']> {
  const parsed = ClaimsGoldSchema.pick({ about: true, speakers: true }).required({ speakers: true }).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a set of speaker labels: ${z.prettifyError(parsed.error)}`);
  return parsed.data.speakers;
}

/** The event an article belongs to: its first folder, or the whole set when files sit at the top. */
export function eventOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

export type Half = 'tuning' | 'test';

/**
 * Which half an event is in. Fixed before any tuning and never changed: odd-numbered ECB+ events are the tuning
 * half, even-numbered ones the test half. Rules, thresholds and fitted weights may look at the tuning half only;
 * the test half is scored and reported, never studied. A set without numbered events (the bundled samples) is
 * a check set of its own, reported apart.
 */
export function halfOf(event: string): Half | 'check' {
  const n = Number(event);
  if (!Number.isInteger(n) || event === '') return 'check';
  return n % 2 === 1 ? 'tuning' : 'test';
}
