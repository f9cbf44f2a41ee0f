import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deletePreviousSite } from './previous-site.ts';

/** A built site (pages, an index, a `.git` of a deployment) and a cache folder beside it. */
function builtSite() {
  const root = mkdtempSync(join(tmpdir(), 'previous-site-'));
  const outDir = join(root, 'dist');
  for (const dir of ['articles/a', 'pagefind/fragment', '.git']) mkdirSync(join(outDir, dir), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<h1>old</h1>');
  writeFileSync(join(outDir, 'articles/a/index.html'), '<h1>a</h1>');
  writeFileSync(join(outDir, 'pagefind/fragment/x.pf_fragment'), 'x');
  writeFileSync(join(outDir, '.git/HEAD'), 'ref: refs/heads/main');
  return { outDir, trashDir: join(root, 'cache') };
}

describe('deletePreviousSite', () => {
  it('empties the output folder at once, except .git, and deletes the old site in the background', async () => {
    const { outDir, trashDir } = builtSite();
    const deleted = deletePreviousSite(outDir, trashDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    expect(existsSync(join(outDir, '.git/HEAD'))).toBe(true);
    await deleted;
    expect(readdirSync(trashDir)).toEqual([]);
  });

  it('deletes what a build that was killed left in the trash', async () => {
    const { outDir, trashDir } = builtSite();
    mkdirSync(join(trashDir, 'previous-site-1-2/articles'), { recursive: true });
    writeFileSync(join(trashDir, 'previous-site-1-2/articles/index.html'), 'left over');
    writeFileSync(join(trashDir, 'other-cache-file'), 'kept');
    await deletePreviousSite(outDir, trashDir);
    expect(readdirSync(trashDir)).toEqual(['other-cache-file']);
  });

  it('leaves in place what it cannot move (another file system), for Astro to delete', async () => {
    const { outDir, trashDir } = builtSite();
    const crossDevice = () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    await deletePreviousSite(outDir, trashDir, crossDevice as typeof renameSync);
    expect(readdirSync(outDir).sort()).toEqual(['.git', 'articles', 'index.html', 'pagefind']);
    expect(readdirSync(trashDir)).toEqual([]);
  });

  it('does nothing but clear leftovers when there is no previous site', async () => {
    const { trashDir } = builtSite();
    await expect(deletePreviousSite(join(trashDir, 'never-built'), trashDir)).resolves.toBeUndefined();
    expect(existsSync(join(trashDir, 'never-built'))).toBe(false);
  });
});
