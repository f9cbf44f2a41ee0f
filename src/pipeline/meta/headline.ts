const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a text, trimmed, in order. */
export function sentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

// Headlines this long and longer read as ledes; cut them at a clause boundary.
const MAX_HEADLINE = 110;
const CLAUSE_BREAK = /,\s+(?:just|only|after|before|while|as|amid|which|who|but|with|following|despite|since|when|where|according)\b|\s+[—–-]\s+|;\s+/g;

/**
 * A headline made from a lede sentence when the source has none: the first sentence,
 * cut at the first clause boundary past 40 characters when it runs long, without its closing period.
 */
export function headlineFromLede(paragraph: string): string {
  const first = sentences(paragraph)[0] ?? paragraph.trim();
  let headline = first;
  if (first.length > MAX_HEADLINE) {
    for (const m of first.matchAll(CLAUSE_BREAK)) {
      if (m.index > 40) {
        headline = first.slice(0, m.index);
        break;
      }
    }
  }
  return headline.replace(/[.\s]+$/, '');
}

/** A summary made from the lede: the whole first paragraph when short, otherwise its first sentence. */
export function summaryFromLede(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text.length <= 320) return text;
  return sentences(text)[0] ?? text;
}

/** A date written in an article URL's path: /2026/02/28/, /2013/may/03/ or /2005-05-24/. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return undefined;
  }
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const numeric = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path);
  const named = /\/((?:19|20)\d{2})\/([a-z]{3})[a-z]*\/(\d{1,2})(?:\/|$)/.exec(path);
  let parts: [number, number, number] | undefined;
  if (numeric) parts = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (named && months.includes(named[2]!)) parts = [Number(named[1]), months.indexOf(named[2]!) + 1, Number(named[3])];
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
