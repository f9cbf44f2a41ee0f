// Which story and which claim the README pictures show: the ones that show the most of the site's point,
// several outlets side by side. Read from the open data, so any articles folder gives sensible pictures.

export interface StoryRecord {
  id: string;
  sources: number;
  articles: unknown[];
}

export interface ClaimRecord {
  id: string;
  sources: number;
  mentions: { article: string }[];
}

/** The story with the most independent sources, then the most articles; ties go to the smaller id (stable). */
export function pickStory(stories: readonly StoryRecord[]): string | undefined {
  const best = [...stories].sort((a, b) => b.sources - a.sources || b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1))[0];
  return best?.id;
}

/**
 * The claim with the most sources among those that have a page (found in two or more articles), then the most
 * wordings; ties go to the smaller id.
 */
export function pickClaim(claims: readonly ClaimRecord[]): string | undefined {
  const articles = (claim: ClaimRecord) => new Set(claim.mentions.map((m) => m.article)).size;
  const withPage = claims.filter((claim) => articles(claim) >= 2);
  const best = withPage.sort((a, b) => b.sources - a.sources || articles(b) - articles(a) || (a.id < b.id ? -1 : 1))[0];
  return best?.id;
}
