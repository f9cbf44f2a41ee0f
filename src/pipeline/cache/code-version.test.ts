import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
  const COVERED = ['src/pipeline/', 'src/markdown/', 'src/schemas/', 'src/loaders/'];
  const root = join(import.meta.dirname, '../../../');

  /** Relative modules a file loads at run time: static and dynamic imports and worker URLs, not `import type`. */
  function runtimeImports(file: string): string[] {
    const text = readFileSync(join(root, file), 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.{1,2}\/[^']+)'/gm),
      ...text.matchAll(/^\s*import\s+'(\.{1,2}\/[^']+)'/gm),
      ...text.matchAll(/await\s+import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g),
      ...text.matchAll(/new URL\(\s*'(\.{1,2}\/[^']+\.ts)',\s*import\.meta\.url\)/g),
    ].map((m) => m[1]!);
    return specifiers.map((s) => relative(root, resolve(dirname(join(root, file)), s)).split(sep).join('/'));
  }

  it('every module that stored entries and cached results come from is in a versioned folder', () => {
    const start = ['src/content.config.ts', ...['src/pipeline', 'src/markdown', 'src/schemas', 'src/loaders'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${dir}/${f.split(sep).join('/')}`))];
    const seen = new Set<string>();
    const outside = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of runtimeImports(file)) {
        if (!COVERED.some((dir) => imported.startsWith(dir)) && imported !== 'src/content.config.ts') outside.add(imported);
        else queue.push(imported);
      }
    }
    // Sanity: the walk follows dynamic imports and worker URLs too.
    expect(seen).toContain('src/pipeline/link/compute-links.ts');
    expect(seen).toContain('src/pipeline/parallel/worker.ts');
    expect([...outside].filter((file) => !OUTSIDE_BUT_HARMLESS.includes(file))).toEqual([]);
  });
});
