/**
 * Branded id types: an `ArticleId` cannot be passed where an `OutletId` is expected,
 * even though both are strings at run time. Build them only through the guards below.
 */
export type ArticleId = string & { readonly __brand: 'ArticleId' };
export type OutletId = string & { readonly __brand: 'OutletId' };

/** Lowercase ASCII words joined by single hyphens: safe in a URL path and a file name. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Turns any text into a slug; returns '' when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function toArticleId(value: string): ArticleId {
  if (!isSlug(value)) throw new TypeError(`Not a valid article id: ${JSON.stringify(value)}`);
  return value as ArticleId;
}

export function toOutletId(value: string): OutletId {
  if (!isSlug(value)) throw new TypeError(`Not a valid outlet id: ${JSON.stringify(value)}`);
  return value as OutletId;
}
