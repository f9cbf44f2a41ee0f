import { pronounFits, type Gender } from './gender.ts';
import { isCommonWord, isKnownPlace } from '../lexicon.ts';

// Whose words a quotation with no cue may be: someone speaking of themselves ("I was incredibly intimidated") is the
// one the text is about; one who speaks of that person as "he" or "she", or by name, is someone else ("He was a
// quiet neighbour", "Ruiz killed it himself").

/** The words of a text that lie inside quotation marks, joined. */
export function quotedWords(text: string): string {
  return [...text.matchAll(/["“«]([^"“”«»]*)["”»]?/g)].map((m) => m[1]!).join(' ');
}

/**
 * The whole quotation that opens at block offset `from` in `block` (up to its closing mark, or the paragraph's end):
 * every sentence of it, not only the first.
 */
export function quotationFrom(block: string, from: number): string {
  const rest = block.slice(from).replace(/^\s*["“«„]/, '');
  const close = rest.search(/["”»]/);
  return close < 0 ? rest : rest.slice(0, close);
}

// Nouns a Roman numeral follows in lower case too: "type I diabetes", "a phase I study".
const NUMBERED = /^(?:type|phase|class|stage|grade|level|tier|part|article|division|title|chapter|act|book|volume|war)$/i;
// Words that open a sentence and may stand before "I" ("Then I saw", "Honestly I think").
const OPENERS = /^(?:then|and|but|or|so|now|when|if|because|honestly|yes|no|well|maybe|sometimes|still|today|yesterday|here|there|once|after|before|as|what|why|how|do|did|can|could|should|would|will|have|had|am|was)$/i;

/**
 * Whether words speak in the first person singular: "me", "my", "myself", or "I" as a pronoun — not a Roman numeral
 * after a capitalized word ("Type I diabetes", "World War I", "Article I", "Division I") nor "I-95".
 */
export function speaksOfSelf(words: string): boolean {
  if (/\b(?:me|my|mine|myself)\b/i.test(words) || /\bI['’](?:m|ve|d|ll)\b/.test(words)) return true;
  for (const m of words.matchAll(/(?<![\p{L}\p{N}-])I(?![\p{L}\p{N}-])/gu)) {
    if (/^\s*(?:[-–]|\d)/.test(words.slice(m.index! + 1))) continue;
    // A capitalized word right before it, a single space between, other than a sentence's opener ("Then I saw"),
    // makes it a numeral.
    const before = /(\p{L}+)( ?)$/u.exec(words.slice(0, m.index!));
    const numeral = before !== null && before[2] === ' ' && ((/^\p{Lu}/u.test(before[1]!) && !OPENERS.test(before[1]!)) || NUMBERED.test(before[1]!));
    if (!numeral) return true;
  }
  return false;
}

/** Whether words speak of someone of that gender in the third person ("He has always been …", "I saw him"). */
export function speaksOfAnother(words: string, gender: Gender): boolean {
  return (words.match(/\b(?:he|him|his|himself|she|her|hers|herself)\b/gi) ?? []).some((p) => pronounFits(p, gender));
}

// Words after a name that are not it: "Robert Downey Jr." is named by "Downey".
const SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * Whether words name the person called `name` by any word of their name ("Ruiz killed it", "I told Jim", "Amy Wu",
 * "Álvarez is finished"). A given name that is also a word ("Mark my words") counts too: a credit lost is better
 * than a wrong one.
 */
export function namesPerson(words: string, name: string): boolean {
  return nameWords(name).some((w) => wordPattern(w).test(words));
}

/** The words of a name that can name its person: two letters or more, no "Jr." or "III". */
const nameWords = (name: string) => name.split(/\s+/).filter((w) => w.replace(/\.$/, '').length >= 2 && !SUFFIXES.test(w));

/** A word standing whole, not inside another ("Ruiz", not the "Ruiz" of "Ruizes"). */
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');

// "That is how one neighbor described the attack.", "So said Ann Price.", "Those were the words of …": the quotation
// before it is credited after it.
const CREDITED_AFTER = /^\s*(?:(?:that|this|those|these|such)\b[^.?!]{0,24}?\b(?:is|was|were|are|['’]s)\s+(?:how|what|the\s+(?:words?|account|version|recollection)\s+of)\b|(?:or\s+)?so\s+\p{L}+)/iu;

/** Whether a sentence credits the quotation before it ("That's how Ann Price remembers the night."). */
export const creditsTheQuotationBefore = (text: string | undefined): boolean => text !== undefined && CREDITED_AFTER.test(text);

/**
 * Whether quoted words speak of the person called `name` by a word of it that can only be that name — not a word that
 * is also a common word or a place ("Price is everything now", "Young players", "Mark my words", "Sydney will always
 * be home"), nor one that begins another person's name ("Emma Raducanu" beside Emma Hayes), nor words the speaker
 * reports in a quotation of their own (‘Ellen, you're too soft’) — as "Gillian's right that I haven't got a plan" does.
 */
export function speaksOfByName(words: string, name: string): boolean {
  const own = words.replace(/[‘][^’]*[’]/g, ' ');
  const parts = nameWords(name);
  return parts.some((w) => {
    if (isCommonWord(w) || isKnownPlace(w)) return false;
    // (…and not followed by another capitalized word that is no part of the name.)
    return [...own.matchAll(wordPattern(w))].some((m) => {
      const rest = own.slice(m.index! + w.length);
      const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(rest)?.[1];
      // (A given name that is also a verb, before its object: "Mark my words", "Grant them that".)
      const verb = /^\s+(?:my|your|his|her|our|their|the|this|that|them|me|us|him)\b/.test(rest);
      return (next === undefined || parts.includes(next)) && !verb;
    });
  });
}
