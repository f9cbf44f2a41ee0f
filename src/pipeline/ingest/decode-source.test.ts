import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode-source.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function problemCodes(input: Uint8Array): string[] {
  const result = decodeSource(input, 'articles/story.md');
  if (result.ok) return [];
  for (const p of result.problems) {
    expect(p.file).toBe('articles/story.md');
    expect(p.problem.length).toBeGreaterThan(0);
    expect(p.fix.length).toBeGreaterThan(0);
  }
  return result.problems.map((p) => p.code);
}

describe('decodeSource', () => {
  it.each([
    ['no bytes', bytes()],
    ['spaces and newlines', utf8('  \n\t\n   \r\n')],
    ['only a byte-order mark', bytes(0xef, 0xbb, 0xbf)],
    ['a byte-order mark and blank lines', bytes(0xef, 0xbb, 0xbf, 0x0a, 0x0a)],
  ])('reports %s as empty-file', (_label, input) => {
    expect(problemCodes(input)).toEqual(['empty-file']);
  });

  it.each([
    ['a NUL inside text', utf8('Lindsay\u0000Lohan')],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d)],
    ['a single NUL', bytes(0)],
  ])('reports %s as binary-file', (_label, input) => {
    expect(problemCodes(input)).toEqual(['binary-file']);
  });

  it.each([
    ['0xff 0xfe 0x41', bytes(0xff, 0xfe, 0x41)],
    ['Latin-1 "café"', bytes(0x63, 0x61, 0x66, 0xe9)],
    ['a truncated 3-byte sequence', bytes(0x41, 0xe2, 0x80)],
  ])('reports invalid UTF-8 (%s) as not-utf8', (_label, input) => {
    expect(problemCodes(input)).toEqual(['not-utf8']);
  });

  it('decodes multi-byte UTF-8 unchanged', () => {
    const text = 'OpenAI’s Sam Altman announces Pentagon deal with ‘technical safeguards’ — café';
    expect(decodeSource(utf8(text), 'a.md')).toEqual({ ok: true, text });
  });

  it('strips a leading byte-order mark', () => {
    expect(decodeSource(bytes(0xef, 0xbb, 0xbf, ...utf8('---\ntitle: x\n---\n')), 'a.md')).toEqual({ ok: true, text: '---\ntitle: x\n---\n' });
  });

  it('normalizes CRLF and lone CR line endings to LF', () => {
    expect(decodeSource(utf8('Published August 02, 2013\r\n\r\nFirst paragraph.\rSecond line.\r\n'), 'a.txt')).toEqual({
      ok: true,
      text: 'Published August 02, 2013\n\nFirst paragraph.\nSecond line.\n',
    });
  });
});
