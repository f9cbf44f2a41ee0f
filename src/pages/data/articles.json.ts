import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesExportJson } from '../../pipeline/export/articles-export.ts';

export const GET: APIRoute = async () => {
  const articles = (await getCollection('articles')).map((entry) => entry.data);
  return new Response(articlesExportJson(articles), { headers: { 'Content-Type': 'application/json' } });
};
