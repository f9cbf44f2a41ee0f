import type { ItemSentence } from 'wink-nlp';
import { its, wink } from './wink.ts';

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
      const own = tokens.slice(first, first + count);
      first += count;
      if (own.length === 0) return;
      const start = own[0]!.start;
      const end = own[own.length - 1]!.end;
      sentences.push({ block, text: text.slice(start, end), start, end, tokens: own });
    });
  });
  return sentences;
}
