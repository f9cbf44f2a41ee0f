import { slugify } from '../../schemas/ids.ts';

/**
 * An article's id comes from its path (without extension) and nothing else, so it is stable across builds
 * and across unrelated changes: `world/2026_02_28 Story.md` → `world-2026-02-28-story`.
 * Two files that differ only in extension or punctuation get the same id; the build reports that.
 */
export function articleIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./]+$/, '');
  return withoutExtension.split('/').map(slugify).filter(Boolean).join('-');
}
