import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOfDependencies } from './page-dependencies.ts';
import { pageRecordsFile, readPageRecords, savePageRecords } from './page-dependency-registry.ts';

describe('page records between builds', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'page-records-'));

  it('reads back what a build saved', () => {
    const file = pageRecordsFile(dir());
    const digestOf = (dep: string) => (dep === 'articles:a' ? 'd1' : undefined);
    const saved = savePageRecords({ keys: new Map([['articles/a', 'k']]), reads: new Map([['articles/a', new Set(['articles:a', 'stories:s'])]]), previous: {}, digestOf, recordsFile: file });
    expect(saved).toBe(1);
    expect(readPageRecords(file)).toEqual({ 'articles/a': { key: 'k', deps: ['articles:a', 'stories:s'], digest: digestOfDependencies(['articles:a', 'stories:s'], digestOf) } });
  });

  it('treats a missing or damaged file as no records, so every page renders', () => {
    const folder = dir();
    expect(readPageRecords(join(folder, 'none.json'))).toEqual({});
    writeFileSync(join(folder, 'bad.json'), '{"articles/a": {"key"');
    expect(readPageRecords(join(folder, 'bad.json'))).toEqual({});
    writeFileSync(join(folder, 'list.json'), '[1, 2]');
    expect(readPageRecords(join(folder, 'list.json'))).toEqual({});
  });

  it('saves nothing when incremental builds are off (no file) or no page had a key', () => {
    const file = pageRecordsFile(dir());
    expect(savePageRecords({ keys: new Map([['a', 'k']]), reads: new Map(), previous: {}, digestOf: () => undefined, recordsFile: undefined })).toBe(0);
    expect(savePageRecords({ keys: new Map(), reads: new Map(), previous: {}, digestOf: () => undefined, recordsFile: file })).toBe(0);
    expect(readPageRecords(file)).toEqual({});
  });
});
