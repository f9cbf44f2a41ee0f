import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Another process (a dev server, a build of other articles) may still be about to read older pieces: between
// writing them and reading them lie the bundling, seconds to a minute. Pieces are kept this long, and at most
// this many stores (each a copy of the whole store: 344 MB at 20,000 articles, and the dev server writes one per
// change to the content).
const KEEP_MS = 60 * 60 * 1000;
const KEEP_STORES = 3;

/** The name of a store's folder when nothing else names it: a digest of its pieces. */
function digestOfPieces(pieces: readonly string[]): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the pieces of one store into `folder/<name>/` and returns their paths; the name is a digest of the pieces
 * unless the caller names the store by what it was cut from. The folder is written under another name and renamed
 * when complete, so a reader never sees half a store; a store already written is used as it is. Other stores are
 * deleted once more than an hour old or beyond the newest three.
 */
export function writePieces(folder: string, pieces: readonly string[], now: number = Date.now(), name: string = digestOfPieces(pieces)): string[] {
  mkdirSync(folder, { recursive: true });
  const dir = join(folder, name);
  const files = pieces.map((_, i) => join(dir, `${i}.json`));
  // A store that cannot be touched (pruned just now, or not ours) is written again.
  if (!touched(dir, now)) {
    const writing = join(folder, `writing-${process.pid}-${name}`);
    rmSync(writing, { recursive: true, force: true });
    mkdirSync(writing);
    pieces.forEach((piece, i) => writeFileSync(join(writing, `${i}.json`), piece));
    try {
      renameSync(writing, dir);
    } catch (error) {
      rmSync(writing, { recursive: true, force: true });
      // Only another process having written the same store meanwhile is fine: theirs is the same.
      if (!existsSync(dir)) throw error;
    }
  }
  prune(folder, name, now);
  return files;
}

/**
 * The paths of the pieces of the store written as `name`, in order, if it is there (it then counts as new, as in
 * writePieces); undefined if it is not.
 */
export function writtenPieces(folder: string, name: string, now: number = Date.now()): string[] | undefined {
  const dir = join(folder, name);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  // Written as 0.json, 1.json, …, and renamed into place whole: the names must be exactly the indexes from 0 (a
  // folder another process is deleting may have lost some).
  const present = new Set(names);
  const files = Array.from({ length: names.length }, (_, i) => `${i}.json`);
  if (files.length === 0 || !files.every((file) => present.has(file)) || !touched(dir, now)) return undefined;
  prune(folder, name, now);
  return files.map((file) => join(dir, file));
}

/**
 * Marks a store as used now, so that no other process prunes it before this one reads it; false if it is not there
 * or cannot be touched.
 */
function touched(dir: string, now: number): boolean {
  try {
    utimesSync(dir, new Date(now), new Date(now));
    return true;
  } catch {
    return false;
  }
}

/**
 * Deletes stores other than `keep` that are older than KEEP_MS or beyond the newest KEEP_STORES. Another process
 * may be pruning or renaming at the same time: a folder that is gone is skipped.
 */
function prune(folder: string, keep: string, now: number): void {
  const others = readdirSync(folder)
    .filter((name) => name !== keep)
    .flatMap((name) => {
      const stat = statSync(join(folder, name), { throwIfNoEntry: false });
      // Stores are folders; a file here is another record (see dataStoreInPieces).
      return stat?.isDirectory() ? [{ name, mtime: stat.mtimeMs }] : [];
    })
    .sort((a, b) => b.mtime - a.mtime);
  others.forEach(({ name, mtime }, i) => {
    // The store just written or used counts as one of the kept ones.
    if (now - mtime > KEEP_MS || i >= KEEP_STORES - 1) deleteWhole(folder, name);
  });
}

/**
 * Deletes a store so that no reader sees it half deleted: it is renamed out of the way first (a folder missing
 * some pieces must never be served under its name), then removed. Already gone or being deleted: nothing to do.
 */
function deleteWhole(folder: string, name: string): void {
  const doomed = name.startsWith('deleting-') ? name : `deleting-${process.pid}-${name}`;
  try {
    if (doomed !== name) renameSync(join(folder, name), join(folder, doomed));
  } catch {
    return;
  }
  rmSync(join(folder, doomed), { recursive: true, force: true });
}

/** The module that replaces Astro's: the same array, read from the piece files when it is imported. */
export function piecesModule(files: readonly string[]): string {
  return `import { readFileSync } from 'node:fs';\nexport default ${JSON.stringify(files)}.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')));\n`;
}
