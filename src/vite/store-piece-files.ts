import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Another process (a dev server, a build of other articles) may still be about to read older pieces: between
// writing them and reading them lie the bundling, seconds to a minute. Pieces are kept this long.
const KEEP_MS = 60 * 60 * 1000;

/**
 * Writes the pieces of one store into `folder/<digest of the pieces>/` and returns their paths. The folder is
 * written under another name and renamed when complete, so a reader never sees half a store; a store already
 * written is used as it is. Stores written more than an hour ago are deleted.
 */
export function writePieces(folder: string, pieces: readonly string[], now: number = Date.now()): string[] {
  mkdirSync(folder, { recursive: true });
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece).update('\0');
  const digest = hash.digest('hex').slice(0, 16);
  const dir = join(folder, digest);
  const files = pieces.map((_, i) => join(dir, `${i}.json`));
  if (!existsSync(dir)) {
    const writing = join(folder, `writing-${process.pid}-${digest}`);
    rmSync(writing, { recursive: true, force: true });
    mkdirSync(writing);
    pieces.forEach((piece, i) => writeFileSync(join(writing, `${i}.json`), piece));
    try {
      renameSync(writing, dir);
    } catch {
      // Another process wrote the same store meanwhile: theirs is the same.
      rmSync(writing, { recursive: true, force: true });
    }
  }
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name !== digest && now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
  }
  return files;
}

/** The module that replaces Astro's: the same array, read from the piece files when it is imported. */
export function piecesModule(files: readonly string[]): string {
  return `import { readFileSync } from 'node:fs';\nexport default ${JSON.stringify(files)}.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')));\n`;
}
