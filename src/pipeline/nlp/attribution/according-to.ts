import type { Sentence, Token } from '../tokens.ts';
import type { LocalMention } from '../local-aliases.ts';
import { isCommonWord, isNationality, isRoleNoun } from '../lexicon.ts';
import { PARTY_MEMBERS } from './party.ts';
import { isRoleWord } from '../name-words.ts';
import { authorOfDocument, documentFamily, issuerOfDocument } from './documents.ts';
import { genderOf } from './gender.ts';
import { DESCRIPTION_REACH, resolvePronoun, type Discourse } from './resolve-reference.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

// Who an "according to" phrase credits: a name, a title's holder, a representative, a document's author, whoever
// filed a petition, a description resolved like a speaker's — or nobody, for unnamed agents and sources.

/**
 * After "according to" (its phrase ending at block offset `at`): who the sentence credits — a document's author, a
 * title's holder, a named representative, the one who filed a petition, or the first name after it — and where the
 * phrase naming them ends. Unnamed agents and sources, and papers "obtained by" an outlet, credit nobody.
 */
export function accordingToSpeaker(scope: { sentence: Sentence; own: readonly number[]; discourse: Discourse; index: number; subject: number | undefined; describe?: (phrase: SpeakerPhrase) => number | undefined }, at: number): { named: number | undefined; nameEnd: number; unnamedPerson?: true } {
  const { sentence, own, discourse, index, subject } = scope;
  const { mentions, blocks, quoted: quotedMention } = discourse;
  const tokens = sentence.tokens;
  // (…within the "according to" phrase: in "According to court records, Fairbanks was sued", Fairbanks is the
  // subject of what the records say.)
  const inPhrase = (m: number) => !/[,;:]/.test((blocks[sentence.block] ?? '').slice(at, mentions[m]!.start));
  const first = own.find((m) => mentions[m]!.start >= at && mentions[m]!.start - at <= 40 && mentions[m]!.type !== 'place' && !quotedMention[m] && inPhrase(m));
  // "According to Minnesota Republican Party Chair Alex Plechash", "according to a spokesman for the Congressional
  // Progressive Caucus, Dan Lyon,": the person who holds the title speaks, not the body it names.
  const text = blocks[sentence.block] ?? '';
  // "according to a spokesman for Cuellar, Jesus Arellano,", "according to Hawley's chief of staff, Kyle Plotkin,":
  // the representative in apposition, not the person represented.
  // The person represented: after "a spokesman for", or before "'s spokesman," ("FBI Director Kash Patel's
  // spokesman, Ben Williamson,"), within the phrase after "according to".
  const principal = own.find((m) => {
    const x = mentions[m]!;
    // (…or a name of no known type: "according to Musk's lawyer." is no word of Musk's.)
    if ((x.type !== 'person' && x.type !== 'other') || x.start < at || x.start - at > 60) return false;
    return /\b(?:spokes\w+|lawyer|attorney|aide|adviser|advisor|counsel|representative)\s+for\s+(?:\S+\s+){0,4}$/i.test(text.slice(at, x.start)) || /^[’']s\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+,/u.test(text.slice(x.end)) || REPRESENTATIVE_ENDS.test(text.slice(x.end, sentence.end).trimEnd());
  });
  const represented = principal !== undefined;
  const representative = principal !== undefined ? own.find((m) => {
    const x = mentions[m]!;
    return x.type !== 'organization' && x.type !== 'place' && x.start > mentions[principal]!.end && /^(?:[’']s\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+)?,\s+(?:\S+\s+){0,3}$/u.test(text.slice(mentions[principal]!.end, x.start)) && /^\s*(?:,|[.;]?$)/.test(text.slice(x.end, sentence.end).trimEnd());
  }) : undefined;
  // (…a person's too, with a title word between: "according to Trump adviser Stephen Miller", "according to de
  // Havilland president Ron Woodard" where a Geoffrey de Havilland is named.)
  const holder = representative ?? (first !== undefined && mentions[first]!.type !== 'place' ? own.find((m) => {
    const x = mentions[m]!;
    if (x.type !== 'person' || x.start <= mentions[first]!.end || x.start - mentions[first]!.end > 40) return false;
    // Only title words between them (capitalized, or a title like "chairman"), and a comma before the name
    // only for an apposition that closes with a comma too.
    const between = text.slice(mentions[first]!.end, x.start);
    const words = between.replace(/^[’']s\b/u, '').split(/[\s,]+/).filter((w) => w !== '');
    const titles = words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || isTitleWord(w.toLowerCase()));
    const closed = !between.includes(',') || /^\s*(?:\([^)]*\))?\s*,/.test(text.slice(x.end));
    const ofPerson = mentions[first]!.type !== 'person' || words.some((w) => isTitleWord(w.toLowerCase()));
    return titles && closed && ofPerson;
  }) : undefined);
  // "According to Bolton's lawyer, …" with the lawyer unnamed: someone we cannot name, not Bolton (a spokesperson
  // unnamed speaks for the principal, as elsewhere).
  const unnamedAgent = represented && representative === undefined && !/spokes/i.test(text.slice(at, mentions[principal!]!.end + 40).split(',')[0] ?? '');
  // "According to a person close to House Speaker Mike Johnson", "people familiar with his thinking": unnamed.
  const anonymous = first !== undefined && /\b(?:person|people|source|sources|officials?|aides?|allies|ally|associates?|advisers?)\s+(?:close\s+to|familiar\s+with|in|around|near)\b/i.test(text.slice(at, mentions[first]!.start));
  // "according to a floor broker contacted by Reuters", "according to an analyst at Merrill Lynch": someone unnamed,
  // whose firm or interviewer is named after them — not a spokesperson, nor a document, which speak for the name.
  const before = first === undefined ? '' : text.slice(at, mentions[first]!.start);
  const someone = /^\s+(?:a|an|one|two|three|four|several|some)\s+\p{Ll}[^,;:\p{Lu}]*\s$/u.test(before) && !UNNAMED_FOR_A_BODY.test(before);
  // "according to the memorandum": whoever issued it, named before.
  // A document's words are its author's, not those of a name that follows ("a memo about X").
  const document = citedDocument(tokens, at, discourse, index, own);
  // "according to documents obtained by People": the outlet that saw the papers did not write them.
  const obtained = /^\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:documents?|records?|papers|filings?|emails?|memos?|letters?|transcripts?|texts?)\s+(?:obtained|seen|reviewed|viewed)\s+by\b/iu.test(text.slice(at));
  // "according to the petition she filed in Los Angeles Superior Court": the one who filed it, never the court.
  // (Only with the pronoun: "a complaint filed by the Justice Department" names its filer after "by".)
  const filed = /^\s+(?:the|a|an|her|his)\s+(?:[\p{L}-]+\s+){0,2}?(?:petition|complaint|lawsuit|suit|filing|motion|papers)\s+(she|he)\s+(?:filed|submitted|lodged)\b(?:\s+(?:in|with)\s+(?:[\p{Lu}][\p{L}.'’-]*\s*)+)?/iu.exec(text.slice(at));
  // (…when the pronoun is sure of its person: the sentence's own subject, or someone whose name shows the gender.)
  const pronounFor = filed ? resolvePronoun(discourse, index, filed[1]!.toLowerCase(), subject) : undefined;
  const filer = pronounFor !== undefined && (pronounFor === subject || genderOf(mentions[pronounFor]!.name, mentions[pronounFor]!.role) !== 'unknown') ? pronounFor : undefined;
  // "according to the scientist,": a description with no name in it, resolved like "the scientist said".
  const described = first === undefined && document === undefined && !filed && !obtained && scope.describe !== undefined ? describedAfter(tokens, at) : undefined;
  const byDescription = described === undefined ? undefined : scope.describe!(described.phrase);
  // "according to Republicans who attended", "according to Western estimates": members of a party, or a common word
  // or nationality qualifying the unnamed people or papers after it, are nobody we can name.
  const nobody = first !== undefined && (PARTY_MEMBERS.test(mentions[first]!.name) || qualifiesUnnamed(tokens, mentions[first]!));
  const named = unnamedAgent || anonymous || obtained || someone || nobody ? undefined : filed ? filer : document !== undefined ? document.author : (holder ?? (represented ? principal : (first ?? byDescription)));
  const nameEnd = filed ? at + filed[0].length : described !== undefined && named === byDescription ? described.end : named === undefined ? at : mentions[named]!.end;
  // (Someone unnamed brought in: a "he said" after it is theirs, not a person's named before.)
  return { named, nameEnd, ...(someone ? { unnamedPerson: true as const } : {}) };
}

// "…, according to Musk's lawyer." closing the sentence: a representative nobody names (not "Standard & Poor's average").
const REPRESENTATIVE_ENDS = /^[’']s\s+(?:\p{Ll}+\s+){0,2}(?:lawyers?|attorneys?|spokes\w+|aides?|advisers?|advisors?|counsel|representatives?)\.?$/u;

/** A word of a title: "secretary", "press", "aide", "assistant" (a role noun compromise knows). */
const isTitleWord = (w: string) => isRoleWord(w) || w === 'aide' || isRoleNoun(w);

/** A common word or a nationality before a lower-case plural it qualifies ("Western estimates", "Arab diplomats"). */
function qualifiesUnnamed(tokens: readonly Token[], mention: LocalMention): boolean {
  if (mention.type === 'organization' || mention.type === 'person' || !(isCommonWord(mention.surface) || isNationality(mention.surface))) return false;
  const next = tokens.find((t) => t.start >= mention.end);
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}+s$/u.test(next.value);
}

// Words that make "a … of X" speak for X: a spokesperson, a document or figures it issued.
const UNNAMED_FOR_A_BODY = /\b(?:spokes\w+|representative|statement|report|study|survey|release|letter|filing|document|memo\w*|figures|data|estimates?|forecasts?|poll|analysis|note|notice|announcement)\b/i;

/**
 * A definite description right after "according to" (ending at block offset `at`) and closing its phrase: "the
 * scientist,", "the company's chief executive." — its head and words, and where it ends.
 */
function describedAfter(tokens: readonly Token[], at: number): { phrase: SpeakerPhrase; end: number } | undefined {
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 0 || !/^the$/i.test(tokens[k]!.value)) return undefined;
  let j = k + 1;
  while (j < tokens.length && j - k <= 3 && tokens[j]!.pos === 'ADJ') j++;
  if (tokens[j]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[j]!.value)) return undefined;
  while (tokens[j + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[j + 1]!.value)) j++;
  if (!/^[,.;]$/.test(tokens[j + 1]?.value ?? '')) return undefined;
  const words = tokens.slice(k + 1, j + 1).map((t) => t.value).join(' ');
  return { phrase: { kind: 'description', head: tokens[j]!.lemma.toLowerCase(), definite: true, words }, end: tokens[j]!.end };
}

/**
 * After "according to" (ending at block offset `at`), a document: its author named with it ("a memo sent to employees
 * by Chief Operating Officer Gail Whitcomb"), else, for "the memorandum", whoever issued it before.
 */
function citedDocument(tokens: readonly Token[], at: number, discourse: Discourse, sentence: number, own: readonly number[]): { author?: number } | undefined {
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 0 || !/^(?:the|a|an|its|his|her|their)$/i.test(tokens[k]!.value)) return undefined;
  const noun = tokens.findIndex((t, i) => i > k && i < k + 4 && t.pos === 'NOUN');
  const family = noun < 0 ? undefined : documentFamily(tokens[noun]!.lemma.toLowerCase());
  if (family === undefined) return undefined;
  const author = authorOfDocument(tokens, noun, own, discourse.mentions) ?? (/^an?$/i.test(tokens[k]!.value) ? undefined : issuerOfDocument(discourse.issued, discourse.mentions, sentence, family, DESCRIPTION_REACH));
  return author === undefined ? {} : { author };
}
