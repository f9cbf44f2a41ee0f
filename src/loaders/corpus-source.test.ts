import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The pipeline itself is not under test here: a stand-in opened corpus, whose input key and problems each test
// sets, and a count of opens and completions. Like the real one, its cache counts grow when it completes.
const pipeline = vi.hoisted(() => ({ opened: 0, completed: 0, inputKey: 'input-1' as string | undefined, problems: [] as { file: string; code: string; message: string; fix: string }[] }));
vi.mock('../pipeline/corpus.ts', () => ({
  openCorpus: async () => {
    pipeline.opened++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const build = pipeline.opened;
    const stats: Record<string, { hits: number; misses: number }> = { ingest: { hits: 1, misses: 0 } };
    return {
      problems: pipeline.problems,
      ...(pipeline.inputKey !== undefined ? { inputKey: pipeline.inputKey } : {}),
      folder: 'articles',
      skipped: [],
      complete: async () => {
        pipeline.completed++;
        stats.render = { hits: 1, misses: 0 };
        return { timings: [], cacheStats: { ...stats }, threads: 1, build };
      },
      timings: () => [],
      cacheStats: () => ({ ...stats }),
      threads: () => 1,
    };
  },
}));

// The cache is a stand-in too: what matters here is when it is saved.
const cache = vi.hoisted(() => ({ saves: 0 }));
vi.mock('../pipeline/cache/cache-store.ts', () => ({ openCacheStore: () => ({ stage: () => undefined, save: () => void cache.saves++ }) }));

const SHARED = Symbol.for('claimlens:corpus-source');

describe('the corpus shared by module instances', () => {
  beforeEach(() => {
    vi.stubEnv('CLAIMLENS_CACHE', 'off');
    delete (globalThis as Record<symbol, unknown>)[SHARED];
    vi.resetModules();
    Object.assign(pipeline, { opened: 0, completed: 0, inputKey: 'input-1', problems: [] });
    cache.saves = 0;
  });
  afterEach(() => vi.unstubAllEnvs());

  it("is read once when Astro's config and its content config each load this module", async () => {
    const config = await import('./corpus-source.ts');
    vi.resetModules();
    const content = await import('./corpus-source.ts');
    expect(content).not.toBe(config);
    const early = config.prepareCorpus();
    const [fromConfig, fromLoader] = await Promise.all([early, content.currentSource()]);
    expect(pipeline.opened).toBe(1);
    expect(fromLoader).toBe(fromConfig);
  });

  it('is read again by an instance that runs other code (its stored-entries version differs)', async () => {
    const old = await import('./corpus-source.ts');
    await old.prepareCorpus();
    (globalThis as Record<symbol, { version?: string }>)[SHARED]!.version = 'code that has since changed';
    vi.resetModules();
    const current = await import('./corpus-source.ts');
    await current.currentSource();
    expect(pipeline.opened).toBe(2);
  });

  it('completes the corpus only when asked, once however many collections ask', async () => {
    const { currentSource } = await import('./corpus-source.ts');
    const source = await currentSource();
    expect(pipeline.completed).toBe(0);
    expect(source.info().cacheStats).toEqual({ ingest: { hits: 1, misses: 0 } });
    const [a, b] = await Promise.all([source.corpus(), source.corpus()]);
    expect(a).toBe(b);
    expect(pipeline.completed).toBe(1);
    // Once complete, the log says what completing read.
    expect(source.info().cacheStats).toEqual({ ingest: { hits: 1, misses: 0 }, render: { hits: 1, misses: 0 } });
  });

  it('keys the stored entries by the corpus input and the code, and has no key without one', async () => {
    const keyOf = async (inputKey: string | undefined, version?: string) => {
      delete (globalThis as Record<symbol, unknown>)[SHARED];
      vi.resetModules();
      if (version !== undefined) vi.doMock('../pipeline/cache/code-version.ts', () => ({ codeVersion: () => 'cache', storedEntriesVersion: () => version }));
      else vi.doUnmock('../pipeline/cache/code-version.ts');
      pipeline.inputKey = inputKey;
      return (await (await import('./corpus-source.ts')).currentSource()).entriesKey;
    };
    const first = await keyOf('input-1', 'code-1');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await keyOf('input-1', 'code-1')).toBe(first);
    expect(await keyOf('input-2', 'code-1')).not.toBe(first);
    expect(await keyOf('input-1', 'code-2')).not.toBe(first);
    expect(await keyOf(undefined, 'code-1')).toBeUndefined();
    vi.doUnmock('../pipeline/cache/code-version.ts');
  });

  it('fails with every problem in the content, naming each file', async () => {
    pipeline.problems = [
      { file: 'articles/a.md', code: 'bad-date', message: 'The date is not a date.', fix: 'Write it as 2026-05-04.' },
      { file: 'articles/b.md', code: 'no-title', message: 'There is no title.', fix: 'Add a title.' },
    ];
    vi.stubEnv('CLAIMLENS_CACHE', 'on');
    const { currentSource } = await import('./corpus-source.ts');
    const failure = currentSource();
    await expect(failure).rejects.toThrow(/articles\/a\.md[\s\S]*articles\/b\.md/);
    expect(pipeline.completed).toBe(0);
    // Not saved, so not pruned: the last good build's links and bodies are still there once the input is fixed.
    expect(cache.saves).toBe(0);
  });

  it('saves the cache once the articles are read, and again once the corpus is complete', async () => {
    vi.stubEnv('CLAIMLENS_CACHE', 'on');
    const { currentSource } = await import('./corpus-source.ts');
    const source = await currentSource();
    expect(cache.saves).toBe(1);
    await source.corpus();
    expect(cache.saves).toBe(2);
  });

  describe('re-syncing in the dev server', () => {
    /** Astro's watcher as loaders see it: handlers by event, and the full re-sync's removal of them all. */
    function fakeWatcher() {
      const handlers = new Set<(event: string, path: string) => void>();
      return {
        watcher: {
          add: () => undefined,
          on: (_event: string, handler: (event: string, path: string) => void) => void handlers.add(handler),
          off: (_event: string, handler: (event: string, path: string) => void) => void handlers.delete(handler),
        },
        change: (path: string) => {
          for (const handler of handlers) handler('change', path);
        },
        removeAll: () => handlers.clear(),
      };
    }

    it("runs each collection's latest sync once per change, also after Astro removed its listeners", async () => {
      vi.stubEnv('ARTICLES_DIR', '/tmp/claimlens-watch-test/articles');
      const { currentSource, resyncOnChange } = await import('./corpus-source.ts');
      // As in the dev server: the corpus was read (by this code) before any change.
      await currentSource();
      const { watcher, change, removeAll } = fakeWatcher();
      const calls: string[] = [];
      const syncOf = (label: string) => async () => void calls.push(label);
      const asWatcher = watcher as unknown as Parameters<typeof resyncOnChange>[0];
      resyncOnChange(asWatcher, 'articles', syncOf('articles, first load'), () => {});
      resyncOnChange(asWatcher, 'claims', syncOf('claims'), () => {});
      // Astro loads the articles collection again: its new sync replaces the old one.
      resyncOnChange(asWatcher, 'articles', syncOf('articles, second load'), () => {});
      change('/tmp/claimlens-watch-test/articles/a.md');
      expect(calls.sort()).toEqual(['articles, second load', 'claims']);
      change('/tmp/claimlens-watch-test/elsewhere.md');
      expect(calls).toHaveLength(2);
      // A full re-sync removes every tracked listener, then loads every collection again.
      removeAll();
      resyncOnChange(asWatcher, 'articles', syncOf('articles, third load'), () => {});
      change('/tmp/claimlens-watch-test/articles/a.md');
      expect(calls.slice(2).sort()).toEqual(['articles, third load', 'claims']);
    });
  });
});
