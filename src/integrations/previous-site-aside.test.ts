import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';
import { previousSiteAside } from './previous-site-aside.ts';

const folder = temporaryFolders('aside-project-');

/** A project with a built site in its output folder and a cache folder; `build` runs the hooks as Astro would. */
function project(outDirName: string | null) {
  const root = folder();
  const cache = join(root, 'node_modules/.cache/claimlens');
  const outDir = outDirName === null ? root : join(root, outDirName);
  mkdirSync(join(root, 'dist/articles/a'), { recursive: true });
  mkdirSync(join(root, 'dist/pagefind'), { recursive: true });
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), 'old home');
  writeFileSync(join(root, 'dist/articles/a/index.html'), 'old a');
  writeFileSync(join(root, 'dist/pagefind/index.pf'), 'old index');
  writeFileSync(join(root, 'src/page.ts'), 'source');
  vi.stubEnv('CLAIMLENS_CACHE_DIR', cache);
  /**
   * One build: `write` plays Astro's part between build start and end (writing pages into the output folder);
   * `kept` are the pages Astro reports without writing them (restored or left in place).
   */
  const build = async (write: (dist: string) => void = () => {}, kept: string[] = []) => {
    const integration = previousSiteAside();
    const hook = (name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as (o: unknown) => unknown;
    const configUpdates: unknown[] = [];
    hook('astro:config:setup')({ command: 'build', config: { outDir: pathToFileURL(`${outDir}/`), root: pathToFileURL(`${root}/`) }, updateConfig: (c: unknown) => configUpdates.push(c) });
    hook('astro:build:start')({});
    const startedWith = existsSync(outDir) ? readdirSync(outDir).sort() : [];
    await new Promise((done) => setTimeout(done, 20));
    write(outDir);
    await hook('astro:build:done')({ assets: new Map([['/[...page]', kept.map((p) => pathToFileURL(join(outDir, p)))]]) });
    return { configUpdates, startedWith };
  };
  return { root, cache, outDir, build };
}

const rebuildHome = (dist: string) => writeFileSync(join(dist, 'index.html'), `home ${Math.random()}`);
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('previousSiteAside', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes over emptying the output folder from Astro', async () => {
    const p = project('dist');
    const { configUpdates } = await p.build(rebuildHome);
    expect(configUpdates).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
  });

  it('empties a folder it has no record of at build start, and has deleted the old site by build end', async () => {
    const p = project('dist');
    const { startedWith } = await p.build(rebuildHome);
    expect(startedWith).toEqual([]);
    expect(readdirSync(p.cache).filter((n) => n.startsWith('previous-site-'))).toEqual([]);
  });

  it('keeps the site the last build wrote, but for the search index, and deletes what the next build neither wrote nor kept', async () => {
    const p = project('dist');
    await p.build((dist) => {
      rebuildHome(dist);
      mkdirSync(join(dist, 'articles/a'), { recursive: true });
      mkdirSync(join(dist, 'articles/b'), { recursive: true });
      writeFileSync(join(dist, 'articles/a/index.html'), 'a');
      writeFileSync(join(dist, 'articles/b/index.html'), 'b');
      writeFileSync(join(dist, 'old.css'), 'old bundle');
    });
    // scripts/build.ts writes the search index after Astro.
    mkdirSync(join(p.outDir, 'pagefind'));
    writeFileSync(join(p.outDir, 'pagefind/index.pf'), 'index');
    // The next build rewrites the home page, leaves a in place (Astro reports it) and no longer has b or old.css.
    const { startedWith } = await p.build(rebuildHome, ['articles/a/index.html']);
    expect(startedWith).toEqual(['articles', 'index.html', 'old.css']);
    expect(files(p.outDir)).toEqual(['articles/a/index.html', 'index.html']);
    expect(readFileSync(join(p.outDir, 'articles/a/index.html'), 'utf8')).toBe('a');
    expect(existsSync(join(p.outDir, 'articles/b'))).toBe(false);
  });

  it('does not keep a folder another build wrote into since (its home page changed)', async () => {
    const p = project('dist');
    await p.build(rebuildHome);
    rebuildHome(p.outDir);
    const { startedWith } = await p.build(rebuildHome);
    expect(startedWith).toEqual([]);
  });

  it('does not keep a folder after a build that did not finish (the record is used up at build start)', async () => {
    const p = project('dist');
    await p.build(rebuildHome);
    const integration = previousSiteAside();
    const hook = (name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as (o: unknown) => unknown;
    hook('astro:config:setup')({ command: 'build', config: { outDir: pathToFileURL(`${p.outDir}/`), root: pathToFileURL(`${p.root}/`) }, updateConfig: () => {} });
    hook('astro:build:start')({});
    // Stopped here; the next build starts from an empty folder.
    const { startedWith } = await p.build(rebuildHome);
    expect(startedWith).toEqual([]);
  });

  it('touches nothing when the output folder is the project root (Astro refuses that build itself)', async () => {
    const p = project(null);
    const { configUpdates } = await p.build();
    expect(configUpdates).toEqual([]);
    expect(readdirSync(p.root).sort()).toEqual(['dist', 'src']);
    expect(readdirSync(join(p.root, 'src'))).toEqual(['page.ts']);
    expect(files(join(p.root, 'dist'))).toEqual(['articles/a/index.html', 'index.html', 'pagefind/index.pf']);
  });
});
