import type { LocalMention } from '../local-aliases.ts';
import type { Sentence } from '../tokens.ts';
import type { SentenceAttribution } from './attribute.ts';
import { pushTo } from '../../multimap.ts';

/**
 * Quotations with no cue of their own that go on from a speaker the article only describes: "“A,” a police
 * spokesman said. “B.”" in one paragraph, or a paragraph of quotation after "“A,” the spokesman said.", "One nurse
 * said staff had warned managers for months." or "Police said in a statement:". They are that described speaker's, as a named speaker's would be theirs — but only where
 * nobody else could have spoken them: no one is named after the description, and the quotation paragraph has no cue.
 * Runs after named speakers are carried, so it only fills what they left unknown.
 */
export function carryDescribed(sentences: readonly Sentence[], mentions: readonly LocalMention[], blocks: readonly string[], out: SentenceAttribution[]): void {
  // Each sentence's people and bodies, and each paragraph's sentences, gathered once.
  const namedIn = new Map<number, LocalMention[]>();
  for (const m of mentions) if (m.type === 'person' || m.type === 'organization') pushTo(namedIn, m.sentence, m);
  const sentencesOf = new Map<number, number[]>();
  sentences.forEach((s, i) => pushTo(sentencesOf, s.block, i));
  // Whether a person or a body is named in sentence `i` from block offset `from` on, outside its quotations.
  const namedAfter = (i: number, from: number) => (namedIn.get(i) ?? []).some((m) => m.start >= from && !out[i]!.quotes.some(([a, b]) => m.start >= a && m.end <= b));
  // (…all quotation, or nothing but a quotation's own marks and names beside it: not "“Save our hospital,” read one
  // banner" nor "“Harlow 2030” runs to 400 pages", whose own verb says whose or what the words are.)
  const ownVerb = (i: number) => sentences[i]!.tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !out[i]!.quotes.some(([a, b]) => t.start >= a && t.end <= b));
  const uncued = (i: number) => out[i]!.quotes.length > 0 && out[i]!.speaker === undefined && out[i]!.described === undefined && out[i]!.cue === undefined && !ownVerb(i);
  sentences.forEach((sentence, index) => {
    if (!uncued(index)) return;
    // The sentence before that said something: in this paragraph, or, for a paragraph opening with a quotation, the
    // last sentence of the paragraph before.
    let j = index - 1;
    while (j >= 0 && sentences[j]!.block === sentence.block && out[j]!.cue === undefined && out[j]!.quotes.length > 0 && out[j]!.described === undefined) j--;
    if (j < 0) return;
    const sameBlock = sentences[j]!.block === sentence.block;
    if (!sameBlock) {
      const paragraph = sentencesOf.get(sentence.block)!;
      const opens = /^\s*["“«„]/.test(blocks[sentence.block] ?? '');
      // (…a paragraph none of whose quotations has a cue, right after the paragraph it goes on from, whose last sentence
      // this is: sentence j is the one just before this paragraph's first.)
      if (!opens || paragraph.some((i) => out[i]!.cue !== undefined || out[i]!.speaker !== undefined || namedAfter(i, sentences[i]!.start)) || j !== paragraph[0]! - 1) return;
    }
    const before = out[j]!;
    if (before.speaker !== undefined || before.described === undefined || before.described.kind === 'according-to') return;
    // (Not past someone named after the description: "“A,” a spokesman said, adding that Mayor Jo Reyes would …")
    if (namedAfter(j, before.cueAt ?? sentences[j]!.start)) return;
    out[index] = { ...out[index]!, described: { ...before.described, kind: 'quote' } };
  });
}
