import { describe, expect, it } from 'vitest';
import { tokenizeBlocks } from './tokens.ts';

/** The sentences of one block, as text. */
const sentencesOf = (block: string): string[] => tokenizeBlocks([block]).map((s) => s.text);

describe('tokenizeBlocks: sentence boundaries', () => {
  it('splits "revealed on X. In his post, …" (wink reads "X." as an initial)', () => {
    // Engadget (content/articles/003_…), with its double space after the first sentence.
    const block =
      'OpenAI has reached an agreement with the Defense Department to deploy its models in the agency’s network, company chief Sam Altman has revealed on X.  In his post, he said two of OpenAI’s most important safety principles are “prohibitions on domestic mass surveillance and human responsibility for the use of force.” Altman claimed the company put those principles in its agreement with the agency.';
    expect(sentencesOf(block)).toEqual([
      'OpenAI has reached an agreement with the Defense Department to deploy its models in the agency’s network, company chief Sam Altman has revealed on X.',
      'In his post, he said two of OpenAI’s most important safety principles are “prohibitions on domestic mass surveillance and human responsibility for the use of force.”',
      'Altman claimed the company put those principles in its agreement with the agency.',
    ]);
  });

  it('splits after "on X." before any capital or quotation: a letter after a lower-case word is no initial (second tuning set q29)', () => {
    expect(sentencesOf('Musk dismissed the letter on X. “Senator Warren should spend less time writing letters,” he wrote.')).toEqual(['Musk dismissed the letter on X.', '“Senator Warren should spend less time writing letters,” he wrote.']);
    // …but initials that follow one another stay together (ECB+ 3_10: "the U. S. Marshals Service").
    const ecb = 'Perez is a spokesman for the U. S. Marshals Service in Houston.';
    expect(sentencesOf(ecb)).toEqual([ecb]);
  });

  it('a question closing a quotation does not end the sentence when a name and its speech verb follow (review r07, crafted)', () => {
    expect(sentencesOf('“Are Republicans going to cave again, congressman?” Ingraham asked. She did not wait.')).toEqual(['“Are Republicans going to cave again, congressman?” Ingraham asked.', 'She did not wait.']);
    expect(sentencesOf('“Why now?” Sen. Tim Kaine said on Tuesday.')).toEqual(['“Why now?” Sen. Tim Kaine said on Tuesday.']);
    // A quoted question followed by a sentence of the writer's own stays two sentences.
    expect(sentencesOf('“Why now?” Republicans in the Senate have no answer.')).toEqual(['“Why now?”', 'Republicans in the Senate have no answer.']);
  });

  it('does not split after a military title: "Pentagon press secretary Maj. Gen. Pat Ryder said" (review r23, crafted)', () => {
    const block = '“We are aware of the incident,” Pentagon press secretary Maj. Gen. Pat Ryder said during a briefing. Capt. Jane Holt of the Navy declined to comment.';
    expect(sentencesOf(block)).toEqual(['“We are aware of the incident,” Pentagon press secretary Maj. Gen. Pat Ryder said during a briefing.', 'Capt. Jane Holt of the Navy declined to comment.']);
  });

  it('keeps a rank the tokenizer splits from its period ("Adm.", "Cmdr.", "Det.") one token, as it keeps "Gen."', () => {
    const [sentence] = tokenizeBlocks(['Vice Adm. Sunil Lanba and Det. Ann Cole met Cmdr. Ravi Rao.']);
    expect(sentence!.tokens.map((t) => t.value)).toEqual(['Vice', 'Adm.', 'Sunil', 'Lanba', 'and', 'Det.', 'Ann', 'Cole', 'met', 'Cmdr.', 'Ravi', 'Rao', '.']);
    // Offsets still point at the words as written.
    const adm = sentence!.tokens[1]!;
    expect(sentence!.text.slice(adm.start, adm.end)).toBe('Adm.');
  });

  it('does not split at the middle initial of a name', () => {
    expect(sentencesOf('President George W. Bush signed it.')).toEqual(['President George W. Bush signed it.']);
    // ECB+ 19_…: a real sentence with the same shape.
    const ecb = 'In his final months in office, former president George W. Bush enacted several highly controversial policies that affect health care and wildlife.';
    expect(sentencesOf(ecb)).toEqual([ecb]);
    expect(sentencesOf('The ownership group led by John W. Henry spent the money. In 2008 it tried again.')).toEqual(['The ownership group led by John W. Henry spent the money.', 'In 2008 it tried again.']);
  });

  it('does not split after a title (Mr., Dr., Sen., Gen.)', () => {
    expect(sentencesOf('Mr. Smith went to Washington. He stayed there for a week.')).toEqual(['Mr. Smith went to Washington.', 'He stayed there for a week.']);
    expect(sentencesOf('Sen. Elizabeth Warren and Dr. Anthony Fauci spoke on Friday. Gen. Mark Milley did not.')).toEqual(['Sen. Elizabeth Warren and Dr. Anthony Fauci spoke on Friday.', 'Gen. Mark Milley did not.']);
    // ECB+ 6_…: "Mr." inside a quotation.
    const ecb = 'In an e-mail to media members Thursday night, Henry said, "We met with Mr. Teixeira and were very much impressed with him." The deal was done.';
    expect(sentencesOf(ecb)).toEqual(['In an e-mail to media members Thursday night, Henry said, "We met with Mr. Teixeira and were very much impressed with him."', 'The deal was done.']);
  });

  it('does not split inside "U.S." before a lower-case or a capitalized word', () => {
    // TechCrunch (content/articles/000_…).
    const techcrunch = 'Altman’s post came shortly before news broke that the U.S. and Israeli governments have begun bombing Iran, with Trump calling for the overthrow of the Iranian government.';
    expect(sentencesOf(techcrunch)).toEqual([techcrunch]);
    expect(sentencesOf('The U.S. Department of Defense said it would respond. U.S. officials declined to comment.')).toEqual(['The U.S. Department of Defense said it would respond.', 'U.S. officials declined to comment.']);
  });

  it('splits after a closing quotation mark that follows the period', () => {
    expect(sentencesOf('He said “no.” He left.')).toEqual(['He said “no.”', 'He left.']);
    expect(sentencesOf('He said "no." He left.')).toEqual(['He said "no."', 'He left.']);
    expect(sentencesOf('“We will fight,” he said. “We will win.”')).toEqual(['“We will fight,” he said.', '“We will win.”']);
  });

  it('splits where a sentence really ends after an abbreviation-like word', () => {
    expect(sentencesOf('He moved to the U.S. In 2019 he founded a startup.')).toEqual(['He moved to the U.S.', 'In 2019 he founded a startup.']);
    expect(sentencesOf('The deal closed at 5 p.m. The company said nothing.')).toEqual(['The deal closed at 5 p.m.', 'The company said nothing.']);
  });

  it('keeps "e.g." and "No. 2" inside their sentence', () => {
    // TechCrunch (content/articles/001_…).
    const techcrunch = 'In fact, the post pointed to three areas where it said OpenAI’s models cannot be used — mass domestic surveillance, autonomous weapon systems, and “high-stakes automated decisions (e.g. systems such as ‘social credit’).”';
    expect(sentencesOf(techcrunch)).toEqual([techcrunch]);
    expect(sentencesOf('Anthropic’s Claude rose to No. 2 in the App Store on Saturday.')).toEqual(['Anthropic’s Claude rose to No. 2 in the App Store on Saturday.']);
  });

  // BUG: wink-nlp tokenizes "TMZ.com" as "TMZ" "." "com" and ends a sentence at that period; tokenizeBlocks trusts
  // wink's boundaries (splitMissedBoundaries only adds cuts), so the claim text becomes "… reported by TMZ." + "com, …".
  it('does not split inside a domain name ("TMZ.com")', () => {
    // ECB+ 1_14ecbplus.md.
    const ecb = 'Prior to this check-in to Betty Ford, which was first reported by TMZ.com, California prosecutors had said late Thursday that the troubled actress, 26, would be arrested if she continued to flout a court order to enter a rehab facility.';
    expect(sentencesOf(ecb)).toEqual([ecb]);
  });
});

describe('tokenizeBlocks: offsets and blocks', () => {
  const blocks = ['OpenAI signed a deal with the Pentagon on Friday. The Department of Defense showed "a deep respect for safety," Altman wrote on X.', '', 'A DoD spokesperson declined to comment.'];
  const sentences = tokenizeBlocks(blocks);

  it('gives each sentence its block index and skips empty blocks', () => {
    expect(sentences.map((s) => [s.block, s.text])).toEqual([
      [0, 'OpenAI signed a deal with the Pentagon on Friday.'],
      [0, 'The Department of Defense showed "a deep respect for safety," Altman wrote on X.'],
      [2, 'A DoD spokesperson declined to comment.'],
    ]);
  });

  it('sentence and token offsets point at the exact text in the block', () => {
    for (const s of sentences) {
      expect(blocks[s.block]!.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) {
        expect(blocks[s.block]!.slice(t.start, t.end)).toBe(t.value);
        expect(t.start).toBeGreaterThanOrEqual(s.start);
        expect(t.end).toBeLessThanOrEqual(s.end);
      }
    }
    // The second sentence starts after the first one's period and the space.
    expect(sentences[1]!.start).toBe(blocks[0]!.indexOf('The Department'));
  });

  it('every token belongs to exactly one sentence, in order', () => {
    const all = sentences.filter((s) => s.block === 0).flatMap((s) => s.tokens);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    // Together the tokens cover every non-space character of the block, none twice.
    expect(all.map((t) => t.value).join('')).toBe(blocks[0]!.replace(/\s+/g, ''));
  });
});
