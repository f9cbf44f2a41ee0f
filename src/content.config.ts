import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader.ts';
import { entitiesLoader } from './loaders/entities-loader.ts';
import { outletsLoader } from './loaders/outlets-loader.ts';
import { ArticleEntrySchema } from './schemas/article-entry.ts';
import { EntityPageSchema } from './schemas/entity.ts';
import { OutletSummarySchema } from './schemas/outlet-summary.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: ArticleEntrySchema }),
  entities: defineCollection({ loader: entitiesLoader(), schema: EntityPageSchema }),
  outlets: defineCollection({ loader: outletsLoader(), schema: OutletSummarySchema }),
};
