import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The source is a stand-in whose corpus (a list of titles) and entries key each test sets; reading the corpus is counted.
const source = vi.hoisted(() => ({ titles: ['One'], entriesKey: 'key-1' as string | undefined, reads: 0, synced: 0, readMs: 0, events: [] as string[], resync: undefined as (() => Promise<void>) | undefined }));
vi.mock('./corpus-source.ts', () => ({
  registerCollection: () => {},
  // What the dev server's watcher would call on a change.
  resyncOnChange: (_watcher: unknown, _collection: string, sync: () => Promise<void>) => void (source.resync = sync),
  collectionSynced: () => void source.synced++,
  currentSource: async () => ({
    version: 'code-1',
    ...(source.entriesKey !== undefined ? { entriesKey: source.entriesKey } : {}),
    corpus: async () => {
      source.reads++;
      const titles = [...source.titles];
      source.events.push(`read ${titles.join('+')}`);
      await new Promise((resolve) => setTimeout(resolve, source.readMs));
      source.events.push(`read ${titles.join('+')} done`);
      return { titles };
    },
    info: () => ({ folder: 'articles', skipped: [], cacheStats: {}, threads: 1 }),
  }),
}));
const { corpusLoader } = await import('./corpus-loader.ts');

type Stored = { id: string; data: Record<string, unknown>; digest?: string | number };

/** A collection and its meta store as Astro keeps them between builds, and a context that records what is said. */
function astroCollection() {
  const entries = new Map<string, Stored>();
  const meta = new Map<string, string>();
  const said: string[] = [];
  const context = (fail?: string) =>
    ({
      store: { get: (id: string) => entries.get(id), set: (e: Stored) => (entries.set(e.id, e), true), delete: (id: string) => void entries.delete(id), keys: () => [...entries.keys()] },
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
        if (id === fail) throw new Error(`${id} is not valid`);
        return data;
      },
      generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
      logger: { info: (m: string) => void said.push(m), error: (m: string) => void said.push(`error: ${m}`) },
    }) as unknown as LoaderContext;
  return { entries, meta, said, context };
}

const loader = corpusLoader('titles', (corpus) => (corpus as unknown as { titles: string[] }).titles.map((title) => ({ id: title.toLowerCase(), data: { title } })), {
  summary: (corpus) => `${(corpus as unknown as { titles: string[] }).titles.length} titles`,
  note: (info) => ` from ${info.folder}`,
});

describe('corpusLoader', () => {
  beforeEach(() => Object.assign(source, { titles: ['One'], entriesKey: 'key-1', reads: 0, synced: 0, readMs: 0, events: [], resync: undefined }));

  it('stores the corpus, then leaves the collection alone, without reading the corpus, while the entries key is the same', async () => {
    const astro = astroCollection();
    await loader.load(astro.context());
    expect([...astro.entries.keys()]).toEqual(['one']);
    expect(astro.said).toEqual(['1 titles from articles']);
    // The next build: same key, a corpus that would now store something else (which the key says cannot happen).
    source.titles = ['One', 'Two'];
    await loader.load(astro.context());
    expect(source.reads).toBe(1);
    expect([...astro.entries.keys()]).toEqual(['one']);
    expect(astro.said[1]).toBe('1 titles from articles; unchanged since it was last stored');
    expect(source.synced).toBe(2);
  });

  it('stores again when the key changes', async () => {
    const astro = astroCollection();
    await loader.load(astro.context());
    Object.assign(source, { titles: ['One', 'Two'], entriesKey: 'key-2' });
    await loader.load(astro.context());
    expect(source.reads).toBe(2);
    expect([...astro.entries.keys()].sort()).toEqual(['one', 'two']);
    expect(astro.said[1]).toBe('2 titles from articles');
  });

  it('stores every time without a key (no cache)', async () => {
    source.entriesKey = undefined;
    const astro = astroCollection();
    await loader.load(astro.context());
    source.titles = ['Two'];
    await loader.load(astro.context());
    expect(source.reads).toBe(2);
    expect([...astro.entries.keys()]).toEqual(['two']);
  });

  it('stores again after a sync that failed halfway, even for the key stored before it', async () => {
    const astro = astroCollection();
    await loader.load(astro.context());
    // A sync for another corpus fails on its second entry, after storing its first.
    Object.assign(source, { titles: ['Zero', 'Two'], entriesKey: 'key-2' });
    await expect(loader.load(astro.context('two'))).rejects.toThrow(/two is not valid/);
    // Back to the first corpus: the collection no longer holds it, so it must be stored, not trusted.
    Object.assign(source, { titles: ['One'], entriesKey: 'key-1' });
    await loader.load(astro.context());
    expect([...astro.entries.keys()]).toEqual(['one']);
  });

  /**
   * A collection stored from ['One'], then a change to ['Two'] re-synced by the dev server, and the corpus turned
   * into ['Three'] while that re-sync is still reading its corpus. Returns the collection and the re-sync.
   */
  async function changedWhileReading() {
    const astro = astroCollection();
    await loader.load(astro.context());
    source.readMs = 20;
    Object.assign(source, { titles: ['Two'], entriesKey: 'key-2' });
    const first = source.resync!();
    while (!source.events.includes('read Two')) await new Promise((resolve) => setTimeout(resolve, 1));
    Object.assign(source, { titles: ['Three'], entriesKey: 'key-3' });
    return { astro, first };
  }

  it('syncs one change at a time in the dev server, so that two quick changes do not interleave', async () => {
    const { astro, first } = await changedWhileReading();
    const second = source.resync!();
    await Promise.all([first, second]);
    expect(source.events.slice(2)).toEqual(['read Two', 'read Two done', 'read Three', 'read Three done']);
    expect([...astro.entries.keys()]).toEqual(['three']);
    expect(astro.meta.get('claimlens:entries-key')).toBe('key-3');
  });

  it('keeps one sync at a time when Astro loads the collection again (a full re-sync in the dev server)', async () => {
    const { astro, first } = await changedWhileReading();
    await Promise.all([first, loader.load(astro.context())]);
    expect(source.events.slice(2)).toEqual(['read Two', 'read Two done', 'read Three', 'read Three done']);
    expect([...astro.entries.keys()]).toEqual(['three']);
  });
});
