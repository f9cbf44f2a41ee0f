/**
 * One build of the bundled content (content/articles) per test run, shared by every browser test file.
 *
 * Vitest runs test files in separate workers, so a `beforeAll` in each file would build the site once per
 * file. Instead the first file to arrive builds into a temporary folder named after the test run (the
 * Vitest main process, which is every worker's parent) and a hash of the build inputs; the others wait on
 * the project-wide build lock from tests/integration/support/build.ts and reuse that output. Folders left
 * by earlier runs (whose Vitest process has exited) are removed before building.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { BUILD_SCRIPT, PROJECT_ROOT, runNode, withBuildLock, type RunResult } from '../../integration/support/build.ts';

/** The origin Astro writes into the sitemap and canonical links (astro.config.mjs `site`; SITE_URL is not passed to the build). */
export const SITE_ORIGIN = 'http://localhost:4321';

const PREFIX = 'claimlens-browser-site-';

/** Folders and files whose content changes the built site. Unit tests are left out: they are not built. */
const INPUT_DIRS = ['src', 'content', 'public'];
const INPUT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

function inputsHash(): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    hash.update(relative(PROJECT_ROOT, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  };
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !/\.test\.ts$/.test(entry.name)) add(full);
    }
  };
  for (const dir of INPUT_DIRS) walk(join(PROJECT_ROOT, dir));
  for (const file of INPUT_FILES) if (existsSync(join(PROJECT_ROOT, file))) add(join(PROJECT_ROOT, file));
  return hash.digest('hex').slice(0, 16);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes build folders of test runs that have ended. */
function removeStaleBuilds(): void {
  for (const name of readdirSync(tmpdir())) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (m && !isAlive(Number(m[1]))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

export interface BuiltSite {
  /** The built site (Astro's outDir). */
  distDir: string;
  /** The build this process ran, or undefined when it reused another test file's build. */
  build: RunResult | undefined;
}

/** Builds the bundled content once per test run (see the file comment) and returns where it is. */
export async function buildBundledSite(): Promise<BuiltSite> {
  const runId = process.ppid;
  const root = join(tmpdir(), `${PREFIX}${runId}-${inputsHash()}`);
  const distDir = join(root, 'dist');
  const done = join(root, 'complete');
  return withBuildLock(async () => {
    if (existsSync(done)) return { distDir, build: undefined };
    removeStaleBuilds();
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const build = await runNode([BUILD_SCRIPT, '--outDir', distDir]);
    writeFileSync(join(root, 'build.log'), build.output);
    if (build.status !== 0) throw new Error(`the build failed (exit ${build.status}):\n${build.output}`);
    for (const file of ['index.html', '404.html', 'sitemap-index.xml']) {
      if (!existsSync(join(distDir, file))) throw new Error(`astro build wrote no ${file} in ${distDir}:\n${build.output}`);
    }
    writeFileSync(done, new Date().toISOString());
    return { distDir, build };
  });
}
