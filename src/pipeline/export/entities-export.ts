import type { EntityPage } from '../../schemas/entity.ts';
import { EntitiesExportSchema, type EntityExport } from '../../schemas/export.ts';

function toRecord(e: EntityPage): EntityExport {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases.map((a) => a.form).sort(),
    usedBy: [...e.aliases].sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)).map((a) => ({ form: a.form, outlets: [...a.outlets].sort() })),
    articles: e.articles,
    curated: e.curated,
    ...(e.description ? { description: e.description } : {}),
    ...(e.url ? { url: e.url } : {}),
  };
}

/** `/data/entities.json`: sorted by id, validated against the published schema before it is written. */
export function entitiesExportJson(entities: readonly EntityPage[]): string {
  const records = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toRecord);
  return JSON.stringify(EntitiesExportSchema.parse(records), null, 2) + '\n';
}
