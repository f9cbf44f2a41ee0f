import type { LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';
import { isPossessive } from './word-tests.ts';
import { isRoleNoun } from '../lexicon.ts';
import { ROLE_HEADS } from '../name-words.ts';

const PREPOSITION = 'ADP';
// "WASHINGTON —", "WASHINGTON (AP) —", "BRUSSELS, Oct 16 (Reuters) -": a city in capitals, maybe a date, maybe an
// agency in parentheses, then a dash.
// (The date may put the day first: "DUSHANBE, 4 February (Pamir-Info) -".)
// (…and scraped copy may space the comma off: "NAIROBI , May 8 (Reuters) -".)
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?(?:\s*,\s*(?:\d{1,2}\s+)?[\p{L}. ]{2,20}?\s*\d{0,4})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;
// Papers printed the city in title case, then a comma and capitalized words (its state or a date: "Ogden, Utah, May 1
// -- (AP) --", "Washington, June 18 --"), the agency after a first dash; a capital must follow. (Not "Smith, a
// Democrat --"; a list of names with a dash, "Barkley, Jordan -- …", matches too and leaves the subject unread.)
const TITLE_CASE_DATELINE = /^\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2},\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}(?:\s\d{1,2})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:--|—)\s*(?:\([^)]{1,30}\)\s*(?:--|—)\s*)?(?=[\p{Lu}“"(])/u;

/** The block offset where a wire dateline opening the sentence ends, or undefined when it has none. */
export function datelineEnd(sentence: Sentence): number | undefined {
  const found = DATELINE.exec(sentence.text) ?? TITLE_CASE_DATELINE.exec(sentence.text);
  return found ? sentence.start + found[0].length : undefined;
}
// Words that open an introductory phrase before the main clause ("Reached by telephone yesterday, O'Brien …").
const INTRODUCTORY = new Set(['ADP', 'VERB', 'ADV', 'SCONJ']);

/**
 * The first named subject of the main clause: before its first verb, outside quotations and prepositional
 * phrases, after an introductory phrase that ends in a comma.
 */
export function subjectIn(sentence: Sentence, own: readonly number[], mentions: readonly LocalMention[], quoted: (t: Token) => boolean, quotedMention: readonly boolean[]): number | undefined {
  const tokens = unquotedTokens(sentence, quoted);
  let from = afterDateline(sentence, tokens);
  // `“…,” said Thomas Ricks, a senior fellow … about how Marines inculcate …`: after a quotation, a verb first is its
  // cue in inverted order, and the one it names is the subject — not a name deep in its apposition.
  const first = tokens[from];
  const original = sentence.tokens.indexOf(first!);
  // (Which name that is, past titles and appositions, the cue's speaker phrase reads: the speaker stands for it.)
  if (first?.pos === 'VERB' && original > 0 && /^["”»]$/.test(sentence.tokens[original - 1]!.value)) return undefined;
  from = afterIntroduction(tokens, from);
  // Not a word of a name the tagger took for a verb ("Sen. Josh/VERB Hawley").
  const inName = (t: Token) => own.some((m) => mentions[m]!.start <= t.start && t.end <= mentions[m]!.end);
  // Nor a title word opening the sentence that the tagger took for a verb ("Lead/VERB driver Tomas Lindqvist was …").
  const titleAsVerb = (t: Token, i: number) => i === from && t.pos === 'VERB' && /^\p{Lu}/u.test(t.value) && ['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
  // Nor a word joined by a hyphen to the one before ("middle-aged", "quiet-spoken"; "re-elected" too, which in a
  // subject's phrase before its verb is one as well).
  const hyphened = (i: number) => tokens[i - 1]?.value === '-' && tokens[i - 1]!.end === tokens[i]!.start;
  const verb = tokens.find((t, i) => i >= from && (t.pos === 'VERB' || t.pos === 'AUX') && !inName(t) && !titleAsVerb(t, i) && !hyphened(i));
  const startAt = tokens[from]?.start ?? sentence.end;
  for (const m of own) {
    const x = mentions[m]!;
    if (quotedMention[m] || x.start < startAt || x.type === 'place' || x.type === 'product' || (verb && x.start >= verb.start)) continue;
    const at = tokens.findIndex((t) => t.start === x.start);
    // Inside a prepositional phrase, past its determiner: "The head of the Royal College of Nursing, Fiona Grant,".
    // (…or past a title: "A former personal assistant to singer-songwriter Nolan Pierce has sued him".)
    let b = at - 1;
    const lowerTitle = (t: Token) => (/^\p{Ll}/u.test(t.value) && t.pos === 'NOUN' && isRoleNoun(t.value)) || t.value === '-';
    while (b >= 0 && (tokens[b]!.pos === 'DET' || lowerTitle(tokens[b]!))) b--;
    const before = tokens[b];
    if (before && before.pos === PREPOSITION) continue;
    // "Trump's lawyer, Michael Cohen, said": the possessive's owner only says whose lawyer; the name in apposition is
    // the subject.
    const end = tokens.findIndex((t) => t.start >= x.end);
    const after = end >= 0 ? tokens[end + 1] : undefined;
    // (…"Vireo's CEO, Hannah Osei," too.)
    if (isPossessive(tokens[end]) && after && (/^\p{Ll}/u.test(after.value) || ROLE_HEADS.has(after.value.toLowerCase()))) continue;
    const head = headOfPhrase(m, own, mentions, tokens);
    // "The Bush administration made …": the name only qualifies the noun that is the subject.
    return namesANoun(mentions[head]!, tokens) ? undefined : head;
  }
  return undefined;
}

/** The sentence's words outside quotations, without the marks. */
const unquotedTokens = (sentence: Sentence, quoted: (t: Token) => boolean) => sentence.tokens.filter((t) => !quoted(t) && !/^["“”«»]$/.test(t.value));

/**
 * A wire dateline ("WASHINGTON (AP) —", "BRUSSELS, Oct 16 (Reuters) -") is no part of the clause (the agency in it is
 * not its subject): the index of the first of `tokens` after it, or 0.
 */
function afterDateline(sentence: Sentence, tokens: readonly Token[]): number {
  const dateline = datelineEnd(sentence);
  const after = dateline === undefined ? -1 : tokens.findIndex((t) => t.start >= dateline);
  return after > 0 ? after : 0;
}

/** Past an introductory phrase that ends in a comma ("Reached by telephone yesterday, O'Brien …"), from `from`. */
function afterIntroduction(tokens: readonly Token[], from: number): number {
  if (!tokens[from] || !INTRODUCTORY.has(tokens[from]!.pos)) return from;
  const comma = tokens.findIndex((t, i) => i > from && i < from + 14 && t.value === ',');
  return comma > 0 ? comma + 1 : from;
}

/**
 * The pronoun that opens the main clause, past a dateline and an introductory phrase ("Before Bridesmaids, she was
 * known …"), if one does.
 */
export function pronounOpeningClause(sentence: Sentence, quoted: (t: Token) => boolean): Token | undefined {
  const tokens = unquotedTokens(sentence, quoted);
  const first = tokens[afterIntroduction(tokens, afterDateline(sentence, tokens))];
  return first !== undefined && /^(?:he|she|it)$/i.test(first.value) ? first : undefined;
}

/** Whether a name is followed by a common noun it qualifies ("Obama administration", "Trump campaign", "Albany native"). */
export function namesANoun(mention: LocalMention, tokens: readonly Token[]): boolean {
  let at = tokens.findIndex((t) => t.start >= mention.end);
  // (Past where it is, in brackets: "The rangy, Albany (Cal.) native, … set …".)
  if (tokens[at]?.value === '(') {
    const close = tokens.findIndex((t, i) => i > at && i <= at + 4 && t.value === ')');
    if (close > 0) at = close + 1;
  }
  const next = tokens[at];
  // (A word the tagger calls an adjective heads the phrase when a comma or its verb follows: "The Albany native, …".)
  const after = tokens[at + 1];
  const headAdjective = next?.pos === 'ADJ' && after !== undefined && (after.value === ',' || after.pos === 'VERB' || after.pos === 'AUX');
  if (next === undefined || (next.pos !== 'NOUN' && !headAdjective) || !/^\p{Ll}/u.test(next.value)) return false;
  // "Wiig smiles when I tell her this": the tagger may read a verb in -s as a plural noun. With no verb of its own
  // before the clause ends, the "noun" is the name's verb ("The Bush administration made …" has one).
  // (Not inside a longer noun phrase: "a senior GOP appropriations aide".)
  // (…and one joined to a second verb in -s: "Wiig smiles and says, “…”", "Wiig smiles, and says".)
  const conj = tokens[at + 1]?.value === ',' ? at + 2 : at + 1;
  const coordinated = tokens[conj]?.pos === 'CCONJ' && tokens[conj + 1]?.pos === 'VERB' && /[^s]s$/.test(tokens[conj + 1]!.value);
  // (…nor before a comma: "Trump supporters, many of them waving flags, gathered".)
  const compound = ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[at + 1]?.pos ?? '') || (tokens[at + 1]?.value === ',' && !coordinated);
  return !(/[^s]s$/.test(next.value) && !compound && (coordinated || !clauseHasVerb(tokens, at + 1)));
}

/** Whether a verb comes before the clause that token `from` is in ends (a comma, semicolon, subordinator or the end). */
function clauseHasVerb(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (/^[,;:.!?—–]$/.test(t.value) || t.pos === 'SCONJ' || /^(?:when|while|as|because|after|before|if)$/i.test(t.value)) return false;
  }
  return false;
}

/**
 * The name a noun phrase is about, when it strings several: "OpenAI CEO Sam Altman", "Fortune’s Sharon Goldman",
 * "Athletic director Gene Smith" are about the last name, joined to the first by title words or a possessive.
 */
export function headOfPhrase(m: number, own: readonly number[], mentions: readonly LocalMention[], tokens: readonly Token[]): number {
  let head = m;
  for (const next of own) {
    const x = mentions[next]!;
    if (x.start <= mentions[head]!.start) continue;
    const between = tokens.filter((t) => t.start >= mentions[head]!.end && t.end <= x.start);
    const joined = between.length <= 4 && between.every((t) => ['NOUN', 'PROPN', 'ADJ', 'PART'].includes(t.pos) || /^['’]s?$/.test(t.value));
    if (!joined || x.type !== 'person') break;
    head = next;
  }
  return head;
}


/**
 * "Lumen Labs pulled the wraps off its headset, and CEO Anders Holmqvist didn't undersell it, calling the device …":
 * the named subject of the coordinated clause (after ", and", ", but" or ";") that holds token `at`, if one does.
 */
export function coordinatedSubject(tokens: readonly Token[], at: number, own: readonly number[], mentions: readonly LocalMention[], quoted: (t: Token) => boolean): { subject?: number } | undefined {
  let c = at - 1;
  while (c > 0 && !quoted(tokens[c]!) && !(tokens[c]!.value === ';' || (tokens[c]!.pos === 'CCONJ' && tokens[c - 1]?.value === ','))) c--;
  if (c <= 0 || quoted(tokens[c]!)) return undefined;
  const verb = tokens.findIndex((t, i) => i > c && (t.pos === 'VERB' || t.pos === 'AUX') && !own.some((m) => mentions[m]!.start <= t.start && t.end <= mentions[m]!.end));
  if (verb < 0 || verb >= at) return undefined;
  const first = own.find((m) => mentions[m]!.start >= tokens[c]!.end && mentions[m]!.end <= tokens[verb]!.start && mentions[m]!.type !== 'place' && mentions[m]!.type !== 'product');
  if (first !== undefined) return { subject: headOfPhrase(first, own, mentions, tokens) };
  // "…, and his assistant resigned in solidarity, saying …", "…, and relatives stood beside her, some of them calling
  // out …": someone unnamed, not the sentence's subject. A pronoun or a definite description ("…, and the 19-year-old
  // was in tears, telling the crowd …") may still be the same person.
  const opener = tokens[c + 1];
  const someoneElse = opener !== undefined && (/^(?:his|her|its|their|a|an|some|one|several|many|other)$/i.test(opener.value) || (opener.pos === 'NOUN' && /^\p{Ll}/u.test(opener.value)));
  return someoneElse ? {} : undefined;
}
