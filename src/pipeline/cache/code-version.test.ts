import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
