import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts every file under `from` at the same place under `to` as a hard link, or as a copy where a link cannot be
 * made (another file system). Pagefind's index is about ten thousand small files at 4,000 articles: copying them
 * took 3 s, linking 0.2 s. Safe because nothing writes into an index once made: builds delete and recreate files,
 * which leaves the other link intact.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isFile()) linkOrCopy(source, target);
  }
}

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && ['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP'].includes(String(error.code)))) throw error;
    copyFileSync(source, target);
  }
}
