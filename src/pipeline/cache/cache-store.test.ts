import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCacheStore } from './cache-store.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'claimlens-cache-'));
const KEY = 'ab12cd';

describe('openCacheStore', () => {
  it('serves what an earlier build stored, for the same code version', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<{ n: number; m: Map<string, number> }>('nlp').set(KEY, { n: 1, m: new Map([['a', 2]]) });
    first.save();
    const again = openCacheStore(d, 'v1').stage<{ n: number; m: Map<string, number> }>('nlp');
    expect(again.get(KEY)).toEqual({ n: 1, m: new Map([['a', 2]]) });
    expect(again.get('ffffff')).toBeUndefined();
    expect(again.stats).toEqual({ hits: 1, misses: 1 });
  });

  it('serves nothing stored by other code, and deletes it', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('nlp').set(KEY, 1);
    first.save();
    expect(openCacheStore(d, 'v2').stage<number>('nlp').get(KEY)).toBeUndefined();
    expect(readdirSync(d)).toEqual([]);
  });

  it('keeps only the entries the last build used', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('nlp').set('0ld000', 1);
    first.stage<number>('nlp').set('ke9700', 2);
    first.save();
    const second = openCacheStore(d, 'v1');
    expect(second.stage<number>('nlp').get('ke9700')).toBe(2);
    second.save();
    const third = openCacheStore(d, 'v1').stage<number>('nlp');
    expect(third.get('0ld000')).toBeUndefined();
    expect(third.get('ke9700')).toBe(2);
  });

  it('keeps an entry that was only checked for, not read', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('link').set('0ld000', 1);
    first.stage<number>('link').set('ke9700', 2);
    first.save();
    const second = openCacheStore(d, 'v1');
    const link = second.stage<number>('link');
    expect(link.has('ke9700')).toBe(true);
    expect(link.has('ffffff')).toBe(false);
    // Checking is not serving: the build log counts only what was read.
    expect(link.stats).toEqual({ hits: 0, misses: 0 });
    second.save();
    const third = openCacheStore(d, 'v1').stage<number>('link');
    expect(third.get('ke9700')).toBe(2);
    expect(third.get('0ld000')).toBeUndefined();
  });

  it('prunes only the stages it is asked to', () => {
    const d = dir();
    const first = openCacheStore(d, 'v1');
    first.stage<number>('ingest').set(KEY, 1);
    first.stage<number>('render').set(KEY, 2);
    first.save();
    const second = openCacheStore(d, 'v1');
    second.stage<number>('ingest');
    second.stage<number>('render');
    second.save(['ingest']);
    const third = openCacheStore(d, 'v1');
    expect(third.stage<number>('ingest').get(KEY)).toBeUndefined();
    expect(third.stage<number>('render').get(KEY)).toBe(2);
  });

  it('treats a damaged entry as missing instead of failing', () => {
    const d = dir();
    openCacheStore(d, 'v1').stage<number>('nlp').set(KEY, 1);
    const [version] = readdirSync(d);
    writeFileSync(join(d, version!, 'nlp', KEY.slice(0, 2), `${KEY}.bin`), 'not a v8 serialization');
    const cache = openCacheStore(d, 'v1').stage<number>('nlp');
    expect(cache.get(KEY)).toBeUndefined();
    expect(cache.stats.misses).toBe(1);
  });

  it('removes files of an older cache layout', () => {
    const d = dir();
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'annotate.bin'), 'old');
    openCacheStore(d, 'v1');
    expect(existsSync(join(d, 'annotate.bin'))).toBe(false);
  });
});
