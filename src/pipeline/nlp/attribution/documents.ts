import type { LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';
import { headOfPhrase } from './subject.ts';
import { isPossessive } from './word-tests.ts';

// Documents that speak in their author's name ("according to the memorandum", "X released a statement saying"), by
// family: a later "the memo" may name an earlier "memorandum", "the complaint" an earlier "lawsuit".
const FAMILY: Record<string, string> = {
  statement: 'statement',
  release: 'statement',
  memo: 'memo',
  memorandum: 'memo',
  report: 'report',
  study: 'report',
  letter: 'letter',
  lawsuit: 'lawsuit',
  suit: 'lawsuit',
  complaint: 'lawsuit',
  filing: 'filing',
  motion: 'filing',
  brief: 'filing',
  ruling: 'ruling',
  opinion: 'ruling',
  order: 'order',
  indictment: 'indictment',
  note: 'note',
};

/** The family of a document noun ("memorandum" → "memo"), or undefined when the word names no document. */
export function documentFamily(lemma: string): string | undefined {
  return Object.hasOwn(FAMILY, lemma) ? FAMILY[lemma] : undefined;
}

// Verbs of putting a document out: "X issued a memorandum", "the ACLU filed a lawsuit".
const ISSUING = new Set(['issue', 'release', 'publish', 'file', 'send', 'sign', 'write', 'post', 'submit', 'unveil', 'circulate', 'hand', 'put']);
// Participles that name a document's author after it: "the lawsuit, filed by the ACLU", "a memo signed by Orszag".
const AUTHORED = /^(?:filed|brought|issued|written|signed|released|sent|published|submitted|authored|prepared|commissioned)$/i;

export interface IssuedDocument {
  family: string;
  /** The mention of who issued it. */
  issuer: number;
}

/**
 * The documents a sentence says who issued: "X's statement", "a letter from X", "the lawsuit, filed by X", "X
 * issued a memorandum", "X said in a statement". A document with no author in the sentence records nothing.
 */
export function issuedIn(sentence: Sentence, own: readonly number[], mentions: readonly LocalMention[], quoted: (t: Token) => boolean, subject: number | undefined, speaker: number | undefined): IssuedDocument[] {
  const tokens = sentence.tokens;
  const found: IssuedDocument[] = [];
  tokens.forEach((t, i) => {
    const family = t.pos === 'NOUN' && !quoted(t) ? documentFamily(t.lemma.toLowerCase()) : undefined;
    if (family === undefined) return;
    // "said in a statement", "responded with a statement of its own": the one speaking, else the sentence's subject.
    const within = /^(?:in|with)$/i.test(tokens[determinerAt(tokens, i) - 1]?.value ?? '');
    const subjectBefore = subject !== undefined && mentions[subject]!.end <= t.start ? subject : undefined;
    const issuer = authorOfDocument(tokens, i, own, mentions) ?? issuingSubject(tokens, i, subject, mentions, quoted) ?? (within ? (speaker ?? subjectBefore) : undefined);
    if (issuer !== undefined) found.push({ family, issuer });
  });
  return found;
}

/** Index of the determiner of the noun at `i` ("a lengthy statement" → "a"), or `i` itself when there is none. */
function determinerAt(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k - 1 >= 0 && i - k < 4 && ['ADJ', 'NUM', 'PROPN', 'NOUN'].includes(tokens[k - 1]!.pos)) k--;
  return /^(?:a|an|the|its|his|her|their)$/i.test(tokens[k - 1]?.value ?? '') ? k - 1 : k;
}

/** Who the document at token `i` says wrote it: "a letter from X", "X's statement", "the lawsuit, filed by X". */
export function authorOfDocument(tokens: readonly Token[], i: number, own: readonly number[], mentions: readonly LocalMention[]): number | undefined {
  const named = (k: number) => own.find((m) => mentions[m]!.start === tokens[k]?.start && (mentions[m]!.type === 'person' || mentions[m]!.type === 'organization'));
  return authorAfter(tokens, i, named, own, mentions) ?? ownerBefore(tokens, i, own, mentions);
}

/** "a letter from X", "the lawsuit, filed by X", "a memo signed by Director Peter Orszag". */
function authorAfter(tokens: readonly Token[], i: number, named: (k: number) => number | undefined, own: readonly number[], mentions: readonly LocalMention[]): number | undefined {
  let k = i + 1;
  if (tokens[k]?.value === ',') k++;
  if (AUTHORED.test(tokens[k]?.value ?? '')) {
    k++;
    // "a memo sent to employees Wednesday by Chief Operating Officer Gail Whitcomb": past where and when it went.
    while (k < tokens.length && k - i <= 8 && !/^by$/i.test(tokens[k]!.value) && ['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[k]!.pos)) k++;
  } else if (k !== i + 1) return undefined;
  if (!/^(?:by|from)$/i.test(tokens[k]?.value ?? '')) return undefined;
  // Title words may stand before the name ("by UCS director Francesca Grifo"), not another clause.
  for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
    const m = named(j);
    if (m !== undefined) return isPossessive(tokens.find((x) => x.start >= mentions[m]!.end)) ? undefined : headOfPhrase(m, own, mentions, tokens);
    // (A capitalized title word the tagger took for a verb too: "Chief Operating/VERB Officer".)
    if (!['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[j]!.pos) && !/^\p{Lu}/u.test(tokens[j]!.value)) return undefined;
  }
  return undefined;
}

/** "Salazar's statement", "the ACLU's complaint": the name owning the document. */
function ownerBefore(tokens: readonly Token[], i: number, own: readonly number[], mentions: readonly LocalMention[]): number | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k--;
  if (!isPossessive(tokens[k])) return undefined;
  return own.find((m) => mentions[m]!.end === tokens[k - 1]?.end && (mentions[m]!.type === 'person' || mentions[m]!.type === 'organization'));
}

/** "Obama issued a memorandum": the sentence's subject, when the verb after it issues the document. */
function issuingSubject(tokens: readonly Token[], i: number, subject: number | undefined, mentions: readonly LocalMention[], quoted: (t: Token) => boolean): number | undefined {
  if (subject === undefined || mentions[subject]!.end > tokens[i]!.start) return undefined;
  const verb = issuingVerbOf(tokens, i);
  if (verb === undefined) return undefined;
  // No other verb between the subject and this one ("X said Y had issued a memo" is Y's memo, unnamed here) — but a
  // participle after a comma is the subject's ("The Health Department weighed in on Friday, issuing a statement").
  if (/ing$/i.test(tokens[verb]!.value) && tokens[verb - 1]?.value === ',') return subject;
  const between = tokens.filter((t, k) => k < verb && t.start >= mentions[subject]!.end);
  return between.some((t) => t.pos === 'VERB' || quoted(t)) ? undefined : subject;
}

/**
 * Who issued the document "according to the memorandum" names: the issuer of that family of document in the
 * sentences just before (`issuedIn`).
 */
export function issuerOfDocument(issued: ReadonlyMap<number, readonly IssuedDocument[]>, mentions: readonly LocalMention[], sentence: number, family: string, reach: number): number | undefined {
  const issuers: number[] = [];
  let latest = -1;
  for (let s = sentence - 1; s >= Math.max(0, sentence - reach); s--) {
    for (const x of [...(issued.get(s) ?? [])].reverse()) {
      if (x.family !== family) continue;
      if (latest < 0) latest = s;
      issuers.push(x.issuer);
    }
  }
  const first = issuers[0];
  if (first === undefined) return undefined;
  // The document just spoken of, in the sentence before or the one before that ("…responded with a statement of its
  // own. “…,” that statement said"); further back, only when every such document is one issuer's.
  if (sentence - latest <= 2) return first;
  return issuers.every((m) => mentions[m]!.name === mentions[first]!.name) ? first : undefined;
}

// Words of time between a document and what it says ("released a statement Monday saying").
const WHEN = /^(?:on|late|early|earlier|later|today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)$/i;

/**
 * The verb issuing the document right before token `at`: "released a statement (Monday) saying" → "released", whose
 * subject is the one saying. Undefined when no document, or no verb of issuing, stands there.
 */
export function issuingVerbBefore(tokens: readonly Token[], at: number): number | undefined {
  let i = at - 1;
  while (i >= 0 && at - i <= 4 && WHEN.test(tokens[i]!.value)) i--;
  if (i < 0 || tokens[i]!.pos !== 'NOUN' || documentFamily(tokens[i]!.lemma.toLowerCase()) === undefined) return undefined;
  return issuingVerbOf(tokens, i);
}

/** The verb of issuing whose object is the document at token `i` ("issued a memorandum", "put out a statement"). */
export function issuingVerbOf(tokens: readonly Token[], i: number): number | undefined {
  const object = determinerAt(tokens, i);
  if (!/^(?:a|an)$/i.test(tokens[object]?.value ?? '')) return undefined;
  const verb = /^(?:out|up)$/i.test(tokens[object - 1]?.value ?? '') ? object - 2 : object - 1;
  return tokens[verb]?.pos === 'VERB' && ISSUING.has(tokens[verb]!.lemma.toLowerCase()) ? verb : undefined;
}

/** Whether the verb at token `verb` issues a document: its object is one ("issued a memorandum that …"). */
export function issuesDocument(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb + 1; i <= verb + 6 && i < tokens.length; i++) {
    if (tokens[i]!.pos === 'NOUN' && documentFamily(tokens[i]!.lemma.toLowerCase()) !== undefined) return issuingVerbOf(tokens, i) === verb;
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'ADP'].includes(tokens[i]!.pos)) return false;
  }
  return false;
}
