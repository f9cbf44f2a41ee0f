import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { entitiesExportJson } from '../../pipeline/export/entities-export.ts';

export const GET: APIRoute = async () => {
  const entities = (await getCollection('entities')).map((entry) => entry.data);
  return new Response(entitiesExportJson(entities), { headers: { 'Content-Type': 'application/json' } });
};
