import type { Sentence } from '../tokens.ts';
import type { CueChoice } from './cues.ts';
import { PUT_IT_MANNERS } from '../claim-words.ts';

/**
 * The frame of a cue: what reports the words rather than states them. After the words (`,” he said.`, `, said X,
 * the Y of Z.`, `…, officials said on Tuesday.`) it runs from the end of the words to the end of the sentence (or
 * to a quotation that resumes); before them (`X said that`, `X told reporters:`) from the sentence's start to the tie.
 */
export function frameOf(sentence: Sentence, choice: CueChoice, ranges: readonly [number, number][], speakerAt?: number): [number, number][] {
  const tokens = sentence.tokens;
  const cue = tokens[choice.cue]!;
  const quoteBefore = ranges.filter(([, b]) => b <= cue.start).pop();
  const quoteAfter = ranges.find(([a]) => a >= cue.end);
  const rest = tokens.slice(choice.cue + 1).filter((t) => /\p{L}/u.test(t.value) && (!quoteAfter || t.end <= quoteAfter[0]));
  // After the words: inverted ("said X"), or only a short tail without a verb of its own ("said on Tuesday").
  // "said it was the right moment" has a verb of its own: an auxiliary counts.
  // A cue right after the quotation it governs closes it, whatever place follows ("“…,” Zinke said in a statement
  // released by the White House."), unless "that" opens more words of the speaker's.
  const closesQuote = quoteBefore !== undefined && choice.quoting && !rest.some((t) => t.value.toLowerCase() === 'that');
  const closing = choice.inverted || closesQuote || (rest.length <= 6 && !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.value.toLowerCase() === 'that'));
  const before = sentence.text.slice(0, cue.start - sentence.start);
  const comma = before.lastIndexOf(',');
  // "…, officials said" closes a statement: what stands before the comma has a verb. "Laura Ingraham, the Fox News
  // host, called …" has none there: that comma ends an apposition.
  // And the speaker stands after that comma: in "Republicans, including Sen. John McCain, criticized the move", the
  // part before it is the speaker.
  const statementBefore = comma > 0 && tokens.some((t) => t.end <= sentence.start + comma && (t.pos === 'VERB' || t.pos === 'AUX')) && (speakerAt === undefined || speakerAt > sentence.start + comma);
  if (closing && (quoteBefore || (statementBefore && choice.phrase.kind !== 'subject'))) {
    const from = quoteBefore ? quoteBefore[1] : sentence.start + comma;
    // Back to the comma before the speaker phrase, when the phrase stands between ("…, Altman said").
    return [[from, quoteAfter ? quoteAfter[0] : sentence.end]];
  }
  // "O'Brien sued, claiming he was terminated": a fact and a claim in one sentence; neither is only framing.
  if (choice.phrase.kind === 'subject') return [];
  // ("put it" says with its object: "As Marsh put it, “…”", "she put it this way:".)
  const written = sentence.text.slice(cue.end - sentence.start, quoteAfter ? quoteAfter[0] - sentence.start : undefined);
  const object = cue.lemma.toLowerCase() === 'put' ? (new RegExp(`^\\s+it(?:\\s+(?:${PUT_IT_MANNERS.join('|').replace(/ /g, '\\s+')}))?(?=\\s*[:,])`, 'i').exec(written)?.[0] ?? '') : '';
  const after = written.slice(object.length);
  // What ties the cue to the words: "that", a colon or a comma, after a listener ("told reporters") or a place
  // ("in his post on X") — never after words of the claim itself.
  const listener = cue.lemma.toLowerCase() === 'tell' ? '(?:[\\p{L}’\'.]+\\s+){1,4}?' : '';
  const place = '(?:(?:in|on|at|of|during|after|before|via|through|from|to|with|for|late|early)\\s+(?:[\\p{L}\\p{N}’\'.]+\\s*){0,6}?)?';
  // …or a time ("tweeted Tuesday that", "said late Monday that").
  const time = '(?:(?:late|early|on|last|this)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|night|morning|evening)?\\s*';
  const tie = new RegExp(`^\\s+${listener}${time}${place}(?:that\\b|[:,])|^\\s*[:,]`, 'iu').exec(after);
  // Without a tie the words are the cue's object: a clause ("Altman said OpenAI will …") is cut off as the claim,
  // a noun phrase ("Altman announced the deal on Friday") is not: the whole sentence is the claim.
  // A finite verb, not an infinitive ("asked the DoW to offer …" keeps its object: the request is the claim).
  const next = tokens.slice(choice.cue + 1, choice.cue + 6);
  const clause = next.some((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && next[k - 1]?.value.toLowerCase() !== 'to');
  if (!tie && !clause && !quoteAfter) return [];
  // From the start of the cue's own clause: "The Senate passed the bill on Tuesday, and Schumer said …" frames
  // only what follows ", and".
  const clauseStart = [...sentence.text.slice(0, cue.start - sentence.start).matchAll(/(?:;|,\s+(?:and|but))\s+/g)].pop();
  const from = clauseStart ? sentence.start + clauseStart.index + clauseStart[0].length : sentence.start;
  return [[from, Math.min(cue.end + object.length + (tie ? tie[0].length : 0), sentence.end)]];
}

export function accordingFrame(sentence: Sentence, at: number, nameEnd: number): [number, number][] {
  const rest = sentence.text.slice(nameEnd - sentence.start);
  const comma = /^\s*,/.exec(rest);
  // "According to X, …" opens the sentence; "…, according to X." closes it.
  if (at - sentence.start <= 2) return [[sentence.start, nameEnd + (comma ? comma[0].length : 0)]];
  const before = sentence.text.lastIndexOf(',', at - sentence.start);
  return [[before >= 0 ? sentence.start + before : at, sentence.end]];
}

