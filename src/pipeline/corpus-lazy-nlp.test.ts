import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';

const folder = temporaryFolders('corpus-lazy-nlp-');
const CORPUS = fileURLToPath(new URL('./corpus.ts', import.meta.url));
const CACHE = fileURLToPath(new URL('./cache/cache-store.ts', import.meta.url));

/**
 * Builds the corpus in a fresh Node process, as a build does, and says which NLP packages it loaded: every module
 * it resolves is recorded by a resolve hook, for `import` and `require` alike.
 */
function buildInFreshProcess(content: string, cacheDir: string): { nlpPackages: string[]; link: unknown; articles: number } {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = new Set();
    registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); seen.add(found.url); return found; } });
    const { openCacheStore } = await import(${JSON.stringify(CACHE)});
    const { loadCorpus } = await import(${JSON.stringify(CORPUS)});
    const cache = openCacheStore(${JSON.stringify(cacheDir)}, 'v1');
    const { corpus, problems } = await loadCorpus({ articlesDir: ${JSON.stringify(join(content, 'articles'))}, outletsFile: ${JSON.stringify(join(content, 'outlets.yaml'))}, entitiesFile: ${JSON.stringify(join(content, 'entities.yaml'))} }, { cache });
    cache.save();
    if (problems.length > 0) throw new Error(JSON.stringify(problems));
    const nlpPackages = [...new Set([...seen].flatMap((url) => /node_modules\\/(wink-nlp|wink-eng-lite-web-model|compromise)\\//.exec(url)?.[1] ?? []))].sort();
    console.log(JSON.stringify({ nlpPackages, link: corpus.cacheStats.link, articles: corpus.articles.length }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { nlpPackages: string[]; link: unknown; articles: number };
}

describe('a build served from the cache', () => {
  it('loads no NLP model or lexicon; a build that links loads them', () => {
    const content = folder();
    mkdirSync(join(content, 'articles'));
    writeFileSync(join(content, 'outlets.yaml'), '[]\n');
    writeFileSync(join(content, 'articles', 'bridge.md'), '---\ntitle: Elm Street bridge to reopen\n---\nMayor Dana Reyes said the Elm Street bridge will reopen in March.\n');
    writeFileSync(join(content, 'articles', 'library.md'), '---\ntitle: Library opens a reading room\n---\nThe city library opened a new reading room on Monday, officials said.\n');
    const cacheDir = folder();

    const cold = buildInFreshProcess(content, cacheDir);
    expect(cold.articles).toBe(2);
    expect(cold.link).toEqual({ hits: 0, misses: 1 });
    expect(cold.nlpPackages).toEqual(['compromise', 'wink-eng-lite-web-model', 'wink-nlp']);

    const warm = buildInFreshProcess(content, cacheDir);
    expect(warm.articles).toBe(2);
    expect(warm.link).toEqual({ hits: 1, misses: 0 });
    expect(warm.nlpPackages).toEqual([]);
  }, 60_000);
});
