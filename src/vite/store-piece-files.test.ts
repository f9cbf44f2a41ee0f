import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';
import { writePieces, writtenPieces } from './store-piece-files.ts';

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

  it('names a store as asked, and finds it again by that name with its pieces in order', () => {
    const folder = tempDir();
    const pieces = Array.from({ length: 12 }, (_, i) => `[${i}]`);
    const files = writePieces(folder, pieces, Date.now(), 'file-abc-512');
    expect(files[0]).toBe(join(folder, 'file-abc-512', '0.json'));
    // Eleven pieces or more: in index order, not in the order of their names.
    expect(writtenPieces(folder, 'file-abc-512')).toEqual(files);
    expect(writtenPieces(folder, 'file-abc-512')!.map((file) => readFileSync(file, 'utf8'))).toEqual(pieces);
    expect(writtenPieces(folder, 'file-other-512')).toBeUndefined();
  });

  it('finds no store in a folder that holds anything but pieces, or none', () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'empty'));
    expect(writtenPieces(folder, 'empty')).toBeUndefined();
    writePieces(folder, ['[1]', '[2]'], Date.now(), 'odd');
    writeFileSync(join(folder, 'odd', 'notes.txt'), 'x');
    expect(writtenPieces(folder, 'odd')).toBeUndefined();
    // A piece missing from the middle (a folder being deleted): counting the files would find two of three.
    writePieces(folder, ['[1]', '[2]', '[3]'], Date.now(), 'gap');
    rmSync(join(folder, 'gap', '1.json'));
    expect(writtenPieces(folder, 'gap')).toBeUndefined();
  });

  it('keeps files beside the stores (the store file digest record) when pruning', () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'store-file-digest.json'), '{}');
    writePieces(folder, ['["1"]'], Date.now() + 2 * HOUR);
    expect(readdirSync(folder)).toContain('store-file-digest.json');
  });
});
