import { z } from 'zod';
import { EXPORT_SCHEMAS } from '../../schemas/export.ts';

/** `/data/schema.json`: a JSON Schema per export file, generated from the same zod schemas that validate them. */
export function exportJsonSchema(): string {
  const defs = Object.fromEntries(Object.entries(EXPORT_SCHEMAS).map(([file, schema]) => [file, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' })]));
  return JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Open data export of the news-comparison site', $defs: defs }, null, 2) + '\n';
}
