import type { Attribution } from '../../schemas/claim.ts';

/** How an article attributes a claim, as a reader reads it after the speaker's name. */
export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  quote: 'quoted directly',
  indirect: 'reported speech',
  'according-to': '“according to”',
  none: 'stated without attribution',
};
