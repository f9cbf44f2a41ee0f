import { isAbbreviation, isCalendarWord, isPlaceAbbreviation } from './lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * Capitalized words that look like names but are not, told by their shape and neighbours rather than by lists:
 * party–state tags ("R-Calif.", "D-N.Y."), state and month abbreviations ("Ky.", "Sept."), time zones after a
 * clock time ("9 p.m. ET"), initials and single letters, and contractions ("I’m").
 */

/** "I’m", "We’re", "Don’t": a contraction is never a name. */
export function isContraction(value: string): boolean {
  return /[’'](?:m|re|ve|ll|d)$|n[’']t$/iu.test(value);
}

/** One letter, with or without its period ("D.", "R"). */
export function isSingleLetter(value: string): boolean {
  return /^\p{L}\.?$/u.test(value);
}

const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

/**
 * Whether the single letter at `i` names nothing by itself: an initial ("D.") or the party of a party–state tag
 * ("R-Calif.", "D-N.Y."). A bare capital letter ("a post on X") is kept: only the registry can make it an entity.
 */
export function isLoneInitialAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!isSingleLetter(token.value)) return false;
  if (token.value.endsWith('.') || (tokens[i + 1]?.value === '.' && glued(token, tokens[i + 1]))) return true;
  return tokens[i + 1]?.value === '-' && glued(token, tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2]);
}

/** A clock time just before, read from the block text (the splitter may cut "4:08 p. m." from "ET"). */
function followsClockTime(text: string, start: number): boolean {
  return /(?:\b[ap]\.?\s?m\.?|\d{1,2}:\d\d|\bnoon|\bmidnight)\s*$/i.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * Whether the one-token run at `i` is an abbreviation or a time zone rather than a name. A short word glued to a
 * period is an abbreviation when the lexicon knows it as one ("Calif.", "Sept."), when it is part of a
 * party–state tag ("R-Ky."), or when it closes a place ("Louisville, Ky.") or runs on inside the sentence
 * ("Ky.)", "Mass.,"), where a name would not take a period.
 */
export function isAbbreviationAt(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i]!;
  const word = token.value.replace(/\.$/, '');
  // All capitals after a clock time: a time zone ("ET", "EST", "IST").
  if (/^\p{Lu}{2,4}$/u.test(word) && followsClockTime(text, token.start)) return true;
  if (isCalendarWord(word)) return true;
  const previous = tokens[i - 1];
  // "R-Calif.", "D-N.Y.", "I-Vt.": a party letter and a hyphen glued in front.
  if (previous?.value === '-' && glued(previous, token) && glued(tokens[i - 2], previous) && /^[RDI]$/.test(tokens[i - 2]!.value)) return true;
  // "Rancho Mirage, Calif," with its period lost: a state abbreviation after a comma.
  if (previous?.value === ',' && isPlaceAbbreviation(word)) return true;
  const period = token.value.endsWith('.') ? token : tokens[i + 1]?.value === '.' && glued(token, tokens[i + 1]) ? tokens[i + 1] : undefined;
  if (!period || word.length > 5 || !/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  if (isAbbreviation(word)) return true;
  const after = tokens[tokens.indexOf(period) + 1];
  if (after && (/^[,;)\]]$/.test(after.value) || /^\p{Ll}/u.test(after.value))) return true;
  return previous?.value === ',' && word.length <= 4 && (after === undefined || after.value === '”' || after.value === '"');
}
