import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { listExportJson } from '../../pipeline/export/list-export.ts';
import { OutletsExportSchema } from '../../schemas/export.ts';

export const GET: APIRoute = async () => {
  const outlets = (await getCollection('outlets')).map((entry) => entry.data);
  return new Response(listExportJson(outlets, OutletsExportSchema), { headers: { 'Content-Type': 'application/json' } });
};
