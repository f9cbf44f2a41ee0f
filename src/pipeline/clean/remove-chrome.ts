import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseDateline } from '../ingest/dates.ts';
import {
  isAuthorBio,
  isEventPlaceAndDate,
  isEventPromoHeading,
  isTeaserOrCredit,
  isUiString,
  readByline,
  readOriginFooter,
  type OriginFooter,
} from './chrome-rules.ts';

export interface RemovedChrome {
  rule: string;
  text: string;
}

/** What cleaning found besides chrome: metadata that sat in the body. */
export interface ChromeFindings {
  removed: RemovedChrome[];
  /** A dateline at the top ("Published August 02, 2013"). */
  dateline?: string;
  /** A byline at the top ("By Jane Doe"). */
  byline?: string;
  /** A republication footer ("This article originally appeared on …"). */
  origin?: OriginFooter;
}

// Datelines and bylines only count near the top; further down a date is just part of a sentence.
const HEAD_BLOCKS = 3;
// Bios, contact lines and footers only count in the last few blocks.
const TAIL_BLOCKS = 6;

function blockText(node: RootContent): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/**
 * Removes site chrome from an article's top-level blocks by general rules (see `chrome-rules.ts`)
 * and returns the metadata it found on the way. The tree is modified in place.
 */
export function removeChrome(tree: Root, author: string | undefined): ChromeFindings {
  const findings: ChromeFindings = { removed: [] };
  const keep: RootContent[] = [];
  const blocks = tree.children;
  const drop = (rule: string, text: string) => findings.removed.push({ rule, text });

  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    const text = blockText(node);
    if (text === '' && node.type !== 'thematicBreak') continue;
    if (keep.length < HEAD_BLOCKS && findings.dateline === undefined) {
      const dateline = parseDateline(text);
      if (dateline && (dateline.rest === '' || isUiString(dateline.rest))) {
        findings.dateline = dateline.value;
        drop('dateline', text);
        continue;
      }
    }
    if (keep.length < HEAD_BLOCKS && findings.byline === undefined) {
      const byline = readByline(text);
      if (byline) {
        findings.byline = byline;
        drop('byline', text);
        continue;
      }
    }
    if (isUiString(text)) {
      drop('ui-string', text);
      continue;
    }
    const next = blocks[i + 1];
    if (isEventPromoHeading(text, next && blockText(next))) {
      drop('event-promo', text);
      drop('event-promo', blockText(blocks[++i]!));
      continue;
    }
    if (isEventPlaceAndDate(text)) {
      drop('event-promo', text);
      continue;
    }
    if (isTeaserOrCredit(text)) {
      drop('teaser-or-credit', text);
      continue;
    }
    if (i >= blocks.length - TAIL_BLOCKS) {
      const origin = readOriginFooter(text);
      if (origin) {
        findings.origin = origin;
        drop('origin-footer', text);
        continue;
      }
    }
    keep.push(node);
  }

  // Bios close an article: strip them from the end backwards, stopping at the first real paragraph.
  let end = keep.length;
  while (end > 0 && keep.length - end < TAIL_BLOCKS && isAuthorBio(blockText(keep[end - 1]!), author ?? findings.byline)) end--;
  for (const node of keep.slice(end)) drop('author-bio', blockText(node));
  tree.children = keep.slice(0, end);
  return findings;
}
