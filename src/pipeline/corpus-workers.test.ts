import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Real worker threads, counted as they start.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock('./parallel/worker-pool.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./parallel/worker-pool.ts')>();
  return {
    ...actual,
    startWorker: () => {
      started.count++;
      return actual.startWorker();
    },
  };
});
const { openCorpus } = await import('./corpus.ts');
const { openCacheStore } = await import('./cache/cache-store.ts');

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The bundled articles in a fresh folder, with an empty cache folder beside them. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'corpus-workers-'));
  roots.push(root);
  const bundled = new URL('../../content/articles/', import.meta.url).pathname;
  mkdirSync(join(root, 'articles'));
  for (const file of readdirSync(bundled)) writeFileSync(join(root, 'articles', file), readFileSync(join(bundled, file)));
  return { paths: { articlesDir: join(root, 'articles'), outletsFile: join(root, 'outlets.yaml'), entitiesFile: join(root, 'entities.yaml') }, cacheDir: join(root, 'cache') };
}

describe('openCorpus on worker threads', () => {
  beforeEach(() => void (started.count = 0));

  it('starts its workers once for a cold build: ingest, NLP and rendering share them (each start loads the NLP models)', async () => {
    const { paths, cacheDir } = project();
    const opened = await openCorpus(paths, { cache: openCacheStore(cacheDir, 'v1'), threads: 2, minForThreads: 1, deferLinks: true });
    const corpus = await opened.complete();
    expect(corpus.cacheStats.annotate).toEqual({ hits: 0, misses: 5 });
    expect(corpus.threads).toBe(2);
    expect(started.count).toBe(1);
  });

  it('links nothing for content with problems, when the caller will stop on them', async () => {
    const { paths, cacheDir } = project();
    writeFileSync(join(paths.articlesDir, 'broken.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    const opened = await openCorpus(paths, { cache: openCacheStore(cacheDir, 'v1'), deferLinks: true });
    expect(opened.problems.map((p) => p.file)).toContain('broken.md');
    expect(opened.cacheStats().link).toEqual({ hits: 0, misses: 0 });
    expect(opened.cacheStats().annotate).toBeUndefined();
  });
});
