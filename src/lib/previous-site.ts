import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

const PREFIX = 'previous-site-';

/**
 * Whether the output folder may be emptied by moving its entries into `trashDir`: not when it is the project
 * root or contains it (Astro refuses a root output folder, but only after `astro:build:start`), and not when one
 * of the output and trash folders contains the other. In those cases Astro empties (or refuses) as it always does.
 */
export function safeToMoveAside(outDir: string, root: string, trashDir: string): boolean {
  const within = (inner: string, outer: string) => {
    const path = relative(resolve(outer), resolve(inner));
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  return !within(root, outDir) && !within(trashDir, outDir) && !within(outDir, trashDir);
}

/**
 * Moves the previous build's files (or only the entries named in `only`) out of `outDir` into a new folder under
 * `trashDir` and returns that folder, or
 * undefined when there was nothing to move. Never throws: whatever cannot be moved (another file system, no
 * permission) stays where it is, for Astro to delete as it always does. `trashDir` must be on the same file system
 * as `outDir` for the renames to work.
 */
export function moveAside(outDir: string, trashDir: string, move: typeof renameSync = renameSync, only?: readonly string[]): string | undefined {
  const trash = join(trashDir, `${PREFIX}${process.pid}-${Date.now()}`);
  try {
    const names = (existsSync(outDir) ? readdirSync(outDir) : []).filter((name) => only === undefined || only.includes(name));
    if (names.length === 0) return undefined;
    mkdirSync(trash, { recursive: true });
    for (const name of names) move(join(outDir, name), join(trash, name));
  } catch {
    // Stop at the first failure: Astro deletes what is left.
  }
  return existsSync(trash) ? trash : undefined;
}

/**
 * Deletes every moved-aside folder under `trashDir` (this build's and any a killed build left) in a separate
 * process, so that the deleting runs beside the build rather than on its thread. Resolves when done; never rejects
 * (a folder left behind is deleted by the next build).
 */
export function deleteMovedAside(trashDir: string): Promise<void> {
  const folders = existsSync(trashDir) ? readdirSync(trashDir).filter((name) => name.startsWith(PREFIX)).map((name) => join(trashDir, name)) : [];
  if (folders.length === 0) return Promise.resolve();
  const script = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })';
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-e', script, ...folders], { stdio: 'ignore' });
    child.on('error', () => done());
    child.on('close', () => done());
  });
}
