/** A stretch of one block inside quotation marks. */
export interface QuoteSpan {
  block: number;
  /** Offsets of the quoted words in the block text, without the marks. */
  start: number;
  end: number;
  /** Spans of one quotation share a group: a quotation running over several paragraphs, each opened anew. */
  group: number;
  /** Words inside. */
  words: number;
}

const OPENING = new Set(['“', '«', '„']);
const MARK = /["“”«»„]/;
// At most this many unmarked paragraphs inside one quotation: beyond that an unclosed mark is more likely a typo.
const MAX_GAP = 4;
const CLOSING = new Set(['”', '»']);

/** Whether a paragraph leaves a quotation open: more opening curly marks than closing ones, or an odd number of straight ones. */
function leftOpen(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/[“«„]/g) > count(/[”»]/g) || count(/"/g) % 2 === 1;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Every quotation of at least `minWords` words, in reading order. Curly marks pair as opening and closing; straight
 * marks alternate (an opening one can touch the word before it in re-joined text: `,"he said`). News style opens
 * each paragraph of a long quotation again without closing the one before, so a paragraph that ends inside a
 * quotation and a next paragraph that opens one are a single quotation (one group). Single quotes are left
 * alone: they nest inside double ones and double as apostrophes.
 */
export function findQuotations(blocks: readonly string[], minWords = 3): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let group = -1;
  let continuing = false;
  // Paragraphs without any mark after one that ended inside a quotation: inside it too if a later paragraph's first
  // mark closes it or opens it again (copy split into a paragraph per sentence drops the repeated opening marks).
  let gap: number[] = [];
  const flushGap = (pending: readonly number[]) => {
    for (const b of pending) spans.push({ block: b, start: 0, end: blocks[b]!.length, group, words: wordCount(blocks[b]!) });
  };
  blocks.forEach((text, block) => {
    if (continuing && !MARK.test(text) && gap.length < MAX_GAP && wordCount(text) > 0) {
      gap.push(block);
      return;
    }
    const pending = gap;
    gap = [];
    let open = -1;
    // Only the paragraph's first mark can close a quotation opened in an earlier paragraph.
    let seenMark = false;
    const opensHere = /^\s*["“«„]/.test(text);
    // The paragraph before ended inside a quotation: this one goes on with it if it opens again, or if it only
    // closes (some copy drops the repeated opening mark).
    const endedOpen = continuing;
    // Opened again after unmarked paragraphs and left open, the quotation went on through them; a quotation that
    // closes in its own paragraph ("“He is a great teacher,” King said.") is a new one, and they were the writer's.
    if (!(continuing && opensHere && (pending.length === 0 || leftOpen(text)))) continuing = false;
    if (continuing) flushGap(pending);
    const push = (start: number, end: number) => {
      const words = wordCount(text.slice(start, end));
      if (words < minWords) return;
      if (!continuing) group++;
      continuing = false;
      spans.push({ block, start, end, group, words });
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const straight = ch === '"';
      if (!straight && !OPENING.has(ch) && !CLOSING.has(ch)) continue;
      const glued = i > 0 && /[\p{L}\p{N},.!?;:]/u.test(text[i - 1]!);
      if (open >= 0 && (CLOSING.has(ch) || straight)) {
        push(open, i);
        open = -1;
      } else if (open < 0 && !spans.some((q) => q.block === block) && !seenMark && (CLOSING.has(ch) || (straight && /[,.!?]/.test(text[i - 1] ?? '')))) {
        // A closing mark with no opening one: the quotation began in an earlier paragraph that did not open it again.
        continuing = endedOpen && spans.length > 0;
        if (continuing) flushGap(pending);
        push(0, i);
      } else if (open < 0 && (OPENING.has(ch) || (straight && !glued) || straight)) open = i + 1;
      seenMark = true;
    }
    if (open >= 0) {
      // Open at the paragraph's end: the quotation goes on if the next paragraph opens one.
      push(open, text.length);
      continuing = spans[spans.length - 1]?.block === block && spans[spans.length - 1]!.end === text.length;
    }
  });
  return spans;
}
