import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCacheStore } from '../cache/cache-store.ts';
import type { SourceFile } from '../ingest/ingest-file.ts';
import { createPerArticleRunner } from './per-article-runner.ts';

const SEEDS = join(import.meta.dirname, '../../../content/articles');
const OUTLETS = join(import.meta.dirname, '../../../content/outlets.yaml');
const registry = { text: readFileSync(OUTLETS, 'utf8'), name: 'content/outlets.yaml' };
const files: SourceFile[] = readdirSync(SEEDS).sort().map((path) => ({ path, bytes: readFileSync(join(SEEDS, path)) }));

async function run(options: Parameters<typeof createPerArticleRunner>[0]) {
  const runner = createPerArticleRunner(options);
  try {
    const ingested = await runner.ingest(files, registry);
    const articles = ingested.flatMap((r) => (r.ok ? [r.article] : []));
    const annotated = await runner.annotate(articles.map((a) => ({ id: a.id, title: a.title, body: a.body })));
    const rendered = await runner.render(articles.map((a) => ({ markdown: a.body, entityLinks: [{ surface: 'Pentagon', href: '/entities/pentagon/', title: 'Pentagon' }], claimMarks: [] })));
    return { ingested, annotated, rendered, stats: structuredClone(runner.stats()), threads: runner.threadsUsed() };
  } finally {
    await runner.close();
  }
}

describe('createPerArticleRunner', () => {
  it('gives the same results on worker threads as on this thread, in input order', async () => {
    const alone = await run({ threads: 1 });
    const threaded = await run({ threads: 3, minForThreads: 0 });
    expect(alone.ingested.every((r) => r.ok)).toBe(true);
    expect(threaded.ingested).toEqual(alone.ingested);
    expect(threaded.annotated).toEqual(alone.annotated);
    expect(threaded.rendered).toEqual(alone.rendered);
    expect([alone.threads, threaded.threads]).toEqual([1, 3]);
    expect(alone.rendered.some((html) => html.includes('<a href="/entities/pentagon/"'))).toBe(true);
  }, 30_000);

  it('serves unchanged articles from the cache and recomputes a changed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-runner-'));
    const cold = openCacheStore(dir, 'test');
    const first = await run({ cache: cold });
    cold.save();
    expect(first.stats.ingest).toEqual({ hits: 0, misses: files.length });

    const warm = await run({ cache: openCacheStore(dir, 'test') });
    expect(warm.stats).toEqual({ ingest: { hits: files.length, misses: 0 }, annotate: { hits: files.length, misses: 0 }, render: { hits: files.length, misses: 0 } });
    expect(warm.rendered).toEqual(first.rendered);
    expect(warm.ingested).toEqual(first.ingested);
    expect(warm.annotated).toEqual(first.annotated);

    const edited = files[2]!;
    files[2] = { ...edited, bytes: Buffer.concat([edited.bytes, Buffer.from('\n\nThe mayor said the port will reopen on Friday.\n')]) };
    try {
      const changed = await run({ cache: openCacheStore(dir, 'test') });
      expect(changed.stats.ingest).toEqual({ hits: files.length - 1, misses: 1 });
      expect(changed.stats.annotate).toEqual({ hits: files.length - 1, misses: 1 });
      expect(changed.stats.render).toEqual({ hits: files.length - 1, misses: 1 });
      const sentences = changed.annotated.find((a) => a.id === first.annotated[2]!.id)!.sentences.map((s) => s.text);
      expect(sentences.some((s) => s.includes('the port will reopen on Friday'))).toBe(true);
    } finally {
      files[2] = edited;
    }
  }, 30_000);
});
