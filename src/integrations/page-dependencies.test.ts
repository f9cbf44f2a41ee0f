import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_INCREMENTAL_MANIFEST, finishBuild, startBuild } from './page-dependencies.ts';

describe('a build that never finished', () => {
  it("drops Astro's manifest of page keys on the next build, and only then", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
    const manifest = join(cacheDir, ASTRO_INCREMENTAL_MANIFEST);
    writeFileSync(manifest, '{}');
    expect(startBuild(cacheDir)).toBe(false);
    finishBuild(cacheDir);
    expect(startBuild(cacheDir)).toBe(false);
    expect(existsSync(manifest)).toBe(true);
    // This build fails: no finishBuild.
    expect(startBuild(cacheDir)).toBe(true);
    expect(existsSync(manifest)).toBe(false);
    finishBuild(cacheDir);
    writeFileSync(manifest, '{}');
    expect(startBuild(cacheDir)).toBe(false);
    expect(existsSync(manifest)).toBe(true);
  });
});
