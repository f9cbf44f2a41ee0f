// The "one article changed" edit: append a sentence to one article of the corpus, and put it back afterwards.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SENTENCE = 'In a later update, officials said the review would continue next week.';

/** Appends a sentence to the middle article (by sorted path) and returns the function that restores it. */
export function changeOneArticle(corpus: string): { file: string; restore: () => void } {
  const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(md|markdown|html?|txt)$/i.test(path))
    .sort();
  const picked = files[files.length >> 1];
  if (picked === undefined) throw new Error(`No article to change in ${corpus}`);
  const file = join(corpus, picked);
  const original = readFileSync(file);
  const addition = /\.html?$/i.test(file) ? `\n<p>${SENTENCE}</p>\n` : `\n\n${SENTENCE}\n`;
  writeFileSync(file, Buffer.concat([original, Buffer.from(addition, 'utf8')]));
  return { file, restore: () => writeFileSync(file, original) };
}
