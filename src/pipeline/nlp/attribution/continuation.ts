import type { Sentence } from '../tokens.ts';
import type { SentenceAttribution } from './attribute.ts';
import type { Discourse } from './resolve-reference.ts';
import { genderOf, pronounFits, type Gender } from './gender.ts';
import { documentFamily } from './documents.ts';
import { creditsTheQuotationBefore, speaksOfAnother, speaksOfSelf } from './self-reference.ts';

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
  // quotation, right after the report, is more of the reported speaker's words — unless it names them, or the report
  // was about a document ("said the letter she received was threatening. “You will pay for this.”").
  const aboutDocument = sentences[index - 1]!.tokens.some((t) => t.pos === 'NOUN' && documentFamily(t.lemma.toLowerCase()) !== undefined);
  const whole = wholeQuotation(sentence, out[index]!);
  if (!aboutDocument && whole !== undefined && !names(whole, speaker.name)) return before.speaker;
  const speakerFirst = own.some((m) => d.mentions[m]!.start === first.start && d.mentions[m]!.name === speaker.name);
  // "He"/"she" must fit the speaker; "it" and "they" are what the report was about.
  const word = first.value.toLowerCase();
  const pronounFirst = ((word === 'he' || word === 'she') && pronounFits(word, genderOf(speaker.name, speaker.role))) || word === 'it' || word === 'they';
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
 * paragraph — its subject, a person, and no one else named in it — is that person's.
 */
export function subjectGoesOn(sentences: readonly Sentence[], out: readonly SentenceAttribution[], index: number, d: Discourse): number | undefined {
  const before = index - 1;
  if (index === 0 || sentences[before]!.block !== sentences[index]!.block) return undefined;
  const subject = aboutOnePerson(before, out, d);
  if (subject === undefined) return undefined;
  const sentence = sentences[index]!;
  const person = d.mentions[subject]!;
  // (Not one a sentence after it credits: "“I saw smoke …” That is how one neighbor remembers the night.")
  if (creditsTheQuotationBefore(sentences[index + 1]?.text)) return undefined;
  return firstPersonQuotation(sentence, out[index]!, person.name, d.gendersShown.get(person.name) ?? genderOf(person.name, person.role)) ? subject : undefined;
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
  return (d.bySentence.get(index) ?? []).some((m) => d.mentions[m]!.name !== d.mentions[subject]!.name && d.mentions[m]!.type === 'person') ? undefined : subject;
}

/**
 * Whether a sentence is all one quotation in which someone speaks of themselves — the person named `name`, who would
 * not call themselves "he" or "she" ("I saw him hit her" is someone else's) nor by name.
 */
export function firstPersonQuotation(sentence: Sentence, attribution: SentenceAttribution, name: string, gender: Gender): boolean {
  return quotationOfOwn(sentence, attribution, name, gender) && speaksOfSelf(wholeQuotation(sentence, attribution) ?? '');
}

/** Whether a sentence is all one quotation that does not speak of the person named `name` as "he"/"she" or by name. */
function quotationOfOwn(sentence: Sentence, attribution: SentenceAttribution, name: string, gender: Gender): boolean {
  const words = wholeQuotation(sentence, attribution);
  if (words === undefined) return false;
  return !speaksOfAnother(words, gender) && !names(words, name);
}

/** Whether words name the person named `name` by a word of their name ("If Manchin votes no"). */
const names = (words: string, name: string) => name.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(words));

/** The words of a sentence that is all one quotation, or undefined. */
function wholeQuotation(sentence: Sentence, attribution: SentenceAttribution): string | undefined {
  const quotes = attribution.quotes;
  const whole = quotes.length === 1 && sentence.text.slice(0, quotes[0]![0] - sentence.start).trim().replace(/["“«„]$/, '') === '' && /^\s*[.!?…]?\s*["”»]?\s*$/.test(sentence.text.slice(quotes[0]![1] - sentence.start));
  return whole ? sentence.text.slice(quotes[0]![0] - sentence.start, quotes[0]![1] - sentence.start) : undefined;
}
