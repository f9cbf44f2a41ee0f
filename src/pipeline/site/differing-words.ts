import { wordDiff } from '../render/word-diff.ts';

/** Where two wordings of a disputed claim differ: each side's own words, in order, runs joined by " … ". */
export interface DifferingWords {
  ours: string;
  theirs: string;
  /** More than half of either wording differs: the differing words alone would not read as a dispute. */
  mostlyDifferent: boolean;
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

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
  const share = (change: 'removed' | 'added', of: string) =>
    parts.filter((p) => p.change === change).reduce((n, p) => n + words(p.text), 0) / Math.max(1, words(of));
  return { ours: runs('removed'), theirs: runs('added'), mostlyDifferent: share('removed', ours) > 0.5 || share('added', theirs) > 0.5 };
}
