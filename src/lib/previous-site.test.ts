import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';
import { deleteMovedAside, moveAside, safeToMoveAside } from './previous-site.ts';

const tempDir = temporaryFolders('previous-site-');

/** A built site and a cache folder beside it. */
function builtSite() {
  const root = tempDir();
  const outDir = join(root, 'dist');
  for (const dir of ['articles/a', 'pagefind/fragment']) mkdirSync(join(outDir, dir), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<h1>old</h1>');
  writeFileSync(join(outDir, 'articles/a/index.html'), '<h1>a</h1>');
  writeFileSync(join(outDir, 'pagefind/fragment/x.pf_fragment'), 'x');
  return { outDir, trashDir: join(root, 'cache') };
}

describe('moving the previous site aside and deleting it', () => {
  it('empties the output folder at once; the old site is gone once deleted', async () => {
    const { outDir, trashDir } = builtSite();
    const trash = moveAside(outDir, trashDir)!;
    expect(readdirSync(outDir)).toEqual([]);
    expect(readdirSync(trash).sort()).toEqual(['articles', 'index.html', 'pagefind']);
    await deleteMovedAside(trashDir);
    expect(readdirSync(trashDir)).toEqual([]);
  });

  it('deletes what a killed build left, and nothing else in the cache folder', async () => {
    const { outDir, trashDir } = builtSite();
    mkdirSync(join(trashDir, 'previous-site-1-2/articles'), { recursive: true });
    writeFileSync(join(trashDir, 'previous-site-1-2/articles/index.html'), 'left over');
    writeFileSync(join(trashDir, 'other-cache-file'), 'kept');
    moveAside(outDir, trashDir);
    await deleteMovedAside(trashDir);
    expect(readdirSync(trashDir)).toEqual(['other-cache-file']);
  });

  it('leaves in place what it cannot move (another file system), for Astro to delete', () => {
    const { outDir, trashDir } = builtSite();
    let moves = 0;
    // The first entry moves, then the disk refuses.
    const failsAfterOne: typeof renameSync = (from, to) => {
      if (moves++ > 0) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      renameSync(from, to);
    };
    const trash = moveAside(outDir, trashDir, failsAfterOne)!;
    expect(readdirSync(trash)).toHaveLength(1);
    expect(readdirSync(outDir)).toHaveLength(2);
  });

  it('moves nothing when there is no previous site, and never throws', () => {
    const { outDir, trashDir } = builtSite();
    expect(moveAside(join(outDir, 'never-built'), trashDir)).toBeUndefined();
    expect(existsSync(trashDir)).toBe(false);
    // The output "folder" is a file: nothing to move, no exception.
    expect(moveAside(join(outDir, 'index.html'), trashDir)).toBeUndefined();
  });
});

describe('safeToMoveAside', () => {
  const root = '/work/project';
  const cache = '/work/project/node_modules/.cache/claimlens';
  it('allows an ordinary output folder, in the project or elsewhere', () => {
    expect(safeToMoveAside('/work/project/dist', root, cache)).toBe(true);
    expect(safeToMoveAside('/tmp/site', root, cache)).toBe(true);
    expect(safeToMoveAside('/work/project/dist-old', root, '/work/project/dist')).toBe(true);
  });
  it('refuses the project root, a folder holding it, and output and cache folders inside one another', () => {
    expect(safeToMoveAside('/work/project', root, cache)).toBe(false);
    expect(safeToMoveAside('/work/project/', root, cache)).toBe(false);
    expect(safeToMoveAside('/work', root, cache)).toBe(false);
    expect(safeToMoveAside('/work/project/dist', root, '/work/project/dist/cache')).toBe(false);
    expect(safeToMoveAside('/work/project/node_modules/.cache/claimlens/site', root, cache)).toBe(false);
  });
});
