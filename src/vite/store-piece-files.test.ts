import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';
import { writePieces } from './store-piece-files.ts';

const HOUR = 60 * 60 * 1000;

describe('writePieces', () => {
  const tempDir = temporaryFolders('store-pieces-');

  it('writes each piece to its own file, in order, in a folder named by the store', () => {
    const folder = tempDir();
    const files = writePieces(folder, ['[1,2]', '["a"]', '[{"b":3}]']);
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(['[1,2]', '["a"]', '[{"b":3}]']);
    expect(readdirSync(folder)).toHaveLength(1);
    expect(writePieces(folder, ['[1,2]', '["a"]', '[{"b":3}]'])).toEqual(files);
    expect(writePieces(folder, ['[1,2]', '["A"]', '[{"b":3}]'])).not.toEqual(files);
  });

  it('keeps other stores for an hour (another process may be about to read them), then deletes them', () => {
    const folder = tempDir();
    const [older] = writePieces(folder, ['["older"]']);
    const [newer] = writePieces(folder, ['["newer"]']);
    expect(readFileSync(older!, 'utf8')).toBe('["older"]');
    writePieces(folder, ['["newer"]'], Date.now() + 2 * HOUR);
    expect(readdirSync(folder)).toEqual([newer!.split('/').at(-2)]);
    expect(readFileSync(newer!, 'utf8')).toBe('["newer"]');
  });

  it('keeps at most three stores, the newest, however recent', () => {
    const folder = tempDir();
    const written = ['["1"]', '["2"]', '["3"]', '["4"]', '["5"]'].map((piece, i) => writePieces(folder, [piece], Date.now() + i)[0]!);
    expect(readdirSync(folder)).toHaveLength(3);
    expect(readFileSync(written[4]!, 'utf8')).toBe('["5"]');
  });

  it('counts a store used again as new, so that it outlives the hour', () => {
    const folder = tempDir();
    const [first] = writePieces(folder, ['["first"]']);
    writePieces(folder, ['["first"]'], Date.now() + 2 * HOUR);
    const dir = first!.split('/').slice(0, -1).join('/');
    expect(statSync(dir).mtimeMs).toBeGreaterThan(Date.now() + HOUR);
    writePieces(folder, ['["other"]'], Date.now() + 2.5 * HOUR);
    expect(readFileSync(first!, 'utf8')).toBe('["first"]');
  });
});
