import { describe, expect, it } from 'vitest';
import { mapFields, type FieldSource } from './map-fields.ts';

/** A field source whose keys sit on the given lines, as if read from `story.md`. */
function source(lines: Record<string, number> = {}): FieldSource {
  return { file: 'story.md', lineOf: (key) => lines[key] };
}

function map(data: Record<string, unknown>, lines?: Record<string, number>) {
  return mapFields(data, source(lines));
}

const TC_URL = 'https://techcrunch.com/2026/02/28/openais-sam-altman-announces-pentagon-deal-with-technical-safeguards/';
const ENGADGET_URL = 'https://www.engadget.com/ai/openai-strikes-a-deal-with-the-defense-department-to-deploy-its-ai-models-054441785.html?src=rss';

describe('mapFields: each front-matter variant', () => {
  it('maps title', () => {
    const { meta, problems } = map({ title: 'OpenAI reveals more details about its agreement with the Pentagon' });
    expect(problems).toEqual([]);
    expect(meta.title).toBe('OpenAI reveals more details about its agreement with the Pentagon');
    expect(meta.extra).toEqual({});
  });

  it('collapses whitespace inside a folded title', () => {
    expect(map({ title: '  OpenAI strikes a deal\n  with the Defense Department  ' }).meta.title).toBe('OpenAI strikes a deal with the Defense Department');
  });

  it.each([['url'], ['link'], ['canonical']])('maps %s to url', (key) => {
    const { meta, problems } = map({ [key]: TC_URL });
    expect(problems).toEqual([]);
    expect(meta.url).toBe(TC_URL);
    expect(meta.extra).toEqual({});
  });

  it('maps a source that is a URL to url, not author', () => {
    const { meta } = map({ source: ENGADGET_URL });
    expect(meta.url).toBe(ENGADGET_URL);
    expect(meta.author).toBeUndefined();
    expect(meta.extra).toEqual({});
  });

  it('maps a source that is a name to author, not url', () => {
    const { meta } = map({ source: 'Anthony Ha' });
    expect(meta.author).toBe('Anthony Ha');
    expect(meta.url).toBeUndefined();
    expect(meta.extra).toEqual({});
  });

  it('keeps source in extra when url and author are both given', () => {
    const { meta } = map({ url: TC_URL, author: 'Anthony Ha', source: 'Reuters' });
    expect(meta.url).toBe(TC_URL);
    expect(meta.author).toBe('Anthony Ha');
    expect(meta.extra).toEqual({ source: 'Reuters' });
  });

  it.each([
    ['published', '2026-02-28T16:17:36.000Z', '2026-02-28T16:17:36.000Z'],
    ['date', '2026-02-28', '2026-02-28'],
    ['pubDate', 'May 03, 2013', '2013-05-03'],
    ['pub_date', '2005-05-24', '2005-05-24'],
  ])('maps %s to published', (key, value, expected) => {
    const { meta, problems } = map({ [key]: value });
    expect(problems).toEqual([]);
    expect(meta.published).toBe(expected);
    expect(meta.extra).toEqual({});
  });

  it.each([
    ['author', 'Anthony Ha', 'Anthony Ha'],
    ['byline', 'Sharon Goldman', 'Sharon Goldman'],
    ['authors', ['Anthony Ha', 'Sharon Goldman'], 'Anthony Ha and Sharon Goldman'],
    ['authors', [{ name: 'Anthony Ha' }, { name: 'Sharon Goldman' }], 'Anthony Ha and Sharon Goldman'],
    ['author', { name: 'Mariella Moon' }, 'Mariella Moon'],
  ])('maps %s %j to author %j', (key, value, expected) => {
    const { meta } = map({ [key]: value });
    expect(meta.author).toBe(expected);
    expect(meta.extra).toEqual({});
  });

  it.each([['summary'], ['excerpt'], ['description']])('maps %s to summary', (key) => {
    const text = 'OpenAI’s CEO claims its new defense contract includes protections addressing the same issues that became a flashpoint for Anthropic.';
    const { meta } = map({ [key]: text });
    expect(meta.summary).toBe(text);
    expect(meta.extra).toEqual({});
  });

  it('maps category, taking the first of a list', () => {
    expect(map({ category: 'tech' }).meta.category).toBe('tech');
    expect(map({ categories: ['Work', 'AI'] }).meta.category).toBe('Work');
  });

  it.each([
    ['a YAML list', ['Ai', 'Openai', 'Work'], ['Ai', 'Openai', 'Work']],
    ['a comma-separated string', 'Ai, Openai,Work', ['Ai', 'Openai', 'Work']],
    ['a semicolon-separated string', 'Pentagon; Anthropic', ['Pentagon', 'Anthropic']],
  ])('maps tags given as %s', (_label, value, expected) => {
    const { meta } = map({ tags: value });
    expect(meta.tags).toEqual(expected);
    expect(meta.extra).toEqual({});
  });

  it.each([['coverImage'], ['image']])('maps %s to image when it is a URL', (key) => {
    const url = 'https://images.unsplash.com/photo-1677442136019-21780ecad995?w=400&h=200&fit=crop&auto=format';
    const { meta } = map({ [key]: url });
    expect(meta.image).toBe(url);
    expect(meta.extra).toEqual({});
  });

  it('keeps a relative image path in extra instead of mapping it', () => {
    const { meta, problems } = map({ coverImage: 'images/pentagon.jpg' });
    expect(meta.image).toBeUndefined();
    expect(meta.extra).toEqual({ coverImage: 'images/pentagon.jpg' });
    expect(problems).toEqual([]);
  });

  it.each([
    ['outlet', 'TechCrunch'],
    ['publisher', 'Engadget'],
    ['site_name', 'The Guardian'],
  ])('maps %s to outlet', (key, value) => {
    const { meta } = map({ [key]: value });
    expect(meta.outlet).toBe(value);
    expect(meta.extra).toEqual({});
  });

  it('maps a whole schema-A front matter (TechCrunch export) and leaves nothing in extra', () => {
    const { meta, problems } = map({
      title: 'OpenAI’s Sam Altman announces Pentagon deal with ‘technical safeguards’',
      source: 'Anthony Ha',
      url: TC_URL,
      published: '2026-02-28T16:17:36.000Z',
      category: 'tech',
      summary: 'OpenAI’s CEO claims its new defense contract includes protections.',
    });
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      title: 'OpenAI’s Sam Altman announces Pentagon deal with ‘technical safeguards’',
      author: 'Anthony Ha',
      url: TC_URL,
      published: '2026-02-28T16:17:36.000Z',
      category: 'tech',
      summary: 'OpenAI’s CEO claims its new defense contract includes protections.',
      extra: {},
    });
  });
});

describe('mapFields: extra', () => {
  it('keeps unknown fields in extra untouched and leaves mapped fields out', () => {
    const nested = { provider: 'unsplash', credit: { name: 'Levart Photographer' } };
    const { meta } = map({ title: 'OpenAI strikes a deal', readingTime: 4, draft: false, photo: nested, slug: 'openai-deal' });
    expect(meta.extra).toEqual({ readingTime: 4, draft: false, photo: nested, slug: 'openai-deal' });
    // Untouched: the very same object, not a copy.
    expect(meta.extra.photo).toBe(nested);
    expect(meta.extra).not.toHaveProperty('title');
  });

  it('keeps a second key meaning the same field in extra (the first one wins)', () => {
    const { meta } = map({ date: '2026-02-28', pubDate: '2026-03-01' });
    expect(meta.published).toBe('2026-02-28');
    expect(meta.extra).toEqual({ pubDate: '2026-03-01' });
  });

  it('skips an empty value and uses the next key that means the same field', () => {
    const { meta } = map({ title: '', headline: 'OpenAI strikes a deal' });
    expect(meta.title).toBe('OpenAI strikes a deal');
    expect(meta.extra).toEqual({ title: '' });
  });
});

describe('mapFields: problems', () => {
  it('reports an impossible date with code impossible-date on its line', () => {
    const { meta, problems } = map({ title: 'OpenAI strikes a deal', date: '2026-02-30' }, { title: 2, date: 3 });
    expect(meta.published).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'story.md', code: 'impossible-date', line: 3 });
    expect(problems[0]!.problem).toContain('2026-02-30');
    expect(problems[0]!.fix.length).toBeGreaterThan(0);
  });

  it('reports a url that is not a web address with code invalid-url', () => {
    const { meta, problems } = map({ url: 'techcrunch.com/2026/02/28/openai' }, { url: 4 });
    expect(meta.url).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: 'story.md', code: 'invalid-url', line: 4 })]);
  });

  it('reports a title given as a list with code field-type', () => {
    const { meta, problems } = map({ title: ['OpenAI', 'Pentagon'] }, { title: 2 });
    expect(meta.title).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'field-type', line: 2 })]);
  });

  it('returns every problem at once, each with its own line', () => {
    const { problems } = map(
      { title: ['OpenAI', 'Pentagon'], url: 'not a link', date: '2025-02-29', author: 'Anthony Ha' },
      { title: 2, url: 3, date: 4, author: 5 },
    );
    expect(problems.map((p) => [p.code, p.line])).toEqual(
      expect.arrayContaining([
        ['field-type', 2],
        ['invalid-url', 3],
        ['impossible-date', 4],
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('does not report a missing line when the source cannot place the key', () => {
    const { problems } = mapFields({ date: '2026-13-01' }, { file: 'page.html', lineOf: () => undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toHaveProperty('line');
    expect(problems[0]!.file).toBe('page.html');
  });
});
