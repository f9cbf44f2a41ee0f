import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCacheStore } from './cache-store.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'claimlens-cache-'));

describe('openCacheStore', () => {
  it('serves what an earlier build saved, for the same code version', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<{ n: number; m: Map<string, number> }>('nlp').set('k', { n: 1, m: new Map([['a', 2]]) });
    first.save();
    const again = openCacheStore(d, 'v1').stage<{ n: number; m: Map<string, number> }>('nlp');
    expect(again.get('k')).toEqual({ n: 1, m: new Map([['a', 2]]) });
    expect(again.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('serves nothing saved by other code', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('nlp').set('k', 1);
    first.save();
    expect(openCacheStore(d, 'v2').stage<number>('nlp').get('k')).toBeUndefined();
  });

  it('keeps only the entries the last build used', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('nlp').set('old', 1);
    first.stage<number>('nlp').set('kept', 2);
    first.save();
    const second = openCacheStore(d, 'v1');
    expect(second.stage<number>('nlp').get('kept')).toBe(2);
    second.save();
    const third = openCacheStore(d, 'v1').stage<number>('nlp');
    expect(third.get('old')).toBeUndefined();
    expect(third.get('kept')).toBe(2);
  });

  it('saves only the stages it is asked to', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('ingest').set('k', 1);
    first.stage<number>('render').set('k', 2);
    first.save(['ingest']);
    const again = openCacheStore(d, 'v1');
    expect(again.stage<number>('ingest').get('k')).toBe(1);
    expect(again.stage<number>('render').get('k')).toBeUndefined();
  });

  it('starts empty instead of failing on a damaged file', () => {
    const d = dir();
    writeFileSync(join(d, 'nlp.bin'), 'not a v8 serialization');
    expect(openCacheStore(d, 'v1').stage<number>('nlp').get('k')).toBeUndefined();
  });
});

describe('saving an unchanged stage', () => {
  it('leaves the file alone when every entry was served and none went unused', async () => {
    const { statSync } = await import('node:fs');
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('nlp').set('k', 1);
    first.save();
    const written = statSync(join(d, 'nlp.bin')).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = openCacheStore(d, 'v1');
    expect(second.stage<number>('nlp').get('k')).toBe(1);
    second.save();
    expect(statSync(join(d, 'nlp.bin')).mtimeMs).toBe(written);
    const third = openCacheStore(d, 'v1');
    third.stage<number>('nlp').set('other', 2);
    third.save();
    expect(statSync(join(d, 'nlp.bin')).mtimeMs).toBeGreaterThan(written);
  });
});
