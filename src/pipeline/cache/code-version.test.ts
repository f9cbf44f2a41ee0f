import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion } from './code-version.ts';

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
