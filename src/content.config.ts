import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader.ts';
import { outletsLoader } from './loaders/outlets-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { OutletSummarySchema } from './schemas/outlet-summary.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: ArticleSchema }),
  outlets: defineCollection({ loader: outletsLoader(), schema: OutletSummarySchema }),
};
