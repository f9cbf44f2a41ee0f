import { pronounFits, type Gender } from './gender.ts';

// Whose words a quotation with no cue may be: someone speaking of themselves ("I was incredibly intimidated") is the
// one the text is about; one who speaks of that person as "he" or "she" is someone else ("He was a quiet neighbour").

/** The words of a text that lie inside quotation marks, joined. */
export function quotedWords(text: string): string {
  return [...text.matchAll(/["“«]([^"“”«»]*)["”»]?/g)].map((m) => m[1]!).join(' ');
}

// "I", "me", "my": not "I-95", "World War I", "Part I".
const FIRST_PERSON = /(?<!\b(?:War|Part|Phase|Chapter|Title|Class|Stage|Level|Grade|Henry|Elizabeth|George|Charles|James|Louis)\s)\bI\b(?![-–]|\s*\d)|\b(?:I['’](?:m|ve|d|ll)|me|my|mine|myself)\b/;

/** Whether words speak in the first person singular. */
export function speaksOfSelf(words: string): boolean {
  return FIRST_PERSON.test(words);
}

/** Whether words speak of someone of that gender in the third person ("He has always been …", "I saw him"). */
export function speaksOfAnother(words: string, gender: Gender): boolean {
  return (words.match(/\b(?:he|him|his|himself|she|her|hers|herself)\b/gi) ?? []).some((p) => pronounFits(p, gender));
}

// "That is how one neighbor described the attack.": the quotation before it is credited after it.
const CREDITED_AFTER = /^\s*(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:how|what)\b/i;

/** Whether a sentence credits the quotation before it ("That's how Ann Price remembers the night."). */
export const creditsTheQuotationBefore = (text: string | undefined): boolean => text !== undefined && CREDITED_AFTER.test(text);
