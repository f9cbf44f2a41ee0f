import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { collectionsCacheKey } from '../../lib/site-data.ts';
import { articlesExportJson } from '../../pipeline/export/articles-export.ts';
import { claimsExportJson } from '../../pipeline/export/claims-export.ts';
import { entitiesExportJson } from '../../pipeline/export/entities-export.ts';
import { exportJsonSchema } from '../../pipeline/export/json-schema.ts';
import { listExportJson } from '../../pipeline/export/list-export.ts';
import { OutletsExportSchema, StoriesExportSchema } from '../../schemas/export.ts';

type Collection = Parameters<typeof collectionsCacheKey>[0][number];

/**
 * The open data files. One route for all of them so that each can have a cache key: a file is copied from the
 * last build while every entry of the collections it reads is unchanged (4,000 articles: about 3 s of a warm build
 * went to writing them again).
 */
const FILES = {
  'articles.json': { reads: ['articles'], json: async () => articlesExportJson((await getCollection('articles')).map((e) => e.data)) },
  // The claims collection holds the claims found in two or more articles; each article entry holds its own others.
  'claims.json': {
    reads: ['claims', 'articles'],
    json: async () => claimsExportJson((await getCollection('claims')).map((e) => e.data), (await getCollection('articles')).map((e) => e.data)),
  },
  'entities.json': { reads: ['entities'], json: async () => entitiesExportJson((await getCollection('entities')).map((e) => e.data)) },
  'outlets.json': { reads: ['outlets'], json: async () => listExportJson((await getCollection('outlets')).map((e) => e.data), OutletsExportSchema) },
  'stories.json': { reads: ['stories'], json: async () => listExportJson((await getCollection('stories')).map((e) => e.data), StoriesExportSchema) },
  'schema.json': { reads: [], json: async () => exportJsonSchema(), type: 'application/schema+json' },
} satisfies Record<string, { reads: Collection[]; json: () => Promise<string>; type?: string }>;

type File = keyof typeof FILES;

export const getStaticPaths = (async () =>
  Promise.all(Object.entries(FILES).map(async ([file, { reads }]) => ({ params: { file }, cacheKey: await collectionsCacheKey(reads) })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = FILES[params.file as File];
  return new Response(await file.json(), { headers: { 'Content-Type': 'type' in file ? file.type : 'application/json' } });
};
