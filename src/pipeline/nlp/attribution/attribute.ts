import type { Attribution } from '../../../schemas/claim.ts';
import type { LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';
import { pushTo } from '../../multimap.ts';
import { findQuotations, type QuoteSpan } from './quotations.ts';
import { isBodyHead, resolveDescription, resolveEpithet, resolvePronoun, spokespersonOf, thePoliceForce, typesByName, type Discourse } from './resolve-reference.ts';
import { carryAcrossParagraphs, earlierQuoteSpeaker, statementAuthor } from './carry.ts';
import { carryDescribed } from './carry-described.ts';
import { framedOnly, framesQuotation, isCue, possessiveSource, QUOTING_VERBS, STANCE_VERBS, subordinate, SUBORDINATORS, verbOfSubject, type CueChoice } from './cues.ts';
import { accordingFrame, frameOf } from './frames.ts';
import { accordingToSpeaker } from './according-to.ts';
import { namedByTie, namedTies } from './relations.ts';
import { issuedIn, issuesDocument } from './documents.ts';
import { phraseAfter, phraseBefore, surnameAlone, type PhraseContext, type SpeakerPhrase } from './speaker-phrase.ts';
import { coordinatedSubject, pronounOpeningClause, headOfPhrase, subjectIn } from './subject.ts';
import { onlyPolitician, partyDescription, PARTY_MEMBERS, politicalTag, resolveParty, type PartyTag } from './party.ts';
import { isPossessive, RELATIVE } from './word-tests.ts';
import { CUE_VERBS, RECITING, STATEMENT_NOUNS } from '../claim-words.ts';
import { ROLE_HEADS } from '../name-words.ts';
import { reportGoesOn, subjectGoesOn } from './continuation.ts';
import { describeCue, describedPhrase, describesSpeaker, UNNAMED_PEOPLE } from './described-speaker.ts';
import { gendersShown, pronounFits, speakerGenderOf } from './gender.ts';
import { ageIn, describedAs, nationalityDescription } from './epithets.ts';
import { isDemonym, isFirstName, isKnownPlace, isNationality, isRoleNoun } from '../lexicon.ts';

/** Who a sentence's words belong to, as the article tells it. */
export interface SentenceAttribution {
  /** Index of the mention naming the speaker; undefined when the article does not say. */
  speaker?: number;
  /** The cue as written ("said", "told", "according to"). */
  cue?: string;
  /** Block offset of the chosen cue, when a speech verb was chosen. */
  cueAt?: number;
  kind: Attribution;
  /** Block offsets of the quotations in the sentence. */
  quotes: [number, number][];
  /** Block offsets of the attribution frame ("Altman said that", ", he said", "According to X,"). */
  frame: [number, number][];
  /**
   * Every cue of the sentence outside quotations with its own speaker and frame, by the block offset of the cue: a
   * sentence of two clauses can report two speakers ("The Pentagon announced …, but Altman said …").
   */
  cues: { at: number; speaker?: number; described?: Described; cue: string; frame: [number, number][] }[];
  /** "he"/"she" opening the sentence as its subject ("She checked into …"), with the mention it stands for. */
  referent?: { mention: number; at: number };
  /** The speaker owns only the quoted words' clause (a quoted phrase after a verb of asking or judging), not the rest. */
  quotesOnly?: true;
  /** A speaker the article describes but does not name ("police", "a hospital spokesman"), when `speaker` is unknown. */
  described?: Described;
}

/** Who spoke, as the article describes them without a name, and how it attributes the words to them. */
export interface Described {
  text: string;
  /** Its head noun's lemma ("spokesman"), by which a later "the spokesman" finds it. */
  head: string;
  /** A group ("police", "witnesses"): a later "they" may stand for it, not "he" or "she". */
  plural?: true;
  kind: 'quote' | 'indirect' | 'according-to';
}

// Verbs whose subject reports someone else's words ("Fortune reports that Altman told employees …").
const REPORTING = new Set(['report', 'reveal']);
const CLOSE = /^["”»]$/;

/** After token `from` (a reporting verb), the name it quotes or cites: the source of what is reported. */
function citedSource(tokens: readonly Token[], cue: number, ctx: PhraseContext, from = cue + 1): (CueChoice & { source: number }) | undefined {
  for (let i = from; i < tokens.length; i++) {
    if (!/^(?:quoting|citing)$/i.test(tokens[i]!.value)) continue;
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      const named = ctx.own.find((m) => ctx.mentions[m]!.start === tokens[k]!.start && ctx.mentions[m]!.type !== 'place');
      const source = named === undefined ? undefined : headOfPhrase(named, ctx.own, ctx.mentions, tokens);
      if (source !== undefined) return { cue: i, phrase: { kind: 'mention', mention: source }, quoting: false, inverted: false, source };
    }
  }
  return undefined;
}

/**
 * Whether a verb follows token `i` before the next comma, period or relative pronoun: a clause, not a speaker
 * phrase, comes after it ("said the president had answered"; but "said Ken Salazar who extended …" is inverted).
 */
function verbBeforeComma(tokens: readonly Token[], i: number): boolean {
  const next = tokens.slice(i + 1).find((t) => t.value === ',' || t.value === '.' || RELATIVE.test(t.value) || t.pos === 'VERB' || t.pos === 'AUX');
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && !RELATIVE.test(next.value);
}

/** The name before an aside between a comma and the quotation that closes right before token `cue`, if any. */
function subjectBeforeAside(ctx: PhraseContext, cue: number): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  let open = cue - 2;
  while (open >= 0 && !/^[“"]$/.test(tokens[open]!.value)) open--;
  let comma = open - 1;
  while (comma >= 0 && open - comma <= 12 && tokens[comma]!.value !== ',') comma--;
  if (comma <= 0 || tokens[comma]!.value !== ',') return undefined;
  // The aside has no verb of its own but a participle or a relative clause's.
  const words = tokens.slice(comma + 1, open);
  const opener = words[0];
  if (!opener || !(/ing$/i.test(opener.value) || RELATIVE.test(opener.value))) return undefined;
  const m = ctx.own.find((x) => ctx.mentions[x]!.end === tokens[comma - 1]!.end && (ctx.mentions[x]!.type === 'person' || ctx.mentions[x]!.type === 'organization'));
  return m === undefined ? undefined : { kind: 'mention', mention: m };
}

function overlap(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

// Words between a verb and a quoted phrase that hand the phrase to someone else: a relative clause ("the bill,
// which Republicans have touted as “…”") or something said by another ("its demand for “…”").
const OWNED_WORDS = new Set(['demand', 'call', 'request', 'description', 'label', 'term', 'phrase', 'promise', 'pledge', 'word', 'claim', 'statement', 'slogan', 'motto']);

/** Whether the quoted phrase starting at block offset `at` is still the verb's: nothing between hands it to someone else. */
function ownsQuote(tokens: readonly Token[], verb: number, at: number): boolean {
  const between = tokens.filter((t, i) => i > verb && t.end <= at);
  if (between.some((t) => RELATIVE.test(t.value))) return false;
  return !between.some((t, i) => OWNED_WORDS.has(t.lemma.toLowerCase()) && (/^(?:its|their|his|her|our|my|your)$/i.test(between[i - 1]?.value ?? '') || isPossessive(between[i - 1])));
}

/**
 * Whether the sentence stops after the quotation ending at `end`, or goes on only in a clause that claim extraction
 * cuts off (", while …"): a clause after it ("…,” and it will only deploy on cloud networks") is not the speaker's.
 */
function quoteEndsClause(sentence: Sentence, end: number): boolean {
  const rest = sentence.text.slice(end - sentence.start).replace(/^[\s"”»,.!?;:]*/, '');
  return rest === '' || /^(?:while|whereas)\b/i.test(rest);
}

/**
 * For each sentence, the quotation spans it overlaps, the quotations (`QuoteSpan.group`) they are part of, and whether
 * all its words are quoted (the sentence that closes a quotation with its cue, `…,” she says.`, has words of its own).
 */
function quotationsOf(sentences: readonly Sentence[], quotesOfBlock: ReadonlyMap<number, QuoteSpan[]>): { spans: QuoteSpan[]; groups: number[]; all: boolean }[] {
  return sentences.map((sentence) => {
    const spans = (quotesOfBlock.get(sentence.block) ?? []).filter((q) => overlap([q.start, q.end], [sentence.start, sentence.end]));
    const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value));
    const inside = (t: Token) => spans.some((q) => t.start >= q.start && t.end <= q.end);
    return { spans, groups: [...new Set(spans.map((q) => q.group))], all: spans.length > 0 && words.length > 0 && words.every(inside) };
  });
}

/**
 * Attributes every sentence of an article: quotations to the speaker their cue names (before or after them, in
 * the same sentence, or anywhere in the same quotation), reported speech to the subject of its cue verb,
 * "according to X" to X; pronouns and descriptions to the earlier mention they stand for; a paragraph that only
 * quotes to the previous paragraph's speaker; what a sentence ending in a colon introduces, and a post signed
 * "— Name (@handle)", to that speaker. Where the text does not say who, the speaker stays unknown.
 */
export function attributeSentences(sentences: readonly Sentence[], mentions: readonly LocalMention[], blocks: readonly string[]): SentenceAttribution[] {
  const quotes = findQuotations(blocks);
  const quotesOfBlock = new Map<number, QuoteSpan[]>();
  for (const q of quotes) pushTo(quotesOfBlock, q.block, q);
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => pushTo(bySentence, m.sentence, i));
  const quotedMention = mentions.map((m) => (quotesOfBlock.get(m.block) ?? []).some((q) => m.start >= q.start && m.end <= q.end));
  // "Rep. Dave Brat (R-Va.)": the party and state of each person named with a tag.
  const partyTags = new Map<number, PartyTag>();
  mentions.forEach((m, i) => {
    const tag = m.type === 'person' || m.type === 'other' ? politicalTag(blocks[m.block] ?? '', m.start, m.end) : undefined;
    if (tag) partyTags.set(i, tag);
  });
  let descriptors: Set<string>[] | undefined;
  const quotations = quotationsOf(sentences, quotesOfBlock);
  const discourse: Discourse = {
    mentions,
    bySentence,
    subjectOf: [],
    speakerOf: [],
    unresolvedPerson: new Set(),
    unnamedHeads: new Map(),
    sentenceBlock: sentences.map((s) => s.block),
    blocks,
    partyTags,
    typeOfName: typesByName(mentions),
    quoted: quotedMention,
    quotations,
    issued: new Map(),
    sentences,
    gendersShown: gendersShown(sentences, mentions, bySentence, (s, at) => (quotesOfBlock.get(sentences[s]!.block) ?? []).some((q) => at >= q.start && at < q.end)),
    descriptors: () => (descriptors ??= describedAs(sentences, mentions, quotedMention)),
  };
  const ties = namedTies(sentences, mentions);
  // The names the article gives as a medium's ("the Tanjug news agency"), wherever they stand — not a name it also
  // gives a person of two words or more ("The Murdoch newspaper … Rupert Murdoch").
  const personNames = new Set(mentions.filter((m) => m.type === 'person' && !m.medium && /\s/.test(m.name)).map((m) => m.name));
  const media = new Set(mentions.filter((m) => m.medium && !personNames.has(m.name)).map((m) => m.name));
  const isMedium = (m: number) => media.has(mentions[m]!.name);
  // `described`: the cue's speaker is a description ("the Virginia Democrat"), not a pronoun we could not follow.
  // (`description`: how the article describes that someone, "a police spokesman", for every sentence of the quotation.)
  const groupSpeaker = new Map<number, { speaker: number | undefined; cue: string; described?: boolean; description?: Described }>();
  const out: SentenceAttribution[] = [];
  const groupsOf: number[][] = [];
  // Speakers described so far, by the head of their description ("spokesman" → "a police spokesman").
  const describedBefore = new Map<string, string>();

  sentences.forEach((sentence, index) => {
    const own = bySentence.get(index) ?? [];
    const { spans, groups } = quotations[index]!;
    const ranges = spans.map((q): [number, number] => [Math.max(q.start, sentence.start), Math.min(q.end, sentence.end)]);
    groupsOf[index] = groups;
    const quoted = (t: Token) => ranges.some(([a, b]) => t.start >= a && t.end <= b);
    const ctx: PhraseContext = { sentence, own, mentions, quoted };
    const tokens = sentence.tokens;
    const resolve = (phrase: SpeakerPhrase, cue?: number): number | undefined => {
      // "Democrats said", "Senate Republicans argue": members of a party, unnamed like "officials said".
      if (phrase.kind === 'mention') {
        if (PARTY_MEMBERS.test(mentions[phrase.mention]!.name)) return undefined;
        // "the Belgian said": the person the article called Belgian, not a name "Belgian".
        const nationality = nationalityDescription(tokens, mentions[phrase.mention]!);
        return nationality === undefined ? phrase.mention : resolveEpithet(discourse, index, mentions[phrase.mention]!.name.toLowerCase(), nationality);
      }
      if (phrase.kind === 'pronoun') return resolvePronoun(discourse, index, phrase.pronoun, subjectBefore(phrase.at));
      // ("the senator from Alabama": a place narrows a title down, which a title alone cannot: no one we can name.)
      if (phrase.kind === 'description' && phrase.narrowed) return undefined;
      // (…of the clause the participle ends: "…, and CEO Anders Holmqvist didn't undersell it, calling …".)
      if (phrase.kind === 'subject') {
        const clause = cue === undefined ? undefined : coordinatedSubject(tokens, cue, own, mentions, quoted);
        return clause !== undefined ? clause.subject : discourse.subjectOf[index];
      }
      // "the Kentucky Republican": the one person named with that party (and state) tag before.
      const party = phrase.definite ? partyDescription(phrase.words ?? phrase.head) : undefined;
      if (party) {
        // (Words before the party that are no state are what the article called someone first: "Commissioner Ray
        // Dunbar, a longtime Democrat, … The longtime Democrat said".)
        const described = party.state === undefined && (phrase.words ?? '').trim().split(/\s+/).length > 1 ? resolveEpithet(discourse, index, phrase.head, phrase.words) : undefined;
        const found = described ?? resolveParty(mentions, partyTags, party, { sentence: index, block: sentence.block, start: sentence.start }) ?? onlyPolitician(discourse, party, index);
        if (found === undefined) discourse.unresolvedPerson.add(index);
        return found;
      }
      if (phrase.head === 'police' && !phrase.definite) return thePoliceForce(mentions);
      const body = spokespersonOf(discourse, index, phrase.head, phrase.words);
      if (body !== undefined) return body;
      // "her father added", "his publicist said": the one person named in apposition to that tie.
      const tied = phrase.definite ? namedByTie(ties, mentions, phrase.head, phrase.owner) : undefined;
      if (tied !== undefined) return tied;
      // (A title held at a body, "the group's president": that body first, then its holder.)
      if (phrase.at !== undefined) {
        const at = typeof phrase.at === 'number' ? phrase.at : resolveDescription(discourse, index, phrase.at, true);
        return at === undefined ? undefined : resolveDescription(discourse, index, phrase.head, true, phrase.words, at);
      }
      // (A body's description, "the association", may be what a body was called — "Rovers Together, a supporters'
      // group," — never a person: "Leonard Kaplan, president of the association,".)
      const aPerson = (m: number) => mentions[m]!.type === 'person' && (mentions[m]!.role !== undefined || isFirstName(mentions[m]!.name.split(/\s+/)[0]!));
      const byEpithet = () => {
        const epithet = phrase.definite && phrase.owner === undefined ? resolveEpithet(discourse, index, phrase.head, phrase.words) : undefined;
        return epithet !== undefined && isBodyHead(phrase.head) && aPerson(epithet) ? undefined : epithet;
      };
      const found = resolveDescription(discourse, index, phrase.head, phrase.definite, phrase.words) ?? byEpithet();
      // "another Republican senator, who asked not to be named, said": someone the text will not name. A later "the
      // senator" or "he" stands for that person, not for a senator named before.
      // (…and anyone else brought in unnamed, "a volunteer firefighter": not "the artist", who may be one named before.)
      if (found === undefined && (ROLE_HEADS.has(phrase.head) || UNNAMED_PEOPLE.has(phrase.head) || (!phrase.definite && isRoleNoun(phrase.head)))) {
        discourse.unresolvedPerson.add(index);
        if (!phrase.definite) discourse.unnamedHeads.set(index, [...(discourse.unnamedHeads.get(index) ?? []), phrase.head]);
      }
      return found;
    };

    // Whether each token is a speech verb used as one, read once: the cue loop below asks again for every later token.
    const isCueMemo: (boolean | undefined)[] = [];
    const cueAt = (k: number) => (isCueMemo[k] ??= isCue(tokens, k));
    const { subject, referent } = sentenceSubject({ sentence, own, discourse, index, ctx, quoted }, cueAt);
    discourse.subjectOf[index] = subject;
    // The sentence's subject counts for a pronoun only when it stands before it ("Altman …, where he admitted").
    // Not for a closing ", it said": that pronoun stands for someone outside the sentence it reports.
    // "A Bola reported that he had told teammates …": who reports is not whom "he" stands for.
    const reportingVerb = subject !== undefined && mentions[subject]!.sentence === index ? verbOfSubject(tokens, mentions[subject]!, quoted) : undefined;
    const reports = reportingVerb !== undefined && REPORTING.has(tokens[reportingVerb]!.lemma.toLowerCase());
    const subjectBefore = (at: number) => {
      if (reports) return undefined;
      const at0 = tokens.findIndex((t) => t.start === at);
      const before = tokens[at0 - 1];
      // (…also set off by commas after a relative: "McConnell indorsed the higher fees, which, he said, had been …".)
      const relative = (x: Token | undefined) => x !== undefined && /^(?:where|who|which|as)$/i.test(x.value);
      // (…someone who may be a person for "he"/"she": in "The Pentagon canceled the contract, which, he said, …" he is
      // someone else.)
      const pronoun = tokens[at0]?.value.toLowerCase() ?? '';
      const person = (m: LocalMention) => m.type === 'person' || discourse.typeOfName.get(m.name) === 'person' || (m.type === 'other' && /\s/.test(m.name));
      const fitsSubject = subject !== undefined && (pronoun === 'it' ? mentions[subject]!.type !== 'person' : person(mentions[subject]!));
      const inner = before !== undefined && (before.pos === 'SCONJ' || before.pos === 'CCONJ' || before.pos === 'ADV' || relative(before) || (before.value === ',' && relative(tokens[at0 - 2]) && fitsSubject));
      if (subject === undefined || mentions[subject]!.sentence !== index || mentions[subject]!.end > at) return undefined;
      // "The Pentagon saw this as …; a private contractor can't dictate …, it said": the clause before the semicolon.
      const ownClause = sentence.text.slice(mentions[subject]!.end - sentence.start, at - sentence.start).includes(';');
      // "When King hired O'Brien, he had called him …": the subject of a clause of time or reason opening the sentence.
      const opener = before?.value === ',' && subject === clauseSubjectBefore(sentence, own, discourse, quoted);
      return inner || ownClause || opener ? subject : undefined;
    };

    const choices: CueChoice[] = [];
    // Cues in a clause of their own ("hours after Speaker Kevin McCarthy told reporters he was “…”"): they speak
    // only for a quotation inside that clause, and only when the sentence has no cue of its own.
    const subordinateChoices: CueChoice[] = [];
    const unreadable: number[] = [];
    tokens.forEach((t, i) => {
      if (quoted(t) || !(cueAt(i) || framesQuotation(tokens, i))) return;
      const inClause = subordinate(tokens, i);
      // Inverted order (`,” said Altman`) right after a quotation; after a comma only when no subject precedes.
      const previous = tokens[i - 1];
      const afterQuote = previous !== undefined && CLOSE.test(previous.value);
      // "Clyburn, appearing on CBS's “Face the Nation,” said the party had …", "Trump, who has called Powell “a
      // numbskull,” said …": the quotation closes an aside, and a clause follows the verb, so the name before the
      // aside is its subject — no inverted "said X".
      // (…or an object: "Okafor, who cast him in “The Orchard,” called him “…”".)
      const clauseFollows = verbBeforeComma(tokens, i) || ['ADP', 'SCONJ'].includes(tokens[i + 1]?.pos ?? '') || /^(?:that|him|them|me|us)$/i.test(tokens[i + 1]?.value ?? '');
      const aside = afterQuote && clauseFollows ? subjectBeforeAside(ctx, i) : undefined;
      const before = aside ?? (afterQuote ? undefined : phraseBefore(ctx, i));
      // After a comma, "said the president" is inverted only if no verb follows before the next comma: in "Sanders,
      // asked about it, said the president had answered", the president is the subject of what was said.
      // Never after "told": what follows it is the listener ("…, told ESPN.com").
      const listens = t.lemma.toLowerCase() === 'tell';
      const after = before === undefined && !listens && previous !== undefined && (afterQuote || (previous.value === ',' && !verbBeforeComma(tokens, i))) ? phraseAfter(ctx, i) : undefined;
      const found = before ?? after;
      // A cue the tagger took for a noun counts only with a name or pronoun for its subject ("Altman … frames").
      // (…or with its particle: "the congressman shot back".)
      if (found && t.pos === 'NOUN' && found.kind !== 'mention' && found.kind !== 'pronoun' && tokens[i + 1]?.value.toLowerCase() !== 'back') return;
      let closes = false;
      const quoting = ranges.some(([a, b]) => {
        // The closing mark lies outside the quoted words; it belongs to the gap.
        const gapAfter = sentence.text.slice(b - sentence.start, t.start - sentence.start).replace(/^[\s,.!?]*["”»]/, '');
        const gapBefore = sentence.text.slice(t.end - sentence.start, a - sentence.start).replace(/[“"«„]\s*$/, '');
        // `,” he said` / `,” said X`: only the speaker phrase between the quotation and its cue.
        // (…with an apposition or a relative clause of its own: `,” Lukman, who is Nigerian oil minister, said`.)
        // (…or a title and the name in apposition after it: `,” Brennan's North American president, Janet Kowalczyk, said`.)
        const titled = /^[\s"”»,]*(?:[\p{L}\p{N}.’'-]+\s+){0,5}[\p{L}.’'-]+,\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3},\s*$/u.test(gapAfter);
        // (…or a name, a title in capitals and where the speaker is from: `,” Greg Mackey, Orange County Fire Authority
        // Captain, Irvine, said`.)
        const titledFrom = /^[\s"”»,]*(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*,\s+(?:(?:\p{Lu}[\p{L}.’'&-]*|of|the|and|for)\s+){1,7}\p{Lu}[\p{L}.’'-]*,\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s*$/u.test(gapAfter);
        const follows = t.start >= b && (/^[\s"”»,.!?;:—–-]*(?:[\p{L}\p{N}.’'-]+\s*){0,6}$/u.test(gapAfter) || /^[\s"”»,]*[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,2},\s+(?:who|the|a|an)\s+(?:[\p{L}\p{N}.’'-]+\s*){1,7},\s*$/u.test(gapAfter) || titled || titledFrom) && !/[“"«]/.test(gapAfter);
        // `X said: “…”`, `X said that “…”`, `X told reporters, “…”`.
        // …unless another speech verb stands between ("Kiss said Lindqvist had told him … that “…”": the nearer cue).
        const nearerCue = tokens.some((x, k) => {
          if (!(k > i && x.start >= t.end && x.end <= a && cueAt(k)) || subordinate(tokens, k)) return false;
          // Not a relative or "as" clause ("critics who called …", "as Republicans yelled …"), nor a participle after a
          // noun of a prepositional phrase ("in a statement posted on X", "in remarks reported by …"), nor "said he had told".
          if (tokens.slice(Math.max(i + 1, k - 3), k).some((y) => RELATIVE.test(y.value) || y.value.toLowerCase() === 'as')) return false;
          const prev = tokens[k - 1];
          if (prev?.pos === 'NOUN' && tokens.slice(Math.max(i + 1, k - 4), k - 1).some((y) => y.pos === 'ADP')) return false;
          return phraseBefore(ctx, k)?.kind !== 'pronoun';
        });
        const precedes = t.end <= a && !nearerCue && /^[^“"«”]{0,60}$/u.test(gapBefore) && (gapBefore.trim() === '' || /[:,]\s*[“"«]?$|\bthat\s*[“"«]?$/.test(gapBefore) || gapBefore.trim().split(/\s+/).length <= 4);
        closes ||= follows;
        return follows || precedes;
      });
      // A speech verb beside a quotation whose speaker phrase we cannot read ("…,” the attorney general told
      // reporters", "Finch said heads had told her, “…”") still says someone spoke it: the quotation is not carried
      // over from an earlier speaker, nor given to another cue of the sentence.
      if (!found && !(quoting && t.pos === 'VERB' && (closes || !tokens.some((x, k) => k > i && cueAt(k) && !quoted(x))))) {
        // Kept as a cue of nobody: a clause it stands in ("…, while two European officials, speaking on condition of
        // anonymity because …, said …") is someone's we cannot name, not the sentence speaker's.
        if (!inClause && t.pos === 'VERB') unreadable.push(i);
        return;
      }
      const phrase: SpeakerPhrase = found ?? { kind: 'description', head: t.lemma.toLowerCase(), definite: false };
      (inClause ? subordinateChoices : choices).push({ cue: i, phrase, quoting, inverted: after !== undefined });
    });
    // ("in the words of Coach John Benington, “…”" credits as "according to" does.)
    const according = /\b(?:according to|in the words of)\b/i.exec(sentence.text);
    const accordingAt = according && !ranges.some(([a, b]) => sentence.start + according.index >= a && sentence.start + according.index < b) ? sentence.start + according.index : undefined;
    // A verb that reports speech only by what follows it gives way to a plain verb of saying or an "according to" in
    // the sentence, whose words it stands in: "Judges ruled that the vote was “free and fair,” said observer Tom Lee",
    // "Grant said the board had recommended that shareholders “reject the offer.”", "Investigators concluded that …,
    // according to NTSB chair Jennifer Homendy" — even one whose speaker we cannot read.
    if (accordingAt !== undefined || tokens.some((x, k) => !quoted(x) && cueAt(k) && !framedOnly(tokens, k))) {
      for (const list of [choices, subordinateChoices]) list.splice(0, list.length, ...list.filter((c) => !framedOnly(tokens, c.cue)));
    }
    // (…or a pronoun for the sentence's subject: "Cole hinted at the split when she wrote on Instagram, “…”".)
    const clauseQuote = subordinateChoices.find((c) => !c.inverted && (c.phrase.kind === 'mention' || c.phrase.kind === 'subject' || (c.phrase.kind === 'pronoun' && subject !== undefined && subjectBefore(c.phrase.at) === subject)));
    if (choices.length === 0 && clauseQuote !== undefined && ranges.length > 0 && ranges.every(([a]) => a > tokens[clauseQuote.cue]!.start)) choices.push(clauseQuote);
    // Where a speaker phrase starts in the block, when it is a name or a pronoun.
    const phraseStart = (phrase: SpeakerPhrase) => (phrase.kind === 'mention' ? mentions[phrase.mention]!.start : phrase.kind === 'pronoun' ? phrase.at : undefined);

    // A cue beside a quotation governs it; otherwise the sentence's first cue (reported speech around a quotation,
    // "Obama said he was restoring “the scientific process …”", is the same speaker's).
    let chosen: CueChoice | undefined = choices.find((c) => c.quoting) ?? choices[0];
    // "A monetary source who heard … Baker, said Baker turned to an adviser to ask for the names …": an infinitive
    // inside what someone we cannot name said is part of their words, not the sentence's report.
    if (chosen && !chosen.quoting && /^to$/i.test(tokens[chosen.cue - 1]?.value ?? '') && unreadable.some((u) => u < chosen!.cue)) chosen = undefined;
    // "Pitchline, citing label president Ana Ruiz, said …": the one cited in an aside before the cue.
    const asideSource = chosen && !chosen.quoting ? citedSource(tokens, chosen.cue, ctx, 0) : undefined;
    if (asideSource !== undefined && tokens.findIndex((t) => t.start >= mentions[asideSource.source]!.start) < chosen!.cue) chosen = { ...asideSource, cue: chosen!.cue };
    // Nested reports: "Fortune reports that Altman told employees that …" — the innermost speaker said it.
    if (chosen && !chosen.quoting && REPORTING.has(tokens[chosen.cue]!.lemma.toLowerCase())) {
      // "… the Associated Press reported, quoting her lawyer Mark Heller as saying …", "citing the Commission".
      const source = citedSource(tokens, chosen.cue, ctx);
      chosen = source ?? choices.find((c) => c.cue > chosen!.cue) ?? chosen;
    } else if (chosen && !chosen.quoting && chosen.phrase.kind === 'mention' && isMedium(chosen.phrase.mention)) {
      // "Tanjug said in the interview Mikulic warned the army could be called in": inside what a news agency or paper
      // said, a named speaker's own verb of saying is the nearer report, whose words these are. (Not inside what a
      // person said: "Reuveni said Bove told a meeting …" is Reuveni's account.)
      // (Only straight on in what was said: no comma, conjunction or relative between — not "…, while Moscow said",
      // "the plan, which Jones announced".)
      const straight = (c: CueChoice) => tokens.slice(chosen!.cue + 1, c.cue).every((t, k) => t.value !== ',' && t.value !== ';' && t.pos !== 'CCONJ' && !RELATIVE.test(t.value) && (t.pos !== 'SCONJ' || (k === 0 && /^that$/i.test(t.value))));
      // (Not an account of earlier words, "said Wells had promised", nor a call, "said Markovic had called him"; and
      // not around a quotation, whose words the cue beside it gives.)
      const ownReport = (c: CueChoice) => tokens[c.cue - 1]?.pos !== 'AUX' && tokens[c.cue]!.lemma.toLowerCase() !== 'call' && !/ing$/i.test(tokens[c.cue]!.value) && !/^to$/i.test(tokens[c.cue - 1]?.value ?? '');
      const inner = ranges.length > 0 ? undefined : choices.find((c) => c.cue > chosen!.cue && !c.inverted && c.phrase.kind === 'mention' && ownReport(c) && straight(c));
      if (inner !== undefined) chosen = inner;
    }

    // A clause's own cue ("…, hours after McCarthy told reporters …") is kept for the claim cut at that clause.
    const clauseCues = subordinateChoices.filter((c) => !choices.includes(c) && (c.phrase.kind === 'mention' || c.phrase.kind === 'pronoun'));
    // A cue whose speaker is only described ("police said", "said a hospital spokesman"): the words as written.
    // (Once per cue: the chosen one is also among the sentence's cues.)
    const describedOf = new Map<CueChoice, Described | undefined>();
    const describe = (c: CueChoice): Described | undefined => {
      if (!describedOf.has(c)) describedOf.set(c, describeCue({ tokens, own, mentions, out, index, discourse, describedBefore, quoting: ranges.length > 0, quoted }, c));
      return describedOf.get(c);
    };
    const cues = [
      ...[...choices, ...clauseCues].map((c) => {
        const speaker = resolve(c.phrase, c.cue);
        // ("A spokesman for Hollis Foods said …": a later "the spokesman" is no longer the police spokesman described before.)
        if (speaker !== undefined && c.phrase.kind === 'description') describedBefore.delete(c.phrase.head);
        const described = speaker === undefined ? describe(c) : undefined;
        return { at: tokens[c.cue]!.start, ...(speaker !== undefined ? { speaker } : {}), ...(described ? { described } : {}), cue: tokens[c.cue]!.value, frame: frameOf(sentence, c, ranges, phraseStart(c.phrase)) };
      }),
      ...unreadable.map((i) => ({ at: tokens[i]!.start, cue: tokens[i]!.value, frame: [] as [number, number][] })),
    ].sort((x, y) => x.at - y.at);
    let attribution: SentenceAttribution = { kind: 'none', quotes: ranges, frame: [], cues };
    // "Pitchline, citing two people at the label, said …": what unnamed sources told the one citing them is theirs
    // (not what someone named after it said: "The Times, citing three people, reported that Kelly told aides …").
    const citing = sentence.text.search(CITES_UNNAMED);
    const citingAt = citing < 0 ? undefined : sentence.start + citing;
    const citesUnnamed = (phrase: SpeakerPhrase) => citingAt !== undefined && !ranges.some(([a, b]) => citingAt >= a && citingAt < b) && (phraseStart(phrase) ?? citingAt) < citingAt;
    if (chosen) {
      const speaker = citesUnnamed(chosen.phrase) ? undefined : resolve(chosen.phrase, chosen.cue);
      const described = speaker === undefined && !citesUnnamed(chosen.phrase) ? describe(chosen) : undefined;
      const cueToken = tokens[chosen.cue]!;
      attribution = {
        ...(speaker !== undefined ? { speaker } : {}),
        ...(described ? { described } : {}),
        cue: cueToken.value,
        cueAt: cueToken.start,
        kind: speaker === undefined ? 'none' : ranges.length > 0 ? 'quote' : 'indirect',
        quotes: ranges,
        frame: frameOf(sentence, chosen, ranges, phraseStart(chosen.phrase)),
        cues,
      };
      // A cue we cannot resolve later in a quotation does not undo the speaker an earlier cue gave it.
      if (chosen.quoting) for (const g of groupsOf[index]!) if (speaker !== undefined || !groupSpeaker.has(g)) groupSpeaker.set(g, { speaker, cue: cueToken.value, described: chosen.phrase.kind === 'description', ...(described ? { description: described } : {}) });
    } else if (accordingAt !== undefined) {
      const { named, nameEnd, unnamedPerson } = accordingToSpeaker({ sentence, own, discourse, index, subject, describe: (phrase) => resolve(phrase) }, accordingAt + according![0].length);
      if (unnamedPerson) discourse.unresolvedPerson.add(index);
      // "according to police", "according to a spokesman for the hospital": someone the article describes.
      const to = tokens.findIndex((t) => t.start >= accordingAt + according![0].length) - 1;
      const phrase = named === undefined && to >= 0 ? describedPhrase(tokens, to, true, quoted) : undefined;
      const described = phrase && phrase.unnamed && describesSpeaker(phrase.head) ? { text: phrase.text, head: phrase.head, kind: 'according-to' as const, ...(phrase.plural ? { plural: true as const } : {}) } : undefined;
      attribution = {
        ...(named !== undefined ? { speaker: named } : {}),
        ...(described ? { described } : {}),
        cue: according![0],
        kind: named === undefined ? 'none' : 'according-to',
        quotes: ranges,
        frame: accordingFrame(sentence, accordingAt, nameEnd),
        cues,
      };
    }
    if (!chosen && accordingAt === undefined) {
      // "By CEO Sam Altman’s own admission, …", "in Hegseth's words": a name owning what is said.
      const owner = possessiveSource(tokens, own, mentions, quoted);
      if (owner !== undefined) {
        attribution = { speaker: owner.mention, cue: owner.cue, kind: ranges.length > 0 ? 'quote' : 'according-to', quotes: ranges, frame: [], cues };
        for (const g of groupsOf[index]!) groupSpeaker.set(g, { speaker: owner.mention, cue: owner.cue });
      }
    }
    if (!chosen && accordingAt === undefined && attribution.speaker === undefined && ranges.length > 0) {
      const { author, colon } = colonIntroducer({ sentence, own, discourse, index, subject }, ranges, quoted);
      if (author !== undefined) attribution = { speaker: author, kind: 'quote', quotes: ranges, frame: [[sentence.start, tokens[colon]!.end]], cues };
      if (author !== undefined) for (const g of groupsOf[index]!) groupSpeaker.set(g, { speaker: author, cue: ':' });
    }
    if (!chosen && accordingAt === undefined && attribution.speaker === undefined && ranges.length > 0 && subject !== undefined && mentions[subject]!.sentence === index) {
      // "Rahall … hailed the announcement as “one more indication …”": a quoted phrase inside its clause, after a verb
      // of asking, naming or judging, is that verb's subject's. A quotation standing alone is not: it needs a cue.
      const verb = verbOfSubject(tokens, mentions[subject]!, quoted);
      const first = ranges[0]![0];
      const last = ranges[ranges.length - 1]![1];
      // So is one in what a document its subject issued says ("Obama issued a memorandum that … promotes “…”").
      const issues = verb !== undefined && issuesDocument(tokens, verb);
      if (verb !== undefined && (QUOTING_VERBS.has(tokens[verb]!.lemma.toLowerCase()) || issues) && tokens[verb]!.end < first && (issues || ownsQuote(tokens, verb, first)) && quoteEndsClause(sentence, last)) {
        attribution = { speaker: subject, cue: tokens[verb]!.value, cueAt: tokens[verb]!.start, kind: 'quote', quotes: ranges, frame: [], cues, quotesOnly: true };
      }
    }
    out.push(referent ? { ...attribution, referent } : attribution);
    // (A named speaker brought in with the same noun, "A spokesman for Hollis Foods said", replaces one described.)
    if (attribution.speaker !== undefined) for (const t of tokens) if (!quoted(t) && describedBefore.has(t.lemma.toLowerCase())) describedBefore.delete(t.lemma.toLowerCase());
    for (const c of [attribution, ...attribution.cues]) if (c.described) describedBefore.set(c.described.head, c.described.text);
    const issued = issuedIn(sentence, own, mentions, quoted, subject, attribution.speaker);
    if (issued.length > 0) discourse.issued.set(index, issued);
    if (attribution.speaker !== undefined) discourse.speakerOf[index] = attribution.speaker;
    if (attribution.speaker !== undefined && (attribution.kind === 'indirect' || attribution.kind === 'according-to') && subject === undefined) discourse.subjectOf[index] = attribution.speaker;
  });

  // Sentences inside a quotation whose cue stands in another sentence of it ("“A. B,” he said."), and quotations
  // that go on in the same paragraph after their cue ("“A,” Altman said. “B.”").
  const speakerOfGroup = new Map<number, number>();
  for (const [g, x] of groupSpeaker) if (x.speaker !== undefined) speakerOfGroup.set(g, x.speaker);
  // A quotation whose own cue describes someone we cannot find ("“A. B,” the Virginia Democrat said", two Virginia
  // Democrats named): none of its sentences takes an earlier speaker. (A "he" we could not follow does not stop it.)
  const unnamed = new Set([...groupSpeaker].filter(([, x]) => x.speaker === undefined && x.described === true).map(([g]) => g));
  sentences.forEach((_, index) => {
    const a = out[index]!;
    if (a.quotes.length === 0) return;
    if (a.speaker === undefined) {
      const fromGroup = groupsOf[index]!.map((g) => speakerOfGroup.get(g)).find((x) => x !== undefined);
      const earlier = fromGroup ?? (a.cue === undefined && !groupsOf[index]!.some((g) => unnamed.has(g)) && !someoneElseActs(sentences[index]!, a) ? (earlierQuoteSpeaker(sentences, out, index) ?? reportGoesOn(sentences, out, index, discourse) ?? subjectGoesOn(sentences, out, index, discourse)) : undefined);
      if (earlier !== undefined) {
        out[index] = { ...a, speaker: earlier, kind: 'quote' };
        // (Known from here on to whoever asks who spoke last: an interviewer's "she" in the paragraph after.)
        discourse.speakerOf[index] = earlier;
      }
    }
    // (A quotation whose cue describes its speaker: every sentence of it is that someone's.)
    const description = out[index]!.speaker === undefined && out[index]!.described === undefined ? groupsOf[index]!.map((g) => groupSpeaker.get(g)?.description).find((x) => x !== undefined) : undefined;
    if (description !== undefined) out[index] = { ...out[index]!, described: description };
    const speaker = out[index]!.speaker;
    if (speaker !== undefined) for (const g of groupsOf[index]!) if (!speakerOfGroup.has(g)) speakerOfGroup.set(g, speaker);
  });

  carryAcrossParagraphs(sentences, mentions, blocks, out, groupsOf, speakerOfGroup, discourse, unnamed);
  carryDescribed(sentences, mentions, blocks, out);
  return out;
}


// Conjunctions opening a clause of time or reason before the main one: "When King hired O'Brien, he had called him …"
// (`SUBORDINATORS` but "with", "whether" and "unless", which open no such clause about someone).
const OPENING_SUBORDINATORS = new Set([...SUBORDINATORS].filter((w) => !['with', 'whether', 'unless'].includes(w)));

/**
 * "When King hired O'Brien, he had called him a “perfect fit”": a "he" or "she" opening the main clause after a
 * clause of time or reason stands for that clause's subject — a person named right after its conjunction whom the
 * pronoun fits — rather than for someone of the sentences before.
 */
function clauseSubjectBefore(sentence: Sentence, own: readonly number[], discourse: Discourse, quoted: (t: Token) => boolean): number | undefined {
  const tokens = sentence.tokens.filter((t) => !quoted(t));
  if (!OPENING_SUBORDINATORS.has(tokens[0]?.value.toLowerCase() ?? '')) return undefined;
  const comma = tokens.findIndex((t, k) => k > 1 && t.value === ',');
  const pronoun = tokens[comma + 1];
  if (comma < 0 || pronoun === undefined || !/^(?:he|she)$/i.test(pronoun.value)) return undefined;
  // (Not "he said" set off by commas: "Because Harris was injured, he said, the team had to …" is the words of whoever
  // says it, the clause part of them.)
  if (tokens[comma + 3]?.value === ',' && tokens[comma + 2]?.pos === 'VERB' && CUE_VERBS.has(tokens[comma + 2]!.lemma.toLowerCase())) return undefined;
  // (Past a title of the name's own: "When Governor Smith vetoed the bill, he …".)
  const titled = (m: number) => discourse.mentions[m]!.role !== undefined && tokens.slice(1, comma).some((t, k) => t.start === discourse.mentions[m]!.start && tokens.slice(1, k + 1).every((x) => /^\p{Lu}/u.test(x.value)));
  const named = own.find((m) => discourse.mentions[m]!.start === tokens[1]?.start || titled(m));
  if (named === undefined) return undefined;
  const mention = discourse.mentions[named]!;
  // (A clause whose subject the name is, with a verb of its own: "Before Bridesmaids, she was known …" opens with a
  // phrase, and in "After Smith's lawyer filed the motion, he said …" the lawyer acts.)
  const after = tokens.findIndex((t) => t.start >= mention.end);
  if (!['VERB', 'AUX', 'ADV'].includes(tokens[after]?.pos ?? '') || !tokens.slice(after, comma).some((t) => t.pos === 'VERB')) return undefined;
  const type = discourse.typeOfName.get(mention.name) ?? mention.type;
  // (A name the finder could not type counts: "When Jones arrived, he said …".)
  if ((type !== 'person' && type !== 'other') || !pronounFits(pronoun.value.toLowerCase(), discourse.gendersShown.get(mention.name) ?? speakerGenderOf(mention.name, mention.role))) return undefined;
  return named;
}

/**
 * The subject of a sentence, for what follows it: its first named subject (a nationality standing for the person
 * called so), else a surname opening it before a verb of saying, a pronoun opening it or its main clause, a definite
 * title or a description of a person opening it. `referent` is set when a "he"/"she" opening the sentence stands for
 * someone.
 */
function sentenceSubject(
  scope: { sentence: Sentence; own: readonly number[]; discourse: Discourse; index: number; ctx: PhraseContext; quoted: (t: Token) => boolean },
  cueAt: (k: number) => boolean,
): { subject: number | undefined; referent: SentenceAttribution['referent'] } {
  const { sentence, own, discourse, index, ctx, quoted } = scope;
  const { mentions, quoted: quotedMention } = discourse;
  const tokens = sentence.tokens;
  // A pronoun subject stands for its referent ("He also said …" makes its referent the subject).
  let subject = subjectIn(sentence, own, mentions, quoted, quotedMention);
  // "The American said …": the subject is the person the article called American (or nobody we can name).
  const subjectNationality = subject === undefined ? undefined : nationalityDescription(tokens, mentions[subject]!);
  if (subjectNationality !== undefined) subject = resolveEpithet(discourse, index, mentions[subject!]!.name.toLowerCase(), subjectNationality);
  const firstWord = tokens.find((t) => /\p{L}/u.test(t.value) && !quoted(t));
  // "Collins disagreed.": a surname opening the sentence before its verb, when it passed for a plural noun.
  // Only before a verb of saying or of taking a stand: "Waters rose overnight", "Gates opened at 9" are no people.
  const standVerb = tokens[1] !== undefined && (cueAt(1) || (tokens[1].pos === 'VERB' && STANCE_VERBS.has(tokens[1].lemma.toLowerCase())));
  if (subject === undefined && firstWord === tokens[0] && standVerb) subject = surnameAlone(ctx, tokens[0]!);
  let referent: SentenceAttribution['referent'];
  if (subject === undefined && firstWord && ['he', 'she', 'it'].includes(firstWord.value.toLowerCase()) && firstWord === tokens.find((t) => /\p{L}/u.test(t.value))) {
    subject = resolvePronoun(discourse, index, firstWord.value.toLowerCase());
    // Not "it": "It is unclear whether …" stands for nothing.
    if (subject !== undefined && firstWord.value.toLowerCase() !== 'it') referent = { mention: subject, at: firstWord.start };
  }
  // "Before Bridesmaids, she was known …": a pronoun opening the main clause after an introductory phrase.
  const opening = subject === undefined ? pronounOpeningClause(sentence, quoted) : undefined;
  if (subject === undefined) subject = clauseSubjectBefore(sentence, own, discourse, quoted);
  if (subject === undefined && opening !== undefined && opening.value.toLowerCase() !== 'it') subject = resolvePronoun(discourse, index, opening.value.toLowerCase());
  // "The president smiled.": a definite title opening the sentence before its verb is the subject too, when it
  // stands for one person named before; when it stands for nobody we can find, a pronoun after it stops there.
  if (subject === undefined) {
    const title = titleSubject(tokens);
    if (title !== undefined) {
      subject = resolveDescription(discourse, index, title.head, true, title.words);
      if (subject === undefined) discourse.unresolvedPerson.add(index);
    }
  }
  // "The Dutchman was less gracious.", "The 24-year-old has not played since": a description of a person opening the
  // sentence is its subject when the article called someone so; when not, a pronoun after it stops there.
  if (subject === undefined) {
    const described = epithetSubject(tokens);
    if (described !== undefined) {
      subject = resolveEpithet(discourse, index, described.head, described.words);
      if (subject === undefined) discourse.unresolvedPerson.add(index);
    }
  }
  // "However, one fund manager does not agree …. “…,” he said.": someone brought in unnamed, whom "he" then means.
  if (subject === undefined && unnamedPersonOpens(tokens)) discourse.unresolvedPerson.add(index);
  return { subject, referent };
}

/**
 * "One fund manager does not agree", "However, another analyst was more cautious": a sentence whose subject is a
 * person the text does not name — an indefinite determiner, a noun for a person, then the verb.
 */
function unnamedPersonOpens(tokens: readonly Token[]): boolean {
  let i = 0;
  // (Past an opening connective: "However,", "But".)
  while (i < tokens.length && i < 3 && (['ADV', 'CCONJ'].includes(tokens[i]!.pos) || tokens[i]!.value === ',')) i++;
  if (!/^(?:a|an|one|another)$/i.test(tokens[i]?.value ?? '')) return false;
  const from = ++i;
  while (i < tokens.length && i - from < 4 && ['ADJ', 'NOUN'].includes(tokens[i + 1]?.pos ?? '') && ['ADJ', 'NOUN'].includes(tokens[i]!.pos)) i++;
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!head || head.pos !== 'NOUN' || !next || !['VERB', 'AUX'].includes(next.pos)) return false;
  const word = head.value.toLowerCase();
  return ROLE_HEADS.has(word) || UNNAMED_PEOPLE.has(word) || isRoleNoun(word);
}

/**
 * A quotation after a colon that ends the sentence's own words: the one who introduces it — the writer of a
 * statement it names, a person taking a stand ("Hale disagreed:"), the one whose document is read out, or whom "on
 * his behalf" stands for — with the colon's token index; undefined when the colon introduces no one's words.
 */
function colonIntroducer(
  scope: { sentence: Sentence; own: readonly number[]; discourse: Discourse; index: number; subject: number | undefined },
  ranges: readonly [number, number][],
  quoted: (t: Token) => boolean,
): { author: number | undefined; colon: number } {
  const { sentence, own, discourse, index, subject } = scope;
  const { mentions } = discourse;
  const tokens = sentence.tokens;
  // "Anthropic also makes a technical case in a recent statement: “We do not believe …”": the subject's words.
  const colon = tokens.findIndex((t) => t.value === ':' && !quoted(t) && ranges.some(([a]) => a >= t.end && sentence.text.slice(t.end - sentence.start, a - sentence.start).replace(/["“«„]/g, '').trim() === ''));
  const introduces = colon > 0 && tokens.slice(0, colon).some((t) => STATEMENT_NOUNS.has(t.lemma.toLowerCase()));
  // "His co-star Ines Varga was blunter:", "Hale disagreed:": a person taking a stand, then what they said.
  const stands = colon > 0 && subject !== undefined && mentions[subject]!.sentence === index && (discourse.typeOfName.get(mentions[subject]!.name) ?? mentions[subject]!.type) === 'person' && takesStandBefore(tokens, colon, mentions[subject]!.end);
  // "Detective Tom Hale read one of his notes aloud:", "She read aloud a letter from retired Vice Adm. George
  // Whitlock:", "took to Instagram to share a note her grandmother had left": who reads out, quotes or shares a
  // document is not its author — the one it is "from", else nobody. "Hale read a statement:" reads his own.
  const subjectVerb = subject !== undefined && mentions[subject]!.sentence === index ? verbOfSubject(tokens, mentions[subject]!, quoted) : undefined;
  const recites = introduces ? recitedDocument(tokens, colon, subjectVerb) : undefined;
  // "read a statement on his behalf:": the words are whom "his" stands for, never the reader's.
  const behalf = colon > 0 ? /\bon\s+(his|her)\s+behalf\b/i.exec(sentence.text.slice(0, tokens[colon]!.start - sentence.start)) : null;
  const forWhom = behalf ? resolvePronoun(discourse, index, behalf[1]!.toLowerCase() === 'his' ? 'he' : 'she') : undefined;
  const author = behalf
    ? (forWhom !== subject ? forWhom : undefined)
    : recites !== undefined
    ? (statementAuthor(sentence, own, mentions, undefined) ?? (recites.own ? subject : undefined))
    : introduces ? (statementAuthor(sentence, own, mentions, subject) ?? subject) : stands ? subject : undefined;
  return { author, colon };
}

/**
 * Before the colon at token `colon`, a verb of reading out or sharing and the document it acts on: whether the
 * document is the reader's own ("read a statement", "read a brief statement"), or undefined when nothing is read out.
 */
function recitedDocument(tokens: readonly Token[], colon: number, subjectVerb: number | undefined): { own: boolean } | undefined {
  // A verb of reading out before the colon that is no relative clause's ("who read the report"): the main clause's
  // ("Reeve, who led the inquiry, read one of his notes aloud:") or its purpose ("took to Instagram to share a note").
  const inRelative = (k: number) => {
    for (let x = k - 1; x >= 0 && tokens[x]!.value !== ','; x--) if (/^(?:who|which|that)$/i.test(tokens[x]!.value)) return true;
    return false;
  };
  const verb = subjectVerb !== undefined && RECITING.has(tokens[subjectVerb]?.lemma.toLowerCase() ?? '') ? subjectVerb : tokens.findIndex((t, k) => k < colon && t.pos === 'VERB' && RECITING.has(t.lemma.toLowerCase()) && !inRelative(k));
  if (verb < 0 || verb >= colon) return undefined;
  const noun = tokens.slice(verb + 1, colon).find((t) => STATEMENT_NOUNS.has(t.lemma.toLowerCase()));
  if (noun === undefined) return undefined;
  const at = tokens.indexOf(noun);
  // "a statement", "a brief prepared statement", "his prepared statement": one of their own, unless it is "from" someone.
  let k = at - 1;
  while (k > verb && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'VERB')) k--;
  return { own: noun.lemma.toLowerCase() === 'statement' && /^(?:a|an|his|her|their|its)$/i.test(tokens[k]?.value ?? '') };
}

/**
 * "was blunter:", "disagreed:", "was more cautious:": right after the subject (ending at block offset `after`), only a
 * verb of taking a stand, or "to be" and an adjective, before the colon at token `colon`.
 */
function takesStandBefore(tokens: readonly Token[], colon: number, after: number): boolean {
  const between = tokens.slice(tokens.findIndex((t) => t.start >= after), colon).filter((t) => t.pos !== 'ADV');
  if (between.length === 1) return between[0]!.pos === 'VERB' && STANCE_VERBS.has(between[0]!.lemma.toLowerCase());
  // (The tagger may call a comparative a noun: "was blunter/NOUN".)
  return between.length === 2 && between[0]!.lemma.toLowerCase() === 'be' && (between[1]!.pos === 'ADJ' || (between[1]!.pos === 'NOUN' && /er$/i.test(between[1]!.value)));
}

/**
 * "One fan in the front row held up a sign reading “…”": a sentence whose own subject, before its quotation, is a
 * description of someone ("One fan", "A neighbour", "The crowd") is theirs, not the earlier speaker's.
 */
function someoneElseActs(sentence: Sentence, a: SentenceAttribution): boolean {
  const quote = a.quotes[0]?.[0] ?? sentence.end;
  const first = sentence.tokens.find((t) => /\p{L}/u.test(t.value));
  if (first === undefined || first.end > quote) return false;
  const next = sentence.tokens[sentence.tokens.indexOf(first) + 1];
  return /^(?:a|an|one|another|some|several|the)$/i.test(first.value) && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM') && next.end <= quote;
}

const CITES_UNNAMED = /\b(?:citing|quoting)\s+(?:two|three|four|several|multiple|unnamed|anonymous|a|one)?\s*(?:people|persons?|sources?|officials?|insiders?|executives?|aides?|diplomats?)\b/i;




/**
 * "The Dutchman was …", "The 24-year-old has …", "The veteran right-hander, …": a sentence opening with "The" and a
 * description of what a person is (a noun for a person, a nationality or an age) before its verb.
 */
function epithetSubject(tokens: readonly Token[]): { head: string; words: string } | undefined {
  if (tokens[0]?.value !== 'The') return undefined;
  // Past the words that describe the head (stopping at an age's "old", which is the head: "The 24-year-old was …").
  const ageHead = (k: number) => /^old$/i.test(tokens[k]!.value) && tokens[k - 1]?.value === '-';
  let i = 1;
  while (i < tokens.length && i < 8 && !ageHead(i) && (['ADJ', 'NUM'].includes(tokens[i]!.pos) || tokens[i]!.value === '-' || (tokens[i + 1]?.value === '-' && tokens[i]!.pos !== 'VERB'))) i++;
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!head || !next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.value !== ',')) return undefined;
  const words = tokens.slice(1, i + 1).map((t) => t.value);
  const aged = head.value.toLowerCase() === 'old' && ageIn(words) !== undefined;
  if (!aged && !isNationality(head.value) && !(head.pos === 'NOUN' && isRoleNoun(head.value))) return undefined;
  return { head: aged ? 'old' : head.value.toLowerCase(), words: words.join(' ') };
}

/** "The president smiled", "The French president laughed": the title a sentence opens with as its subject. */
function titleSubject(tokens: readonly Token[]): { head: string; words: string } | undefined {
  if (tokens[0]?.value !== 'The') return undefined;
  let i = 1;
  // (…or a place: "The California governor was more measured.")
  while (i < tokens.length && i < 4 && (tokens[i]!.pos === 'ADJ' || isDemonym(tokens[i]!.value) || isKnownPlace(tokens[i]!.value))) i++;
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!head || head.pos !== 'NOUN' || !ROLE_HEADS.has(head.lemma.toLowerCase()) || !next) return undefined;
  if (next.pos !== 'VERB' && next.pos !== 'AUX' && next.value !== ',') return undefined;
  return { head: head.lemma.toLowerCase(), words: tokens.slice(1, i + 1).map((t) => t.value).join(' ') };
}
