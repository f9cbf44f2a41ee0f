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
const MAX_GAP = 3;
const CLOSING = new Set(['”', '»']);

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Every quotation of at least `minWords` words, in reading order. Curly marks pair as opening and closing; straight
 * marks alternate (an opening one can touch the word before it in re-joined text: `,"he said`). News style opens
 * each paragraph of a long quotation again without closing the one before, so a paragraph that ends inside a
 * quotation and a next paragraph that opens one are a single quotation (one group). Copy split into a paragraph
 * per sentence also drops marks: a paragraph that is all quotation and left open, then up to `MAX_GAP` paragraphs
 * without any mark, then one whose first mark closes the quotation, are one quotation too. Single quotes are left
 * alone: they nest inside double ones and double as apostrophes.
 */
export function findQuotations(blocks: readonly string[], minWords = 3): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let group = -1;
  let continuing = false;
  // Whether the paragraph before was quotation from its first mark to its end: only then may unmarked paragraphs
  // after it be inside the quotation ("The 6" pipe burst …" leaves a mark open that opens nothing).
  let wholeOpen = false;
  // Unmarked paragraphs after such a paragraph, waiting for one whose first mark closes the quotation.
  let gap: number[] = [];
  const flushGap = (pending: readonly number[]) => {
    for (const b of pending) spans.push({ block: b, start: 0, end: blocks[b]!.length, group, words: wordCount(blocks[b]!) });
  };
  blocks.forEach((text, block) => {
    if (continuing && wholeOpen && !MARK.test(text) && gap.length < MAX_GAP && wordCount(text) > 0) {
      gap.push(block);
      return;
    }
    const pending = gap;
    gap = [];
    let open = -1;
    // Only the paragraph's first mark can close a quotation opened in an earlier paragraph.
    let seenMark = false;
    const opensHere = /^\s*(?:["“«„]|”(?=[\p{L}\p{N}]))/u.test(text);
    // The paragraph before ended inside a quotation: this one goes on with it if it opens again, or if it only
    // closes (some copy drops the repeated opening mark).
    const endedOpen = continuing;
    // Opened again after unmarked paragraphs, it may be a new quotation ("“He is a great teacher,” King said."), and
    // they the writer's: only a closing mark shows the quotation went on through them.
    // But one that opens again and stays open to its end, as a quotation's middle paragraphs do, shows it went on
    // through them too (copy split into a paragraph per sentence, each of the original paragraphs opened anew).
    const reopensWhole = continuing && opensHere && pending.length > 0 && (text.match(/["“”«»„]/g) ?? []).length === 1;
    if (reopensWhole) flushGap(pending);
    if (!(continuing && opensHere && (pending.length === 0 || reopensWhole))) continuing = false;
    wholeOpen = false;
    const push = (start: number, end: number) => {
      const words = wordCount(text.slice(start, end));
      // "“Absolutely not,” Crenshaw responded.": a short reply that is a sentence of its own is a quotation; a short
      // phrase inside a sentence ("the so-called “deep state,”") is the writer's scare quote.
      const reply = words > 0 && /[,?!]$/.test(text.slice(start, end)) && /(?:^|[.?!]["”’]?)\s*["“]?$/u.test(text.slice(0, start));
      if (words < minWords && !reply) return;
      if (!continuing) group++;
      continuing = false;
      spans.push({ block, start, end, group, words });
    };
    for (let i = 0; i < text.length; i++) {
      // A closing mark typed where an opening one belongs — after a space, before a word (`said, ”There …`) — opens.
      // (Only with no quotation open: in `“We are not going anywhere, ”Smith said` it closes, a space misplaced.)
      const typo = open < 0 && text[i] === '”' && (i === 0 || /\s/.test(text[i - 1]!)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
      const ch = typo ? '“' : text[i]!;
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
      wholeOpen = continuing && opensHere && spans.filter((q) => q.block === block).length === 1 && text.slice(0, open).trim().length <= 1;
    }
  });
  return spans;
}
