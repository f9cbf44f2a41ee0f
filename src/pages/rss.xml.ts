import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** New stories, newest first: one item per story, dated by its latest article. */
export const GET: APIRoute = async (context) => {
  const stories = (await getCollection('stories')).map((s) => s.data).sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.id.localeCompare(b.id));
  return rss({
    title: 'Who Reported What: stories',
    description: 'News stories compared outlet by outlet, claim by claim.',
    site: context.site ?? 'http://localhost:4321',
    items: stories.map((s) => ({
      title: s.headline,
      link: `/stories/${s.id}/`,
      ...(s.last ? { pubDate: new Date(s.last.length === 10 ? `${s.last}T00:00:00Z` : s.last) } : {}),
      description: `${s.articles.length} articles from ${s.sources} independent sources; ${s.claims.filter((c) => c.sources > 1).length} shared claims.`,
    })),
  });
};
