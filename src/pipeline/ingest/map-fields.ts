import { parseDateValue } from './dates.ts';
import { problem, type ContentProblem } from '../problems.ts';

/** Metadata read from front matter, a sidecar or HTML `<meta>` tags, under our own field names. */
export interface MappedMeta {
  title?: string;
  url?: string;
  published?: string;
  author?: string;
  summary?: string;
  category?: string;
  tags?: string[];
  image?: string;
  /** An outlet named by the source itself (`outlet`, `publisher`, `site_name`…): an id or a name. */
  outlet?: string;
  /** Fields we do not map, kept as they were. */
  extra: Record<string, unknown>;
}

/** Where the fields came from, so problems name the right file and line. */
export interface FieldSource {
  file: string;
  lineOf: (key: string) => number | undefined;
}

// Each of our fields and the front-matter keys that mean it, in order of preference.
// Keys are compared case-insensitively and without `_`/`-`, so `pubDate`, `pub_date` and `pub-date` are one key.
const FIELD_KEYS = {
  title: ['title', 'headline'],
  url: ['url', 'link', 'canonical', 'canonicalurl', 'permalink', 'originalurl', 'sourceurl'],
  published: ['published', 'date', 'pubdate', 'publishedat', 'publishdate', 'datepublished', 'publicationdate', 'created', 'createdat'],
  author: ['author', 'byline', 'authors', 'creator', 'writer'],
  summary: ['summary', 'excerpt', 'description', 'dek', 'standfirst', 'subtitle', 'lede'],
  category: ['category', 'section', 'categories'],
  tags: ['tags', 'keywords', 'topics'],
  image: ['coverimage', 'image', 'cover', 'thumbnail', 'ogimage', 'featuredimage', 'heroimage'],
  outlet: ['outlet', 'publisher', 'publication', 'sitename', 'site', 'newspaper'],
} as const;

type Field = keyof typeof FIELD_KEYS;

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

function isUrl(value: unknown): value is string {
  return typeof value === 'string' && URL_PATTERN.test(value.trim()) && URL.canParse(value.trim());
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function asList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map(asText).filter((v): v is string => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  const text = asText(value);
  return text ? text.split(/\s*[,;]\s*/).filter(Boolean) : undefined;
}

function personName(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map((v) => (typeof v === 'object' && v !== null && 'name' in v ? (v as { name: unknown }).name : v)).map(asText);
    const present = names.filter((n): n is string => n !== undefined);
    return present.length > 0 ? present.join(' and ') : undefined;
  }
  if (typeof value === 'object' && value !== null && 'name' in value) return asText((value as { name: unknown }).name);
  return asText(value);
}

/**
 * Maps the many front-matter schemas found in the wild onto our fields.
 * `source` is ambiguous: a URL there is the article's URL, anything else is its author.
 * Every key we do not map is kept in `extra`; problems (impossible dates, non-URL links) are returned, not thrown.
 */
export function mapFields(data: Record<string, unknown>, from: FieldSource): { meta: MappedMeta; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const meta: MappedMeta = { extra: {} };
  const byKey = new Map<string, [string, unknown]>();
  for (const [key, value] of Object.entries(data)) {
    const norm = normalizeKey(key);
    if (!byKey.has(norm)) byKey.set(norm, [key, value]);
  }
  const used = new Set<string>();
  const take = (field: Field): [string, unknown] | undefined => {
    for (const k of FIELD_KEYS[field]) {
      const hit = byKey.get(k);
      if (hit !== undefined && hit[1] !== null && hit[1] !== undefined && hit[1] !== '') {
        used.add(hit[0]);
        return hit;
      }
    }
    return undefined;
  };
  const source = byKey.get('source');

  const title = take('title');
  if (title) {
    meta.title = asText(title[1]);
    if (!meta.title) problems.push(problem(from.file, 'field-type', `"${title[0]}" should be text, found ${JSON.stringify(title[1])}.`, `Write the headline as plain text: ${title[0]}: "…"`, from.lineOf(title[0])));
  }

  const url = take('url');
  const urlValue = url?.[1] ?? (isUrl(source?.[1]) ? source?.[1] : undefined);
  if (!url && isUrl(source?.[1]) && source) used.add(source[0]);
  if (urlValue !== undefined) {
    if (isUrl(urlValue)) meta.url = urlValue.trim();
    else if (url) problems.push(problem(from.file, 'invalid-url', `"${url[0]}" is not a web address: ${JSON.stringify(url[1])}.`, `Give the full address starting with https://, or remove the field.`, from.lineOf(url[0])));
  }

  const published = take('published');
  if (published) {
    const parsed = parseDateValue(published[1]);
    if (parsed.ok) meta.published = parsed.value;
    else problems.push(problem(from.file, 'impossible-date', `"${published[0]}" cannot be read as a date: ${parsed.reason}.`, 'Write the date as YYYY-MM-DD (or a full ISO 8601 time such as 2026-02-28T16:17:36Z), or remove the field to leave it unknown.', from.lineOf(published[0])));
  }

  const author = take('author');
  const authorValue = author ? personName(author[1]) : !isUrl(source?.[1]) ? personName(source?.[1]) : undefined;
  if (!author && source && authorValue !== undefined) used.add(source[0]);
  if (authorValue) meta.author = authorValue;
  // A value we cannot use stays in `extra` rather than vanish.
  else if (author) used.delete(author[0]);

  const summary = take('summary');
  if (summary) meta.summary = asText(summary[1]);
  if (summary && meta.summary === undefined) used.delete(summary[0]);

  const category = take('category');
  if (category) meta.category = Array.isArray(category[1]) ? asList(category[1])?.[0] : asText(category[1]);
  if (category && meta.category === undefined) used.delete(category[0]);

  const tags = take('tags');
  if (tags) meta.tags = asList(tags[1]);

  const image = take('image');
  if (image) {
    const value = typeof image[1] === 'object' && image[1] !== null && 'url' in image[1] ? (image[1] as { url: unknown }).url : image[1];
    if (isUrl(value)) meta.image = value.trim();
    else used.delete(image[0]);
  }

  const outlet = take('outlet');
  if (outlet) meta.outlet = personName(outlet[1]);
  if (outlet && meta.outlet === undefined) used.delete(outlet[0]);

  for (const [key, value] of Object.entries(data)) if (!used.has(key)) meta.extra[key] = value;
  return { meta, problems };
}
