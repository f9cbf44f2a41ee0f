import { diffWords } from 'diff';

/** One run of a word-level diff: shared words, words only the reference has, or words only this wording has. */
export interface DiffPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/**
 * Word-level diff of one outlet's wording against the reference wording (jsdiff's `diffWords`, case-sensitive,
 * so a changed verb — "said" vs "claimed" — or a dropped hedge shows as removed and added words).
 */
export function wordDiff(reference: string, wording: string): DiffPart[] {
  return diffWords(reference, wording).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}
