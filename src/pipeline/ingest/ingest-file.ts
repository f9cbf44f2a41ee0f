import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ArticleSchema, type Article, type InferableField } from '../../schemas/article.ts';
import { isUiString } from '../clean/chrome-rules.ts';
import { removeChrome } from '../clean/remove-chrome.ts';
import { findCitations, primarySource } from '../meta/citations.ts';
import { dateFromUrl, headlineFromLede, summaryFromLede } from '../meta/headline.ts';
import type { OutletRegistry } from '../meta/outlet-registry.ts';
import { resolveOutlet } from '../meta/resolve-outlet.ts';
import { problem, type ContentProblem } from '../problems.ts';
import { articleIdFromPath } from './article-id.ts';
import { mdastToMarkdown } from './convert.ts';
import { parseDateline } from './dates.ts';
import { decodeSource } from './decode-source.ts';
import { detectFormat } from './detect-format.ts';
import { readFrontMatter } from './front-matter.ts';
import { mapFields, type MappedMeta } from './map-fields.ts';
import { readBody } from './read-body.ts';
import { isHeadingLike } from './text-to-mdast.ts';
import { parseYamlMapping } from './yaml-mapping.ts';

/** One input file as the corpus loader hands it over. */
export interface SourceFile {
  /** Path relative to the articles folder, `/`-separated. */
  path: string;
  bytes: Uint8Array;
  /** The optional `<file>.meta.yaml` beside it. */
  sidecar?: { path: string; text: string };
}

export type IngestResult = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

function textOf(node: RootContent | undefined): string {
  return node ? toString(node).replace(/\s+/g, ' ').trim() : '';
}

/** A headline has at least two words; "8:24am:" is page furniture that landed in the title field. */
function hasWords(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu) ?? []).length >= 2;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

/** Title from the body when the source gives none; the block is removed when it is a headline, kept when it is a lede. */
function takeTitle(tree: Root, given: string | undefined): { title?: string; inferred: boolean } {
  const first = tree.children[0];
  const text = textOf(first);
  const isHeadline = first?.type === 'heading' || (first?.type === 'paragraph' && isHeadingLike(text));
  if (given !== undefined) {
    if (isHeadline && sameText(text, given)) tree.children.shift();
    return { title: given, inferred: false };
  }
  if (!first || text === '') return { inferred: true };
  // A headline that is the whole text stays in the body too: never leave an article bare.
  if (isHeadline && tree.children.length > 1) {
    tree.children.shift();
    return { title: text, inferred: true };
  }
  return { title: headlineFromLede(text), inferred: true };
}

function readSidecar(file: SourceFile): { meta?: MappedMeta; problems: ContentProblem[] } {
  if (!file.sidecar) return { problems: [] };
  const parsed = parseYamlMapping(file.sidecar.text, file.sidecar.path, 1, 'Fix the YAML in the sidecar file.');
  if (!parsed.ok) return { problems: parsed.problems };
  const { meta, problems } = mapFields(parsed.value.data, { file: file.sidecar.path, lineOf: parsed.value.lineOf });
  return { meta, problems };
}

/** Fields the sidecar sets override everything and are, by definition, not inferred. */
function pick<K extends keyof MappedMeta>(key: K, ...layers: (MappedMeta | undefined)[]): MappedMeta[K] | undefined {
  for (const layer of layers) if (layer?.[key] !== undefined) return layer[key];
  return undefined;
}

/**
 * Turns one source file into an Article, or into every problem found in it.
 * Pure apart from hashing: the same bytes (and sidecar) always give the same article.
 */
export function ingestFile(file: SourceFile, registry: OutletRegistry): IngestResult {
  const problems: ContentProblem[] = [];
  const id = articleIdFromPath(file.path);
  if (id === '') problems.push(problem(file.path, 'bad-file-name', 'The file name has no letters or digits to make a page address from.', 'Rename the file, e.g. 2026-02-28-pentagon-deal.md.'));
  const sidecar = readSidecar(file);
  problems.push(...sidecar.problems);
  const decoded = decodeSource(file.bytes, file.path);
  if (!decoded.ok) return { ok: false, problems: [...problems, ...decoded.problems] };
  const front = readFrontMatter(decoded.text, file.path);
  if (!front.ok) return { ok: false, problems: [...problems, ...front.problems] };

  const fm = mapFields(front.value.data, { file: file.path, lineOf: front.value.lineOf });
  problems.push(...fm.problems);
  const extension = /\.[^./]+$/.exec(file.path)?.[0] ?? '';
  const format = detectFormat(extension, front.value.body, front.value.present);
  const { tree, htmlMeta, removed: removedByCleaner } = readBody(front.value.body, format, sidecar.meta?.url ?? fm.meta.url);
  const fromHtml = mapFields(htmlMeta, { file: file.path, lineOf: () => undefined }).meta;

  const inferred = new Set<InferableField>();
  const side = sidecar.meta;
  // A "title" that is really a dateline (scraped page furniture) is a date, not a headline.
  const rawTitle = pick('title', side, fm.meta, fromHtml);
  const titleParsed = rawTitle !== undefined && side?.title === undefined ? parseDateline(rawTitle) : undefined;
  // Only when nothing but the date (or interface text) is there: "March 9, 2009: The day the Dow hit bottom" is a headline.
  const titleDateline = titleParsed && (titleParsed.rest === '' || isUiString(titleParsed.rest)) ? titleParsed : undefined;
  const givenTitle = titleDateline || (rawTitle !== undefined && !hasWords(rawTitle)) ? undefined : rawTitle;

  const givenAuthor = pick('author', side, fm.meta, fromHtml);
  const found = removeChrome(tree, givenAuthor);
  const title = takeTitle(tree, givenTitle);
  if (title.inferred) inferred.add('title');
  if (problems.length > 0) return { ok: false, problems };

  const bodyText = tree.children.map(textOf).join('\n\n');
  let url = pick('url', side, fm.meta, fromHtml);
  if (url === undefined && found.origin?.url && URL.canParse(found.origin.url)) {
    url = found.origin.url;
    inferred.add('url');
  }

  let published = pick('published', side, fm.meta, fromHtml);
  if (published === undefined) {
    published = found.dateline ?? titleDateline?.value ?? dateFromUrl(url);
    if (published !== undefined) inferred.add('published');
  }

  const decision = resolveOutlet({ named: pick('outlet', side, fm.meta, fromHtml), url, author: givenAuthor, origin: found.origin, registry });
  if (decision.inferred && side?.outlet === undefined) inferred.add('outlet');
  let author = decision.authorWasPublisher ? undefined : givenAuthor;
  if (author === undefined && found.byline) {
    author = found.byline;
    inferred.add('author');
  }

  let summary = pick('summary', side, fm.meta, fromHtml);
  const lede = tree.children.find((n) => n.type === 'paragraph');
  if (summary === undefined && lede) {
    summary = summaryFromLede(textOf(lede));
    inferred.add('summary');
  }

  const citations = findCitations(bodyText, registry);
  const cited = primarySource(citations, decision.outlet.id);
  const derivedFrom = decision.derivedFrom ?? (cited ? { outlet: cited.outlet, reason: 'cites-source' as const, evidence: cited.sentence } : undefined);
  const cites = [...new Map(citations.map((c) => [c.outlet.id, c.outlet])).values()];

  const digest = createHash('sha256').update(file.bytes).update(file.sidecar?.text ?? '').digest('hex');
  const candidate = {
    id,
    title: title.title ?? id,
    outlet: decision.outlet,
    ...(decision.republishedBy ? { republishedBy: decision.republishedBy } : {}),
    ...(author ? { author } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(summary ? { summary } : {}),
    ...(pick('category', side, fm.meta, fromHtml) ? { category: pick('category', side, fm.meta, fromHtml) } : {}),
    tags: pick('tags', side, fm.meta, fromHtml) ?? [],
    ...(pick('image', side, fm.meta, fromHtml) ? { image: pick('image', side, fm.meta, fromHtml) } : {}),
    ...(derivedFrom ? { derivedFrom } : {}),
    cites,
    extra: { ...fm.meta.extra, ...(side?.extra ?? {}) },
    body: tree.children.length > 0 ? mdastToMarkdown(tree) : '',
    provenance: {
      file: file.path,
      format,
      digest,
      ...(file.sidecar ? { sidecar: file.sidecar.path } : {}),
      inferred: [...inferred].sort(),
      removedChrome: [...removedByCleaner, ...found.removed],
    },
  };
  const checked = ArticleSchema.safeParse(candidate);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) =>
        problem(file.path, 'invalid-article', `The article's ${issue.path.join('.') || 'data'} is invalid: ${issue.message}.`, 'Correct that field in the front matter or a sidecar <file>.meta.yaml.', front.value.lineOf(String(issue.path[0] ?? ''))),
      ),
    };
  }
  return { ok: true, article: checked.data };
}
