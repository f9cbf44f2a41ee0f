import type { LocalMention } from '../local-aliases.ts';
import type { Sentence } from '../tokens.ts';
import { pushTo } from '../../multimap.ts';
import type { SentenceAttribution } from './attribute.ts';
import { isPerson, resolveDescription, resolvePronoun, typeOf, type Discourse } from './resolve-reference.ts';
import { headOfPhrase } from './subject.ts';
import { aboutOnePerson, broughtInToSpeak, firstPersonQuotation, onlyOneBroughtIn, someoneElseSpoke } from './continuation.ts';
import { genderOf } from './gender.ts';
import { isFirstName, isLastName } from '../lexicon.ts';
import { namesPerson, quotedWords, speaksOfAnother, speaksOfByName } from './self-reference.ts';
import { STANCE_VERBS, verbOfSubject } from './cues.ts';
import { isPossessive } from './word-tests.ts';
import { DECISION_VERBS, STATEMENT_NOUNS } from '../claim-words.ts';

// A post's signature ending its paragraph: a dash, a name in capitals, its handle, then nothing but a date, a link
// or a full stop ("— Claire McCaskill (@clairecmc) November 1, 2021").
const SIGNATURE = /[—–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*\(@\w+\)(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+|\d{4}-\d{2}-\d{2}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}))*\s*\.?\s*$/u;

/** Where a paragraph's signature starts, if it ends on one. */
function signatureAt(text: string): number | undefined {
  const match = SIGNATURE.exec(text);
  return match ? match.index : undefined;
}

// How many sentences back an interviewee's last words may be, for a question about them.
const PRONOUN_WINDOW = 8;

// Nouns that make "X … in a statement:" an introduction of what follows.

/**
 * A quotation paragraph with no cue of its own: the speaker of the paragraph before (a long quotation goes on), or
 * of a colon introduction ("Anthropic … in a recent statement:"). Text signed "— Name (@handle)" is that person's.
 */
export function carryAcrossParagraphs(
  sentences: readonly Sentence[],
  mentions: readonly LocalMention[],
  blocks: readonly string[],
  out: SentenceAttribution[],
  groupsOf: readonly number[][],
  speakerOfGroup: Map<number, number>,
  discourse: Discourse,
  unnamed: ReadonlySet<number> = new Set(),
): void {
  const sentencesOf = new Map<number, number[]>();
  sentences.forEach((s, i) => pushTo(sentencesOf, s.block, i));
  const blockIds = [...sentencesOf.keys()].sort((a, b) => a - b);
  blockIds.forEach((block, n) => {
    const own = sentencesOf.get(block)!;
    const text = blocks[block] ?? '';
    // "— Sam Altman (@sama) February 28, 2026": the paragraph before is that person's post.
    const signedAt = signatureAt(text);
    const signature = signedAt !== undefined && text.slice(0, signedAt).trim() === '' ? mentions.findIndex((m) => m.block === block && m.type === 'person') : -1;
    if (signature >= 0 && n > 0) {
      // …over a speaker only carried to it from before (no cue of its own).
      for (const i of sentencesOf.get(blockIds[n - 1]!)!) if (out[i]!.speaker === undefined || out[i]!.cue === undefined) out[i] = { ...out[i]!, speaker: signature, kind: 'quote', cue: out[i]!.cue ?? '—' };
    }
    // "“Josh, buddy. Nobody is coming for your flannel.” — Claire McCaskill (@clairecmc) November 1, 2021": a post
    // quoted with its signature in the same paragraph is the signer's.
    // (Only a paragraph that is the post: opened by its quotation, with no cue of its own, the signature ending it.)
    // (The signer's name is capitalized words right before the handle; a date, a link or a full stop may follow.)
    const inline = /^\s*["“«]/.test(text) && signedAt !== undefined && /["”»]\s*$/u.test(text.slice(0, signedAt)) ? signedAt : undefined;
    const signer = inline !== undefined && own.every((i) => out[i]!.cue === undefined) ? mentions.findIndex((m) => m.block === block && m.type === 'person' && m.start >= inline) : -1;
    if (signer >= 0) {
      for (const i of own) {
        if (out[i]!.quotes.length === 0) continue;
        out[i] = { ...out[i]!, speaker: signer, kind: 'quote', cue: out[i]!.cue ?? '—' };
        discourse.speakerOf[i] = signer;
        for (const g of groupsOf[i]!) speakerOfGroup.set(g, signer);
      }
    }
    if (n === 0) return;
    const opensWithQuote = /^\s*["“«„]/.test(text);
    // Only quotations with no cue of their own: "…,” the president tweeted" names a speaker, even one we cannot resolve.
    const uncredited = own.filter((i) => out[i]!.speaker === undefined && out[i]!.cue === undefined && out[i]!.quotes.length > 0 && !groupsOf[i]!.some((g) => speakerOfGroup.has(g) || unnamed.has(g)));
    // A paragraph whose quotation has a cue of its own, even one naming someone we cannot find ("“…,” the Kentucky
    // Republican said. “…”"), is not the previous paragraph's speaker's.
    if (!opensWithQuote || uncredited.length === 0 || own.some((i) => out[i]!.cue !== undefined && out[i]!.quotes.length > 0)) return;
    // "“… this contract?” Asked Mrs. Grace O. Peck, …": a cue the splitter cut off after a question, opening the next
    // sentence of the paragraph, is the quotation's own.
    const inverted = own.find((i) => i > uncredited[0]! && invertedCueSpeaker(sentences[i]!, i, mentions) !== undefined);
    if (inverted !== undefined) {
      const speaker = invertedCueSpeaker(sentences[inverted]!, inverted, mentions)!;
      // (What follows a question's "Asked X" is someone's answer, not the asker's: "“Did you see him?” Asked Cole.
      // “Yes. He was standing by the door.”")
      const asked = sentences[inverted]!.tokens[0]!.lemma.toLowerCase() === 'ask';
      for (const i of uncredited.filter((i) => !asked || i < inverted)) {
        out[i] = { ...out[i]!, speaker, kind: 'quote', cue: sentences[inverted]!.tokens[0]!.value };
        discourse.speakerOf[i] = speaker;
        for (const g of groupsOf[i]!) speakerOfGroup.set(g, speaker);
      }
      return;
    }
    const previous = sentencesOf.get(blockIds[n - 1]!)!;
    const last = previous[previous.length - 1]!;
    const introducer = introducedBy(sentences[last]!, last, out[last]!, discourse) ?? tookAStand(sentences[last]!, last, out[last]!, discourse) ?? releasedAStatement(sentences[last]!, last, out[last]!, discourse) ?? askedAbout(sentences[last]!, last, out[last]!, discourse);
    // (…or, for words in the first person, the one person the paragraph before ends on: "Wiig worked at a series of
    // day jobs …. ¶ “And then I'll remember: oh yeah, I used to serve you Cobb salad.”")
    // (Not a ruling, a recommendation or an estimate reported without quotation marks — "Judge Frick has ruled that
    // …" — whose subject need not be the one the next paragraph quotes.)
    // (…nor someone whose words are an aside in a relative clause — "He takes his glasses off, which Margaret later
    // tells me is what he does when he is about to lie." — while the sentence is about another.)
    const spokenAt = [...previous].reverse().filter((i) => !(out[i]!.quotes.length === 0 && (decisionCue(sentences[i]!, out[i]!) || relativeCue(sentences[i]!, out[i]!)))).find((i) => out[i]!.speaker !== undefined);
    // (Not past a quotation after it whose cue names someone we could not find: "“It hurts,” a neighbour said.")
    // (…someone brought in unnamed, that is: "“…,” the mayor said" may still be the mayor named before.)
    const unfoundAfter = spokenAt !== undefined && previous.some((i) => i > spokenAt && out[i]!.quotes.length > 0 && out[i]!.cue !== undefined && out[i]!.speaker === undefined && out[i]!.described !== undefined);
    const spoken = spokenAt === undefined || unfoundAfter ? undefined : answering(spokenAt, previous, sentencesOf.get(blockIds[n - 2]!) ?? [], out, discourse);
    const narrated = spoken === undefined ? narratedSpeaker(sentences, out, last, uncredited, discourse) : undefined;
    const interviewee = spoken === undefined && narrated === undefined && spokenAt === undefined ? stillInterviewed(sentences, out, n, blockIds, sentencesOf, uncredited, discourse) : undefined;
    const carried = introducer ?? spoken ?? narrated ?? interviewee;
    if (carried === undefined) return;
    // A person the quotation names is not the one speaking it: "Marsh … says she meant it as a compliment. When I
    // read both remarks back to Tahir, she laughs. ¶ “Gillian's right that I haven't got a plan.”" (An introduction
    // says outright whose words follow; a body may name itself. A "quotation" opening with a space is a closing
    // mark read as an opening one: `…together" towards stabilising exchange rates," Leigh-Pemberton said.`)
    if (introducer === undefined && mentions[carried]!.type === 'person' && speaksOfByName(uncredited.flatMap((i) => out[i]!.quotes.map(([a, b]) => text.slice(a, b)).filter((q) => !/^\s/.test(q))).join(' '), mentions[carried]!.name)) return;
    for (const i of uncredited) {
      out[i] = { ...out[i]!, speaker: carried, kind: 'quote' };
      discourse.speakerOf[i] = carried;
      for (const g of groupsOf[i]!) speakerOfGroup.set(g, carried);
    }
    // The rest of a quotation carried here, in the paragraphs that follow.
    for (let k = n + 1; k < blockIds.length; k++) {
      const later = sentencesOf.get(blockIds[k]!)!.filter((i) => out[i]!.speaker === undefined && groupsOf[i]!.some((g) => speakerOfGroup.get(g) === carried));
      if (later.length === 0) break;
      for (const i of later) out[i] = { ...out[i]!, speaker: carried, kind: 'quote' };
    }
  });
}

// Verbs of saying that open such a cut-off cue ("Said Maris.", "Asked Jones, a council member,"); not "Told by Obama
// …", "Warned by Biden …", "Criticized by Trump …", which open a narrative sentence (a review).
const SAYING = new Set(['say', 'ask', 'reply', 'add', 'answer', 'respond', 'shout', 'yell', 'exclaim', 'retort', 'counter', 'whisper', 'quip', 'joke']);

/**
 * The person a sentence opening with a speech verb names right after it ("Said Maris.", "Asked Mrs. Grace O. Peck,
 * representative from Multnomah County, …"): the splitter's cut after a quotation's question. Past whose title it is
 * ("Said Trump's press secretary, Karoline Leavitt", "Asked Biden adviser Anita Dunn", "Said Yankees manager Aaron
 * Boone": a review found the first name taken).
 */
function invertedCueSpeaker(sentence: Sentence, index: number, mentions: readonly LocalMention[]): number | undefined {
  const tokens = sentence.tokens;
  const [verb, next] = tokens;
  if (verb?.pos !== 'VERB' || !/^\p{Lu}/u.test(verb.value) || !SAYING.has(verb.lemma.toLowerCase()) || next === undefined || /^(?:by|to|that|for)$/i.test(next.value)) return undefined;
  const comma = tokens.findIndex((t, k) => k > 0 && /^[,.;:]$/.test(t.value));
  const end = comma < 0 ? sentence.end : tokens[comma]!.start;
  const own = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.sentence === index && m.start >= next.start && (m.type === 'person' || m.type === 'other'));
  // (A name owning a noun, or followed by one, only says whose the title is.)
  const titleOf = (m: LocalMention) => {
    const after = tokens.find((t) => t.start >= m.end);
    return after !== undefined && after.start <= m.end + 1 && (/^['’]s?$/.test(after.value) || after.pos === 'NOUN');
  };
  const heads = own.filter(({ m }) => m.end <= end && !titleOf(m));
  if (heads.length > 0) return heads[heads.length - 1]!.i;
  // "Replied Smith's lawyer, Ann Lee.": the name in apposition to the title.
  const apposed = comma >= 0 ? own.find(({ m }) => m.start === tokens[comma + 1]?.start) : undefined;
  return apposed?.i;
}

/** Whether a sentence's chosen cue stands in a relative clause after a comma (", which Margaret later tells me …"). */
function relativeCue(sentence: Sentence, attribution: SentenceAttribution): boolean {
  const tokens = sentence.tokens;
  const at = attribution.cueAt === undefined ? -1 : tokens.findIndex((t) => t.start === attribution.cueAt);
  if (at <= 0) return false;
  for (let k = at - 1; k > 0 && tokens[k]!.value !== ','; k--) if (/^(?:which|who|whom)$/i.test(tokens[k]!.value) && tokens[k - 1]!.value === ',') return true;
  return false;
}

/** Whether a sentence's cue reports a decision or a finding ("ruled that", "recommended that"). */
function decisionCue(sentence: Sentence, attribution: SentenceAttribution): boolean {
  const cue = attribution.cue;
  return cue !== undefined && sentence.tokens.some((t) => t.value === cue && DECISION_VERBS.has(t.lemma.toLowerCase()));
}

/** A sentence ending in a colon that introduces someone's words: its cue's speaker, or its subject when it names a statement. */
function introducedBy(sentence: Sentence, index: number, attribution: SentenceAttribution, discourse: Discourse): number | undefined {
  // "Statement by Vila Serrana president Rui Tavares": a heading with no verb and no closing stop introduces too.
  const heading = !/[.!?]["”]?\s*$/.test(sentence.text) && !sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && discourse.blocks[sentence.block]!.trim() === sentence.text.trim();
  if (!/:\s*$/.test(sentence.text) && !heading) return undefined;
  if (attribution.speaker !== undefined) return attribution.speaker;
  const statement = sentence.tokens.findIndex((t) => STATEMENT_NOUNS.has(t.lemma.toLowerCase()));
  if (statement < 0) return undefined;
  const byline = statementAuthor(sentence, discourse.bySentence.get(index) ?? [], discourse.mentions, discourse.subjectOf[index]);
  // (A heading has no subject: only its "by" names someone.)
  if (heading) return byline;
  const author = byline ?? discourse.subjectOf[index];
  if (author !== undefined) return author;
  // "The full statement, posted on the company's website, reads:": the statement of the organization the text is
  // about, as for "the statement said" (`resolveDescription`), else of whoever spoke in the sentence before.
  const tokens = sentence.tokens;
  const definite = (k: number) => /^(?:the|its|his|her|their)$/i.test(tokens[k]?.value ?? '');
  if (!definite(statement - 1) && !(definite(statement - 2) && tokens[statement - 1]!.pos === 'ADJ')) return undefined;
  return resolveDescription(discourse, index, tokens[statement]!.lemma.toLowerCase(), true) ?? discourse.speakerOf[index - 1];
}

/**
 * "Darin Schroeder, vice president of …, agreed with Salazar’s decision." before a quotation paragraph: the subject
 * of a verb of taking a stand, in a sentence with no speaker of its own, introduces the words that follow.
 */
function tookAStand(sentence: Sentence, index: number, attribution: SentenceAttribution, discourse: Discourse): number | undefined {
  const subject = discourse.subjectOf[index];
  if (attribution.speaker !== undefined || attribution.cue !== undefined || subject === undefined) return undefined;
  const mention = discourse.mentions[subject]!;
  if (mention.sentence !== index || (mention.type !== 'person' && mention.type !== 'organization')) return undefined;
  const verb = verbOfSubject(sentence.tokens, mention, () => false);
  return verb !== undefined && STANCE_VERBS.has(sentence.tokens[verb]!.lemma.toLowerCase()) ? subject : undefined;
}

/**
 * "Below is a statement by Francesca Grifo, director of …": the name after "by" or "from" that follows a statement
 * noun — past a possessive ("a letter from Lohan's lawyer, Shawn Holley" is Holley's) — unless a named subject stands
 * before the noun ("Anthropic answered a statement from the Pentagon in a blog post:" is Anthropic's).
 */
export function statementAuthor(sentence: Sentence, own: readonly number[], mentions: readonly LocalMention[], subject: number | undefined): number | undefined {
  const tokens = sentence.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "a statement on behalf of Ruth Dade": whose words the reader speaks.
    // (…a few words on: "read a statement to reporters on behalf of the House Republican Caucus".)
    const behalfAt = tokens.slice(i + 1, i + 6).findIndex((t, k, next) => /^on$/i.test(t.value) && /^behalf$/i.test(next[k + 1]?.value ?? '') && /^of$/i.test(next[k + 2]?.value ?? ''));
    const behalf = behalfAt >= 0;
    if (!STATEMENT_NOUNS.has(tokens[i]!.lemma.toLowerCase()) || !(/^(?:by|from)$/i.test(tokens[i + 1]!.value) || behalf)) continue;
    if (subject !== undefined && mentions[subject]!.end <= tokens[i]!.start && !behalf) return undefined;
    const at = (k: number) => own.find((m) => mentions[m]!.start === tokens[k]!.start && mentions[m]!.type !== 'place' && mentions[m]!.type !== 'product');
    // A title may stand before the name ("by UCS director Francesca Grifo").
    const from = behalf ? i + 1 + behalfAt + 3 : i + 2;
    for (let k = from; k <= from + 4 && k < tokens.length; k++) {
      const named = at(k);
      const after = named === undefined ? undefined : tokens.findIndex((t) => t.start >= mentions[named]!.end);
      if (named !== undefined && !isPossessive(tokens[after!])) return headOfPhrase(named, own, mentions, tokens);
      // "Lohan's lawyer, Shawn Holley": the name in apposition to the possessed noun.
      if (tokens[k]!.value === ',') return k + 1 < tokens.length ? at(k + 1) : undefined;
      if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(tokens[k]!.pos) && !isPossessive(tokens[k]) && named === undefined) break;
    }
  }
  return undefined;
}

/** The speaker of the nearest earlier quotation in the same paragraph. */
export function earlierQuoteSpeaker(sentences: readonly Sentence[], out: readonly SentenceAttribution[], index: number): number | undefined {
  for (let i = index - 1; i >= 0 && sentences[i]!.block === sentences[index]!.block; i--) {
    if (out[i]!.kind === 'quote' && out[i]!.speaker !== undefined) return out[i]!.speaker;
    // “A,” the Kentucky Republican said. “B.”: B is that unfound person's too, not an earlier speaker's.
    if (out[i]!.quotes.length > 0 && out[i]!.cue !== undefined && out[i]!.speaker === undefined) return undefined;
  }
  return undefined;
}

const RELEASING = new Set(['release', 'issue', 'post', 'publish', 'send', 'put']);

/**
 * "Rep. Jamie Raskin … released a lengthy statement on Wednesday responding to …" before a quotation paragraph: the
 * subject of a verb of releasing whose object is a statement, post or letter introduces the words that follow.
 */
function releasedAStatement(sentence: Sentence, index: number, attribution: SentenceAttribution, discourse: Discourse): number | undefined {
  const subject = discourse.subjectOf[index];
  if (attribution.speaker !== undefined || attribution.quotes.length > 0 || subject === undefined) return undefined;
  const mention = discourse.mentions[subject]!;
  if (mention.sentence !== index || (mention.type !== 'person' && mention.type !== 'organization')) return undefined;
  const verb = verbOfSubject(sentence.tokens, mention, () => false);
  if (verb === undefined || !RELEASING.has(sentence.tokens[verb]!.lemma.toLowerCase())) return undefined;
  // The statement is the verb's object: within a few words after it ("released a lengthy statement").
  return sentence.tokens.slice(verb + 1, verb + 5).some((t) => STATEMENT_NOUNS.has(t.lemma.toLowerCase()) && t.pos === 'NOUN') ? subject : undefined;
}

/**
 * "But hasn't she had to turn down lots of offers?", "How social was she? Suspended?" before a quotation paragraph: an
 * interviewer's questions, a paragraph of their own outside quotation marks, about the one being interviewed — whom
 * their "he" or "she" stands for, someone who has spoken just before — are answered by that person. A question about
 * someone else ("Does he mind that she is famous?" of her husband) is answered by the one interviewed, whom we do not
 * name; nor is a person named beside the pronoun the one asked ("Was she a fan of Fey's?").
 */
function askedAbout(sentence: Sentence, index: number, attribution: SentenceAttribution, discourse: Discourse): number | undefined {
  if (attribution.speaker !== undefined || attribution.cue !== undefined || attribution.quotes.length > 0) return undefined;
  const paragraph = discourse.blocks[sentence.block]!.trim();
  if (!/\?$/.test(paragraph) || /["“”«»]/.test(paragraph) || paragraph.split(/(?<=\?)\s+/).some((q) => !/\?$/.test(q))) return undefined;
  // (A question to "you" is put to the one answering, whom its "he" or "she" is not: "Is he right? Do you …?")
  if (/\b(?:you|your)\b/i.test(paragraph)) return undefined;
  let first = index;
  while (first > 0 && discourse.sentenceBlock[first - 1] === sentence.block) first--;
  const people = Array.from({ length: index - first + 1 }, (_, k) => discourse.bySentence.get(first + k) ?? []).flat().filter((m) => (discourse.typeOfName.get(discourse.mentions[m]!.name) ?? discourse.mentions[m]!.type) === 'person');
  const pronoun = Array.from({ length: index - first + 1 }, (_, k) => first + k)
    .map((i) => ({ i, t: discourse.sentences[i]!.tokens.find((t) => /^(?:he|she)$/i.test(t.value)) }))
    .find((x) => x.t !== undefined);
  if (pronoun === undefined) return undefined;
  const asked = resolvePronoun(discourse, pronoun.i, pronoun.t!.value.toLowerCase());
  if (asked === undefined || people.some((m) => discourse.mentions[m]!.name === discourse.mentions[asked]!.name)) return undefined;
  // The one being interviewed has spoken just before.
  const spoke = Array.from({ length: PRONOUN_WINDOW }, (_, k) => discourse.speakerOf[first - 1 - k]).some((m) => m !== undefined && discourse.mentions[m]!.name === discourse.mentions[asked]!.name);
  if (!spoke || !mainSpeaker(discourse, first, discourse.mentions[asked]!.name)) return undefined;
  // (An answer that speaks of them as "he" or by name is someone else's: "If Manchin votes no, it is dead.")
  // (The whole answer, the paragraph after the questions.)
  const { name, role } = discourse.mentions[asked]!;
  const next = discourse.sentences[index + 1];
  const answer = next === undefined ? '' : quotedWords(discourse.blocks[next.block] ?? '');
  return namesPerson(answer, name) || speaksOfAnother(answer, discourse.gendersShown.get(name) ?? genderOf(name, role)) ? undefined : asked;
}

/**
 * Who goes on speaking in a paragraph of quotation after sentence `at`, whose speaker is the last in the paragraph
 * before (`previous`): that speaker — unless a later sentence there is about another person ("Beemer replied that ….
 * The former bank examiner cut him off. ¶ “Then don't give us an estimate.”": unknown), or what they said was a
 * question they asked ("“Mayor, did anyone know?” asked Heather Bjornstad. ¶ “I have asked that exact question …”"),
 * which the one who spoke before it answers, in that paragraph or the one before (`earlier`).
 */
function answering(at: number, previous: readonly number[], earlier: readonly number[], out: readonly SentenceAttribution[], d: Discourse): number | undefined {
  const speaker = out[at]!.speaker!;
  const name = d.mentions[speaker]!.name;
  // (Only someone who has spoken in the article, or is brought in there as one who may speak: "“…,” Mayor Lori Blong
  // said. Fire Chief Dan Olen stood beside her. ¶ “…”" goes on with Blong; "Fire Chief Ron Baptiste, whose crews
  // sprayed foam on the wing, walked reporters along the fence line. ¶ “It's a miracle nobody died.”" does not.)
  const spokeBefore = (m: number) => d.speakerOf.some((x, s) => s < at && x !== undefined && d.mentions[x]!.name === d.mentions[m]!.name);
  const mayGoOn = (i: number) => spokeBefore(d.subjectOf[i]!) || (i === previous[previous.length - 1] && broughtInToSpeak(i, d.subjectOf[i]!, d));
  if (previous.some((i) => i > at && isPerson(d, d.subjectOf[i]) && d.mentions[d.subjectOf[i]!]!.name !== name && mayGoOn(i))) return undefined;
  const block = d.blocks[d.sentences[at]!.block] ?? '';
  // (A question put to someone — "Mayor, …?", "Do you …?" — not one the asker answers: "“Who is going to pay for this?”
  // asked Rep. Gwen Trask. ¶ “Not the people who wrote it.”")
  const asked = out[at]!.quotes.filter(([, b]) => /\?\s*["”»]?\s*$/.test(block.slice(Math.max(0, b - 3), b))).map(([a, b]) => block.slice(a, b));
  const putToSomeone = asked.some((q) => /^\W*(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s/u.test(q) || /\b(?:you|your)\b/i.test(q));
  const question = /^ask/i.test(out[at]!.cue ?? '') && putToSomeone;
  if (!question) return speaker;
  const beforeAt = [...earlier, ...previous].filter((i) => i < at).reverse().find((i) => out[i]!.speaker !== undefined && d.mentions[out[i]!.speaker!]!.name !== name);
  const before = beforeAt === undefined ? undefined : out[beforeAt]!.speaker;
  if (!isPerson(d, before)) return undefined;
  // (…unless someone else is named between: "Masterson said …. ¶ Gov. Laura Kelly was asked about Masterson's
  // remarks. “Do you think he is bluffing?” asked Tim Wu. ¶ “…”" may be Kelly's answer.)
  const between = [...earlier, ...previous].filter((i) => i > beforeAt! && i <= at).flatMap((i) => d.bySentence.get(i) ?? []);
  return between.some((m) => !d.quoted[m] && isPerson(d, m) && d.mentions[m]!.name !== name && d.mentions[m]!.name !== d.mentions[before!]!.name) ? undefined : before;
}

// How many paragraphs back the one interviewed may have last spoken, with only narration since.
const NARRATION_REACH = 3;

/**
 * The one a profile interviews, for a paragraph of first-person quotation after narration that names no one else:
 * "“…,” she says. ¶ There were many long, dark nights of the soul. ¶ “Oh my God, every month, yeah …”". They are the
 * one who has spoken most so far, they spoke last, within the few paragraphs before, and no other person is named or
 * speaks since; the quotation neither names them nor calls them "he"/"she".
 */
function stillInterviewed(sentences: readonly Sentence[], out: readonly SentenceAttribution[], n: number, blockIds: readonly number[], sentencesOf: ReadonlyMap<number, number[]>, uncredited: readonly number[], d: Discourse): number | undefined {
  // (…or a name of two words the finder could not type: "Hunter Dickinson sat out the second half." may be whose
  // words follow.)
  const someone = (m: number) => isPerson(d, m) || (typeOf(d, m) === 'other' && /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u.test(d.mentions[m]!.name) && (isFirstName(d.mentions[m]!.name.split(' ')[0]!) || isLastName(d.mentions[m]!.name.split(' ')[1]!)));
  for (let k = n - 1; k >= Math.max(0, n - NARRATION_REACH); k--) {
    const paragraph = [...(sentencesOf.get(blockIds[k]!) ?? [])].reverse();
    const speaker = paragraph.map((i) => out[i]!.speaker).find((m) => m !== undefined);
    // (Narration since: who it names is checked once the one who spoke is found.)
    if (speaker === undefined) continue;
    const name = d.mentions[speaker]!.name;
    if (!isPerson(d, speaker) || !mainSpeaker(d, uncredited[0]!, name)) return undefined;
    // Nobody else named in the paragraphs since they spoke, nor beside their words.
    for (let j = k; j < n; j++) for (const i of sentencesOf.get(blockIds[j]!) ?? []) for (const m of d.bySentence.get(i) ?? []) if (!d.quoted[m] && someone(m) && d.mentions[m]!.name !== name) return undefined;
    const { role } = d.mentions[speaker]!;
    return firstPersonQuotation(sentences, uncredited[0]!, out, d, name, d.gendersShown.get(name) ?? genderOf(name, role)) ? speaker : undefined;
  }
  return undefined;
}

/**
 * The one person the paragraph before ends on (sentence `last`), for a quotation paragraph that speaks of itself and
 * never of that person, and that no sentence after it credits ("That is how neighbor Ann Price remembers the night.").
 * Someone else speaking just before counts against them unless they are brought in right there (`broughtInToSpeak`).
 */
function narratedSpeaker(sentences: readonly Sentence[], out: readonly SentenceAttribution[], last: number, uncredited: readonly number[], discourse: Discourse): number | undefined {
  const person = aboutOnePerson(last, out, discourse) ?? onlyOneBroughtIn(last, out, discourse);
  if (person === undefined) return undefined;
  // (Someone else speaking just before does not count against a person the text brings in right there, named for the
  // first time: "“…,” Mayor Elena Ruiz said. ¶ Among those pulled from the water was Tomas Villarreal, 71, … ¶ “I
  // prayed the whole time.”")
  const name = discourse.mentions[person]!.name;
  const newcomer = discourse.mentions.every((m, i) => m.name !== name || m.sentence >= last || discourse.quoted[i]) && broughtInToSpeak(last, person, discourse);
  if (newcomer ? someoneElseSpoke(uncredited[0]!, out, discourse, name, true) : someoneElseSpoke(uncredited[0]!, out, discourse, name)) return undefined;
  const { role } = discourse.mentions[person]!;
  return firstPersonQuotation(sentences, uncredited[0]!, out, discourse, name, discourse.gendersShown.get(name) ?? genderOf(name, role)) ? person : undefined;
}

/** Whether the person named `name` is the one who has spoken most before sentence `before`: the one interviewed. */
function mainSpeaker(d: Discourse, before: number, name: string): boolean {
  const counts = new Map<string, number>();
  for (let s = 0; s < before; s++) {
    const m = d.speakerOf[s];
    if (m !== undefined) counts.set(d.mentions[m]!.name, (counts.get(d.mentions[m]!.name) ?? 0) + 1);
  }
  const own = counts.get(name) ?? 0;
  return own > 0 && [...counts].every(([other, n]) => other === name || n < own);
}
