import { z } from 'zod';
import { SLUG_PATTERN } from './ids.ts';
import { OutletRefSchema } from './outlet.ts';

/** How the source file's body was written. */
export const ArticleFormatSchema = z.enum(['markdown', 'html', 'text']);
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;

/** Metadata fields that can be inferred from the text when the source does not state them. */
export const InferableFieldSchema = z.enum(['title', 'outlet', 'author', 'published', 'summary', 'url']);
export type InferableField = z.infer<typeof InferableFieldSchema>;

/** A published date: `YYYY-MM-DD` when only the day is known, otherwise a full ISO 8601 instant in UTC. */
export const PublishedSchema = z.union([z.iso.date(), z.iso.datetime()]);

/** Why an article is considered a copy of another outlet's reporting. */
export const DerivedFromSchema = z.object({
  /** The outlet whose reporting this article repeats. */
  outlet: OutletRefSchema,
  /**
   * `republished`: the text says it originally appeared there; `cites-source`: a rewrite that cites it as its
   * source; `repeats-claims`: most of its claims are, word for word, those of an earlier article.
   */
  reason: z.enum(['republished', 'cites-source', 'repeats-claims']),
  /** The original article, when it is in the collection. */
  article: z.string().regex(SLUG_PATTERN).optional(),
  /** The original's URL when the article gives it. */
  url: z.url().optional(),
  /** The sentence that shows the derivation, exactly as the article words it. */
  evidence: z.string(),
});
export type DerivedFrom = z.infer<typeof DerivedFromSchema>;

/** A piece of site chrome removed from the body, kept so the reader can see what was dropped and why. */
export const RemovedChromeSchema = z.object({
  /** The general rule that matched (e.g. `ui-string`, `event-promo`, `author-bio`, `recurring-line`). */
  rule: z.string(),
  /** The removed text. */
  text: z.string(),
});

/** Where the article came from and what the pipeline did to it. */
export const ProvenanceSchema = z.object({
  /** Source path relative to the articles folder, with `/` separators. */
  file: z.string(),
  /** Format of the source body. */
  format: ArticleFormatSchema,
  /** SHA-256 of the source bytes (and sidecar, if any): the cache key. */
  digest: z.string().regex(/^[a-f0-9]{64}$/),
  /** The sidecar file that overrode fields, when there is one. */
  sidecar: z.string().optional(),
  /** Metadata fields the pipeline inferred from the text rather than read from the source. */
  inferred: z.array(InferableFieldSchema),
  /** Site chrome removed from the body. */
  removedChrome: z.array(RemovedChromeSchema),
});

/** One normalized article: the single shape every source format is turned into. */
export const ArticleSchema = z.object({
  /** Stable id derived from the source path; the page lives at `/articles/<id>/`. */
  id: z.string().regex(SLUG_PATTERN),
  /** Headline. */
  title: z.string().min(1),
  /** The outlet credited with the reporting (for a republished copy: the original outlet). */
  outlet: OutletRefSchema,
  /** For a republished copy: who republished it (an aggregator), when known. */
  republishedBy: OutletRefSchema.optional(),
  /** Byline, when known. */
  author: z.string().min(1).optional(),
  /** The original URL of the article. */
  url: z.url().optional(),
  /** Publication date or instant. */
  published: PublishedSchema.optional(),
  /** One- or two-sentence summary (standfirst). */
  summary: z.string().min(1).optional(),
  /** Section or category as the source names it. */
  category: z.string().min(1).optional(),
  /** Tags or keywords. */
  tags: z.array(z.string().min(1)),
  /** Cover image URL (shown as a link only: we load nothing from third parties). */
  image: z.url().optional(),
  /** Set when the article repeats another outlet's reporting. */
  derivedFrom: DerivedFromSchema.optional(),
  /** Outlets the text cites as sources ("according to Axios"), by first citation. */
  cites: z.array(OutletRefSchema),
  /** Front-matter fields we do not map, kept as they were. */
  extra: z.record(z.string(), z.unknown()),
  /** Sanitized Markdown body, chrome removed; empty when the source has a headline and nothing else. */
  body: z.string(),
  /** Where it came from and what was inferred or removed. */
  provenance: ProvenanceSchema,
});

export type Article = z.infer<typeof ArticleSchema>;
