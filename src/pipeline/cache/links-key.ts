import type { Article } from '../../schemas/article.ts';
import { digestOf } from './digest.ts';

/**
 * The key of everything linking reads: every cleaned article whole (NLP is a pure function of its id, title and
 * body, so this covers the annotations too) and both registries' text. Code changes are covered by the cache's
 * code version. Order matters: the articles come sorted by id.
 */
export function linksKey(cleaned: readonly Article[], registries: { outlets: string; entities: string }): string {
  return digestOf('links', registries.outlets, registries.entities, ...cleaned.map((a) => JSON.stringify(a)));
}
