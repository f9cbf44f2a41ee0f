import { describe, expect, it } from 'vitest';
import { OutletRegistrySchema } from '../../schemas/outlet.ts';
import { createOutletRegistry, normalizeOutletName, parseOutletRegistry } from './outlet-registry.ts';

const registry = createOutletRegistry(
  OutletRegistrySchema.parse([
    { id: 'latimes', name: 'Los Angeles Times', domains: ['latimes.com'], aliases: ['LA Times', 'L.A. Times'] },
    { id: 'yahoo', name: 'Yahoo', domains: ['yahoo.com'] },
    { id: 'yahoo-news', name: 'Yahoo News', domains: ['news.yahoo.com'], kind: 'aggregator' },
    { id: 'nytimes', name: 'The New York Times', domains: ['nytimes.com'], aliases: ['New York Times', 'NYT'] },
    { id: 'bbc', name: 'BBC', domains: ['bbc.com', 'bbc.co.uk'], kind: 'broadcaster' },
  ]),
);

describe('createOutletRegistry: forUrl', () => {
  it.each([
    ['https://latimes.com/story', 'latimes'],
    ['https://www.latimes.com/world/story', 'latimes'],
    ['http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504', 'latimes'],
    ['https://WWW.LATIMES.COM/story', 'latimes'],
    ['https://www.bbc.co.uk/news/world-us-canada-123', 'bbc'],
    ['https://www.nytimes.com/2026/02/27/technology/openai-reaches-ai-agreement.html', 'nytimes'],
  ])('%s → %s', (url, id) => {
    expect(registry.forUrl(url)?.id).toBe(id);
  });

  it('prefers the most specific domain: news.yahoo.com over yahoo.com', () => {
    expect(registry.forUrl('https://news.yahoo.com/openai-pentagon-deal-123.html')).toEqual({ id: 'yahoo-news', name: 'Yahoo News' });
    expect(registry.forUrl('https://sports.yahoo.com/nba/story.html')).toEqual({ id: 'yahoo', name: 'Yahoo' });
  });

  it('does not match a domain that merely ends with the same letters', () => {
    expect(registry.forUrl('https://notlatimes.com/story')).toEqual({ id: 'notlatimes-com', name: 'notlatimes.com' });
  });

  it('names an unknown host after the host, without www., with a slug id', () => {
    expect(registry.forUrl('https://www.dailytelegraph.com.au/news/world/story')).toEqual({ id: 'dailytelegraph-com-au', name: 'dailytelegraph.com.au' });
  });

  it.each([['not a url'], [''], ['/2013/may/03/local/story']])('returns undefined for %j', (url) => {
    expect(registry.forUrl(url)).toBeUndefined();
  });
});

describe('createOutletRegistry: forName and forId', () => {
  it.each([
    ['The New York Times'],
    ['the new york times'],
    ['New York Times'],
    ['NEW YORK TIMES'],
    ['NYT'],
    ['New York Times’s'],
  ])('finds %j', (name) => {
    expect(registry.forName(name)).toEqual({ id: 'nytimes', name: 'The New York Times' });
  });

  it('finds an outlet by an alias with punctuation', () => {
    expect(registry.forName('L.A. Times')?.id).toBe('latimes');
  });

  it.each([['Times'], ['New York'], ['Reuters'], ['']])('does not find %j', (name) => {
    expect(registry.forName(name)).toBeUndefined();
  });

  it('finds by id and knows the kind', () => {
    expect(registry.forId('yahoo-news')).toEqual({ id: 'yahoo-news', name: 'Yahoo News' });
    expect(registry.kindOf('yahoo-news')).toBe('aggregator');
    expect(registry.kindOf('latimes')).toBe('news');
    expect(registry.forId('reuters')).toBeUndefined();
  });

  it('lists names longest first so longer names win when citations are matched', () => {
    const keys = registry.names.map((n) => n.key);
    expect(keys.indexOf('yahoo news')).toBeLessThan(keys.indexOf('yahoo'));
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1]!.length).toBeGreaterThanOrEqual(keys[i]!.length);
  });
});

describe('normalizeOutletName', () => {
  it.each([
    ['The New York Times', 'new york times'],
    ['the Guardian', 'guardian'],
    ['Reuters’s', 'reuters'],
    ['L.A. Times', 'l a times'],
    ['Theater Times', 'theater times'],
  ])('%j → %j', (name, key) => {
    expect(normalizeOutletName(name)).toBe(key);
  });
});

describe('parseOutletRegistry', () => {
  it('reads a valid registry with defaults filled in', () => {
    const yaml = ['- id: techcrunch', '  name: TechCrunch', '  domains: [techcrunch.com]', '  aliases: [TechCrunch AI]', '- id: aivibe', '  name: AIVibe', '  kind: aggregator', ''].join('\n');
    const { registry: parsed, problems } = parseOutletRegistry(yaml, 'outlets.yaml');
    expect(problems).toEqual([]);
    expect(parsed.entries).toEqual([
      { id: 'techcrunch', name: 'TechCrunch', domains: ['techcrunch.com'], aliases: ['TechCrunch AI'], kind: 'news' },
      { id: 'aivibe', name: 'AIVibe', domains: [], aliases: [], kind: 'aggregator' },
    ]);
    expect(parsed.forName('TechCrunch AI')?.id).toBe('techcrunch');
  });

  it('reads an empty file as an empty registry', () => {
    const { registry: parsed, problems } = parseOutletRegistry('', 'outlets.yaml');
    expect(problems).toEqual([]);
    expect(parsed.entries).toEqual([]);
  });

  it('reports an id used twice', () => {
    const yaml = ['- id: reuters', '  name: Reuters', '  domains: [reuters.com]', '- id: reuters', '  name: Reuters UK', '  domains: [uk.reuters.com]', ''].join('\n');
    const { problems } = parseOutletRegistry(yaml, 'outlets.yaml');
    expect(problems).toEqual([expect.objectContaining({ file: 'outlets.yaml', code: 'duplicate-outlet' })]);
    expect(problems[0]!.problem).toContain('reuters');
  });

  it('reports a domain listed by two outlets, naming both', () => {
    const yaml = ['- id: guardian', '  name: The Guardian', '  domains: [theguardian.com]', '- id: observer', '  name: The Observer', '  domains: [theguardian.com]', ''].join('\n');
    const { problems } = parseOutletRegistry(yaml, 'outlets.yaml');
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-domain' })]);
    expect(problems[0]!.problem).toContain('theguardian.com');
    expect(problems[0]!.problem).toContain('guardian');
    expect(problems[0]!.problem).toContain('observer');
  });

  it('reports schema errors with the line of the offending entry or field, and keeps none of the entries', () => {
    const yaml = [
      '- id: techcrunch', // 1
      '  name: TechCrunch', // 2
      '- id: Bad_Id', // 3
      '  name: Bad', // 4
      '- id: cnn', // 5
      '  name: CNN', // 6
      '  kind: tabloid', // 7
      '',
    ].join('\n');
    const { registry: parsed, problems } = parseOutletRegistry(yaml, 'outlets.yaml');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['outlet-registry', 3],
      ['outlet-registry', 7],
    ]);
    expect(problems[0]!.problem).toMatch(/^1\.id:/);
    expect(problems[1]!.problem).toMatch(/^2\.kind:/);
    expect(parsed.entries).toEqual([]);
  });

  it('reports an unknown field in an entry', () => {
    const yaml = ['- id: cnn', '  name: CNN', '  colour: red', ''].join('\n');
    const { problems } = parseOutletRegistry(yaml, 'outlets.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'outlet-registry', line: 1 });
    expect(problems[0]!.problem).toContain('colour');
  });

  it('reports YAML syntax errors with a line', () => {
    const yaml = ['- id: cnn', '  name: CNN', '  domains: [cnn.com', '- id: bbc', ''].join('\n');
    const { problems } = parseOutletRegistry(yaml, 'outlets.yaml');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.code).toBe('yaml-syntax');
      expect(p.line).toBeGreaterThanOrEqual(3);
    }
  });

  // Bug: an alias to a missing anchor makes the YAML library's toJS() throw, and parseOutletRegistry does not catch it.
  it('reports an unresolved YAML alias as a problem instead of throwing', () => {
    const { problems } = parseOutletRegistry(['- id: cnn', '  name: *cnn', ''].join('\n'), 'outlets.yaml');
    expect(problems.map((p) => p.code)).toEqual(['yaml-syntax']);
  });
});
