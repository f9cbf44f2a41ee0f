import type { CacheStore } from '../cache/cache-store.ts';
import { digestOf } from '../cache/digest.ts';
import type { IngestResult, SourceFile } from '../ingest/ingest-file.ts';
import type { AnnotatedArticle } from '../nlp/annotate-article.ts';
import type { RenderInput } from '../render/render-body.ts';
import { mapInChunks } from './map-in-chunks.ts';
import type { AnnotateInput, RegistrySource } from './per-article-tasks.ts';
import { startWorker, type TaskWorker } from './worker-pool.ts';

export interface PerArticleOptions {
  /** Results from earlier builds, keyed by content digest. */
  cache?: CacheStore;
  /** Threads to use, this one included; worker threads start only for enough uncached work to pay for their start-up. */
  threads?: number;
  /** Fewest uncached articles worth starting worker threads for (tests lower it). */
  minForThreads?: number;
}

/** Per-article work (ingest, NLP, rendering bodies), served from the cache where the input is unchanged and spread over threads otherwise. */
export interface PerArticleRunner {
  ingest(files: SourceFile[], registry: RegistrySource): Promise<IngestResult[]>;
  annotate(articles: AnnotateInput[]): Promise<AnnotatedArticle[]>;
  render(bodies: RenderInput[]): Promise<string[]>;
  /** Hits and misses per stage, for the build log. */
  stats(): Record<string, { hits: number; misses: number }>;
  /** Threads that did per-article work so far: this one plus any worker threads started. */
  threadsUsed(): number;
  close(): Promise<void>;
}

type RunTask = (typeof import('./per-article-tasks.ts'))['runTask'];

const CHUNK = 16;
// A worker thread takes about a second to load the NLP models: below this many articles, one thread is faster.
const MIN_FOR_THREADS = 200;

export function createPerArticleRunner({ cache, threads = 1, minForThreads = MIN_FOR_THREADS }: PerArticleOptions = {}): PerArticleRunner {
  let workers: TaskWorker[] | undefined;
  let started = 0;
  const stats: Record<string, { hits: number; misses: number }> = {};
  const remotes = (work: number) => {
    if (threads <= 1 || work < minForThreads) return [];
    workers ??= Array.from({ length: threads - 1 }, startWorker);
    started = workers.length;
    return workers;
  };

  // The tasks load the NLP models and parsers (about half a second of a warm build's CPU profile): imported only
  // when this thread has uncached work to do.
  let tasks: typeof import('./per-article-tasks.ts') | undefined;

  async function cached<I, O>(stage: string, items: I[], keyOf: (item: I) => string, local: (run: RunTask, chunk: I[]) => O[], remote: (worker: TaskWorker, chunk: I[]) => Promise<O[]>): Promise<O[]> {
    const store = cache?.stage<O>(stage);
    const keys = store ? items.map(keyOf) : [];
    const out: (O | undefined)[] = items.map((_, i) => store?.get(keys[i]!));
    const missing = out.flatMap((o, i) => (o === undefined ? [i] : []));
    stats[stage] = { hits: items.length - missing.length, misses: missing.length };
    if (missing.length === 0) return out as O[];
    // Workers start first, so that they load their models while this thread loads its own.
    const helpers = remotes(missing.length).map((w) => (chunk: I[]) => remote(w, chunk));
    const { runTask } = (tasks ??= await import('./per-article-tasks.ts'));
    const computed = await mapInChunks(missing.map((i) => items[i]!), CHUNK, (chunk) => local(runTask, chunk), helpers);
    missing.forEach((i, j) => {
      out[i] = computed[j];
      store?.set(keys[i]!, computed[j]!);
    });
    return out as O[];
  }

  return {
    ingest: (files, registry) =>
      cached(
        'ingest',
        files,
        (f) => digestOf('ingest', registry.text, f.path, f.bytes, f.sidecar?.path ?? '', f.sidecar?.text ?? ''),
        (runTask, chunk) => runTask('ingest', { files: chunk, registry }),
        (w, chunk) => w.run('ingest', { files: chunk, registry }),
      ),
    annotate: (articles) =>
      cached(
        'annotate',
        articles,
        (a) => digestOf('annotate', a.id, a.title, a.body),
        (runTask, chunk) => runTask('annotate', { articles: chunk }),
        (w, chunk) => w.run('annotate', { articles: chunk }),
      ),
    render: (bodies) =>
      cached(
        'render',
        bodies,
        (b) => digestOf('render', b.markdown, JSON.stringify(b.entityLinks), JSON.stringify(b.claimMarks)),
        (runTask, chunk) => runTask('render', { bodies: chunk }),
        (w, chunk) => w.run('render', { bodies: chunk }),
      ),
    stats: () => stats,
    threadsUsed: () => 1 + started,
    async close() {
      await Promise.all((workers ?? []).map((w) => w.close()));
      workers = undefined;
    },
  };
}
