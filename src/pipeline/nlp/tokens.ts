import type { ItemSentence } from 'wink-nlp';
import { its, wink } from './wink.ts';
import { CUE_VERBS } from './claim-words.ts';

/** A word with what the tagger says about it and where it sits in its block's text. */
export interface Token {
  value: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, …). */
  pos: string;
  lemma: string;
  /** Character offsets in the block text. */
  start: number;
  end: number;
}

export interface Sentence {
  /** Index of the block (paragraph, heading, list item) in the article body. */
  block: number;
  /** The sentence exactly as the article words it. */
  text: string;
  /** Offsets of the sentence in the block text. */
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Splits each block into sentences and tokens with wink-nlp, keeping character offsets so every
 * later step can quote the article's exact words.
 */
export function tokenizeBlocks(blocks: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((text, block) => {
    if (text.trim() === '') return;
    const doc = wink.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink's typings declare `its.lemma` with the wrong signature; it works as a token its-function.
    const lemmas = doc.tokens().out(its.lemma as never) as string[];
    // wink keeps the original characters; find each token from a cursor to get offsets.
    const tokens: Token[] = [];
    let cursor = 0;
    values.forEach((value, i) => {
      const at = text.indexOf(value, cursor);
      const start = at >= 0 ? at : cursor;
      const end = at >= 0 ? at + value.length : cursor;
      cursor = end;
      tokens.push({ value, pos: pos[i] ?? 'X', lemma: lemmas[i] ?? value.toLowerCase(), start, end });
    });
    let first = 0;
    doc.sentences().each((s: ItemSentence) => {
      const count = (s.tokens().out() as string[]).length;
      const own = joinTitlePeriods(tokens.slice(first, first + count));
      first += count;
      // wink splits "TMZ.com" after "TMZ.", and "Sen. Lindsey Graham (R-S.C.) said …" after "S." and after "C.)".
      // A sentence never opens with a lower-case word or a closing bracket, nor inside a bracket left open, nor
      // with the second letter of initials ("S." then "C."): those continue the sentence before.
      const previous = sentences[sentences.length - 1];
      if (previous && previous.block === block && own.length > 0 && continues(previous, own)) {
        previous.tokens.push(...own);
        previous.end = own[own.length - 1]!.end;
        previous.text = text.slice(previous.start, previous.end);
        return;
      }
      for (const part of splitMissedBoundaries(text, own)) {
        const start = part[0]!.start;
        const end = part[part.length - 1]!.end;
        sentences.push({ block, text: text.slice(start, end), start, end, tokens: part });
      }
    });
  });
  return sentences;
}

function continues(previous: Sentence, next: readonly Token[]): boolean {
  const first = next[0]!.value;
  // "“So you are a no?” she asked.": a quotation's own question or exclamation mark does not end the sentence.
  if (/^[\p{Ll})\],;]/u.test(first) && /(?:[.)]|[?!,]["”’])$/u.test(previous.text)) return true;
  // "“Are Republicans going to cave again?” Ingraham asked.": a name and its speech verb after a quotation's question.
  if (/[?!]["”’]$/u.test(previous.text) && namedCue(next)) return true;
  if ((previous.text.match(/\(/g) ?? []).length > (previous.text.match(/\)/g) ?? []).length) return true;
  // "Pentagon press secretary Maj. Gen. Pat Ryder": a title never ends a sentence; the name after it continues it.
  if (TITLE_ABBREVIATION.test(previous.text) && /^\p{Lu}/u.test(first)) return true;
  const initialEnds = /(?:^|[\s(-])\p{Lu}\.$/u.test(previous.text);
  const initialStarts = /^\p{Lu}\.$/u.test(first) || (/^\p{Lu}$/u.test(first) && /^[.)]/.test(next[1]?.value ?? ''));
  return initialEnds && initialStarts;
}

/**
 * wink keeps "Gen." and "Sgt." as one token but splits "Adm.", "Cmdr.", "Maj." and "Det." into the word and its
 * period: join them again, so a title reads the same however the tokenizer knew it ("Vice Adm. Sunil Lanba").
 */
function joinTitlePeriods(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const previous = out[out.length - 1];
    if (t.value === '.' && previous && previous.end === t.start && TITLE_WORD.test(previous.value)) {
      out[out.length - 1] = { ...previous, value: `${previous.value}.`, lemma: `${previous.lemma}.`, pos: 'PROPN', end: t.end };
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Up to four capitalized words (a name, with its title) and then a speech verb: "Ingraham asked", "Sen. Tim Kaine said". */
function namedCue(next: readonly Token[]): boolean {
  let i = 0;
  while (i < next.length && i < 4 && /^\p{Lu}/u.test(next[i]!.value) && next[i]!.pos !== 'PUNCT') i++;
  return i > 0 && CUE_VERBS.has(next[i]?.lemma.toLowerCase() ?? '');
}

// Titles written with a period ("Sen.", "Maj."): never a sentence's end.
const TITLES = 'mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|maj|capt|cmdr|cdr|adm|brig|cpl|pvt|spc|supt|insp|det|hon|prof|rev|cllr';
const TITLE_ABBREVIATION = new RegExp(`(?:^|\\s)(?:${TITLES})\\.$`, 'i');
const TITLE_WORD = new RegExp(`^(?:${TITLES})$`, 'i');

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Abbreviations after which a period does not end a sentence ("Mr.", "Sen.", "U.S.", "p.m.").
const ABBREVIATION = new RegExp(`(?:^|\\s)(?:${TITLES}|st|jr|sr|inc|co|corp|ltd|no|vs|etc|(?:\\p{L}\\.)+\\p{L})\\.$`, 'iu');
// Words that open a new sentence far more often than they continue a name after an initial ("X. In his post").
const SENTENCE_OPENERS = new Set(['in', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'however', 'then', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'his', 'her', 'their', 'its', 'our', 'as', 'if', 'so', 'meanwhile', 'still', 'yet']);

/**
 * wink-nlp keeps "revealed on X. In his post, …" as one sentence (it reads "X." as an initial). Split where
 * ICU's sentence segmenter sees a boundary too, unless the period closes an abbreviation, or an initial
 * that a name continues ("George W. Bush").
 */
function splitMissedBoundaries(text: string, tokens: readonly Token[]): Token[][] {
  if (tokens.length === 0) return [];
  const start = tokens[0]!.start;
  const sentence = text.slice(start, tokens[tokens.length - 1]!.end);
  const cuts: number[] = [];
  for (const { index } of segmenter.segment(sentence)) {
    if (index === 0) continue;
    const before = sentence.slice(0, index).trimEnd();
    const nextWord = /^[“"']?([\p{L}]+)/u.exec(sentence.slice(index))?.[1] ?? '';
    if (ABBREVIATION.test(before)) continue;
    // A capital after a lower-case word is no initial of a name ("dismissed the letter on X. “Senator Warren …”"),
    // unless more initials follow ("the U. S. Marshals").
    const moreInitials = /^\s*\p{Lu}\.(?:\s|$)/u.test(sentence.slice(index));
    const initial = /(?:^|\s)\p{Lu}\.$/u.test(before) && (moreInitials || !/\s\p{Ll}[\p{L}'’-]*\s+\p{Lu}\.$/u.test(before));
    if (initial && !SENTENCE_OPENERS.has(nextWord.toLowerCase())) continue;
    if (!/^[“"']?\p{Lu}/u.test(sentence.slice(index))) continue;
    cuts.push(start + index);
  }
  if (cuts.length === 0) return [[...tokens]];
  const parts: Token[][] = [];
  let current: Token[] = [];
  let next = 0;
  for (const t of tokens) {
    if (next < cuts.length && t.start >= cuts[next]! && current.length > 0) {
      parts.push(current);
      current = [];
      while (next < cuts.length && t.start >= cuts[next]!) next++;
    }
    current.push(t);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
