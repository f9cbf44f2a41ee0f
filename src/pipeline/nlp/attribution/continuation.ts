import type { Sentence } from '../tokens.ts';
import { isCommonWord } from '../lexicon.ts';
import { afterPossessedNoun } from '../name-words.ts';
import { verbOfSubject } from './cues.ts';
import { CUE_VERBS } from '../claim-words.ts';
import type { SentenceAttribution } from './attribute.ts';
import { isPerson, typeOf, type Discourse } from './resolve-reference.ts';
import { genderOf, pronounFits, speakerGenderOf, type Gender } from './gender.ts';
import { creditsTheQuotationBefore, namesPerson, quotationFrom, speaksOfAnother, speaksOfSelf } from './self-reference.ts';

// Words right before a quotation that name or title it rather than report it: "hailed as “…”", "It read: “…”".
const NAMING = /^(?:as|called|dubbed|titled|named|read|reading|headlined|:)$/;

/**
 * "Altman added in his post that OpenAI will build safeguards … It’s sending engineers to “ensure [its models’]
 * safety.”": a quotation with no cue right after someone's reported speech, in the same paragraph, goes on with it —
 * when its subject is that speaker or a pronoun that fits (not "Outside the venue, a lone protester held a sign
 * reading “…”"), it names no one else, and the quotation is no phrase the sentence names or titles ("hailed as
 * “…”", "the thriller “The House on Hollow Lane”").
 */
export function reportGoesOn(sentences: readonly Sentence[], out: readonly SentenceAttribution[], index: number, d: Discourse): number | undefined {
  const before = out[index - 1];
  if (index === 0 || sentences[index - 1]!.block !== sentences[index]!.block || before?.kind !== 'indirect' || before.speaker === undefined) return undefined;
  const speaker = d.mentions[before.speaker]!;
  const own = d.bySentence.get(index) ?? [];
  if (own.some((m) => !d.quoted[m] && d.mentions[m]!.name !== speaker.name && d.mentions[m]!.type !== 'place')) return undefined;
  const sentence = sentences[index]!;
  const tokens = sentence.tokens;
  // The clause's first word, past an introductory phrase ("In the meantime, it …").
  const comma = ['ADP', 'ADV', 'SCONJ'].includes(tokens[0]?.pos ?? '') ? tokens.findIndex((t, i) => i < 8 && t.value === ',') : -1;
  const first = tokens[comma + 1];
  if (first === undefined) return undefined;
  // "Wiig says all of that was out of her system …. “I was not that good a student …”": a sentence that is all
  // quotation, right after the report, is more of the reported speaker's words — unless it names them, a sentence
  // after it credits it, or the report tells of someone else's words ("Williams told jurors that Sloan texted his wife
  // …", "said the caller was whispering", "said the letter she received was threatening").
  const whole = wholeQuotation(sentences, index, out, d);
  if (whole !== undefined && !reportsOthersWords(index - 1, d, speaker.name) && !namesPerson(whole, speaker.name) && !creditedAfter(sentences, index, out, d, whole, speaker.name)) return before.speaker;
  const speakerFirst = own.some((m) => d.mentions[m]!.start === first.start && d.mentions[m]!.name === speaker.name);
  // "He"/"she" must fit the speaker; "it" and "they" are what the report was about.
  const word = first.value.toLowerCase();
  const pronounFirst = ((word === 'he' || word === 'she') && pronounFits(word, speakerGenderOf(speaker.name, speaker.role))) || word === 'it' || word === 'they';
  if (!speakerFirst && !pronounFirst) return undefined;
  const quote = out[index]!.quotes[0]?.[0] ?? sentence.end;
  const lead = tokens.filter((t) => t.end <= quote).slice(-2).map((t) => t.value.toLowerCase());
  const words = (sentence.text.slice(quote - sentence.start).match(/\p{L}+/gu) ?? []).slice(0, 8);
  const title = words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.5;
  return lead.some((w) => NAMING.test(w)) || title ? undefined : before.speaker;
}

/**
 * "Wiig was 11 years in LA before she got the call …. “I was incredibly intimidated and had no experience.”": a
 * sentence that is all quotation, speaking in the first person, right after a sentence about one person in the same
 * paragraph — its subject, a person, and no one else named in it — is that person's, unless another voice is in play
 * (`someoneElseSpoke`).
 */
export function subjectGoesOn(sentences: readonly Sentence[], out: readonly SentenceAttribution[], index: number, d: Discourse): number | undefined {
  const before = index - 1;
  if (index === 0 || sentences[before]!.block !== sentences[index]!.block) return undefined;
  const subject = aboutOnePerson(before, out, d);
  if (subject === undefined || someoneElseSpoke(index, out, d, d.mentions[subject]!.name)) return undefined;
  const person = d.mentions[subject]!;
  return firstPersonQuotation(sentences, index, out, d, person.name, d.gendersShown.get(person.name) ?? genderOf(person.name, person.role)) ? subject : undefined;
}

/**
 * The one person a sentence of narration is about: its subject, a person, with no one else named in it ("She was
 * excited to be working with the likes of Fey, Amy Poehler …" is about several). Undefined for a sentence that
 * quotes or reports anyone.
 */
export function aboutOnePerson(index: number, out: readonly SentenceAttribution[], d: Discourse): number | undefined {
  if (out[index]!.quotes.length > 0 || out[index]!.cue !== undefined) return undefined;
  const subject = d.subjectOf[index];
  if (subject === undefined || (d.typeOfName.get(d.mentions[subject]!.name) ?? d.mentions[subject]!.type) !== 'person') return undefined;
  // Not someone the sentence tells of something done to them, or of their death ("Jane Doe was killed when …", "was
  // arrested", "died at the scene"): the words after it are a witness's as often as theirs.
  if (actedUpon(d.sentences[index]!, d.mentions[subject]!)) return undefined;
  // Nor one who acts on someone else ("Coach Aimee Boorman spotted her", "found the girl and carried her out").
  const tokens = d.sentences[index]!.tokens;
  if (tokens.some((t, k) => /^(?:him|them)$/i.test(t.value) || (/^her$/i.test(t.value) && !['NOUN', 'ADJ', 'NUM'].includes(tokens[k + 1]?.pos ?? '')))) return undefined;
  return (d.bySentence.get(index) ?? []).some((m) => d.mentions[m]!.name !== d.mentions[subject]!.name && d.mentions[m]!.type === 'person') ? undefined : subject;
}

// Words that tell of someone harmed, held or dead, whose words the next paragraph need not be: "John Reyes, 45, was
// killed when …. ¶ “I heard three shots …”" is a witness's.
const HARMED = /\b(?:killed|died|dead|death|murdered|slain|shot|stabbed|injured|wounded|hurt|arrested|charged|detained|jailed|convicted|sentenced|accused|suspected|identified|missing|victims?|body|bodies|funeral|memorial)\b/i;

// A sentence saying someone did not speak: "Defense attorney Mark Levin did not return a call seeking comment."
const SILENT = /\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|declined|refused|was\s+not\s+available|not\s+immediately|no\s+comment|is\s+expected\s+to|will\s+speak|stood|nodded|looked\s+on|watched|listened)\b/i;

/**
 * Whether sentence `index` brings in `person` as someone whose words may follow even though another just spoke: not
 * someone harmed, held or dead, nor one who did not speak or has yet to ("did not return a call", "is expected to hold
 * a news conference"), nor someone brought in by a tie to another ("Her chemistry teacher, Mark Delaney,", "The
 * family's attorney, Ben Crump,"), whose words the one before may well go on over.
 */
export function broughtInToSpeak(index: number, person: number, d: Discourse): boolean {
  const text = d.sentences[index]!.text;
  if (HARMED.test(text) || SILENT.test(text)) return false;
  const m = d.mentions[person]!;
  const before = (d.blocks[m.block] ?? '').slice(Math.max(0, m.start - 60), m.start);
  return !afterPossessedNoun(before) && !/['’]s\s+[\p{L}\s-]{1,30},\s*(?:[\p{Lu}][\p{L}.]*\s+)?$/u.test(before) && !/^(?:her|his|their)\b/i.test(text.trim());
}

/**
 * The one person a paragraph's last sentence brings in, when it names no one else and quotes nobody: "Among those
 * pulled from the water was Tomas Villarreal, 71, who spent five hours clinging to a pecan tree …", "Store manager
 * Curtis Bell, who locked about 30 customers inside a stockroom, was still shaking …" — the one a paragraph of
 * quotation in the first person after it is from. Not in a sentence of harm, arrest or death (see `HARMED`).
 */
export function onlyOneBroughtIn(index: number, out: readonly SentenceAttribution[], d: Discourse): number | undefined {
  if (out[index]!.quotes.length > 0 || out[index]!.cue !== undefined) return undefined;
  const sentence = d.sentences[index]!;
  if (HARMED.test(sentence.text)) return undefined;
  const own = (d.bySentence.get(index) ?? []).filter((m) => !d.quoted[m]);
  const people = own.filter((m) => isPerson(d, m));
  // (Only a name the finder typed a person's, and nobody else's name beside it, not even one it could not type.)
  if (people.length === 0 || new Set(people.map((m) => d.mentions[m]!.name)).size !== 1) return undefined;
  // (A common word opening the sentence is no name: "Store manager Curtis Bell".)
  const untyped = (m: number) => typeOf(d, m) === 'other' && !(!/\s/.test(d.mentions[m]!.name) && isCommonWord(d.mentions[m]!.name.toLowerCase()));
  if (own.some((m) => !people.includes(m) && untyped(m))) return undefined;
  return people[0];
}

// Verbs that tell of a death.
const DYING = new Set(['die', 'drown', 'perish', 'succumb']);

/**
 * The verb of which `subject` is the subject, past an apposition or a relative clause ("Shirley Thompson, who coached
 * … and won two state championships, died Sunday"), or undefined.
 */
function verbOf(sentence: Sentence, subject: Discourse['mentions'][number]): number | undefined {
  const tokens = sentence.tokens;
  const verb = verbOfSubject(tokens, subject, () => false);
  const after = tokens.findIndex((t) => t.start >= subject.end);
  if (verb !== undefined || tokens[after]?.value !== ',' || !/^(?:who|which)$/i.test(tokens[after + 1]?.value ?? '')) return verb;
  const close = tokens.findIndex((t, k) => k > after + 1 && t.value === ',' && ['VERB', 'AUX', 'ADV'].includes(tokens[k + 1]?.pos ?? ''));
  let k = close + 1;
  while (close > 0 && k < tokens.length && ['AUX', 'ADV'].includes(tokens[k]!.pos)) k++;
  return close > 0 && tokens[k]?.pos === 'VERB' ? k : undefined;
}

/** Whether the subject's verb tells of a death: "died", "was killed", "passed away". */
function died(sentence: Sentence, subject: Discourse['mentions'][number]): boolean {
  const verb = verbOf(sentence, subject);
  if (verb === undefined) return false;
  const t = sentence.tokens[verb]!;
  return DYING.has(t.lemma.toLowerCase()) || /^(?:killed|murdered|slain|shot)$/i.test(t.value) || (t.lemma.toLowerCase() === 'pass' && /^away$/i.test(sentence.tokens[verb + 1]?.value ?? ''));
}

/** Whether the subject's verb is a passive ("was arrested", "has been charged") or tells of a death. */
function actedUpon(sentence: Sentence, subject: Discourse['mentions'][number]): boolean {
  const verb = verbOf(sentence, subject);
  if (verb === undefined) return false;
  const tokens = sentence.tokens;
  const passive = /(?:ed|en|wn)$/i.test(tokens[verb]!.value) && tokens.slice(tokens.findIndex((t) => t.start >= subject.end), verb).some((x) => /^(?:was|were|is|are|been|being|be|got|gets)$/i.test(x.value));
  return passive || died(sentence, subject);
}

/**
 * Whether sentence `index` opens a quotation, all of it quotation, whose first sentence speaks in the first person —
 * the person named `name`, who would not call themselves "he" or "she" ("Then he hit her with a bat") nor by name in
 * any of its sentences — and no sentence after it credits it ("“…” That is how one neighbor described the night.").
 */
export function firstPersonQuotation(sentences: readonly Sentence[], index: number, out: readonly SentenceAttribution[], d: Discourse, name: string, gender: Gender): boolean {
  const words = wholeQuotation(sentences, index, out, d);
  // (The first person in its first sentence; no "he", "she" or name anywhere in it.)
  const quotes = out[index]!.quotes;
  const opening = quotes.length === 0 ? '' : sentences[index]!.text.slice(quotes[0]![0] - sentences[index]!.start, quotes[0]![1] - sentences[index]!.start);
  if (words === undefined || !speaksOfSelf(opening) || speaksOfAnother(words, gender) || namesPerson(words, name)) return false;
  return !creditedAfter(sentences, index, out, d, words, name);
}

/**
 * Whether the sentence right after the quotation (of `words`, opened by sentence `index`) credits it, or someone
 * other than `candidate` speaks there: "That is how one neighbor described the night.", "So recalled Ann Price.",
 * "Neighbor Ann Price said the fire spread fast."
 */
function creditedAfter(sentences: readonly Sentence[], index: number, out: readonly SentenceAttribution[], d: Discourse, words: string, candidate: string): boolean {
  const end = sentences[index]!.start + (d.blocks[sentences[index]!.block] ?? '').slice(sentences[index]!.start).indexOf(words) + words.length;
  const after = sentences.findIndex((x, k) => k > index && (x.block > sentences[index]!.block || x.start >= end));
  if (after < 0) return false;
  // (The same person speaking on, "He said the …", is no one else; nor is someone speaking in the next paragraph, as
  // the story moves on: "“…I felt sick.” ¶ The Omaha Police Department said in a statement that …".)
  const next = out[after]!;
  const samePlace = sentences[after]!.block === sentences[index]!.block || (d.blocks[sentences[index]!.block] ?? '').slice(sentences[index]!.start).indexOf(words) < 0;
  const someoneElse = samePlace && next.cue !== undefined && next.quotes.length === 0 && (next.speaker !== undefined && d.mentions[next.speaker]!.name !== candidate);
  return creditsTheQuotationBefore(sentences[after]!.text) || someoneElse;
}

/**
 * The whole quotation sentence `index` opens, over all its sentences up to the closing mark — when the sentence is all
 * quotation; else undefined.
 */
function wholeQuotation(sentences: readonly Sentence[], index: number, out: readonly SentenceAttribution[], d: Discourse): string | undefined {
  const sentence = sentences[index]!;
  const quotes = out[index]!.quotes;
  const whole = quotes.length === 1 && sentence.text.slice(0, quotes[0]![0] - sentence.start).trim().replace(/["“«„]$/, '') === '' && /^\s*[.!?…]?\s*["”»]?\s*$/.test(sentence.text.slice(quotes[0]![1] - sentence.start));
  return whole ? quotationFrom(d.blocks[sentence.block] ?? '', sentence.start) : undefined;
}

// How far back another voice keeps a cue-less quotation from the one narrated.
const VOICE_REACH = 6;

/**
 * Whether another named person spoke in the sentences just before sentence `index` ("Her daughter, Karen Hollis,
 * said …", "Co-star Constance Wu said …"), or the article has told of the death of the person named `name`: a cue-less
 * quotation after narration about them may then be another's.
 */
export function someoneElseSpoke(index: number, out: readonly SentenceAttribution[], d: Discourse, name: string, deadOnly = false): boolean {
  for (let s = index - 1; s >= Math.max(0, index - VOICE_REACH) && !deadOnly; s--) {
    const a = out[s]!;
    if (a.speaker !== undefined && d.mentions[a.speaker]!.name !== name) return true;
    // (…or a verb of saying whose subject is another named person and no cue was read for: "Tou Thao spoke …,
    // quoting Scripture and saying he did not commit a crime.")
    const subject = d.subjectOf[s];
    if (subject !== undefined && d.mentions[subject]!.name !== name && d.sentences[s]!.tokens.some((t) => t.pos === 'VERB' && CUE_VERBS.has(t.lemma.toLowerCase()))) return true;
  }
  // Nor someone the article has told died or was killed: an obituary's quotations are the mourners'.
  return toldDeadBefore(d, index).has(name);
}

/** The people the article has told died, in the sentences read so far (each sentence read once per article). */
const toldDead = new WeakMap<Discourse, { upTo: number; names: Set<string> }>();

function toldDeadBefore(d: Discourse, index: number): ReadonlySet<string> {
  let seen = toldDead.get(d);
  // (Sentences are attributed in order; a check for an earlier one starts again.)
  if (seen === undefined || seen.upTo > index) {
    seen = { upTo: 0, names: new Set() };
    toldDead.set(d, seen);
  }
  for (; seen.upTo < index; seen.upTo++) {
    const subject = d.subjectOf[seen.upTo];
    if (subject !== undefined && died(d.sentences[seen.upTo]!, d.mentions[subject]!)) seen.names.add(d.mentions[subject]!.name);
  }
  return seen.names;
}

// Words for what someone else said or sent: a report about them introduces their words, not the reporter's.
const OTHERS_WORDS = new Set(['text', 'call', 'message', 'voicemail', 'email', 'letter', 'note', 'ad', 'advert', 'advertisement', 'campaign', 'slogan', 'chant', 'remark', 'tweet', 'post', 'caller', 'witness', 'crowd', 'protester', 'statement', 'memo', 'report', 'sign']);

/** Whether a report names another person, or someone else's words or voice ("the caller", "Walker's ad", "witnesses"). */
function reportsOthersWords(index: number, d: Discourse, speaker: string): boolean {
  const sentence = d.sentences[index]!;
  const others = (d.bySentence.get(index) ?? []).some((m) => d.mentions[m]!.name !== speaker && (d.typeOfName.get(d.mentions[m]!.name) ?? d.mentions[m]!.type) === 'person');
  return others || sentence.tokens.some((t) => t.pos === 'NOUN' && OTHERS_WORDS.has(t.lemma.toLowerCase()));
}
