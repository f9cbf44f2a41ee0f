import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The pipeline itself is not under test here: a stand-in corpus, and a count of builds.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../pipeline/corpus.ts', () => ({
  buildCorpus: async () => {
    builds.count++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { timings: [], build: builds.count };
  },
}));

const SHARED = Symbol.for('claimlens:corpus-source');

describe('the corpus shared by module instances', () => {
  beforeEach(() => {
    vi.stubEnv('CLAIMLENS_CACHE', 'off');
    delete (globalThis as Record<symbol, unknown>)[SHARED];
    vi.resetModules();
    builds.count = 0;
  });
  afterEach(() => vi.unstubAllEnvs());

  it("is built once when Astro's config and its content config each load this module", async () => {
    const config = await import('./corpus-source.ts');
    vi.resetModules();
    const content = await import('./corpus-source.ts');
    expect(content).not.toBe(config);
    const early = config.prepareCorpus();
    const [fromConfig, fromLoader] = await Promise.all([early, content.currentCorpus()]);
    expect(builds.count).toBe(1);
    expect(fromLoader.corpus).toBe(fromConfig.corpus);
  });

  it('is built again by an instance that runs other code (its stored-entries version differs)', async () => {
    const old = await import('./corpus-source.ts');
    await old.prepareCorpus();
    (globalThis as Record<symbol, { version?: string }>)[SHARED]!.version = 'code that has since changed';
    vi.resetModules();
    const current = await import('./corpus-source.ts');
    await current.currentCorpus();
    expect(builds.count).toBe(2);
  });
});
