import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeVersion, storedEntriesVersion } from './code-version.ts';

describe('codeVersion', () => {
  it('changes when pipeline code or the lock file changes, not when a test does', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimlens-code-'));
    mkdirSync(join(root, 'src/pipeline/nlp'), { recursive: true });
    writeFileSync(join(root, 'src/pipeline/nlp/a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const before = codeVersion(root);
    writeFileSync(join(root, 'src/pipeline/nlp/a.test.ts'), 'test');
    expect(codeVersion(root)).toBe(before);
    writeFileSync(join(root, 'src/pipeline/nlp/a.ts'), 'export const a = 2;');
    const edited = codeVersion(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(codeVersion(root)).not.toBe(edited);
  });

  it('counts data files in the versioned folders, not hidden files or editors’ swap and backup files', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimlens-code-'));
    mkdirSync(join(root, 'src/pipeline/nlp'), { recursive: true });
    writeFileSync(join(root, 'src/pipeline/nlp/a.ts'), 'export const a = 1;');
    const before = codeVersion(root);
    for (const name of ['.a.ts.swp', 'a.ts~', '.DS_Store']) writeFileSync(join(root, 'src/pipeline/nlp', name), 'x');
    expect(codeVersion(root)).toBe(before);
    writeFileSync(join(root, 'src/pipeline/nlp/stopwords.json'), '["the"]');
    expect(codeVersion(root)).not.toBe(before);
  });

  it('covers this project’s own pipeline', () => {
    const copy = mkdtempSync(join(tmpdir(), 'claimlens-code-'));
    cpSync(join(import.meta.dirname, '../../../src/pipeline/cache'), join(copy, 'src/pipeline/cache'), { recursive: true });
    expect(codeVersion()).not.toBe(codeVersion(copy));
  });
});

describe('storedEntriesVersion', () => {
  it('changes with the pipeline, the loaders and the content config (which schema a collection has), unlike codeVersion', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimlens-code-'));
    mkdirSync(join(root, 'src/pipeline'), { recursive: true });
    mkdirSync(join(root, 'src/loaders'), { recursive: true });
    writeFileSync(join(root, 'src/pipeline/a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'src/loaders/l.ts'), 'export const l = 1;');
    writeFileSync(join(root, 'src/content.config.ts'), 'schema: A');
    const [cache, stored] = [codeVersion(root), storedEntriesVersion(root)];
    writeFileSync(join(root, 'src/content.config.ts'), 'schema: B');
    const afterConfig = storedEntriesVersion(root);
    expect(afterConfig).not.toBe(stored);
    writeFileSync(join(root, 'src/loaders/l.ts'), 'export const l = 2;');
    const afterLoader = storedEntriesVersion(root);
    expect(afterLoader).not.toBe(afterConfig);
    // The per-article cache does not depend on either, so it is kept.
    expect(codeVersion(root)).toBe(cache);
    writeFileSync(join(root, 'src/pipeline/a.ts'), 'export const a = 2;');
    expect(storedEntriesVersion(root)).not.toBe(afterLoader);
  });
});

describe('what the versions cover', () => {
  // Only writes the build log (stage timings); nothing it does reaches a result or an entry.
  const OUTSIDE_BUT_HARMLESS = ['src/lib/timings-log.ts'];
  const root = join(import.meta.dirname, '../../../');

  /** Relative modules a file loads: every import TypeScript finds (static, dynamic, re-exports) and worker URLs. */
  function localImports(file: string): string[] {
    const text = readFileSync(join(root, file), 'utf8');
    const specifiers = [
      ...ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName),
      ...[...text.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"]+)['"],\s*import\.meta\.url\)/g)].map((m) => m[1]!),
    ].filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'));
    return specifiers.map((s) => relative(root, resolve(dirname(join(root, file)), s)).split(sep).join('/')).filter((path) => path.endsWith('.ts') || path.endsWith('.json'));
  }

  /** Every local module reachable from the files of `folders` (and `extra`) that lies outside `folders`. */
  function reachableOutside(folders: readonly string[], extra: readonly string[] = []): { seen: Set<string>; outside: string[] } {
    const start = [...extra, ...folders.flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${dir}/${f.split(sep).join('/')}`))];
    const inside = (path: string) => folders.some((dir) => path.startsWith(`${dir}/`)) || extra.includes(path);
    const seen = new Set<string>();
    const outside = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of localImports(file)) {
        if (inside(imported)) queue.push(imported);
        else if (!OUTSIDE_BUT_HARMLESS.includes(imported)) outside.add(imported);
      }
    }
    return { seen, outside: [...outside] };
  }

  it('every module that cached per-article results and links come from is in a folder of codeVersion', () => {
    const { seen, outside } = reachableOutside(['src/pipeline', 'src/markdown', 'src/schemas']);
    // Sanity: the walk follows dynamic imports and worker URLs too.
    expect(seen).toContain('src/pipeline/link/compute-links.ts');
    expect(seen).toContain('src/pipeline/parallel/worker.ts');
    expect(outside).toEqual([]);
  });

  it('every module that stored entries come from is in a folder of storedEntriesVersion', () => {
    const { seen, outside } = reachableOutside(['src/pipeline', 'src/markdown', 'src/schemas', 'src/loaders'], ['src/content.config.ts']);
    expect(seen).toContain('src/loaders/corpus-loader.ts');
    expect(outside).toEqual([]);
  });
});
