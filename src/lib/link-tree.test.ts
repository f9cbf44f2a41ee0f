import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTree } from './link-tree.ts';

describe('linkTree', () => {
  it('recreates every file and folder under the target, sharing the files, and a deleted link leaves the other', () => {
    const from = mkdtempSync(join(tmpdir(), 'link-from-'));
    mkdirSync(join(from, 'fragment', 'deep'), { recursive: true });
    writeFileSync(join(from, 'entry.json'), '{"v":1}');
    writeFileSync(join(from, 'fragment', 'deep', 'a.pf_fragment'), 'A');
    const to = join(mkdtempSync(join(tmpdir(), 'link-to-')), 'pagefind');
    linkTree(from, to);
    expect(readFileSync(join(to, 'entry.json'), 'utf8')).toBe('{"v":1}');
    expect(readFileSync(join(to, 'fragment', 'deep', 'a.pf_fragment'), 'utf8')).toBe('A');
    expect(statSync(join(to, 'entry.json')).ino).toBe(statSync(join(from, 'entry.json')).ino);
    rmSync(to, { recursive: true });
    expect(readFileSync(join(from, 'fragment', 'deep', 'a.pf_fragment'), 'utf8')).toBe('A');
  });
});
