import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Keeping the previous site in the output folder, so that Astro leaves the pages it would restore where they are
 * instead of copying each from its cache (it skips the copy when the file is already there).
 *
 * That is only right when the folder holds exactly what the last build wrote: Astro decides a page is unchanged from
 * its own record of the last build's keys, not from the file it finds. So the last build leaves a record of the
 * folder and of its home page (always rendered, so any later build into the folder rewrites it), and the next build
 * keeps the folder only when both still match. Whatever a kept folder holds that the new build neither wrote nor
 * kept (pages that are gone, old bundles) is deleted when the build ends.
 */

const RECORD = 'site-in-place.json';

/** What identifies the home page as the one the last build wrote. */
interface Stamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

function stampOf(outDir: string): Stamp | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(join(outDir, 'index.html'));
    return { ino, size, mtimeMs };
  } catch {
    return undefined;
  }
}

/** Records, at the end of a build, that `outDir` holds what it wrote. */
export function recordSite(cacheDir: string, outDir: string): void {
  const stamp = stampOf(outDir);
  if (!stamp) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, RECORD), JSON.stringify({ outDir: resolve(outDir), stamp }));
}

/**
 * Whether `outDir` still holds exactly what the last recorded build wrote. The record is used once: it is deleted
 * here, so a build that is stopped before it records again leaves a folder that the next build does not keep.
 */
export function takeSiteRecord(cacheDir: string, outDir: string): boolean {
  const file = join(cacheDir, RECORD);
  let record: { outDir?: string; stamp?: Stamp } = {};
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as typeof record;
  } catch {
    return false;
  } finally {
    rmSync(file, { force: true });
  }
  const now = stampOf(outDir);
  return record.outDir === resolve(outDir) && now !== undefined && record.stamp !== undefined && now.ino === record.stamp.ino && now.size === record.stamp.size && now.mtimeMs === record.stamp.mtimeMs;
}

/** Every file under `dir` (relative paths) with its modification time. */
export function snapshotFiles(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), statSync(path).mtimeMs);
  }
  return files;
}

/**
 * Deletes the files of `before` (a snapshot taken when the build started) that the build neither rewrote nor kept
 * (`kept`: absolute paths of the files Astro reports for its routes, restored ones included), then the folders
 * left empty. Returns how many files were deleted.
 */
export function pruneUntouched(dir: string, before: ReadonlyMap<string, number>, kept: ReadonlySet<string>): number {
  let deleted = 0;
  const folders = new Set<string>();
  for (const [file, mtimeMs] of before) {
    const path = join(dir, file);
    if (kept.has(path)) continue;
    let now: number;
    try {
      now = statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (now !== mtimeMs) continue;
    rmSync(path, { force: true });
    deleted++;
    for (let folder = join(path, '..'); relative(dir, folder) !== '' && !relative(dir, folder).startsWith('..'); folder = join(folder, '..')) folders.add(folder);
  }
  // Deepest first, so a folder's emptied subfolders are gone before it is tried.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    } catch {
      // Already gone, or not empty after all.
    }
  }
  return deleted;
}
