import { expect } from 'vitest';
import { annotateArticle, type AnnotatedArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import type { ClaimMention } from '../../src/pipeline/nlp/claims.ts';

/** An article of these paragraphs, annotated (sentences, mentions, claims with their speakers). */
export const annotate = (...paragraphs: string[]): AnnotatedArticle => annotateArticle({ id: 'attribution-test', title: '', body: paragraphs.join('\n\n') });

/** The one claim mention whose text contains `words` (fails the test when there is not exactly one). */
export function claimWith(a: AnnotatedArticle, words: string): ClaimMention {
  const found = a.claims.filter((c) => c.text.includes(words));
  expect(found, `one claim containing ${JSON.stringify(words)} among ${JSON.stringify(a.claims.map((c) => c.text))}`).toHaveLength(1);
  return found[0]!;
}

/** Who the claim containing `words` is credited to (the in-article full name), or undefined. */
export const speaker = (a: AnnotatedArticle, words: string): string | undefined => {
  const c = claimWith(a, words);
  return c.speaker === undefined ? undefined : a.mentions[c.speaker]!.name;
};

/** The part of the claim containing `words` that states it, when extraction cut a frame off. */
export const core = (a: AnnotatedArticle, words: string): string | undefined => {
  const c = claimWith(a, words);
  return c.core ? c.text.slice(c.core.start, c.core.end) : undefined;
};

/** Who the claims containing `words` are credited to (none when no claim holds the words: an uncredited sentence with no entity or number is no claim). */
export const creditedTo = (a: AnnotatedArticle, words: string): (string | undefined)[] =>
  a.claims.filter((c) => c.text.includes(words)).map((c) => (c.speaker === undefined ? undefined : a.mentions[c.speaker]!.name));
