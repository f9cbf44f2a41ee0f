import type { ArticleEntry } from '../../schemas/article-entry.ts';
import { ArticlesExportSchema, type ArticleExport } from '../../schemas/export.ts';

function toRecord(a: ArticleEntry): ArticleExport {
  // Keys in a fixed order so the same input gives byte-identical output.
  return {
    id: a.id,
    title: a.title,
    outlet: { id: a.outlet.id, name: a.outlet.name },
    ...(a.republishedBy ? { republishedBy: { id: a.republishedBy.id, name: a.republishedBy.name } } : {}),
    ...(a.author ? { author: a.author } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.summary ? { summary: a.summary } : {}),
    ...(a.category ? { category: a.category } : {}),
    tags: a.tags,
    file: a.provenance.file,
    format: a.provenance.format,
    inferred: a.provenance.inferred,
    ...(a.derivedFrom ? { derivedFrom: a.derivedFrom } : {}),
    cites: a.cites,
    entities: a.entities.map((e) => e.id),
    claims: a.claims.map((c) => c.id),
    story: a.story,
  };
}

/** `/data/articles.json`: sorted by id, validated against the published schema before it is written. */
export function articlesExportJson(articles: readonly ArticleEntry[]): string {
  const records = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toRecord);
  return JSON.stringify(ArticlesExportSchema.parse(records), null, 2) + '\n';
}
