import { problem, type ContentProblem } from '../problems.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; problems: ContentProblem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a file's bytes into text, refusing binary files and empty ones.
 * A NUL byte or bytes that are not UTF-8 mean the file is not an article (an image saved as .md, say).
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.includes(0)) {
    return { ok: false, problems: [problem(file, 'binary-file', 'The file is binary (it contains NUL bytes), not text.', 'Save the article as UTF-8 text (.md, .html or .txt), or move this file out of the articles folder.')] };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, problems: [problem(file, 'not-utf8', 'The file is not valid UTF-8 text.', 'Re-save the file with UTF-8 encoding.')] };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ok: false, problems: [problem(file, 'empty-file', 'The file is empty.', 'Add the article text, or delete the file.')] };
  }
  return { ok: true, text };
}
