import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { problem, type ContentProblem } from '../problems.ts';
import { ARTICLE_EXTENSIONS } from './detect-format.ts';

/** Every file under the articles folder, sorted into articles, sidecars, and problems. */
export interface Discovery {
  /** Article paths relative to the folder, `/`-separated, sorted. */
  articles: string[];
  /** Sidecar path by the article path it belongs to. */
  sidecars: Map<string, string>;
  /** Hidden files (`.gitkeep`, `.DS_Store`) that were deliberately not read. */
  skipped: string[];
  problems: ContentProblem[];
}

const SIDECAR = /\.meta\.ya?ml$/i;

function walk(root: string, dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, full, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
}

/**
 * Lists the articles folder. Nothing is skipped silently: an unsupported file is a problem,
 * a sidecar without its article is a problem, and hidden files are listed as skipped.
 */
export function discoverArticles(root: string): Discovery {
  const files: string[] = [];
  walk(root, root, files);
  const result: Discovery = { articles: [], sidecars: new Map(), skipped: [], problems: [] };
  const present = new Set(files);
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name.startsWith('.') || file.split('/').some((part) => part.startsWith('.'))) {
      result.skipped.push(file);
    } else if (SIDECAR.test(name)) {
      const article = file.replace(SIDECAR, '');
      if (present.has(article)) result.sidecars.set(article, file);
      else result.problems.push(problem(file, 'orphan-sidecar', `This sidecar belongs to "${article}", which does not exist.`, 'Name the sidecar after its article file plus .meta.yaml (e.g. story.md.meta.yaml), or delete it.'));
    } else {
      const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
      if (extension in ARTICLE_EXTENSIONS) result.articles.push(file);
      else result.problems.push(problem(file, 'unsupported-extension', `"${extension || name}" is not a supported article format.`, `Use .md, .markdown, .html, .htm or .txt, or move the file out of the articles folder.`));
    }
  }
  return result;
}
