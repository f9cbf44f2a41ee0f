import type { Attribution } from '../../../schemas/claim.ts';
import { CUE_VERBS } from '../claim-words.ts';
import type { LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';
import { pushTo } from '../../multimap.ts';
import { findQuotations, type QuoteSpan } from './quotations.ts';
import { resolveDescription, resolvePronoun, typesByName, type Discourse } from './resolve-reference.ts';
import { phraseAfter, phraseBefore, type PhraseContext, type SpeakerPhrase } from './speaker-phrase.ts';

/** Who a sentence's words belong to, as the article tells it. */
export interface SentenceAttribution {
  /** Index of the mention naming the speaker; undefined when the article does not say. */
  speaker?: number;
  /** The cue as written ("said", "told", "according to"). */
  cue?: string;
  kind: Attribution;
  /** Block offsets of the quotations in the sentence. */
  quotes: [number, number][];
  /** Block offsets of the attribution frame ("Altman said that", ", he said", "According to X,"). */
  frame: [number, number][];
}

// Verbs whose subject reports someone else's words ("Fortune reports that Altman told employees …").
const REPORTING = new Set(['report', 'reveal']);
// Nouns that make "X … in a statement:" an introduction of what follows.
const STATEMENT_NOUNS = new Set(['statement', 'post', 'memo', 'letter', 'tweet', 'release', 'blog', 'note', 'email', 'message', 'case', 'remark', 'comment']);
const PREPOSITION = 'ADP';
const CLOSE = /^["”»]$/;

function overlap(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

// Words that open an introductory phrase before the main clause ("Reached by telephone yesterday, O'Brien …").
const INTRODUCTORY = new Set(['ADP', 'VERB', 'ADV', 'SCONJ']);

/**
 * The first named subject of the main clause: before its first verb, outside quotations and prepositional
 * phrases, after an introductory phrase that ends in a comma.
 */
function subjectIn(sentence: Sentence, own: readonly number[], mentions: readonly LocalMention[], quoted: (t: Token) => boolean, quotedMention: readonly boolean[]): number | undefined {
  const tokens = sentence.tokens.filter((t) => !quoted(t) && !/^["“”«»]$/.test(t.value));
  let from = 0;
  if (tokens[0] && INTRODUCTORY.has(tokens[0].pos)) {
    const comma = tokens.findIndex((t, i) => i < 14 && t.value === ',');
    if (comma > 0) from = comma + 1;
  }
  const verb = tokens.slice(from).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const startAt = tokens[from]?.start ?? sentence.end;
  for (const m of own) {
    const x = mentions[m]!;
    if (quotedMention[m] || x.start < startAt || x.type === 'place' || x.type === 'product' || (verb && x.start >= verb.start)) continue;
    const at = tokens.findIndex((t) => t.start === x.start);
    const before = tokens[at - 1];
    if (before && before.pos === PREPOSITION) continue;
    return m;
  }
  return undefined;
}

// Conjunctions that put a cue in a clause of its own ("before Altman announced …", "with Trump calling for …"):
// that clause's speaker is not the sentence's. "As X notes, …" is attribution and stays.
const SUBORDINATORS = new Set(['before', 'after', 'when', 'while', 'since', 'because', 'if', 'until', 'unless', 'although', 'though', 'with', 'once', 'whether']);

/**
 * Whether token `i` is a speech verb used as one: tagged a verb (or "says", "reports", "notes" tagged as a noun
 * right after a name or pronoun), not an infinitive's head ("agreed to team up") nor a participle of a clause of
 * its own ("with Trump calling for …") unless it follows a comma ("…, adding that …") or an auxiliary.
 */
function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!CUE_VERBS.has(t.lemma.toLowerCase())) return false;
  const previous = tokens[i - 1];
  const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && /s$/.test(t.value) && previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'PRON'));
  if (!verb) return false;
  if (tokens[i + 1]?.value.toLowerCase() === 'to' && tokens[i + 2]?.pos === 'VERB') return false;
  if (/ing$/i.test(t.value) && previous?.value !== ',' && previous?.pos !== 'AUX') return false;
  return true;
}

/** Whether the cue at `i` sits in a subordinate clause (a subordinator between it and the last comma or the start). */
function subordinate(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k]!.value !== ','; k--) if (SUBORDINATORS.has(tokens[k]!.value.toLowerCase())) return true;
  return false;
}

interface CueChoice {
  cue: number;
  phrase: SpeakerPhrase;
  /** Whether the cue governs a quotation of the sentence (it stands right before or after it). */
  quoting: boolean;
  /** Cue before its speaker: `,” said Altman`. */
  inverted: boolean;
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
  const discourse: Discourse = { mentions, bySentence, subjectOf: [], speakerOf: [], typeOfName: typesByName(mentions), quoted: quotedMention };
  const groupSpeaker = new Map<number, { speaker: number | undefined; cue: string }>();
  const out: SentenceAttribution[] = [];
  const groupsOf: number[][] = [];

  sentences.forEach((sentence, index) => {
    const own = bySentence.get(index) ?? [];
    const spans = (quotesOfBlock.get(sentence.block) ?? []).filter((q) => overlap([q.start, q.end], [sentence.start, sentence.end]));
    const ranges = spans.map((q): [number, number] => [Math.max(q.start, sentence.start), Math.min(q.end, sentence.end)]);
    groupsOf[index] = [...new Set(spans.map((q) => q.group))];
    const quoted = (t: Token) => ranges.some(([a, b]) => t.start >= a && t.end <= b);
    const ctx: PhraseContext = { sentence, own, mentions, quoted };
    const tokens = sentence.tokens;
    const resolve = (phrase: SpeakerPhrase): number | undefined => {
      if (phrase.kind === 'mention') return phrase.mention;
      if (phrase.kind === 'pronoun') return resolvePronoun(discourse, index, phrase.pronoun, subjectBefore(phrase.at));
      if (phrase.kind === 'subject') return discourse.subjectOf[index];
      return resolveDescription(discourse, index, phrase.head, phrase.definite);
    };

    // A pronoun subject stands for its referent ("He also said …" makes its referent the subject).
    let subject = subjectIn(sentence, own, mentions, quoted, quotedMention);
    const firstWord = tokens.find((t) => /\p{L}/u.test(t.value) && !quoted(t));
    if (subject === undefined && firstWord && ['he', 'she', 'it'].includes(firstWord.value.toLowerCase()) && firstWord === tokens.find((t) => /\p{L}/u.test(t.value))) {
      subject = resolvePronoun(discourse, index, firstWord.value.toLowerCase());
    }
    discourse.subjectOf[index] = subject;
    // The sentence's subject counts for a pronoun only when it stands before it ("Altman …, where he admitted").
    const subjectBefore = (at: number) => (subject !== undefined && mentions[subject]!.sentence === index && mentions[subject]!.end <= at ? subject : undefined);

    const choices: CueChoice[] = [];
    tokens.forEach((t, i) => {
      if (quoted(t) || !isCue(tokens, i) || subordinate(tokens, i)) return;
      // Inverted order (`,” said Altman`) right after a quotation; after a comma only when no subject precedes.
      const previous = tokens[i - 1];
      const afterQuote = previous !== undefined && CLOSE.test(previous.value);
      const before = afterQuote ? undefined : phraseBefore(ctx, i);
      const after = before === undefined && previous !== undefined && (afterQuote || previous.value === ',') ? phraseAfter(ctx, i) : undefined;
      const phrase = before ?? after;
      if (!phrase) return;
      const quoting = ranges.some(([a, b]) => {
        // The closing mark lies outside the quoted words; it belongs to the gap.
        const gapAfter = sentence.text.slice(b - sentence.start, t.start - sentence.start).replace(/^[\s,.!?]*["”»]/, '');
        const gapBefore = sentence.text.slice(t.end - sentence.start, a - sentence.start).replace(/[“"«„]\s*$/, '');
        // `,” he said` / `,” said X`: only the speaker phrase between the quotation and its cue.
        const follows = t.start >= b && /^[\s"”»,.!?;:—–-]*(?:[\p{L}\p{N}.’'-]+\s*){0,6}$/u.test(gapAfter) && !/[“"«]/.test(gapAfter);
        // `X said: “…”`, `X said that “…”`, `X told reporters, “…”`.
        const precedes = t.end <= a && /^[^“"«”]{0,60}$/u.test(gapBefore) && (gapBefore.trim() === '' || /[:,]\s*[“"«]?$|\bthat\s*[“"«]?$/.test(gapBefore) || gapBefore.trim().split(/\s+/).length <= 4);
        return follows || precedes;
      });
      choices.push({ cue: i, phrase, quoting, inverted: after !== undefined });
    });
    const according = /\baccording to\b/i.exec(sentence.text);
    const accordingAt = according && !ranges.some(([a, b]) => sentence.start + according.index >= a && sentence.start + according.index < b) ? sentence.start + according.index : undefined;

    // A cue beside a quotation governs it; otherwise the sentence's first cue (reported speech around a quotation,
    // "Obama said he was restoring “the scientific process …”", is the same speaker's).
    let chosen: CueChoice | undefined = choices.find((c) => c.quoting) ?? choices[0];
    // Nested reports: "Fortune reports that Altman told employees that …" — the innermost speaker said it.
    if (chosen && !chosen.quoting && REPORTING.has(tokens[chosen.cue]!.lemma.toLowerCase())) chosen = choices.find((c) => c.cue > chosen!.cue) ?? chosen;

    let attribution: SentenceAttribution = { kind: 'none', quotes: ranges, frame: [] };
    if (chosen) {
      const speaker = resolve(chosen.phrase);
      const cueToken = tokens[chosen.cue]!;
      attribution = {
        ...(speaker !== undefined ? { speaker } : {}),
        cue: cueToken.value,
        kind: speaker === undefined ? 'none' : ranges.length > 0 ? 'quote' : 'indirect',
        quotes: ranges,
        frame: frameOf(sentence, chosen, ranges),
      };
      if (chosen.quoting) for (const g of groupsOf[index]!) groupSpeaker.set(g, { speaker, cue: cueToken.value });
    } else if (accordingAt !== undefined) {
      const at = accordingAt + according![0].length;
      const named = own.find((m) => mentions[m]!.start >= at && mentions[m]!.start - at <= 40 && mentions[m]!.type !== 'place' && !quotedMention[m]);
      attribution = {
        ...(named !== undefined ? { speaker: named } : {}),
        cue: according![0],
        kind: named === undefined ? 'none' : 'according-to',
        quotes: ranges,
        frame: accordingFrame(sentence, accordingAt, named === undefined ? at : mentions[named]!.end),
      };
    }
    if (!chosen && accordingAt === undefined && ranges.length > 0) {
      // "Anthropic also makes a technical case in a recent statement: “We do not believe …”": the subject's words.
      const colon = tokens.findIndex((t) => t.value === ':' && !quoted(t) && ranges.some(([a]) => a >= t.end && sentence.text.slice(t.end - sentence.start, a - sentence.start).replace(/["“«„]/g, '').trim() === ''));
      const introduces = colon > 0 && tokens.slice(0, colon).some((t) => STATEMENT_NOUNS.has(t.lemma.toLowerCase()));
      if (introduces && subject !== undefined) attribution = { speaker: subject, kind: 'quote', quotes: ranges, frame: [[sentence.start, tokens[colon]!.end]] };
      if (introduces && subject !== undefined) for (const g of groupsOf[index]!) groupSpeaker.set(g, { speaker: subject, cue: ':' });
    }
    out.push(attribution);
    if (attribution.speaker !== undefined) discourse.speakerOf[index] = attribution.speaker;
    if (attribution.speaker !== undefined && (attribution.kind === 'indirect' || attribution.kind === 'according-to') && subject === undefined) discourse.subjectOf[index] = attribution.speaker;
  });

  // Sentences inside a quotation whose cue stands in another sentence of it ("“A. B,” he said."), and quotations
  // that go on in the same paragraph after their cue ("“A,” Altman said. “B.”").
  const speakerOfGroup = new Map<number, number>();
  for (const [g, x] of groupSpeaker) if (x.speaker !== undefined) speakerOfGroup.set(g, x.speaker);
  sentences.forEach((sentence, index) => {
    const a = out[index]!;
    if (a.quotes.length === 0) return;
    if (a.speaker === undefined) {
      const fromGroup = groupsOf[index]!.map((g) => speakerOfGroup.get(g)).find((x) => x !== undefined);
      const earlier = fromGroup ?? earlierQuoteSpeaker(sentences, out, index);
      if (earlier !== undefined) out[index] = { ...a, speaker: earlier, kind: 'quote' };
    }
    const speaker = out[index]!.speaker;
    if (speaker !== undefined) for (const g of groupsOf[index]!) if (!speakerOfGroup.has(g)) speakerOfGroup.set(g, speaker);
  });

  carryAcrossParagraphs(sentences, mentions, blocks, out, groupsOf, speakerOfGroup, discourse);
  return out;
}

/**
 * A quotation paragraph with no cue of its own: the speaker of the paragraph before (a long quotation goes on), or
 * of a colon introduction ("Anthropic … in a recent statement:"). Text signed "— Name (@handle)" is that person's.
 */
function carryAcrossParagraphs(
  sentences: readonly Sentence[],
  mentions: readonly LocalMention[],
  blocks: readonly string[],
  out: SentenceAttribution[],
  groupsOf: readonly number[][],
  speakerOfGroup: Map<number, number>,
  discourse: Discourse,
): void {
  const sentencesOf = new Map<number, number[]>();
  sentences.forEach((s, i) => pushTo(sentencesOf, s.block, i));
  const blockIds = [...sentencesOf.keys()].sort((a, b) => a - b);
  blockIds.forEach((block, n) => {
    const own = sentencesOf.get(block)!;
    const text = blocks[block] ?? '';
    // "— Sam Altman (@sama) February 28, 2026": the paragraph before is that person's post.
    const signature = /^\s*[—–-]\s*/.exec(text) && /\(@\w+\)/.test(text) ? mentions.findIndex((m) => m.block === block && m.type === 'person') : -1;
    if (signature >= 0 && n > 0) {
      for (const i of sentencesOf.get(blockIds[n - 1]!)!) if (out[i]!.speaker === undefined) out[i] = { ...out[i]!, speaker: signature, kind: 'quote', cue: out[i]!.cue ?? '—' };
    }
    if (n === 0) return;
    const opensWithQuote = /^\s*["“«„]/.test(text);
    const uncredited = own.filter((i) => out[i]!.speaker === undefined && out[i]!.quotes.length > 0 && !groupsOf[i]!.some((g) => speakerOfGroup.has(g)));
    if (!opensWithQuote || uncredited.length === 0) return;
    const previous = sentencesOf.get(blockIds[n - 1]!)!;
    const last = previous[previous.length - 1]!;
    const introducer = introducedBy(sentences[last]!, last, out[last]!, discourse);
    const carried = introducer ?? [...previous].reverse().map((i) => out[i]!.speaker).find((s) => s !== undefined);
    if (carried === undefined) return;
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

/** A sentence ending in a colon that introduces someone's words: its cue's speaker, or its subject when it names a statement. */
function introducedBy(sentence: Sentence, index: number, attribution: SentenceAttribution, discourse: Discourse): number | undefined {
  if (!/:\s*$/.test(sentence.text)) return undefined;
  if (attribution.speaker !== undefined) return attribution.speaker;
  const namesStatement = sentence.tokens.some((t) => STATEMENT_NOUNS.has(t.lemma.toLowerCase()));
  return namesStatement ? discourse.subjectOf[index] : undefined;
}

/**
 * The frame of a cue: what reports the words rather than states them. After the words (`,” he said.`, `, said X,
 * the Y of Z.`, `…, officials said on Tuesday.`) it runs from the end of the words to the end of the sentence (or
 * to a quotation that resumes); before them (`X said that`, `X told reporters:`) from the sentence's start to the tie.
 */
function frameOf(sentence: Sentence, choice: CueChoice, ranges: readonly [number, number][]): [number, number][] {
  const tokens = sentence.tokens;
  const cue = tokens[choice.cue]!;
  const quoteBefore = ranges.filter(([, b]) => b <= cue.start).pop();
  const quoteAfter = ranges.find(([a]) => a >= cue.end);
  const rest = tokens.slice(choice.cue + 1).filter((t) => /\p{L}/u.test(t.value) && (!quoteAfter || t.end <= quoteAfter[0]));
  // After the words: inverted ("said X"), or only a short tail without a verb of its own ("said on Tuesday").
  const closing = choice.inverted || (rest.length <= 6 && !rest.some((t) => t.pos === 'VERB' || t.value.toLowerCase() === 'that'));
  const before = sentence.text.slice(0, cue.start - sentence.start);
  const comma = before.lastIndexOf(',');
  if (closing && (quoteBefore || (comma > 0 && choice.phrase.kind !== 'subject'))) {
    const from = quoteBefore ? quoteBefore[1] : sentence.start + comma;
    // Back to the comma before the speaker phrase, when the phrase stands between ("…, Altman said").
    return [[from, quoteAfter ? quoteAfter[0] : sentence.end]];
  }
  if (choice.phrase.kind === 'subject') return comma > 0 ? [[sentence.start + comma, quoteAfter ? quoteAfter[0] : sentence.end]] : [];
  const after = sentence.text.slice(cue.end - sentence.start, quoteAfter ? quoteAfter[0] - sentence.start : undefined);
  // What ties the cue to the words: "that", a colon or a comma, after a listener ("told reporters") or a place
  // ("in his post on X") — never after words of the claim itself.
  const listener = cue.lemma.toLowerCase() === 'tell' ? '(?:[\\p{L}’\'.]+\\s+){1,4}?' : '';
  const place = '(?:(?:in|on|at|during|after|before|via|through|from|to|with|for|late|early)\\s+(?:[\\p{L}\\p{N}’\'.]+\\s+){0,6}?)?';
  const tie = new RegExp(`^\\s+${listener}${place}(?:that\\b|[:,])|^\\s*[:,]`, 'iu').exec(after);
  // Without a tie the words are the cue's object: a clause ("Altman said OpenAI will …") is cut off as the claim,
  // a noun phrase ("Altman announced the deal on Friday") is not: the whole sentence is the claim.
  const clause = tokens.slice(choice.cue + 1, choice.cue + 6).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (!tie && !clause && !quoteAfter) return [];
  return [[sentence.start, Math.min(cue.end + (tie ? tie[0].length : 0), sentence.end)]];
}

function accordingFrame(sentence: Sentence, at: number, nameEnd: number): [number, number][] {
  const rest = sentence.text.slice(nameEnd - sentence.start);
  const comma = /^\s*,/.exec(rest);
  // "According to X, …" opens the sentence; "…, according to X." closes it.
  if (at - sentence.start <= 2) return [[sentence.start, nameEnd + (comma ? comma[0].length : 0)]];
  const before = sentence.text.lastIndexOf(',', at - sentence.start);
  return [[before >= 0 ? sentence.start + before : at, sentence.end]];
}

/** The speaker of the nearest earlier quotation in the same paragraph. */
function earlierQuoteSpeaker(sentences: readonly Sentence[], out: readonly SentenceAttribution[], index: number): number | undefined {
  for (let i = index - 1; i >= 0 && sentences[i]!.block === sentences[index]!.block; i--) {
    if (out[i]!.kind === 'quote' && out[i]!.speaker !== undefined) return out[i]!.speaker;
  }
  return undefined;
}
