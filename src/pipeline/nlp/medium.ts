import type { EntityType } from '../../schemas/entity.ts';
import { isDemonym, isKnownPlace, isNationality } from './lexicon.ts';

// Whether a name is given as a medium's: "the Kuwait daily al-Qabas", "the Tanjug news agency". Such a name is an
// organization, and what it reports others saying is theirs (nested reports, attribute.ts).

/** Nouns a medium named before is called by: "the daily said", "the newspaper reported". */
export const MEDIUM_HEADS = new Set(['daily', 'newspaper', 'paper', 'weekly', 'magazine', 'tabloid']);
const MEDIUM_NOUN = `(?:${[...MEDIUM_HEADS, 'agency'].join('|')})`;

/** Whether token `k` is such a noun after "the" ("the daily said"), whatever the tagger read it as. */
export function isMediumNounAt(tokens: readonly { value: string }[], k: number): boolean {
  return MEDIUM_HEADS.has(tokens[k]?.value.toLowerCase() ?? '') && /^the$/i.test(tokens[k - 1]?.value ?? '');
}
const MEDIUM_BEFORE = new RegExp(`\\b${MEDIUM_NOUN}\\s+$`, 'i');
const MEDIUM_AFTER = /^\s+(?:news\s+agency|newspaper|daily|weekly|magazine|tabloid|radio|television)\b/i;
// …but not when the medium's noun describes another noun: "the Berlusconi television network", "the Trump
// television appearance", "the daily Jones column".
const OTHER_NOUN_AFTER = /^\s+(?:news\s+agency|newspaper|daily|weekly|magazine|tabloid|radio|television)\s+(?:network|group|chain|empire|appearance|interview|column|station|stations|show|program|programme|holdings|business|company|magnate|baron|owner)\b/i;
const PERSONAL_AFTER = /^\s+(?:column|columnist|editor|show)\b/i;
// …nor after "told the newspaper" or "a paper": "Smith told the newspaper Jones had resigned", "a paper Smith wrote".
const NOT_NAMING_BEFORE = new RegExp(`\\b(?:told|tell|tells|telling|a|an|an?\\s+\\w+)\\s+(?:the\\s+)?${MEDIUM_NOUN}\\s+$`, 'i');

/**
 * Whether the name written `words`, at offsets `start`–`end` of `blockText`, is a medium's. Never a place's or a
 * nationality's ("the Kuwait daily" says where the paper is from).
 */
export function namesAMedium(blockText: string, start: number, end: number, words: readonly string[], guessed: EntityType): boolean {
  const placeLike = guessed === 'place' || (words.length === 1 && (isKnownPlace(words[0]!) || isDemonym(words[0]!) || isNationality(words[0]!)));
  if (placeLike) return false;
  const before = blockText.slice(Math.max(0, start - 40), start);
  const after = blockText.slice(end, end + 40);
  const named = MEDIUM_BEFORE.test(before) && !NOT_NAMING_BEFORE.test(before) && !PERSONAL_AFTER.test(after);
  return named || (MEDIUM_AFTER.test(after) && !OTHER_NOUN_AFTER.test(after));
}
