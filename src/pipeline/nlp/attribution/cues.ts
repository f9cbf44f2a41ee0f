import { CUE_VERBS, FRAMED_CUE_VERBS, PUT_IT_MANNERS, STATEMENT_NOUNS } from '../claim-words.ts';
import { tieOf } from './relations.ts';
import type { LocalMention } from '../local-aliases.ts';
import type { Token } from '../tokens.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { issuingVerbBefore } from './documents.ts';
import { contrastsAt, isPossessive, opensSentence, PARTICIPLE_OPENER } from './word-tests.ts';

// Conjunctions that put a cue in a clause of its own ("before Altman announced …", "with Trump calling for …"):
// that clause's speaker is not the sentence's. "As X notes, …" is attribution and stays.
export const SUBORDINATORS = new Set(['before', 'after', 'when', 'while', 'since', 'because', 'if', 'until', 'unless', 'although', 'though', 'with', 'once', 'whether']);

const PHRASAL_REPLIES = new Set(['shoot', 'shot', 'fire', 'hit', 'snap']);

// Speech verbs with another sense that takes a plain object: recalling an envoy, claiming a prize, noting nothing.
// (…or keeping a line of credit, "has maintained a 120-mln-dlr line of credit"; or questioning a witness.)
const OBJECT_SENSES = new Set(['recall', 'claim', 'maintain', 'question']);
// What one maintains or claims by saying it: "has maintained his innocence", "claimed responsibility for the attack".
const SAID_OBJECTS = new Set(['innocence', 'responsibility', 'position', 'stance', 'view', 'belief', 'denial']);

// Things posted that hold someone's words (or show them, with a caption): a statement, a video, an explanation — not
// a loss or a record.
const POSTED_WORDS = new Set([...STATEMENT_NOUNS, 'explanation', 'update', 'video', 'photo', 'picture', 'response', 'reply', 'apology', 'essay', 'link', 'thread', 'clip', 'caption', 'announcement']);

// A person as a verb's object: "called him again", "questioned her for six hours".
const OBJECT_PRONOUN = /^(?:him|her|them|me|us)$/i;

// What is called that is no speech: a meeting or a halt ("called a news conference", "called a timeout"), help
// ("called the police", "called an ambulance") — or a relative or helper (`tieOf`: "called her sister").
const CALLED_THINGS = new Set(['timeout', 'conference', 'meeting', 'election', 'elections', 'vote', 'strike', 'halt', 'recess', 'session', 'referendum', 'hearing', 'summit', 'truce', 'ceasefire', 'police', 'ambulance', 'doctor', 'parents', 'friend', 'friends', 'family', 'boss', 'office']);

/**
 * Whether the "call" at `i` is a call to someone or a summons, with nothing said of its object after it: "King called
 * him again yesterday", "called a timeout", "called 911", "called off the wedding", "called her sister after the
 * crash" — not "called him a liar", "called the plan “reckless”", "called on Greece to …", "called for a ban".
 */
function callsSomeoneOrSomething(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (/^(?:off|up|in|back|911)$/i.test(next.value)) return true;
  // The object, and the word after it: a time, a preposition or the end (nothing said of it).
  let k = i + 1;
  const pronoun = OBJECT_PRONOUN.test(next.value) && !['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
  if (!pronoun) {
    if (/^(?:a|an|the|his|her|their|its|my|our)$/i.test(tokens[k]?.value ?? '')) k++;
    while (k < tokens.length && tokens[k]!.pos === 'ADJ') k++;
    // (The head of a compound: "a news conference".)
    while (tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN') k++;
    const called = tokens[k]?.value.toLowerCase() ?? '';
    if (!CALLED_THINGS.has(called) && !CALLED_THINGS.has(tokens[k]?.lemma.toLowerCase() ?? '') && tieOf(called) === undefined) return false;
  }
  const after = tokens[k + 1];
  // (A quotation or a colon after it is what was said: "called him “a liar”", "called them: …".)
  if (after !== undefined && /^["“‘:]/.test(after.value)) return false;
  return after === undefined || ['ADV', 'PUNCT', 'ADP', 'CCONJ'].includes(after.pos) || /^(?:every|each|this|last|next|again|back|yesterday|today|tonight)$/i.test(after.value);
}

/**
 * The head noun of a noun phrase that follows the verb at `i` and ends the clause ("recalled its ambassador to …"),
 * or undefined. After "post", "maintain" and "question" it may have no determiner ("posted deputies", "Gold posts
 * biggest drop" as headlines write it, "maintained interest rates at 5.25%").
 */
function objectOf(tokens: readonly Token[], i: number): number | undefined {
  let k = i + 1;
  // ("recalled 120,000 air fryers": a number may stand for the determiner.)
  const bare = ['post', 'maintain', 'question'].includes(tokens[i]!.lemma.toLowerCase()) && ['ADJ', 'NOUN'].includes(tokens[k]?.pos ?? '');
  if (!/^(?:the|a|an|its|his|her|their|our|my|your)$/i.test(tokens[k]?.value ?? '') && tokens[k]?.pos !== 'NUM' && !bare) return undefined;
  if (!bare) k++;
  // (An amount may open it: "a $50 million line of credit".)
  while (k < tokens.length && (['ADJ', 'NUM', 'SYM'].includes(tokens[k]!.pos) || /^[$€£-]$/.test(tokens[k]!.value))) k++;
  if (tokens[k]?.pos !== 'NOUN') return undefined;
  // (…to its last noun, past adjectives among them: "world economic conditions were improving" is a clause.)
  while (k + 1 < tokens.length && (tokens[k + 1]!.pos === 'NOUN' || (tokens[k + 1]!.pos === 'ADJ' && tokens[k + 2]?.pos === 'NOUN'))) k++;
  // "claimed the election was stolen": a clause, whose subject the noun phrase is.
  const after = tokens[k + 1];
  return after === undefined || !['VERB', 'AUX'].includes(after.pos) ? k : undefined;
}

/**
 * Whether token `i` is a speech verb used as one: tagged a verb (or "says", "reports", "notes" tagged as a noun
 * right after a name or pronoun), not an infinitive's head ("agreed to team up") nor a participle of a clause of
 * its own ("with Trump calling for …") unless it follows a comma ("…, adding that …") or an auxiliary.
 */
export function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "Cruz shot back that …", "Whitehouse fired back": a reply, only with its particle.
  // The tagger reads "shot" as a noun: the particle and a name or pronoun before it make it the verb.
  const phrasal = (PHRASAL_REPLIES.has(t.lemma.toLowerCase()) || PHRASAL_REPLIES.has(t.value.toLowerCase())) && tokens[i + 1]?.value.toLowerCase() === 'back' && ['PROPN', 'PRON', 'NOUN', 'PUNCT'].includes(tokens[i - 1]?.pos ?? '');
  // "As Marsh put it, “…”", "she put it bluntly:": putting it is saying it.
  // (Not "put it on the table": only with nothing after "it" but a comma, a colon, "this way" or a manner.)
  const putIt = t.lemma.toLowerCase() === 'put' && tokens[i + 1]?.value.toLowerCase() === 'it' && putsItAsSpeech(tokens, i);
  // "The Ministry informed that …": the tagger may read a past tense it does not know as a verb for an adjective.
  const pastAsAdjective = t.pos === 'ADJ' && /ed$/i.test(t.value) && pastTenseBases(t.value).some((b) => CUE_VERBS.has(b)) && ['PROPN', 'PRON', 'NOUN'].includes(tokens[i - 1]?.pos ?? '');
  // "Pelham pointed out that …", "pointed out to the commissioners that …", "Baker pointed out the banks have
  // rescheduled …": pointing out is saying, with its particle and what was said — "that", a quotation, a colon, or a
  // clause whose verb comes before any preposition — not "pointed out the old customs house as the boat passed".
  const pointOut = t.lemma.toLowerCase() === 'point' && tokens[i + 1]?.value.toLowerCase() === 'out' && saysWhatAfter(tokens, i + 2);
  // "The jury recommended that …", "he inquired, “…”": a verb of two senses, speech with what was said after it.
  const framed = framesWhatWasSaid(tokens, i);
  if (!CUE_VERBS.has(t.lemma.toLowerCase()) && !phrasal && !putIt && !pastAsAdjective && !pointOut && !framed) return false;
  const previous = tokens[i - 1];
  // "expected the nominee to be confirmed", "was told": a passive verb is no one's speech here.
  // ("The IMF … is said by Western diplomats to be alarmed": what others say of the subject, not its words.)
  if (/ed$|^(?:told|said|written)$/i.test(t.value) && previous?.pos === 'AUX' && /^(?:be|been|being|is|was|were|are)$/i.test(previous.value)) return false;
  // "A man accused of robbing three banks was arrested": a participle after its noun is a passive, no speech.
  if (/ed$/i.test(t.value) && previous?.pos === 'NOUN' && /^(?:of|with|by)$/i.test(tokens[i + 1]?.value ?? '')) return false;
  // "Garber did not respond directly", "she never said", "Without commenting on the case": speech that did not happen.
  if (tokens.slice(Math.max(0, i - 2), i).some((x) => /^(?:not|n['’]t|never)$/i.test(x.value))) return false;
  if (/ing$/i.test(t.value) && /^without$/i.test(previous?.value ?? '')) return false;
  const verb = phrasal || pastAsAdjective || t.pos === 'VERB' || (t.pos === 'NOUN' && /s$/.test(t.value) && previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'PRON' || previous.value === ','));
  if (!verb) return false;
  // ("has asked to be traded": an infinitive of "be" after a request too — but one claims, admits or promises to be
  // something in words: "claims to be the rightful heir", "promised to be “a president for all”".)
  if (tokens[i + 1]?.value.toLowerCase() === 'to' && (tokens[i + 2]?.pos === 'VERB' || (tokens[i + 2]?.pos === 'AUX' && t.lemma.toLowerCase() === 'ask'))) return false;
  // "admitted herself to the Betty Ford Center" is no speech.
  if (/^(?:him|her|them|it|my|your|our)sel(?:f|ves)$/i.test(tokens[i + 1]?.value ?? '')) return false;
  // "…, adding that", "is saying", "after claiming that": a participle with its subject in the sentence.
  // (…or a document's: "released a statement saying that …".)
  // (…and one opening the sentence, its subject the main clause's: "Declaring “…” is at stake, Gates has ordered …".)
  if (/ing$/i.test(t.value) && previous?.value !== ',' && previous?.pos !== 'AUX' && !PARTICIPLE_OPENER.test(previous?.value ?? '') && issuingVerbBefore(tokens, i) === undefined && !opensSentence(tokens, i) && quotedAs(tokens, i) === undefined) return false;
  // "Texas was adding jobs", "the company added 300 staff": "add" with an object of its own is no speech. Inverted
  // after a quotation or comma ("…,” added the spokesman") it is.
  const next = tokens[i + 1];
  if (t.lemma.toLowerCase() === 'add' && next && ['NOUN', 'NUM', 'ADJ'].includes(next.pos) && !/^[,"“”]$/.test(previous?.value ?? '')) return false;
  // "Velmira recalled its ambassador", "claimed the title": a verb of two senses with a noun phrase for its object,
  // and no clause after it ("claimed the vote was rigged" is speech).
  // ("questioned him for six hours", "questioned Mark Jones": a person questioned, not a question reported.)
  if (t.lemma.toLowerCase() === 'question' && (OBJECT_PRONOUN.test(next?.value ?? '') || next?.pos === 'PROPN')) return false;
  const object = OBJECT_SENSES.has(t.lemma.toLowerCase()) ? objectOf(tokens, i) : undefined;
  if (object !== undefined && !SAID_OBJECTS.has(tokens[object]!.lemma.toLowerCase())) return false;
  // "King called him again yesterday", "called a timeout", "called 911", "called off the wedding": a call, a summons
  // or a decision, not speech — which "call" is only for something said of its object ("called him a “perfect
  // fit”", "called the ruling unfair") or with "for"/"on" ("called on Greece to …", "called for a ban").
  if (t.lemma.toLowerCase() === 'call' && callsSomeoneOrSomething(tokens, i)) return false;
  // "Musk commented on the post with a laughing emoji": a comment on something reports nothing unless a quotation
  // follows.
  if (t.lemma.toLowerCase() === 'comment' && /^on$/i.test(next?.value ?? '') && !tokens.slice(i + 2).some((x) => /^["“]$/.test(x.value))) return false;
  // "Hemphill charged Tuesday that the bids were rigged": an accusation, only with what was said within three words
  // after it — not "charged him with murder", "charged $5", "charged customers that fee".
  if (t.lemma.toLowerCase() === 'charge' && !saidWithin(tokens, i + 1, 3)) return false;
  // "urged the Fed to cut rates" reports what was urged; "urging on fans" cheers, and "as Japan and West Germany have
  // urged, she said" leaves the urging to the sentence's own cue.
  if (t.lemma.toLowerCase() === 'urge' && (next === undefined || /^(?:on|[.;)])$/i.test(next.value) || (/^[,:]$/.test(next.value) && !/^["“]/.test(tokens[i + 2]?.value ?? '')))) return false;
  // "Shares of Dome posted their biggest gain", "posted an extraordinary loss", "posted bail", "posted deputies at every
  // polling place": a post is speech only when what was posted holds words ("has posted an explanation of the
  // motivation", "posted a video saying …") or it went on a site ("posted on Facebook that …", "posted online").
  const posted = t.lemma.toLowerCase() === 'post' ? objectOf(tokens, i) : undefined;
  if (posted !== undefined && !POSTED_WORDS.has(tokens[posted]!.lemma.toLowerCase())) return false;
  // "said the department would respond “in due course”": inside what someone said, what another is to say has not
  // been said; the quotation belongs to the cue before. Alone, "he would say only that …" reports speech.
  const modal = MODALS.test(previous?.value ?? '') || (previous?.pos === 'ADV' && MODALS.test(tokens[i - 2]?.value ?? ''));
  // (Only a verb outside the quotation counts: "“… I believe in,” McCarthy would later tell reporters" is speech.)
  const lastClose = tokens.slice(0, i).map((x) => x.value).findLastIndex((v) => /^["”»]$/.test(v));
  if (modal && tokens.slice(lastClose + 1, i - 1).some((x) => x.pos === 'VERB' && CUE_VERBS.has(x.lemma.toLowerCase()))) return false;
  return true;
}

// Past forms of framed verbs that do not end in "-ed".
const IRREGULAR_PASTS = new Set(['swore', 'forecast', 'pled']);
// Framed verbs whose listener may stand between the verb and "that": "reminded the committee that", "assured investors that".
const TOLD_SOMEONE = new Set(['remind', 'assure', 'advise', 'order', 'swear']);

/**
 * Whether the verb at `i` is one of `FRAMED_CUE_VERBS` used as a report of speech: a past or present form (no modal
 * or "to" before it: "will continue “…”" has not happened), and right after it — past an adverb or two — "that", a
 * colon or a quotation, or a comma and a quotation ("he inquired, “…”"); after "remind", "assure", "advise", "order"
 * and "swear" a listener may come first ("reminded the Interim Committee that …"); "estimated this amount at “…”".
 * A quotation later in the verb's object is a title or a phrase it acts on, no speech: "continued their “road trip
 * from hell”", "ordered the “Senator's Special”", "concluded the show with “Born to Run.”"
 */
export function framesWhatWasSaid(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const lemma = t.lemma.toLowerCase();
  if (!FRAMED_CUE_VERBS.has(lemma)) return false;
  if (!/(?:ed|s)$/i.test(t.value) && !IRREGULAR_PASTS.has(t.value.toLowerCase())) return false;
  if (MODALS.test(tokens[i - 1]?.value ?? '') || /^to$/i.test(tokens[i - 1]?.value ?? '')) return false;
  let k = i + 1;
  while (k < i + 3 && tokens[k]?.pos === 'ADV' && !/^["“]$/.test(tokens[k]!.value)) k++;
  const opensQuote = (x: Token | undefined) => x !== undefined && /^["“]$/.test(x.value);
  const that = (x: Token | undefined) => x !== undefined && x.value.toLowerCase() === 'that' && x.pos === 'SCONJ';
  const next = tokens[k];
  if (that(next) || opensQuote(next) || next?.value === ':' || (next?.value === ',' && opensQuote(tokens[k + 1]))) return true;
  if (TOLD_SOMEONE.has(lemma)) {
    // The listener: a pronoun, a name, or a short noun phrase, then "that".
    let j = k;
    if (/^(?:him|her|them|me|us|you)$/i.test(tokens[j]?.value ?? '')) j++;
    else {
      if (/^(?:the|a|an|his|her|their|its|our)$/i.test(tokens[j]?.value ?? '')) j++;
      while (j < k + 5 && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[j]?.pos ?? '')) j++;
    }
    if (j > k && that(tokens[j])) return true;
  }
  // "Stein estimated this amount at “about $1,500 or $1,600 a month.”"
  if (lemma === 'estimate') for (let j = k; j < k + 5 && j + 1 < tokens.length; j++) if (tokens[j]!.value.toLowerCase() === 'at' && opensQuote(tokens[j + 1])) return true;
  return false;
}

/** Whether the verb at `i` is a cue only as one of `FRAMED_CUE_VERBS` (not also a verb of saying of its own). */
export function framedOnly(tokens: readonly Token[], i: number): boolean {
  const lemma = tokens[i]!.lemma.toLowerCase();
  return FRAMED_CUE_VERBS.has(lemma) && !CUE_VERBS.has(lemma);
}

/**
 * Whether what was said opens within `within` words from token `from`: a quotation, a colon, or "that" opening a
 * clause — not "that" as a determiner or of degree ("that fee", "that much"), nor a relative's ("customers that had
 * overdrawn": a verb right after it).
 */
function saidWithin(tokens: readonly Token[], from: number, within: number): boolean {
  // ("that many apartment seekers seem …" is a clause: a degree word before a noun is its determiner.)
  const degree = (k: number) => /^(?:much|many|far|long|little|few)$/i.test(tokens[k + 1]?.value ?? '') && tokens[k + 2]?.pos !== 'NOUN';
  const opensClause = (k: number) => tokens[k]?.value.toLowerCase() === 'that' && tokens[k]!.pos === 'SCONJ' && !degree(k) && !['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '');
  return Array.from({ length: within }, (_, n) => from + n).some((k) => opensClause(k) || /^["“:]$/.test(tokens[k]?.value ?? ''));
}

/** From token `from`: what was said within six words (`saidWithin`), or a clause's own verb before any preposition. */
function saysWhatAfter(tokens: readonly Token[], from: number): boolean {
  if (saidWithin(tokens, from, 6)) return true;
  const stop = tokens.findIndex((x, k) => k >= from && (['ADP', 'SCONJ', 'PUNCT', 'CCONJ'].includes(x.pos) || x.pos === 'VERB' || x.pos === 'AUX'));
  return stop > from && ['VERB', 'AUX'].includes(tokens[stop]!.pos);
}

/**
 * "Mikulic was quoted as saying", "the paper quoted Yamani as saying": the index of "quoted" before the "as" before
 * the participle at `i`, within a few words.
 */
export function quotedAs(tokens: readonly Token[], i: number): number | undefined {
  if (!/^as$/i.test(tokens[i - 1]?.value ?? '')) return undefined;
  // (…past who quoted them: "was quoted by the official PAP news agency as saying".)
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) if (/^quoted$/i.test(tokens[k]!.value)) return k;
  return undefined;
}

/** Whether "quoted" at `k` is passive ("Mikulic was quoted", "he was also quoted by PAP"): its subject was quoted. */
export function quotedPassive(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return tokens[j]?.pos === 'AUX' || /^(?:was|were|is|are|been|being)$/i.test(tokens[j]?.value ?? '');
}

/** After "put it" at `i`: a comma or a colon, past a manner ("bluntly", "this way") or, after an opening "As", any adverb. */
function putsItAsSpeech(tokens: readonly Token[], i: number): boolean {
  const afterIt = tokens.slice(i + 2, i + 5).map((x) => x.value.toLowerCase());
  const manner = PUT_IT_MANNERS.find((w) => afterIt.join(' ').startsWith(w));
  // ("As Rennick put it afterwards," takes any adverb: the "As" already says it is a way of saying.)
  const anyAdverb = i > 0 && /^as$/i.test(tokens[0]!.value) && tokens[i + 2]?.pos === 'ADV' && /^[,:]$/.test(afterIt[1] ?? '');
  return /^[,:]$/.test(afterIt[0] ?? '') || anyAdverb || (manner !== undefined && /^[,:]$/.test(afterIt[manner.split(' ').length] ?? ''));
}

/** The verbs a past tense may come from: "informed" → inform, "underlined" → underline, "specified" → specify. */
export function pastTenseBases(word: string): string[] {
  const w = word.toLowerCase();
  if (w.endsWith('ied')) return [`${w.slice(0, -3)}y`];
  return [w.slice(0, -2), w.slice(0, -1)];
}

const MODALS = /^(?:will|would|could|should|might|may|can|must|shall|'ll|’ll)$/i;

/**
 * Whether token `i` is a verb that frames the quotation just before it, whatever the verb: `“…,” Klobuchar
 * countered.`, `“…?” he demanded.`, `“…,” retorted Jordan.` The shape says speech even for verbs no list holds
 * ("deadpanned", "bristled"): a quotation closed by a comma, question or exclamation mark, then the verb with a
 * name, pronoun or short description on one side and the end of the sentence (or a short adjunct) on the other.
 */
export function framesQuotation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // A past or present form ("countered", "says"): the lemmatizer does not know every verb ("deadpanned").
  if (t.pos !== 'VERB' || /ing$/i.test(t.value) || (t.lemma.toLowerCase() === t.value.toLowerCase() && !/(?:ed|s)$/i.test(t.value))) return false;
  const closes = (k: number) => /^["”»]$/.test(tokens[k]?.value ?? '') && /^[,?!]$/.test(tokens[k - 1]?.value ?? '');
  const speakerWord = (x: Token) => ['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ'].includes(x.pos) || /^[A-Z][a-z]*\.$/.test(x.value);
  // After the speaker: `,” Klobuchar countered.`
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && speakerWord(tokens[k]!)) k--;
  const before = k < i - 1 && closes(k);
  // Before the speaker: `,” retorted Jordan.`
  let after = false;
  if (closes(i - 1)) {
    let j = i + 1;
    while (j < tokens.length && j - i <= 5 && speakerWord(tokens[j]!)) j++;
    after = j > i + 1 && (j === tokens.length || /^[.,;]$/.test(tokens[j]!.value));
  }
  if (!before && !after) return false;
  // Then the sentence ends, or goes on with an adjunct only ("countered on Tuesday", "said, adding …").
  const next = tokens[i + 1];
  return after || next === undefined || /^[.,;!?]$/.test(next.value) || next.pos === 'ADP' || next.pos === 'ADV';
}

/**
 * Whether the cue at `i` sits in a subordinate clause (a subordinator between it and the last comma, quotation mark
 * or the start): the "if" of “… if you repeal the law?” asked Marjorie Flynn is the quotation's, not the cue's.
 */
export function subordinate(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k]!.value !== ',' && !/^["“”«»]$/.test(tokens[k]!.value); k--) {
    // ", while Moscow said …" sets a second statement against the first (a clause of its own, see claims.ts).
    // "agreed with that assessment but said": "with" after a verb is its preposition, not "with X calling for …".
    // Nor after an adjective: "a person familiar with Hestia's thinking said", "someone close with the family".
    const prepositionOfVerb = tokens[k]!.value.toLowerCase() === 'with' && (tokens[k - 1]?.pos === 'VERB' || tokens[k - 1]?.pos === 'ADJ');
    // "She once said": "once" right before a verb means formerly, not "once he arrived".
    const formerly = tokens[k]!.value.toLowerCase() === 'once' && ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '');
    if (SUBORDINATORS.has(tokens[k]!.value.toLowerCase()) && !contrastsAt(tokens, k) && !prepositionOfVerb && !formerly) return true;
  }
  return false;
}

// Nouns for what someone says, owned by the speaker: "by X's own admission", "in X's words", "X's claim that".
const SAYING_NOUNS = new Set(['admission', 'word', 'statement', 'claim', 'account', 'telling', 'announcement', 'assertion', 'argument', 'testimony']);

/** A name in the possessive before a noun for what it says, outside quotations. */
export function possessiveSource(tokens: readonly Token[], own: readonly number[], mentions: readonly LocalMention[], quoted: (t: Token) => boolean): { mention: number; cue: string } | undefined {
  for (const m of own) {
    const x = mentions[m]!;
    if (x.type === 'place' || x.type === 'product') continue;
    const at = tokens.findIndex((t) => t.start >= x.end);
    if (at < 0 || !isPossessive(tokens[at]) || quoted(tokens[at]!)) continue;
    for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
      if (SAYING_NOUNS.has(tokens[k]!.lemma.toLowerCase()) && tokens[k]!.pos === 'NOUN') return { mention: m, cue: tokens[k]!.value };
      if (!['ADJ', 'ADV'].includes(tokens[k]!.pos)) break;
    }
  }
  return undefined;
}

// Verbs whose subject owns a quoted phrase in its clause though they are not verbs of saying ("The Pentagon pushed
// AI companies to license their models for “all lawful purposes”"): asking, naming, judging.
export const QUOTING_VERBS = new Set(['push', 'urge', 'demand', 'press', 'request', 'dub', 'brand', 'term', 'praise', 'hail', 'slam', 'blast', 'condemn', 'decry', 'tout', 'dismiss', 'deride', 'denounce', 'mock', 'ridicule', 'characterize']);
// Verbs of taking a stand: a quotation paragraph right after "X agreed with the decision." is X's.
export const STANCE_VERBS = new Set(['agree', 'disagree', 'praise', 'welcome', 'applaud', 'hail', 'criticize', 'condemn', 'slam', 'blast', 'oppose', 'support', 'reject', 'defend', 'cheer', 'commend', 'laud', 'celebrate', 'decry']);

/**
 * The verb of which mention `subject` is the subject: the first verb after it, past an apposition, auxiliaries,
 * adverbs and particles only ("The Pentagon had previously pushed"), outside quotations and subordinate clauses.
 */
export function verbOfSubject(tokens: readonly Token[], subject: LocalMention, quoted: (t: Token) => boolean): number | undefined {
  let i = tokens.findIndex((t) => t.start >= subject.end);
  if (i < 0) return undefined;
  // "X, the Y of Z, agreed": past an apposition between commas that has no verb of its own.
  if (tokens[i]!.value === ',') {
    let k = i + 1;
    while (k < tokens.length && k - i <= 24 && !['VERB', 'AUX'].includes(tokens[k]!.pos) && !quoted(tokens[k]!)) k++;
    if (tokens[k - 1]?.value === ',') i = k;
  }
  while (i < tokens.length && ['AUX', 'ADV', 'PART'].includes(tokens[i]!.pos) && !quoted(tokens[i]!)) i++;
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || quoted(t) || subordinate(tokens, i)) return undefined;
  return i;
}

export interface CueChoice {
  cue: number;
  phrase: SpeakerPhrase;
  /** Whether the cue governs a quotation of the sentence (it stands right before or after it). */
  quoting: boolean;
  /** Cue before its speaker: `,” said Altman`. */
  inverted: boolean;
}
