import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { claimsExportJson } from '../../pipeline/export/claims-export.ts';

// The claims collection holds the claims found in two or more articles; each article entry holds its own others.
export const GET: APIRoute = async () => {
  const [claims, articles] = await Promise.all([getCollection('claims'), getCollection('articles')]);
  return new Response(claimsExportJson(claims.map((entry) => entry.data), articles.map((entry) => entry.data)), { headers: { 'Content-Type': 'application/json' } });
};
