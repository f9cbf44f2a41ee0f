import type { Story } from '../../schemas/story.ts';

type StoryArticle = Story['articles'][number];
type StoryClaim = Story['claims'][number];

/** One day of a story: the articles published that day and the shared claims first reported that day. */
export interface TimelineDay {
  /** `YYYY-MM-DD` as written in the dates (the outlets' own time zones). */
  day: string;
  articles: StoryArticle[];
  firstReports: StoryClaim[];
}

/**
 * A story's timeline, one entry per day, earliest first: a compact view of who published when and which claims
 * appeared first that day (each claim once, in the grid's order). Undated articles and claims are left out.
 */
export function timelineByDay(articles: readonly StoryArticle[], claims: readonly StoryClaim[]): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  const dayOf = (day: string) => {
    let entry = days.get(day);
    if (!entry) days.set(day, (entry = { day, articles: [], firstReports: [] }));
    return entry;
  };
  for (const a of articles) if (a.published) dayOf(a.published.slice(0, 10)).articles.push(a);
  for (const c of claims) if (c.firstReported) dayOf(c.firstReported.slice(0, 10)).firstReports.push(c);
  for (const d of days.values()) d.articles.sort((a, b) => a.published!.localeCompare(b.published!) || a.id.localeCompare(b.id));
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
