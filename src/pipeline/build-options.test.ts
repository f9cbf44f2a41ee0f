import { describe, expect, it } from 'vitest';
import { buildOptions } from './build-options.ts';

describe('buildOptions', () => {
  it('caches under node_modules/.cache and uses every core by default', () => {
    expect(buildOptions({}, '/project', 4)).toEqual({ cacheDir: '/project/node_modules/.cache/claimlens', threads: 4 });
  });

  it('turns the cache off, moves it, and sets the thread count from the environment', () => {
    expect(buildOptions({ CLAIMLENS_CACHE: 'off', CLAIMLENS_THREADS: '1' }, '/project', 4)).toEqual({ cacheDir: undefined, threads: 1 });
    expect(buildOptions({ CLAIMLENS_CACHE_DIR: 'tmp/c' }, '/project', 2).cacheDir).toBe('/project/tmp/c');
    expect(buildOptions({ CLAIMLENS_CACHE_DIR: '/abs/c' }, '/project', 2).cacheDir).toBe('/abs/c');
  });

  it('ignores a thread count that is not a positive number', () => {
    expect(buildOptions({ CLAIMLENS_THREADS: 'many' }, '/p', 2).threads).toBe(2);
    expect(buildOptions({ CLAIMLENS_THREADS: '0' }, '/p', 2).threads).toBe(2);
  });
});
