import { wordDiff } from '../render/word-diff.ts';

/** Where two wordings of a disputed claim differ: each side's own words, in order, runs joined by " … ". */
export interface DifferingWords {
  ours: string;
  theirs: string;
}

/**
 * The words that differ between two reports of the same claim ("60" against "300", "will" against "will not"), so a
 * disagreement reads as the words in dispute side by side rather than two whole sentences. Empty on a side that
 * only lacks words the other has.
 */
export function differingWords(ours: string, theirs: string): DifferingWords {
  const parts = wordDiff(ours, theirs);
  const runs = (change: 'removed' | 'added') =>
    parts
      .filter((p) => p.change === change)
      .map((p) => p.text.trim())
      .filter((t) => /[\p{L}\p{N}]/u.test(t))
      .join(' … ');
  return { ours: runs('removed'), theirs: runs('added') };
}
