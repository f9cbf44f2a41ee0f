import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previousSiteAside } from './previous-site-aside.ts';

/** A project with a built site in `dist/` and its cache folder, and the integration's hooks run as Astro would. */
function project(outDirName: string | null) {
  const root = mkdtempSync(join(tmpdir(), 'aside-project-'));
  const cache = join(root, 'node_modules/.cache/claimlens');
  mkdirSync(join(root, 'dist/articles'), { recursive: true });
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), 'old');
  writeFileSync(join(root, 'src/page.ts'), 'source');
  vi.stubEnv('CLAIMLENS_CACHE_DIR', cache);
  const integration = previousSiteAside();
  const hook = (name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as (o: unknown) => unknown;
  const outDir = outDirName === null ? root : join(root, outDirName);
  hook('astro:config:done')({ config: { outDir: pathToFileURL(`${outDir}/`), root: pathToFileURL(`${root}/`) } });
  return { root, cache, start: () => hook('astro:build:start')({}), done: () => hook('astro:build:done')({}) };
}

describe('previousSiteAside', () => {
  const roots: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('empties the output folder at build start and has deleted the old site by build end', async () => {
    const p = project('dist');
    roots.push(p.root);
    p.start();
    expect(readdirSync(join(p.root, 'dist'))).toEqual([]);
    await p.done();
    expect(readdirSync(p.cache)).toEqual([]);
  });

  it('touches nothing when the output folder is the project root (Astro refuses that build itself)', async () => {
    const p = project(null);
    roots.push(p.root);
    p.start();
    await p.done();
    expect(readdirSync(p.root).sort()).toEqual(['dist', 'src']);
    expect(readdirSync(join(p.root, 'src'))).toEqual(['page.ts']);
  });
});
