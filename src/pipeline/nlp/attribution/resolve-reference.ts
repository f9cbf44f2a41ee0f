import { stateOf, type PartyTag } from './party.ts';
import { isCommonWord, isFirstName, isKnownPlace, isRoleNoun } from '../lexicon.ts';
import { insideQuote } from '../mentions.ts';
import { afterPossessedNoun, CLUB_WORDS, NOT_TEAMS, ORG_WORDS, ROLE_HEADS } from '../name-words.ts';
import { FIRM_DESCRIPTIONS, ORG_ANAPHORS } from '../claim-words.ts';
import type { LocalMention } from '../local-aliases.ts';
import { genderOf, pronounFits, softlyGendered, speakerGenderOf, titleGender, type Gender } from './gender.ts';
import { documentFamily, type IssuedDocument } from './documents.ts';
import { epithetKeys, introducesAnother, QUALIFYING } from './epithets.ts';
import type { Sentence } from '../tokens.ts';
import { MEDIUM_HEADS } from '../medium.ts';
import { surnameOf } from '../person-names.ts';
import { namesPerson, quotedWords } from './self-reference.ts';

/** What earlier sentences tell about who is being talked about: per sentence, its subject and its speaker. */
export interface Discourse {
  mentions: readonly LocalMention[];
  /** Mention indexes by sentence. */
  bySentence: ReadonlyMap<number, readonly number[]>;
  subjectOf: (number | undefined)[];
  speakerOf: (number | undefined)[];
  /** Sentences whose speaker is a person the text describes ("the Massachusetts Democrat") but we could not find:
   *  a pronoun after them may stand for that person, so it does not reach past them. */
  unresolvedPerson: Set<number>;
  /** Heads of the indefinite descriptions that spoke in each sentence ("another Republican senator … said"). */
  unnamedHeads: Map<number, string[]>;
  /** Each sentence's paragraph, and each paragraph's text. */
  sentenceBlock: readonly number[];
  blocks: readonly string[];
  /** The party and state tags of people named with one ("Sen. Rand Paul (R-Ky.)", "Gov. Andy Beshear of Kentucky"). */
  partyTags: ReadonlyMap<number, PartyTag>;
  /** Whether each mention stands inside a quotation (the quotation marks as `findQuotations` pairs them). */
  quoted: readonly boolean[];
  /** The quotations (`QuoteSpan.group`) each sentence has words of, and whether all its words are quoted. */
  quotations: readonly { groups: readonly number[]; all: boolean }[];
  /** See `typesByName`. */
  typeOfName: ReadonlyMap<string, LocalMention['type']>;
  /** The documents each sentence says who issued ("X said in a statement", "the lawsuit, filed by X"). */
  issued: Map<number, IssuedDocument[]>;
  sentences: readonly Sentence[];
  /** Genders the article's own pronouns show for names that do not show one (see `gendersShown`). */
  gendersShown: ReadonlyMap<string, Gender>;
  /** What the article says each mention's person is (see `describedAs`); computed when a description first needs it. */
  descriptors: () => readonly Set<string>[];
}

// The words of a firm's name that say it is of the kind a description names ("the automaker" → "General Motors").
const KIND_NAME_WORDS: Record<(typeof FIRM_DESCRIPTIONS)[number], RegExp> = {
  automaker: /\b(?:Motors?|Auto|Automobiles?)\b/,
  carmaker: /\b(?:Motors?|Auto|Automobiles?)\b/,
  brokerage: /\b(?:Securities|Brokerage|Brothers)\b/,
  insurer: /\b(?:Insurance|Assurance|Life)\b/,
  refiner: /\b(?:Refining|Petroleum|Oil)\b/,
  chipmaker: /\b(?:Semiconductors?|Micro|Electronics)\b/,
  drugmaker: /\b(?:Pharmaceuticals?|Pharma)\b/,
  utility: /\b(?:Power|Electric|Gas|Utilities)\b/,
};
const KINDS_OF_FIRM = new Set<string>(FIRM_DESCRIPTIONS);
const BUSINESS_HEADS = new Set(['company', 'firm', 'startup', 'lab']);
const GOVERNING_BODY = /\b(?:League|Association|Federation|Union|Council|Commission|Authority|Board|Conference|Committee)\b/;
// Heads that name no public body either: "the group said" is never the ministry named before.
const PRIVATE_HEADS = new Set([...BUSINESS_HEADS, 'group', 'organization', 'club', 'team']);
// A public body: one of these names whole, or a name with one of these words ("Interior Department"); not a company
// that shares a word ("Penguin Random House", "U.S. Steel").
const PUBLIC_BODY = /^(?:the )?(?:United States|U\.S\.?|White House|Pentagon|Kremlin|Congress|Senate|House|Parliament|Downing Street)$|\b(?:Department|Ministry|Commission|Agency|Committee|Court|Council|Bureau|Administration|Government|Police|Army|Navy|Force|Service)\b/;
/** Whether a description's head names a kind of body ("the committee", "the association", "the group"). */
export const isBodyHead = (head: string) => NAMED_ORG_HEADS.has(head) || ORG_ANAPHORS.has(head);

const NAMED_ORG_HEADS = new Set(['committee', 'commission', 'campaign', 'union', 'council', 'board', 'court', 'bureau', 'foundation', 'institute', 'center', 'party', 'association', 'coalition', 'university', 'college', 'school', 'caucus',
  // "the Navy said" after "the Mariscan Navy", "the hospital said" after "Harrow General Hospital".
  'navy', 'army', 'force', 'marines', 'coastguard', 'academy', 'society', 'league', 'federation', 'museum', 'hospital', 'bank', 'church', 'network', 'studio', 'airline',
  // "the festival said" after "the Halsworth Film Festival", "the base said" after "Calder Air Force Base".
  'festival', 'base', 'theater', 'theatre', 'playhouse', 'orchestra', 'zoo', 'library', 'prison', 'clinic', 'charity',
  // "the jury said" after "The Fulton County Grand Jury said".
  'jury']);

// How far back a pronoun or a description may reach, in sentences.
const PRONOUN_REACH = 4;
export const DESCRIPTION_REACH = 8;

/** Titles that name the same office ("the attorney" for "Attorney Mark Jay Heller" or "lawyer Mark Heller"). */
// Ranks that make another office of a title: the vice president is not the president.
const RANKS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lt.', 'lieutenant']);
// Services and units a title may be held in ("the battalion chief", "the police chief", "the precinct captain").
const SERVICES = new Set(['battalion', 'brigade', 'regiment', 'platoon', 'squadron', 'precinct', 'police', 'fire']);

const RANK_IN_FULL: Record<string, string> = {
  'lt.': 'lieutenant', 'cmdr.': 'commander', 'cdr.': 'commander', 'adm.': 'admiral', 'sgt.': 'sergeant', 'capt.': 'captain', 'col.': 'colonel',
  'maj.': 'major', 'gen.': 'general', 'det.': 'detective', 'cpl.': 'corporal', 'insp.': 'inspector', 'supt.': 'superintendent',
};
// Words that, after a title, make another office of it: the attorney general, the lieutenant commander.
const OFFICE_TAILS = new Set(['general', 'commander', 'colonel', 'governor', 'superintendent']);

const SAME_ROLE: Record<string, string[]> = {
  attorney: ['attorney', 'lawyer'],
  lawyer: ['attorney', 'lawyer'],
  senator: ['senator', 'sen.'],
  representative: ['representative', 'rep.', 'congressman', 'congresswoman'],
  congressman: ['representative', 'rep.', 'congressman'],
  congresswoman: ['representative', 'rep.', 'congresswoman'],
  governor: ['governor', 'gov.'],
  spokesman: ['spokesman', 'spokesperson'],
  spokeswoman: ['spokeswoman', 'spokesperson'],
  // (Abbreviated ranks are read in full, RANK_IN_FULL; these are the ones no title list holds.)
  major: ['major'],
  doctor: ['doctor', 'dr.', 'dr'],
  lawmaker: ['senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'mp', 'assemblyman', 'assemblywoman', 'legislator'],
};

/** A name's type in this article: the one any of its mentions shows ("Obama" alone reads as `other`, "Obama said" as a person). */
export function typesByName(mentions: readonly LocalMention[]): Map<string, LocalMention['type']> {
  const types = new Map<string, LocalMention['type']>();
  for (const m of mentions) {
    const known = types.get(m.name);
    if (known === undefined || known === 'other') types.set(m.name, m.type);
  }
  return types;
}

/** A mention's type as the article settles it for the name (`typeOfName`), else as the finder read it. */
export const typeOf = (d: Discourse, m: number) => d.typeOfName.get(d.mentions[m]!.name) ?? d.mentions[m]!.type;
export const isPerson = (d: Discourse, m: number | undefined) => m !== undefined && typeOf(d, m) === 'person';
const isOrg = (d: Discourse, m: number | undefined) => m !== undefined && typeOf(d, m) === 'organization';

/**
 * A person by more than a speech verb after the name: a title, a known given name, or a gender. "Anthropic
 * insisted" reads as a person to the name finder, but "it said" may still stand for it.
 */
const knownPerson = (d: Discourse, m: number | undefined) => m !== undefined && isPerson(d, m) && clearlyPerson(d, m);

function clearlyPerson(d: Discourse, m: number): boolean {
  const x = d.mentions[m]!;
  // (A name of two words is a person's, unless it reads as a club's: "the Northshore Falcons".)
  // (…a given name first says person whatever the last word: "Casey Phillips", "Robin Roberts".)
  return x.role !== undefined || genderOf(x.name, x.role) !== 'unknown' || (/\s/.test(x.name) && (isFirstName(x.name.split(/\s+/)[0]!) || !clubLike(x.name)));
}

function fits(d: Discourse, m: number, pronoun: string, speaker = false): boolean {
  const x = d.mentions[m]!;
  // (Shown by the article only when no title shows it: "Outfielder" does not, "Mrs." does.)
  const shown = softlyGendered(x.name) && titleGender(x.role) === 'unknown' ? d.gendersShown.get(x.name) : undefined;
  return pronounFits(pronoun, shown ?? (speaker ? speakerGenderOf : genderOf)(x.name, x.role));
}

/** A person's gender as the article shows it, else as the name or title tells. */
const shownGender = (d: Discourse, m: number): Gender => d.gendersShown.get(d.mentions[m]!.name) ?? genderOf(d.mentions[m]!.name, d.mentions[m]!.role);

/** The people (or organizations) named outside quotations in the sentences from `from` to `to`, latest first. */
function namedIn(d: Discourse, from: number, to: number, keep: (m: number) => boolean): number[] {
  const out: number[] = [];
  for (let s = to; s >= Math.max(0, from); s--) {
    for (const m of [...(d.bySentence.get(s) ?? [])].reverse()) if (!d.quoted[m] && keep(m)) out.push(m);
  }
  return out;
}

const sameEntity = (d: Discourse, a: number, b: number) => d.mentions[a]!.name === d.mentions[b]!.name;

/**
 * As `namedIn`, with the speakers the sentences in reach were credited to, however they were referred to: a body or
 * a title-holder the text goes on calling "the jury" or "the President" stays in reach of the next such description
 * from the last one, not only from where it was named ("The Fulton County Grand Jury said … the jury said … the jury
 * said").
 */
function referredIn(d: Discourse, from: number, to: number, keep: (m: number) => boolean): number[] {
  const out = namedIn(d, from, to, keep);
  for (let s = to; s >= Math.max(0, from); s--) {
    const speaker = d.speakerOf[s];
    if (speaker !== undefined && d.mentions[speaker]!.sentence < from && keep(speaker)) out.push(speaker);
  }
  return out;
}

/** The last sentence before `sentence` (from `from`) that names the entity of mention `m` or was credited to it. */
function lastReferenceTo(d: Discourse, m: number, from: number, sentence: number): number {
  for (let s = sentence - 1; s >= Math.max(0, from); s--) {
    const speaker = d.speakerOf[s];
    if ((speaker !== undefined && sameEntity(d, speaker, m)) || (d.bySentence.get(s) ?? []).some((x) => sameEntity(d, x, m))) return s;
  }
  return from;
}

/**
 * Whether a sentence after `since` and before `sentence` brings in a body of that kind unnamed ("A House committee is
 * conducting …"): "a"/"an"/"another", up to three words, the head word ending the noun phrase — not "a committee
 * member", "a committee hearing".
 */
function anotherOfKindSince(d: Discourse, since: number, sentence: number, head: string): boolean {
  for (let s = since + 1; s < sentence; s++) {
    const tokens = d.sentences[s]?.tokens ?? [];
    const found = tokens.some((t, i) => t.value.toLowerCase() === head && !['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '') && tokens.slice(Math.max(0, i - 4), i).some((x) => /^(?:a|an|another)$/i.test(x.value)));
    if (found) return true;
  }
  return false;
}

// Words for someone who speaks for or about another: a spokesman, a lawyer, a coach, a teammate, a relative.
const SPEAKS_FOR = /\b(?:spokes\w*|lawyer|attorney|counsel|agent|manager|coach|aide|adviser|advisor|publicist|rep|representative|teammate|colleague|friend|relative|family|mother|father|wife|husband|brother|sister|son|daughter)\b/i;

/**
 * Whether the speaker mention is named as someone else's voice: by such a word in its title or just before it ("his
 * spokesman, …", "the family's lawyer, Ivan Moroz,", "a lawyer for the family, Ilya Petrov,", "teammate Emeka Obi").
 */
function speaksFor(d: Discourse, m: number): boolean {
  const x = d.mentions[m]!;
  const before = (d.blocks[x.block] ?? '').slice(Math.max(0, x.start - 40), x.start).split(/[.;]/).pop() ?? '';
  return SPEAKS_FOR.test(x.role ?? '') || SPEAKS_FOR.test(before) || /\b(?:his|her|their)\s+\S+\s*,?\s*$/i.test(before) || /['’]s\s+\S+\s*,?\s*$/.test(before);
}

/**
 * Whether a mention is one word opening its sentence that reads as a common word, by what follows it: a preposition,
 * a noun, an adjective or a participle ("Vast spraying programs", "Benched at Tulsa") — not a verb of its own, as a
 * surname's ("Obi was detained", "Young said").
 */
function commonWordOpening(d: Discourse, m: number): boolean {
  const x = d.mentions[m]!;
  const sentence = d.sentences[x.sentence];
  if (/\s/.test(x.surface) || sentence?.start !== x.start) return false;
  const next = sentence.tokens[1];
  if (next === undefined || !/^\p{Ll}/u.test(next.value)) return false;
  // (…and is one: a word compromise knows only as a common one, or a participle — not "Obi on Friday was detained".)
  if (!isCommonWord(x.surface) && !/(?:ed|ing)$/i.test(x.surface)) return false;
  return ['ADP', 'NOUN', 'ADJ'].includes(next.pos) || (next.pos === 'VERB' && /ing$/i.test(next.value));
}

/** The subject of the sentence before, when it is in the same paragraph. */
const subjectJustBefore = (d: Discourse, sentence: number) => (d.sentenceBlock[sentence - 1] === d.sentenceBlock[sentence] ? d.subjectOf[sentence - 1] : undefined);

/**
 * The earlier mention a pronoun stands for, or undefined when the text does not settle it. "he"/"she": the previous
 * sentence's subject, else the last speaker, else the only person of that gender named just before. "it": the same
 * with organizations. "they", "we" and "I" outside quotations are left unknown.
 */
export function resolvePronoun(d: Discourse, sentence: number, pronoun: string, ownSubject?: number): number | undefined {
  const personal = pronoun === 'he' || pronoun === 'she';
  if (!personal && pronoun !== 'it') return undefined;
  const wanted = (m: number | undefined): m is number => (personal ? isPerson(d, m) && fits(d, m!, pronoun) : isOrg(d, m));
  // In subject position a name of unknown type can be what "it" stands for ("The Pentagon …. …, it said"): never a person.
  // A subject of unknown type ("Obama also helped celebrate …", "The Pentagon saw …") is what a pronoun after it most
  // often stands for: writers say "he" of people and "it" of organizations, so the pronoun tells which it is.
  // (…unless the article's own pronouns show it is of the other gender: "Marchetti died at her home. “…,” he said.")
  const shownFits = (m: number) => pronounFits(pronoun, d.gendersShown.get(d.mentions[m]!.name) ?? 'unknown');
  const asSubject = (m: number | undefined): m is number => wanted(m) || (m !== undefined && (personal ? typeOf(d, m) === 'other' && shownFits(m) : typeOf(d, m) !== 'place' && !clearlyPerson(d, m)));
  // "Altman fielded questions on X, where he admitted …": the sentence's own subject comes first.
  if (ownSubject !== undefined && asSubject(ownSubject)) return ownSubject;
  // (Not counting the sentences of the quotation the pronoun's own cue closes: in "Otieno remembers it differently.
  // “Seun says it was her mum. It was my mum. Both mums, fine,” she says." she is the one named before it began.)
  const own = d.quotations[sentence]?.groups ?? [];
  const sameQuotation = (s: number) => d.quotations[s]?.all === true && d.quotations[s]!.groups.some((g) => own.includes(g));
  // (…and then only the one sentence before it began: past it, someone the text does not name may stand between.)
  let reach = 2;
  let skipped = 0;
  for (let s = sentence - 1; s >= Math.max(0, sentence - reach); s--) {
    if (sameQuotation(s)) {
      reach = 1 + ++skipped;
      continue;
    }
    // …unless its subject is a person we know ("The executive, Richard Vance of Meridian, said …").
    if (personal && d.unresolvedPerson.has(s) && !knownPerson(d, d.subjectOf[s])) return undefined;
    // "OPEC faces scrutiny, the Kuwait daily al-Qabas said. “…,” it said.": a body that spoke goes on speaking, before
    // the subject of what it said. (Not for "he"/"she": that lost right speakers on a test half, docs/evaluation.md.)
    if (!personal && wanted(d.speakerOf[s])) return d.speakerOf[s];
    // A sentence whose subject the name finder missed ("Garland, in remarks …, said") still has its speaker.
    // (…and so has one whose subject is a name of unknown type, the person who spoke being named: "Vast spraying
    // programs … are endangering crops, Carl W. Buchheister … said today. “…,” he commented." — unless the one who
    // spoke is named as someone's voice, and the subject stays the one the text is about: "Obi was detained …, his
    // spokesman, Valentine Obienyem, said. He later told …"; a common word opening the sentence is never that subject.)
    const subjectOfS = d.subjectOf[s];
    const spokeOver = personal && wanted(d.speakerOf[s]) && subjectOfS !== undefined && typeOf(d, subjectOfS) === 'other' && (commonWordOpening(d, subjectOfS) || !speaksFor(d, d.speakerOf[s]!));
    const subject = spokeOver ? d.speakerOf[s] : (d.subjectOf[s] ?? d.speakerOf[s]);
    if (subject !== undefined) {
      // (Past the two sentences looked at before, only a person the pronoun clearly stands for.)
      if (asSubject(subject) && (s >= sentence - 2 || beforeQuotation(d, subject, s, sentence, pronoun))) return subject;
      break;
    }
  }
  // (Whether the pronoun opens a sentence of narration, read once: see below.)
  const opens = new RegExp(`^\\W*(?:(?:but|and|then|later|also)\\s*,?\\s+)?${pronoun}\\b`, 'i').test(d.sentences[sentence]!.text);
  // The latest speaker whose given name is worn by both sexes ("Dana", "Andrea") and whose gender the article shows
  // nowhere: the pronoun may still be theirs, when nobody else can be (below).
  let softSpeaker: number | undefined;
  for (let s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
    if (personal && d.unresolvedPerson.has(s) && !knownPerson(d, d.subjectOf[s])) return undefined;
    const speaker = d.speakerOf[s];
    // (A speaker's name read family name first says nothing of gender: "Kim Mahn-je said …. He said …".)
    if (!(personal ? isPerson(d, speaker) && fits(d, speaker!, pronoun, true) : wanted(speaker))) {
      if (personal && s === sentence - 1 && isPerson(d, speaker) && softlyGendered(d.mentions[speaker!]!.name) && titleGender(d.mentions[speaker!]!.role) === 'unknown' && !d.gendersShown.has(d.mentions[speaker!]!.name)) softSpeaker = speaker;
      continue;
    }
    // (Not past someone else of that gender named in the sentence right before, for a pronoun opening a sentence of
    // narration: in "… before director Sam Oyelaran cast her in 1964's “Ninth Honeymoon.” He once called her “…”" he
    // is the director, not her son who spoke before. A closing "“…,” he said" goes on with the speaker: a review found
    // "“…,” defense attorney Mark Levin said. ¶ The Justice Department, which brought the case under former Attorney
    // General William Barr, declined to comment. ¶ “My client …,” he said." is Levin's.)
    const between = personal && opens && s < sentence - 1 ? namedIn(d, sentence - 1, sentence - 1, (m) => isPerson(d, m) && !sameEntity(d, m, speaker!) && shownGender(d, m) !== 'unknown' && pronounFits(pronoun, shownGender(d, m))) : [];
    return between.length > 0 ? undefined : speaker;
  }
  // "“…,” said police chief Dana Reyes. ¶ He said …": a pronoun the lexicon's gender for the given name of the one who
  // spoke in the sentence right before turned away goes to them when nothing else can be its antecedent (`onlySoftly`).
  if (softSpeaker !== undefined && onlySoftly(d, sentence, pronoun, softSpeaker)) return softSpeaker;
  // The only one named just before: for people only ("US citizens" is no antecedent of "it said").
  if (!personal) return undefined;
  // …and only as a subject: "An officer approached Marcus Jones. “Get out of the car!” he yelled." is not Jones.
  const candidates = namedIn(d, sentence - 2, sentence - 1, wanted);
  const asTheSubject = candidates.length > 0 && candidates.every((m) => sameEntity(d, m, candidates[0]!)) && candidates.some((m) => d.subjectOf[d.mentions[m]!.sentence] === m);
  if (asTheSubject) return candidates[0];
  return undefined;
}

/**
 * Whether the speaker `soft` (a given name worn by both sexes, no title showing a gender) is the only one a "he"/"she"
 * in `sentence` can stand for: the sentence before, theirs, names nobody else and uses no such pronoun; nobody named
 * earlier in the article may be of the pronoun's gender; and the article never lets a pronoun of the other gender
 * speak for them. (A review found "“…,” said Lindsay Grant. ¶ The first officer to arrive …. “…,” he said.",
 * "“Officer Daniel Reyes saved my daughter's life,” said Leslie Hammond. ¶ He said …" and "Sen. Maria Cantwell …
 * “…,” said Glenn Hartley. ¶ She said …" going to the soft name.)
 */
function onlySoftly(d: Discourse, sentence: number, pronoun: string, soft: number): boolean {
  const before = sentence - 1;
  const same = new RegExp(pronoun === 'he' ? '\\b(?:he|him|his|himself)\\b' : '\\b(?:she|her|hers|herself)\\b', 'i');
  const other = pronoun === 'he' ? /\bshe\b/i : /\bhe\b/i;
  if (same.test(d.sentences[before]!.text)) return false;
  if ((d.bySentence.get(before) ?? []).some((m) => !['organization', 'place'].includes(d.mentions[m]!.type) && !sameEntity(d, m, soft))) return false;
  // (…nor brings in someone unnamed: in their own words, "“The trooper never even looked at my license,” said Shannon
  // Reed", or as someone's, "said Kelly Grant, whose lawyer filed the appeal", "her husband".)
  const words = d.sentences[before]!.tokens;
  const quotedAt = (t: (typeof words)[number]) => insideQuote(d.blocks[d.sentenceBlock[before]!] ?? '', t.start);
  if (words.some((t, k) => t.pos === 'NOUN' && ((quotedAt(t) && (isRoleNoun(t.value) || SPEAKS_FOR.test(t.value))) || (SPEAKS_FOR.test(t.value) && /^(?:his|her|their|whose|my|our)$/i.test(words[k - 1]?.value ?? ''))))) return false;
  if (namedIn(d, 0, before, (m) => isPerson(d, m) && !sameEntity(d, m, soft) && pronounFits(pronoun, shownGender(d, m))).length > 0) return false;
  return !d.speakerOf.some((x, s) => s < sentence && x !== undefined && sameEntity(d, x, soft) && other.test(d.sentences[s]!.text));
}

/**
 * Whether `subject`, the subject of sentence `s` right before a quotation of several sentences that sentence
 * `sentence` closes with a pronoun's cue, is the one the pronoun stands for: a person named in that sentence (not
 * one a pronoun there stood for, nor a name the finder could not type: "Her restaurant, Saffron, opened in 2015."),
 * not in apposition to "her"/"his" and a noun ("Her husband, Imran, is a surgeon."), and neither named by the
 * quotation nor spoken of in it as "he" or "she" ("Adeyemi is out on the van. “She does the driving. …,” she says.").
 */
function beforeQuotation(d: Discourse, subject: number, s: number, sentence: number, pronoun: string): boolean {
  const m = d.mentions[subject]!;
  if (m.sentence !== s || !isPerson(d, subject) || !fits(d, subject, pronoun)) return false;
  if (afterPossessedNoun((d.blocks[m.block] ?? '').slice(0, m.start))) return false;
  const quotation = quotedWords(d.sentences.slice(s + 1, sentence + 1).map((x) => x.text).join(' '));
  // (As the subject of a clause only: "Seun says it was her mum" may be said by a woman of another woman's mother.)
  const gender = d.gendersShown.get(m.name) ?? genderOf(m.name, m.role);
  return !namesPerson(quotation, m.name) && !(quotation.match(/\b(?:he|she)\b/gi) ?? []).some((p) => pronounFits(p.toLowerCase(), gender));
}

/**
 * The earlier mention a definite description stands for: "the company" the last organization (one whose name has
 * the word, "the department" → "Interior Department", first); "the attorney" the last person with that title.
 * Indefinite ones ("a spokesman") and titles nobody in reach holds stay unknown.
 */
export function resolveDescription(d: Discourse, sentence: number, head: string, definite: boolean, words?: string, at?: number): number | undefined {
  if (!definite) return undefined;
  const from = sentence - DESCRIPTION_REACH;
  // "the daily said" after "the Kuwait daily al-Qabas said": the one medium named so in reach.
  if (MEDIUM_HEADS.has(head)) {
    const media = namedIn(d, from, sentence - 1, (m) => d.mentions[m]!.medium === true);
    return media.length > 0 && media.every((m) => sameEntity(d, m, media[0]!)) ? media[0] : undefined;
  }
  // "the committee", "the commission": only an organization whose name has that word ("Federal Election
  // Commission"); unlike "the company", these words name too many kinds of body to stand for whichever came last.
  if (NAMED_ORG_HEADS.has(head)) {
    // Every word of the description in the name: "the House committee" is no "Senate Judiciary Committee".
    const wanted = (words ?? head).toLowerCase().split(/\s+/).filter((w) => w !== '');
    // (…or its plural: "the studio" for "Vantage Studios".)
    const has = (name: string, w: string) => name.toLowerCase().split(/\s+/).some((x) => x === w || x === `${w}s`);
    // …and the head word is the name's head, its last word or the one before "of": "Calder Air Force Base" is a base,
    // no force; "Department of Health" is a department.
    const headed = (name: string) => {
      const ws = name.toLowerCase().split(/\s+/);
      const heads = [ws[ws.length - 1], ws[ws.indexOf('of') - 1]];
      return heads.some((x) => x === head || x === `${head}s`);
    };
    // (A name the finder could not type counts when its head word says what body it is: "Halsworth Film Festival".)
    const body = (m: number) => isOrg(d, m) || (typeOf(d, m) === 'other' && /\s/.test(d.mentions[m]!.name));
    const named = referredIn(d, from, sentence, (m) => body(m) && wanted.every((w) => has(d.mentions[m]!.name, w)) && headed(d.mentions[m]!.name));
    if (named.length === 0 || !named.every((m) => sameEntity(d, m, named[0]!))) return undefined;
    // "A House committee is conducting a separate inquiry. … the committee said": another body of that kind brought in
    // since the named one was last referred to may be the one meant — unknown.
    if (anotherOfKindSince(d, lastReferenceTo(d, named[0]!, from, sentence), sentence, head)) return undefined;
    // "Mercy Regional said all 18 were stable. The hospital said …": after a sentence about another body, the
    // description may go on about that one, whatever its name says — unknown, not the other.
    const previous = subjectJustBefore(d, sentence);
    return previous !== undefined && isOrg(d, previous) && !sameEntity(d, previous, named[0]!) ? undefined : named[0];
  }
  // "the club", "the team": only a name that reads as a sports club's ("the Ravensmoor Ironmen", "Harrowgate Town");
  // never the network that reported on it or a disease named in between.
  if (head === 'team' || head === 'club') {
    // (Not whom someone told: "his agent told Reuters".)
    const listener = (m: number) => /\btold\s+(?:the\s+)?$/i.test((d.blocks[d.mentions[m]!.block] ?? '').slice(Math.max(0, d.mentions[m]!.start - 12), d.mentions[m]!.start));
    const before = (m: number) => (d.blocks[d.mentions[m]!.block] ?? '').slice(Math.max(0, d.mentions[m]!.start - 4), d.mentions[m]!.start);
    const clubs = namedIn(d, from, sentence, (m) => typeOf(d, m) !== 'person' && typeOf(d, m) !== 'place' && clubLike(d.mentions[m]!.name, /\bthe\s$/i.test(before(m))) && !listener(m));
    // "The Mariners acquired X from the Foxes, the club announced": the club the sentence is about, when it is one.
    const own = d.subjectOf[sentence];
    if (own !== undefined && clubs.some((m) => sameEntity(d, m, own))) return own;
    // "The Owls were gracious in defeat. In a statement, the club said …": the club the sentence before (in the same
    // paragraph) is about.
    const previous = subjectJustBefore(d, sentence);
    if (previous !== undefined && typeOf(d, previous) !== 'person' && clubLike(d.mentions[previous]!.name, true)) return previous;
    // Otherwise only the one club in reach: of two, "the team said" may be either.
    return clubs.length > 0 && clubs.every((m) => sameEntity(d, m, clubs[0]!)) ? clubs[0] : undefined;
  }
  // "the companies said": several bodies speaking together, none of them alone.
  const plural = (words ?? '').split(/\s+/).pop()?.toLowerCase();
  if (ORG_ANAPHORS.has(head) && plural !== undefined && plural !== head && plural.endsWith('s')) return undefined;
  // "the automaker", "the brokerage": only the one firm in reach whose name says it is of that kind ("General Motors",
  // "Nomura Securities") — not whichever company came last, which may be another kind.
  if (KINDS_OF_FIRM.has(head)) {
    const kind = KIND_NAME_WORDS[head as (typeof FIRM_DESCRIPTIONS)[number]];
    const firms = namedIn(d, from, sentence, (m) => typeOf(d, m) !== 'person' && typeOf(d, m) !== 'place' && kind.test(d.mentions[m]!.name));
    return firms.length > 0 && firms.every((m) => sameEntity(d, m, firms[0]!)) ? firms[0] : undefined;
  }
  if (ORG_ANAPHORS.has(head)) {
    // "the company" is no government body: "The deal is signed, said the company" after "the White House" is unknown.
    // …and "the government" is a public body, never the ACLU that sued it.
    // …nor "the team" or "the club" a league or federation that governs them.
    const governing = (m: number) => (head === 'team' || head === 'club') && GOVERNING_BODY.test(d.mentions[m]!.name);
    const fits = (m: number) => !(PRIVATE_HEADS.has(head) && PUBLIC_BODY.test(d.mentions[m]!.name)) && !governing(m) && (head !== 'government' || PUBLIC_BODY.test(d.mentions[m]!.name));
    // (A document's description, "the statement said", is resolved more narrowly below. Crediting it to whoever issued
    // the document spoken of before was tried twice and not kept: docs/evaluation.md.)
    const family = documentFamily(head);
    const orgs = namedIn(d, from, sentence, (m) => isOrg(d, m) && fits(m));
    const named = orgs.find((m) => d.mentions[m]!.name.toLowerCase().split(/\s+/).includes(head));
    if (named !== undefined) return named;
    // "The company added": the organization the text is about — the last sentence's subject or speaker — before
    // one merely named since.
    for (let s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
      // A name the text treats as a speaker ("Anthropic said") may read as a person to the name finder: it is the
      // company unless something says it is a person.
      for (const m of [d.subjectOf[s], d.speakerOf[s]]) if (isOrg(d, m) && fits(m!)) return m;
      // Only "the company / firm …", and only when one such name is in reach ("Ryanair said … O'Leary said …" is unknown).
      const loose = (m: number | undefined): m is number => m !== undefined && BUSINESS_HEADS.has(head) && typeOf(d, m) !== 'place' && !clearlyPerson(d, m) && fits(m);
      const m = [d.subjectOf[s], d.speakerOf[s]].find(loose);
      if (m !== undefined) {
        const others = new Set<string>();
        for (let r = sentence - 1; r >= Math.max(0, sentence - PRONOUN_REACH); r--) for (const x of [d.subjectOf[r], d.speakerOf[r]]) if (loose(x) || (isOrg(d, x) && fits(x!))) others.add(d.mentions[x!]!.name);
        return others.size === 1 ? m : undefined;
      }
    }
    if (family === undefined) return orgs[0];
    // A document's, only the body the sentence says it is from ("the statement from the Texas Department of Criminal
    // Justice said"), never whichever was named last: "Manning's campaign said in a statement …. “…,” the statement
    // said" is not the "Republican Senate" of the sentence before.
    const fromBody = (m: number) => /\b(?:from|by|of)\s+(?:the\s+)?$/i.test((d.blocks[d.mentions[m]!.block] ?? '').slice(Math.max(0, d.mentions[m]!.start - 12), d.mentions[m]!.start));
    return namedIn(d, sentence, sentence, (m) => isOrg(d, m) && fromBody(m))[0];
  }
  // Only a title stands for a person: "the university" is no "Harvard University President Alan Garber".
  if (!SAME_ROLE[head] && !head.split(' ').some((w) => ROLE_HEADS.has(w))) return undefined;
  const roles = SAME_ROLE[head] ?? [head];
  const described = (words ?? head).split(/\s+/).filter((w) => w !== '');
  // "the former FBI director" is a former holder; "the president" is not "Former President Barack Obama".
  const wantsFormer = described.some((w) => /^(?:former|ex)$/i.test(w));
  // Words that narrow the title down must be in the holder's: a name or nationality ("the FBI director", "the French
  // president", "the Harvard president") or a rank ("the vice president").
  // A place ("the Kentucky governor") need not be in the title — the name finder keeps "of Kentucky" out of it — but
  // then, as always, only one holder may be in reach.
  // (A place of two words, "the South Carolina governor", is one place, not two narrowing words.)
  const inPlace = placeWords(described.slice(0, -1));
  // (A body's name among them — "the OPEC president" — asks for a holder named beside that body instead.)
  const narrowingBodies = described.slice(0, -1).filter((w) => d.mentions.some((m) => m.type === 'organization' && m.name === w));
  // (…or the service or unit the title is held in: "the battalion chief" is no "Fire Chief Dan Daly".)
  const narrowing = described.slice(0, -1).filter((w, i) => (/^\p{Lu}/u.test(w) && !/^(?:Former|Ex|Then)$/.test(w) && !isKnownPlace(w) && !inPlace.has(i)) || RANKS.has(w.toLowerCase()) || SERVICES.has(w)).map((w) => w.toLowerCase());
  // (A body's name among the narrowing words may be met by the holder's sentence instead of the title: see `atBody`.)
  const holds = (role: string, bodyNearby = false) => {
    // (Abbreviated ranks read in full: "Lt. Cmdr." is a lieutenant commander.)
    const written = role.split(/[\s-]+/).map((w) => RANK_IN_FULL[w] ?? w);
    if (written.some((w) => /^(?:former|ex|then)$/.test(w)) !== wantsFormer) return false;
    const at = written.findIndex((w, i) => roles.some((r) => (r.includes(' ') ? written.slice(i, i + r.split(' ').length).join(' ') === r : w === r)));
    if (at < 0 || !narrowing.every((q) => written.includes(q) || (bodyNearby && narrowingBodies.some((b) => b.toLowerCase() === q)))) return false;
    // "the president" is not "Vice President Mike Pence": a rank before the title the description does not have.
    const rank = written[at - 1];
    // "Attorney General Kris Mayes" is no lawyer: a title ending in "general" is another office than its first word.
    // …and so is "Lt. Cmdr." for "the lieutenant" ("Lt. Gen.", "Lt. Col." likewise).
    if (written[at + 1] !== undefined && OFFICE_TAILS.has(written[at + 1]!) && !head.endsWith(written[at + 1]!)) return false;
    return rank === undefined || !RANKS.has(rank) || narrowing.includes(rank);
  };
  // Holders named before this sentence: in "the president said he was “not happy” with Russian President Vladimir
  // Putin", the president is not the man named after him.
  // (Held at a body — "the group's president", "the OPEC president": a holder named in a sentence that names the body
  // too, "OPEC has reaffirmed …, its president Rilwanu Lukman said".)
  const bodies = new Set([...(at === undefined ? [] : [d.mentions[at]!.name]), ...narrowingBodies]);
  const atBody = (m: number) => (d.bySentence.get(d.mentions[m]!.sentence) ?? []).some((x) => bodies.has(d.mentions[x]!.name));
  const holding = (m: number) => {
    if (!isPerson(d, m)) return false;
    const role = (d.mentions[m]!.role ?? '').toLowerCase();
    if (at !== undefined) return holds(role, true) && atBody(m);
    return holds(role) || (narrowingBodies.length > 0 && holds(role, true) && atBody(m));
  };
  // (…or, with none in reach, the one holder the whole article names before, who has spoken since: a long wire story's
  // closing "“…,” the president added" after "President Daniel Arap Moi said" at its top.)
  const near = referredIn(d, from, sentence - 1, holding);
  const far = near.length === 0 ? namedIn(d, 0, from - 1, holding) : [];
  const spokeSince = far.length > 0 && far.every((m) => sameEntity(d, m, far[0]!)) && d.speakerOf.slice(d.mentions[far[0]!]!.sentence + 1, sentence).some((x) => x !== undefined && sameEntity(d, x, far[0]!));
  const holders = near.length > 0 ? near : spokeSince ? far : [];
  // An unnamed holder spoke since the last one named ("Sen. Daniel Whitcomb … another Republican senator, who asked
  // not to be named, said … “…,” the senator said"): the description is that person's, whom we cannot name.
  const lastNamed = holders.length > 0 ? d.mentions[holders[0]!]!.sentence : from - 1;
  for (let s = sentence - 1; s >= Math.max(lastNamed, from, 0); s--) if ((d.unnamedHeads.get(s) ?? []).some((h) => roles.includes(h) || h === head)) return undefined;
  if (holders.length > 0 && holders.every((m) => sameEntity(d, m, holders[0]!))) return holders[0];
  // "the Kentucky senator" among two senators: the one whose tag says Kentucky ("Sen. Rand Paul (R-Ky.)").
  const qualifiers = described.slice(0, -1);
  const state = [...qualifiers.map((w, i) => `${w} ${qualifiers[i + 1] ?? ''}`.trim()), ...qualifiers].map((w) => stateOf(w)).find((x) => x !== undefined);
  const tagged = state === undefined ? [] : holders.filter((m) => d.mentions.some((x, i) => x.name === d.mentions[m]!.name && d.partyTags.get(i)?.state === state));
  if (tagged.length > 0 && tagged.every((m) => sameEntity(d, m, tagged[0]!))) return tagged[0];
  // …or whose title has that place ("California Gov. Gavin Newsom and Florida Gov. Ron DeSantis … the Florida governor").
  const places = qualifiers.filter((w) => isKnownPlace(w)).map((w) => w.toLowerCase());
  const placed = places.length === 0 ? [] : holders.filter((m) => places.every((p) => (d.mentions[m]!.role ?? '').toLowerCase().split(/\s+/).includes(p)));
  if (placed.length > 0 && placed.every((m) => sameEntity(d, m, placed[0]!))) return placed[0];
  // Of two holders, the one the sentence before, in the same paragraph, is about ("Rep. Thomas Massie … agreed. “…,”
  // the congressman said"). Not across paragraphs: "“…,” Macron said. ¶ The president smiled." may mean either.
  const previous = d.subjectOf[sentence - 1] ?? d.speakerOf[sentence - 1];
  const lastSubject = previous !== undefined && d.sentenceBlock[sentence - 1] === d.sentenceBlock[sentence] ? previous : undefined;
  if (places.length === 0 && state === undefined && lastSubject !== undefined && holders.some((m) => sameEntity(d, m, lastSubject))) return holders.find((m) => sameEntity(d, m, lastSubject));
  return undefined;
}

/** What the article called each person named before `sentence`, by name, with the name's latest mention. */
interface SaidSoFar {
  upTo: number;
  saidOf: Map<string, Set<string>>;
  latest: Map<string, number>;
}
const saidSoFar = new WeakMap<Discourse, SaidSoFar>();

// Built as the sentences are read, once per article: descriptions are resolved in sentence order, so each call only
// adds the sentences since the last (a call for an earlier sentence starts again).
function saidBefore(d: Discourse, sentence: number): SaidSoFar {
  let seen = saidSoFar.get(d);
  if (seen === undefined || seen.upTo > sentence) {
    seen = { upTo: 0, saidOf: new Map(), latest: new Map() };
    saidSoFar.set(d, seen);
  }
  const descriptors = d.descriptors();
  for (; seen.upTo < sentence; seen.upTo++) {
    for (const m of d.bySentence.get(seen.upTo) ?? []) {
      if (d.quoted[m] || typeOf(d, m) === 'organization' || typeOf(d, m) === 'place') continue;
      const name = d.mentions[m]!.name;
      const known = seen.saidOf.get(name) ?? new Set<string>();
      for (const w of descriptors[m]!) known.add(w);
      seen.saidOf.set(name, known);
      seen.latest.set(name, m);
    }
  }
  return seen;
}

/**
 * "a hospital spokeswoman", "a team spokesman": a spokesperson for the body of that kind named in reach (one name
 * with that word, "Harrow General Hospital"), who speaks for it.
 */
export function spokespersonOf(d: Discourse, sentence: number, head: string, words: string | undefined): number | undefined {
  if (!/^spokes(?:man|woman|person)$/.test(head)) return undefined;
  const kinds = (words ?? '').split(/\s+/).slice(0, -1).filter((w) => /^\p{Ll}+$/u.test(w));
  // "a Treasury spokesman said … The spokesman, who asked not to be identified, said": the body whose spokesman spoke
  // in the sentences before, when one did.
  if (kinds.length === 0 && (words ?? head).split(/\s+/).length === 1) {
    // (Not past a spokesman named since: "White House spokesman Marlin Fitzwater said … The spokesman added" is his.)
    for (let s = sentence - 1; s >= Math.max(0, sentence - DESCRIPTION_REACH); s--) {
      const spoke = d.speakerOf[s];
      if (spoke === undefined || !/\bspokes(?:man|woman|person)\b/i.test(d.sentences[s]!.text)) continue;
      return isOrg(d, spoke) ? spoke : undefined;
    }
    return undefined;
  }
  if (kinds.length === 0) return undefined;
  const bodies = namedIn(d, sentence - DESCRIPTION_REACH, sentence, (m) => typeOf(d, m) !== 'person' && typeOf(d, m) !== 'place' && kinds.every((k) => d.mentions[m]!.name.toLowerCase().split(/\s+/).includes(k)));
  return bodies.length > 0 && bodies.every((m) => sameEntity(d, m, bodies[0]!)) ? bodies[0] : undefined;
}

/**
 * "the actress", "the 28-year-old", "the first baseman": a description by what a person is, which the article said of
 * one person named before ("Oscar-winning actress Jane Roe", "Teixeira, 28,"). Of two people it was said of, the one
 * the sentence before (in the same paragraph) is about; someone brought in since by the same words ("a teammate …
 * the teammate said") is not named, so the description stays unknown.
 */
export function resolveEpithet(d: Discourse, sentence: number, head: string, words: string | undefined): number | undefined {
  const keys = epithetKeys(head, words);
  const { saidOf, latest } = saidBefore(d, sentence);
  // "the champion" is not "the former champion": a qualifier the article gave must be in the description too.
  const described = new Set((words ?? head).toLowerCase().split(/[\s-]+/));
  // ("the Oscar winner" was called "Oscar-winning": the doer and the doing are one description.)
  const isSaid = (said: Set<string>, k: string) => said.has(k) || (k.endsWith('er') && said.has(`${k.slice(0, -2)}ing`));
  const fits = (said: Set<string>) => keys.every((k) => isSaid(said, k)) && ![...QUALIFYING].some((q) => said.has(q) && !described.has(q));
  const fitting = [...saidOf].filter(([, said]) => fits(said)).map(([name]) => latest.get(name)!);
  // The sentence before, in the same paragraph, is about someone: a description right after it most often goes on
  // about that person ("Asked about the advice, Decker shrugged. “…,” the right-hander said."), so it must be them.
  // (Past sentences of the quotation that are about nobody: "Decker shrugged. “A. B,” the right-hander said.")
  let before: number | undefined;
  for (let s = sentence - 1; s >= 0 && d.sentenceBlock[s] === d.sentenceBlock[sentence] && before === undefined; s--) before = d.subjectOf[s] ?? d.speakerOf[s];
  // (Not someone the article gave a title that is another office: "Foxes manager Walt Simms called … “…,” the 36-year-old
  // said" is not the manager.)
  const previous = before !== undefined && isPerson(d, before) && (d.mentions[before]!.role === undefined || fitting.some((m) => sameEntity(d, m, before))) ? before : undefined;
  const found = previous !== undefined ? fitting.find((m) => sameEntity(d, m, previous)) : fitting.length === 1 ? fitting[0] : undefined;
  if (found === undefined) return undefined;
  // (Nor, with no subject to go by, past a relative of theirs the sentence right before brings in, who is likely to
  // fit the description too: "Verhaegen's coach is her father, Luc Verhaegen, who … “…,” the Belgian said.")
  if (previous === undefined && relativeJustBefore(d, sentence, d.mentions[found]!.name)) return undefined;
  // (Not the sentence that described the person: "Williams, who became an actress,".)
  for (let s = d.mentions[found]!.sentence + 1; s < sentence; s++) if (introducesAnother(d.sentences[s]!, keys)) return undefined;
  for (let s = d.mentions[found]!.sentence; s < sentence; s++) if ((d.unnamedHeads.get(s) ?? []).includes(head)) return undefined;
  return found;
}


/** Whether the sentence before `sentence` names for the first time another person with the family name of `name`. */
function relativeJustBefore(d: Discourse, sentence: number, name: string): boolean {
  // (In its paragraph or at the end of the one before: "… his brother, Taras Brenko, who … ¶ “…,” the Ukrainian said.")
  const s = sentence - 1;
  if (s < 0) return false;
  const family = surnameOf(name);
  return (d.bySentence.get(s) ?? []).some((m) => {
    const x = d.mentions[m]!;
    return !d.quoted[m] && x.name !== name && /\s/.test(x.name) && surnameOf(x.name) === family && isPerson(d, m) && firstSentenceOf(d).get(x.name) === s;
  });
}

/** The sentence each name is first written in, per article (built once). */
const firstSentences = new WeakMap<Discourse, Map<string, number>>();

function firstSentenceOf(d: Discourse): ReadonlyMap<string, number> {
  let first = firstSentences.get(d);
  if (first === undefined) {
    first = new Map();
    for (const m of d.mentions) if (!first.has(m.name) || first.get(m.name)! > m.sentence) first.set(m.name, m.sentence);
    firstSentences.set(d, first);
  }
  return first;
}

/** "Caldermoor Owls", "Ravensmoor Ironmen", "76ers", "Harrowgate Town": a name that reads as a sports club's. */
export function clubLike(name: string, afterThe = false): boolean {
  // (Nor a body named as one: "Lakeshore County Health Department" is no "Derby County".)
  if (NOT_TEAMS.test(name) || name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()) && !/^(?:club|team|fc|afc|\d.*)$/i.test(w))) return false;
  if (CLUB_WORDS.test(name) && /\s/.test(name)) return true;
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // A plural alone is a team only as "the Owls": "Albers" or "Williams" is a surname.
  return /^\p{Lu}|^\d/u.test(last) && /(?:[^su]s|men)$/.test(last) && (words.length > 1 || afterThe);
}

/** Indexes of the words that are part of a place of two or three words ("South Carolina", "New York City"). */
function placeWords(words: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2]) {
      const phrase = words.slice(i, i + n);
      if (phrase.length === n && phrase.every((w) => /^\p{Lu}/u.test(w)) && (isKnownPlace(phrase.join(' ')) || stateOf(phrase.join(' ')) !== undefined)) for (let k = i; k < i + n; k++) found.add(k);
    }
  }
  return found;
}

/** "police said": the one police force the article names, if it names one ("the Northfield Police Department"). */
export function thePoliceForce(mentions: readonly LocalMention[]): number | undefined {
  const forces = [...new Set(mentions.filter((m) => m.type === 'organization' && /\bPolice\b/.test(m.name)).map((m) => m.name))];
  return forces.length === 1 ? mentions.findIndex((m) => m.name === forces[0]) : undefined;
}
