import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article } from '../schemas/article.ts';
import type { OutletRef } from '../schemas/outlet.ts';
import type { OutletSummary } from '../schemas/outlet-summary.ts';
import { removeRecurringLines } from './clean/recurring-lines.ts';
import { discoverArticles } from './ingest/discover.ts';
import type { SourceFile } from './ingest/ingest-file.ts';
import { createPerArticleRunner, type PerArticleOptions } from './parallel/per-article-runner.ts';
import { parseEntityRegistry } from './meta/entity-registry.ts';
import { parseOutletRegistry, type OutletRegistry } from './meta/outlet-registry.ts';
import type { EntityGraph } from './link/resolve-entities.ts';
import type { ClaimGraph } from './link/claim-graph.ts';
import type { Links } from './link/compute-links.ts';
import { withDerived } from './link/with-derived.ts';
import { articleRenderInput } from './site/article-entry.ts';
import type { Story } from '../schemas/story.ts';
import { linksKey } from './cache/links-key.ts';
import type { ContentPaths } from './paths.ts';
import { ContentError, problem, type ContentProblem } from './problems.ts';
import { pushTo } from './multimap.ts';
import { createStageTimer, type StageTiming } from './stage-timer.ts';

/** The whole content graph the pages are built from. */
export interface Corpus {
  /** Sorted by id. */
  articles: Article[];
  /** Outlets that credit or republish at least one article, sorted by id. */
  outlets: OutletSummary[];
  /** Entities across articles, and which article mentions which. */
  entities: EntityGraph;
  /** Claims linked across articles, and where each sits in each article. */
  claims: ClaimGraph;
  /** Stories, most recently updated first; `storyOf` maps each article to its story. */
  stories: Story[];
  storyOf: Map<string, string>;
  /** Hidden files that were not read. */
  skipped: string[];
  folder: string;
  /** Each article's body as HTML, with its entity links and claim marks (see `articleRenderInput`). */
  bodies: Map<string, string>;
  /** How long each stage took, in order. */
  timings: StageTiming[];
  /** Per-article results served from the cache and computed afresh, per stage. */
  cacheStats: Record<string, { hits: number; misses: number }>;
  /** Threads that did the per-article work (1 when everything came from the cache or the corpus was small). */
  threads: number;
}

/** The corpus before its bodies are rendered: everything rendering needs to know. */
export type LinkedCorpus = Omit<Corpus, 'bodies' | 'timings' | 'cacheStats' | 'threads'>;

/** A registry file's text, or an empty list when the project has none. */
function readOptional(file: string): { text: string; name: string } {
  return { text: existsSync(file) ? readFileSync(file, 'utf8') : '[]', name: relative(process.cwd(), file) || file };
}

function emptyGraph(): EntityGraph {
  return { entities: [], byArticle: new Map(), related: new Map() };
}

function duplicateIdProblems(articles: readonly Article[]): ContentProblem[] {
  const byId = new Map<string, string[]>();
  for (const a of articles) pushTo(byId, a.id, a.provenance.file);
  const problems: ContentProblem[] = [];
  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file).join(', ');
      problems.push(problem(file, 'duplicate-id', `This file and ${others} would both be published at /articles/${id}/.`, 'Rename one of the files so their names differ by more than extension or punctuation.'));
    }
  }
  return problems;
}

function summarizeOutlets(articles: readonly Article[], registry: OutletRegistry): OutletSummary[] {
  const outlets = new Map<string, OutletSummary>();
  const add = (ref: OutletRef, articleId: string) => {
    let summary = outlets.get(ref.id);
    if (!summary) {
      const entry = registry.entries.find((e) => e.id === ref.id);
      summary = { id: ref.id, name: ref.name, domains: entry?.domains ?? [], kind: entry?.kind ?? 'news', curated: entry !== undefined, articles: [], ...(entry?.homepage ? { homepage: entry.homepage } : {}) };
      outlets.set(ref.id, summary);
    }
    if (!summary.articles.includes(articleId)) summary.articles.push(articleId);
  };
  for (const a of articles) {
    add(a.outlet, a.id);
    if (a.republishedBy) add(a.republishedBy, a.id);
  }
  return [...outlets.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * A corpus whose articles have been read, cleaned and checked, and whose links and bodies may still be in the cache:
 * enough to tell whether anything changed since an earlier build before reading them.
 */
export interface OpenedCorpus {
  /** Every problem with the content: all are known once the articles are read. */
  problems: ContentProblem[];
  /**
   * The digest of everything the corpus is made of (`linksKey`: every cleaned article and both registries), when
   * there is a cache: the same key, the same corpus (from the same code).
   */
  inputKey?: string;
  folder: string;
  skipped: string[];
  /** The whole corpus: links and bodies read from the cache, or computed. Built once, however often asked for. */
  complete(): Promise<Corpus>;
  /** Stages timed and cache hits so far (`complete` adds its own). */
  timings(): StageTiming[];
  cacheStats(): Record<string, { hits: number; misses: number }>;
  /** Threads that did per-article work so far. */
  threads(): number;
}

/**
 * Options of `openCorpus`: with `deferLinks`, links kept in the cache are read only when `complete` is called, and
 * links for content with problems are not computed unless it is (the caller is expected to stop on them).
 */
export interface OpenOptions extends PerArticleOptions {
  deferLinks?: boolean;
}

/**
 * Reads every file under the articles folder into articles, collecting every problem on the way.
 * Never throws for bad content: the caller decides whether problems stop the build. Per-article work (ingest,
 * NLP) comes from `options.cache` when its input is unchanged and runs on `options.threads` threads otherwise.
 * Linking across articles is served whole only when every cleaned article and both registries are unchanged
 * (`linksKey`), and recomputed from scratch otherwise: a change to one article can change any link.
 *
 * Everything is computed before this returns, except, with `deferLinks`, links found in the cache and the bodies
 * rendered from them (and all linking when the content has problems): reading those took 1.6 s of a warm
 * 4,000-article build, for a corpus whose collections Astro already holds when nothing changed (see
 * `src/loaders/corpus-loader.ts`).
 */
export async function openCorpus(paths: ContentPaths, options: OpenOptions = {}): Promise<OpenedCorpus> {
  // Show the folder as the user would type it: relative inside the project, absolute outside it.
  const rel = relative(process.cwd(), paths.articlesDir);
  const folder = rel === '' ? '.' : rel.startsWith('..') ? paths.articlesDir : rel;
  if (!existsSync(paths.articlesDir) || !statSync(paths.articlesDir).isDirectory()) {
    const empty: Corpus = { articles: [], outlets: [], entities: emptyGraph(), claims: { claims: [], byArticle: new Map() }, stories: [], storyOf: new Map(), skipped: [], folder, bodies: new Map(), timings: [], cacheStats: {}, threads: 1 };
    const problems = [problem(folder, 'no-articles-folder', `The articles folder ${paths.articlesDir} does not exist.`, 'Create it and add articles, or set ARTICLES_DIR to an existing folder.')];
    return { problems, folder, skipped: [], complete: () => Promise.resolve(empty), timings: () => [], cacheStats: () => ({}), threads: () => 1 };
  }
  const timer = createStageTimer();
  const { time, timeAsync } = timer;
  const outletsSource = readOptional(paths.outletsFile);
  const { registry, problems } = parseOutletRegistry(outletsSource.text, outletsSource.name);
  const entitiesSource = readOptional(paths.entitiesFile);
  const entityRegistry = parseEntityRegistry(entitiesSource.text, entitiesSource.name);
  problems.push(...entityRegistry.problems);
  const found = time('discover', () => discoverArticles(paths.articlesDir));
  problems.push(...found.problems);
  const articles: Article[] = [];
  const perArticle = createPerArticleRunner(options);
  // Worker threads stay up from ingest through NLP and rendering when all of it runs now (each would load the NLP
  // models again), and end once the work is done or deferred: none is left waiting while Astro stores the collections.
  const readAndClean = async (): Promise<Article[]> => {
    const files: SourceFile[] = found.articles.map((path) => {
      const sidecarPath = found.sidecars.get(path);
      return {
        path,
        bytes: readFileSync(join(paths.articlesDir, path)),
        ...(sidecarPath ? { sidecar: { path: sidecarPath, text: readFileSync(join(paths.articlesDir, sidecarPath), 'utf8') } } : {}),
      };
    });
    for (const result of await timeAsync('ingest', () => perArticle.ingest(files, outletsSource))) {
      if (result.ok) articles.push(result.article);
      else problems.push(...result.problems);
    }
    problems.push(...duplicateIdProblems(articles));
    if (found.articles.length === 0 && found.problems.length === 0) {
      problems.push(problem(folder, 'no-articles', 'The articles folder holds no articles.', 'Add .md, .html or .txt files to it.'));
    }
    return time('recurring lines', () => removeRecurringLines(articles).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  };
  // Linking is kept whole for the same articles and registries; only then are the annotations not even read.
  const linkStage = options.cache?.stage<Links>('link');
  let cleaned: Article[];
  let key: string | undefined;
  let defer: boolean;
  try {
    cleaned = await readAndClean();
    key = linkStage && time('link key', () => linksKey(cleaned, { outlets: outletsSource.text, entities: entitiesSource.text }));
    // Deferred when the links are there to read, or when the content has problems (the build stops without
    // links); otherwise computing them is the build's main work, done now.
    defer = options.deferLinks === true && (problems.length > 0 || (key !== undefined && linkStage?.has(key) === true));
  } catch (error) {
    await perArticle.close().catch(() => undefined);
    throw error;
  }
  const cacheStats = () => ({ ...perArticle.stats(), ...(linkStage ? { link: { ...linkStage.stats } } : {}) });

  const completeNow = async (): Promise<Corpus> => {
    try {
      let links = key === undefined ? undefined : time('read links', () => linkStage?.get(key));
      if (!links) {
        const annotated = await timeAsync('nlp', () => perArticle.annotate(cleaned.map((a) => ({ id: a.id, title: a.title, body: a.body }))));
        // Imported here, not at the top: linking loads wink-nlp's model, which a build served from the cache never needs.
        const { computeLinks } = await import('./link/compute-links.ts');
        links = computeLinks(cleaned, annotated, { registry, entityRegistry: entityRegistry.registry.entries, time });
        if (key !== undefined) time('keep links', () => linkStage?.set(key, links!));
      }
      const corpus = withLinks(cleaned, links, registry, { folder, skipped: found.skipped });
      const html = await timeAsync('render', () => perArticle.render(corpus.articles.map((a) => articleRenderInput(corpus, a))));
      const bodies = new Map(corpus.articles.map((a, i) => [a.id, html[i]!]));
      return { ...corpus, bodies, timings: [...timer.timings], cacheStats: cacheStats(), threads: perArticle.threadsUsed() };
    } finally {
      await perArticle.close();
    }
  };
  let completing: Promise<Corpus> | undefined;
  const complete = () => (completing ??= completeNow());
  if (defer) await perArticle.close();
  else await complete();
  return { problems, ...(key !== undefined ? { inputKey: key } : {}), folder, skipped: found.skipped, complete, timings: () => [...timer.timings], cacheStats, threads: () => perArticle.threadsUsed() };
}

/** Reads and links the whole corpus (see `openCorpus`), with every problem found on the way. */
export async function loadCorpus(paths: ContentPaths, options: PerArticleOptions = {}): Promise<{ corpus: Corpus; problems: ContentProblem[] }> {
  const opened = await openCorpus(paths, options);
  return { corpus: await opened.complete(), problems: opened.problems };
}

function withLinks(cleaned: Article[], links: Links, registry: OutletRegistry, { folder, skipped }: { folder: string; skipped: string[] }): LinkedCorpus {
  const { entities, claims, storyOf, stories, derived } = links;
  const final = withDerived(cleaned, derived);
  return { articles: final, outlets: summarizeOutlets(final, registry), entities, claims, stories, storyOf, skipped, folder };
}

/** Like `loadCorpus`, but any problem stops the build with one report listing all of them. */
export async function buildCorpus(paths: ContentPaths, options: PerArticleOptions = {}): Promise<Corpus> {
  const { corpus, problems } = await loadCorpus(paths, options);
  if (problems.length > 0) throw new ContentError(problems, corpus.folder);
  return corpus;
}
