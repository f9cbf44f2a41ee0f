import type { z } from 'zod';

/** A list export: sorted by id, validated against its published schema, stable key order from the records. */
export function listExportJson<T extends { id: string }>(records: readonly T[], schema: z.ZodType<unknown>): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify(schema.parse(sorted), null, 2) + '\n';
}
