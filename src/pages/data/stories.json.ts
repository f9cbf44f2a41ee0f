import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { listExportJson } from '../../pipeline/export/list-export.ts';
import { StoriesExportSchema } from '../../schemas/export.ts';

export const GET: APIRoute = async () => {
  const stories = (await getCollection('stories')).map((entry) => entry.data);
  return new Response(listExportJson(stories, StoriesExportSchema), { headers: { 'Content-Type': 'application/json' } });
};
