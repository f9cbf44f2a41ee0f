import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { claimsExportJson } from '../../pipeline/export/claims-export.ts';

export const GET: APIRoute = async () => {
  const claims = (await getCollection('claims')).map((entry) => entry.data);
  return new Response(claimsExportJson(claims), { headers: { 'Content-Type': 'application/json' } });
};
