import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from './corpus-loader.ts';
import { storeEntries, type StoreContext } from './store-entries.ts';

type Stored = { id: string; data: Record<string, unknown>; digest?: string | number; rendered?: { html: string } };

/** A collection as Astro's store keeps it, and a context whose validation is counted and visible in the data. */
function collection(codeVersion = 'v1') {
  const entries = new Map<string, Stored>();
  const validated: string[] = [];
  const context: StoreContext = {
    store: {
      get: (id) => entries.get(id) as never,
      set: (entry) => {
        entries.set(entry.id, entry as Stored);
        return true;
      },
      delete: (id) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ id, data }) => {
      validated.push(id);
      if (typeof data.title !== 'string') throw new Error(`${id}: title must be a string`);
      return { ...data, validatedBy: codeVersion };
    },
    generateDigest: (data) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    codeVersion,
  };
  return { entries, validated, context };
}

const articles = (n: number): CorpusEntry[] => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, data: { title: `Title ${i}` }, html: `<p>${i}</p>` }));
const snapshot = (entries: Map<string, Stored>) => [...entries.values()].map((e) => ({ id: e.id, data: e.data, html: e.rendered?.html })).sort((a, b) => a.id.localeCompare(b.id));

describe('storeEntries', () => {
  it('stores every entry validated, with its HTML, on the first sync', async () => {
    const { entries, validated, context } = collection();
    expect(await storeEntries(articles(3), context)).toEqual({ stored: 3, unchanged: 0, deleted: 0 });
    expect(validated).toEqual(['a0', 'a1', 'a2']);
    expect(snapshot(entries)).toEqual(articles(3).map((a) => ({ id: a.id, data: { ...a.data, validatedBy: 'v1' }, html: a.html })));
  });

  it('validates and stores nothing again when nothing changed', async () => {
    const { entries, validated, context } = collection();
    await storeEntries(articles(3), context);
    const before = snapshot(entries);
    validated.length = 0;
    expect(await storeEntries(articles(3), context)).toEqual({ stored: 0, unchanged: 3, deleted: 0 });
    expect(validated).toEqual([]);
    expect(snapshot(entries)).toEqual(before);
  });

  it('stores again exactly the entries whose data or HTML changed, and deletes those that are gone', async () => {
    const { entries, validated, context } = collection();
    await storeEntries(articles(4), context);
    validated.length = 0;
    const next = articles(4).slice(0, 3);
    next[0] = { ...next[0]!, data: { title: 'A new title' } };
    next[2] = { ...next[2]!, html: '<p>rewritten</p>' };
    expect(await storeEntries(next, context)).toEqual({ stored: 2, unchanged: 1, deleted: 1 });
    expect(validated).toEqual(['a0', 'a2']);
    expect(snapshot(entries)).toEqual(next.map((a) => ({ id: a.id, data: { ...a.data, validatedBy: 'v1' }, html: a.html })));
  });

  it('validates everything again under another code version (a changed schema)', async () => {
    const first = collection('v1');
    await storeEntries(articles(2), first.context);
    const second = { ...first.context, codeVersion: 'v2', parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, validatedBy: 'v2' }) };
    expect(await storeEntries(articles(2), second)).toEqual({ stored: 2, unchanged: 0, deleted: 0 });
    expect([...first.entries.values()].map((e) => e.data.validatedBy)).toEqual(['v2', 'v2']);
  });

  it('lets a validation error through, naming the entry', async () => {
    const { context } = collection();
    await expect(storeEntries([{ id: 'bad', data: { title: 7 } }], context)).rejects.toThrow('bad: title must be a string');
  });
});
