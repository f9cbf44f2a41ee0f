import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../pipeline/export/json-schema.ts';

export const GET: APIRoute = () => new Response(exportJsonSchema(), { headers: { 'Content-Type': 'application/schema+json' } });
