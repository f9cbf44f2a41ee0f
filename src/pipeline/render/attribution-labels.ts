import type { Attribution } from '../../schemas/claim.ts';

/** How an article attributes a claim, as a reader reads it after the speaker's name. */
export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  quote: 'quoted directly',
  indirect: 'reported speech',
  'according-to': '“according to”',
  none: 'stated without attribution',
};

/** Said after a speaker the article does not name in the sentence itself. */
export const INFERRED_NOTE = 'inferred from the text around it';

/**
 * Whether a claim's speaker is only ever inferred: every wording that credits them found them outside its own
 * sentence (through "he", "the company", a quotation running on), so the page says "probably".
 */
export function speakerOnlyInferred(claim: { speaker?: string | undefined; mentions: readonly { speaker?: string | undefined; speakerInferred?: true | undefined }[] }): boolean {
  const crediting = claim.mentions.filter((m) => m.speaker !== undefined && m.speaker === claim.speaker);
  return crediting.length > 0 && crediting.every((m) => m.speakerInferred === true);
}

/** Said after a speaker the article describes but does not name ("police", "a hospital spokesman"). */
export const DESCRIBED_NOTE = 'not named in the article';

/**
 * The description every wording agrees on, when the claim's speaker is only described ("police"): no wording
 * credits anyone by name, and all that describe a speaker describe them alike (case aside). Otherwise none.
 */
export function agreedDescription(claim: { speaker?: string | undefined; mentions: readonly { speaker?: string | undefined; speakerDescription?: string | undefined }[] }): string | undefined {
  if (claim.speaker !== undefined || claim.mentions.some((m) => m.speaker !== undefined)) return undefined;
  const described = claim.mentions.flatMap((m) => (m.speakerDescription ? [m.speakerDescription] : []));
  if (described.length === 0) return undefined;
  return new Set(described.map((d) => d.toLowerCase())).size === 1 ? described[0] : undefined;
}
