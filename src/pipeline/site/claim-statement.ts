import type { Claim, ClaimMention } from '../../schemas/claim.ts';
import { isFirstName, isKnownPlace } from '../nlp/lexicon.ts';

/** Offsets of the part of a sentence that states its claim. */
export interface Span {
  start: number;
  end: number;
}

// Attribution verbs as outlets write them after or before the speaker ("…, Altman said." / "Axios reports that …").
const CUE = String.raw`(?:said|says|say|added|adds|wrote|writes|noted|notes|argued|argues|claimed|claims|stated|states|explained|announced|announces|reported|reports|insisted|warned|tweeted|posted|told\s+[^,“”"]{1,30}?)`;
// Discourse connectives that only link a sentence to the one before it: "Meanwhile,", "If you'll recall,".
const CONNECTIVE =
  /^(?:however|meanwhile|moreover|furthermore|additionally|in addition|in fact|indeed|still|separately|specifically|instead|also|yet|again|now|then|later|earlier|previously|finally|ultimately|today|tonight|yesterday|this week|last week|for now|for example|for instance|of course|on the other hand|in turn|as a result|in response|by contrast|in contrast|at the same time|if you(?:'|’)ll recall|as previously reported|as noted|as reported|\p{L}+ly)\s*,\s*/iu;
// "-ly," opens with an adverb ("Finally,", "Notably,"), unless the word is a name or place ("Italy,", "Kelly,").
const isName = (word: string) => isKnownPlace(word) || isFirstName(word);
// A bare conjunction opening the sentence.
const CONJUNCTION = /^(?:but|and|so|yet|plus)\s+/i;
// An opening phrase set off by a comma: a prepositional phrase of up to eight words ("In his post,", "Under Cheeks'
// guidance,"), a clause opened by a subordinator of up to five ("After the fight,"; a longer one — "Since the rule
// took effect before Obama was sworn in," — holds what the rest refers to), or an attribution ("As the Times notes,").
const W = String.raw`[^\s,“”"\d]+`;
const FRAME_PHRASE = new RegExp(
  String.raw`^(?:(?:in|on|at|during|under|by|according to)(?:\s+${W}){1,7}|(?:after|before|following|since|with|as)(?:\s+${W}){1,4}|as(?:\s+${W}){1,10}?\s+(?:notes?|noted|reports?|reported|says?|said))\s*,\s*`,
  'i',
);
// "X said (on X) that …", "TechCrunch reports that …": who said it is shown beside the statement.
// "he said …", "the company said …": a pronoun says nothing the speaker shown beside the statement does not.
const PRONOUN_LEAD = new RegExp(String.raw`^(?:he|she|they|it|we|the company|the agency|the department)\s+(?:also\s+)?${CUE}\s+(?:that\s+)?`, 'i');
const REPORTED_LEAD = new RegExp(String.raw`^[^“”"]{1,160}?\b(?<!\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|the|these|those|such|any|of|new|earlier|previous)\s)${CUE}(?:\s+[^,“”"]{1,30}?)?\s+that\s+`, 'i');
const REFERS_BACK = /^(?:he|she|it|they|we|i|his|her|its|their|our|my|him|them|us)\b/i;
const TRAILING_ACCORDING = /,?\s*according to [^,“”"]{1,60}?\.?$/i;
// ", it said.", "…,” Altman said Monday.": a named subject, the cue and at most a few words (when, where) to the end.
const TRAILING_CUE = new RegExp(String.raw`(?:,\s*|(?<=[,!?][”"])\s+)[^,“”"\s][^,“”"]{0,49}?\b${CUE}(?:\s+[\p{L}\p{N}’'.-]+){0,4}\.?$`, 'iu');

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The part of a sentence that states its claim, without the framing around it: discourse connectives
 * ("Meanwhile,"), an opening phrase ("In his post,", "According to Axios,"), a reported-speech lead ("X said that")
 * and a trailing attribution (", it said.", ", according to X."). Framing is removed only while at least five
 * words remain, and an opening phrase with a number in it is kept (a date or amount is part of what is claimed).
 */
export function statementSpan(text: string): Span {
  let start = text.length - text.trimStart().length;
  let end = text.trimEnd().length;
  const rest = () => text.slice(start, end);
  const cut = (pattern: RegExp, from: 'start' | 'end'): boolean => {
    const m = pattern.exec(rest());
    if (!m || m[0].length === 0) return false;
    const remaining = from === 'start' ? rest().slice(m[0].length) : rest().slice(0, m.index);
    if (wordCount(remaining) < 5) return false;
    if (from === 'start') start += m[0].length;
    else end = start + m.index;
    return true;
  };
  // Framing can stack ("However, with …, as noted by …, the testing ground …"): peel a few layers.
  for (let i = 0; i < 4; i++) {
    const opener = /^[\s]*(\p{L}+)\s*,/u.exec(rest())?.[1] ?? '';
    const connective = !(/ly$/i.test(opener) && isName(opener)) && cut(CONNECTIVE, 'start');
    if (!(connective || cut(CONJUNCTION, 'start') || cut(FRAME_PHRASE, 'start'))) break;
  }
  // A reported statement that opens with a pronoun ("… announced that his company …") refers back to the lead: keep it.
  const leadPattern = PRONOUN_LEAD.test(rest()) ? PRONOUN_LEAD : REPORTED_LEAD;
  const lead = leadPattern.exec(rest());
  if (lead && !REFERS_BACK.test(rest().slice(lead[0].length))) cut(leadPattern, 'start');
  if (!cut(TRAILING_ACCORDING, 'end')) cut(TRAILING_CUE, 'end');
  return { start, end };
}

/** A span's words as a headline: first letter capitalized, a quotation's dangling comma dropped. */
export function asHeadline(words: string): string {
  const text = words.trim().replace(/[,;:]\s*([”"]?)$/, '$1');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a mention's claim lies in its text: the offsets its extraction found, else the framing-free span. */
export function coreOf(mention: Pick<ClaimMention, 'text' | 'core'>): Span {
  const { core } = mention;
  return core && core.end <= mention.text.length && core.start < core.end ? core : statementSpan(mention.text);
}

// A wording that starts in lower case is a fragment of its sentence ("designated the company a …").
const isFragment = (text: string) => /^\p{Ll}/u.test(text.trimStart());

/**
 * Which wording states the claim most concisely: among wordings of at least five words, whole sentences before
 * fragments, and wordings that credit the claim's own speaker before the rest (an outlet's own analysis that
 * mentions the claim — "Altman, on the other hand, frames his principle as …" — is not its statement); then the
 * fewest words once framing is removed.
 */
export function conciseMention(claim: Pick<Claim, 'mentions'> & { speaker?: string | undefined }): number {
  const candidates = claim.mentions.map((m, index) => {
    const span = coreOf(m);
    const length = wordCount(m.text.slice(span.start, span.end));
    const credited = claim.speaker === undefined || m.speaker === claim.speaker;
    // Lower ranks are better: too short to stand alone, a fragment, not crediting the speaker.
    const rank = (length < 5 ? 4 : 0) + (isFragment(m.text) ? 2 : 0) + (credited ? 0 : 1);
    return { index, rank, length };
  });
  return candidates.reduce((a, b) => (b.rank < a.rank || (b.rank === a.rank && b.length < a.length) ? b : a)).index;
}

// Verbs that name their object something: "called Anthropic a “supply chain risk”". Linking compares only what
// follows them, but as a headline that object alone ("Anthropic a “supply chain risk…”") reads as a fragment.
const NAMING_CUE = /^(?:call|label|describ|brand|dub|term|frame)/i;

/** Where a mention's headline lies: its core, or its framing-free sentence when the core is a naming verb's object. */
function headlineSpan(mention: Pick<ClaimMention, 'text' | 'core' | 'cue'>): Span {
  const span = coreOf(mention);
  const cue = mention.cue;
  const objectOnly = cue !== undefined && NAMING_CUE.test(cue) && mention.text.slice(0, span.start).trimEnd().endsWith(cue);
  return objectOnly ? statementSpan(mention.text) : span;
}

/**
 * The claim as a short statement for headlines. The claim's own `text` when linking has made it one (it then
 * differs from the reference wording); otherwise the framing-free part of its most concise wording.
 */
export function claimHeadline(claim: Pick<Claim, 'text' | 'mentions'> & { speaker?: string | undefined }): string {
  const reference = claim.mentions[0];
  if (!reference || claim.text !== reference.text) return claim.text;
  const best = claim.mentions[conciseMention(claim)]!;
  const { start, end } = headlineSpan(best);
  return asHeadline(best.text.slice(start, end));
}
