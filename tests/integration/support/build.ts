/**
 * Shared helpers for the integration tests: run the real Astro CLI and the content checker as child
 * processes, in temporary folders, and read what they produce.
 *
 * Builds share caches inside the project (`.astro/`, `node_modules/.astro/`), so two builds must never
 * run at the same time. Vitest runs test files in parallel workers; a lock directory in the OS temp
 * folder makes every build in every worker wait for the previous one.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The project folder (this file is tests/integration/support/build.ts). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Astro needs Node >= 22.12; the project ships its own Node. Fall back to whatever runs the tests. */
export const NODE_BIN = existsSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'node')) ? join(PROJECT_ROOT, 'node_modules', '.bin', 'node') : process.execPath;


/** `npm run build`: astro build, then the search index (see scripts/build.ts). */
export const BUILD_SCRIPT = join(PROJECT_ROOT, 'scripts', 'build.ts');

export interface RunResult {
  /** Exit code; null when the process was killed. */
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr in the order they arrived, without colour codes. */
  output: string;
  ms: number;
}

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** The environment for a child: no test-runner variables, no colours, content paths only as given. */
function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Vitest also sets DEV, PROD, SSR, MODE and BASE_URL, which Vite would read as the build's own.
    if (/^(VITEST|TEST$|NODE_ENV$|DEV$|PROD$|SSR$|MODE$|BASE_URL$|FORCE_COLOR$|ARTICLES_DIR$|OUTLETS_FILE$|SITE_URL$|NODE_OPTIONS$)/.test(key)) continue;
    env[key] = value;
  }
  env['PATH'] = [join(PROJECT_ROOT, 'node_modules', '.bin'), process.env['PATH'] ?? ''].join(delimiter);
  env['NO_COLOR'] = '1';
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Runs a command with the project's Node in the project folder. */
export function runNode(args: string[], extraEnv: Record<string, string | undefined> = {}, timeoutMs = 170_000): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE_BIN, args, { cwd: PROJECT_ROOT, env: childEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), (output += chunk)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((stderr += chunk), (output += chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout: stdout.replace(ANSI, ''), stderr: stderr.replace(ANSI, ''), output: output.replace(ANSI, ''), ms: Date.now() - started });
    });
  });
}

const LOCK_DIR = join(tmpdir(), `claimlens-astro-build-${createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12)}.lock`);

function lockIsStale(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true; // the owner is gone
    if (code === 'ENOENT') {
      // Created but not yet labelled: only stale if it has stayed that way.
      try {
        return Date.now() - statSync(LOCK_DIR).mtimeMs > 10_000;
      } catch {
        return false;
      }
    }
    return false;
  }
}

/**
 * Runs `fn` while holding the project-wide build lock. Not re-entrant: `fn` must not call `astroBuild`
 * (run `runNode([BUILD_SCRIPT, …])` directly instead).
 */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(join(LOCK_DIR, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (lockIsStale()) {
        rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another Astro build to finish (lock ${LOCK_DIR}).`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** The site's build (`npm run build`) into `outDir`, with ARTICLES_DIR set only when `articlesDir` is given. */
export function astroBuild(outDir: string, articlesDir?: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return withBuildLock(() => runNode([BUILD_SCRIPT, '--outDir', outDir], { ARTICLES_DIR: articlesDir, ...env }));
}

/** `node scripts/check-content.ts` with ARTICLES_DIR set. */
export function checkContent(articlesDir: string): Promise<RunResult> {
  return runNode([join(PROJECT_ROOT, 'scripts', 'check-content.ts')], { ARTICLES_DIR: articlesDir }, 60_000);
}

/** A fresh temporary folder. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `claimlens-it-${label}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (relative path → text or bytes) under `root`, creating subfolders. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Every file under `root`, as sorted `/`-separated relative paths. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

const htmlParser = unified().use(rehypeParse).freeze();

export function parseHtml(html: string): Root {
  return htmlParser.parse(html);
}

/** A start tag as written in the file: its name and attributes (names lowercased, entities left as is). */
export interface RawTag {
  name: string;
  attrs: [string, string][];
  source: string;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag in an HTML string, read from the raw text (not through a forgiving parser). */
export function rawTags(html: string): RawTag[] {
  const tags: RawTag[] = [];
  for (const m of html.matchAll(TAG)) {
    const attrs: [string, string][] = [];
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
    tags.push({ name: m[1]!.toLowerCase(), attrs, source: m[0] });
  }
  return tags;
}

export type { Element, Root };
