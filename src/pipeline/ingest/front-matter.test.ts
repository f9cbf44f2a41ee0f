import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter.ts';

describe('readFrontMatter', () => {
  it('splits valid YAML front matter from the body', () => {
    const source = [
      '---', // line 1
      'title: "Lindsay Lohan checks into Betty Ford Center"', // line 2
      'url: "http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504"', // line 3
      'tags: [Lohan, rehab]', // line 4
      '---', // line 5
      'May 03, 2013',
      '',
      'Lohan was previously at Betty Ford from September 2010 to January 2011.',
      '',
    ].join('\n');
    const result = readFrontMatter(source, 'lohan.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.present).toBe(true);
    expect(result.value.data).toEqual({
      title: 'Lindsay Lohan checks into Betty Ford Center',
      url: 'http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504',
      tags: ['Lohan', 'rehab'],
    });
    expect(result.value.body).toBe('May 03, 2013\n\nLohan was previously at Betty Ford from September 2010 to January 2011.\n');
  });

  it('keeps an unquoted YAML date as the text it was written as', () => {
    const result = readFrontMatter('---\ndate: 2026-02-28\n---\nBody.\n', 'a.md');
    expect(result.ok && result.value.data).toEqual({ date: '2026-02-28' });
  });

  it('returns the whole text as the body when there is no front matter', () => {
    const source = 'OpenAI secures classified Pentagon access while Anthropic faces federal ban\n\nOpenAI has officially crossed a major threshold.\n';
    const result = readFrontMatter(source, 'plain.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.present).toBe(false);
    expect(result.value.body).toBe(source);
    expect(result.value.data).toEqual({});
    expect(result.value.lineOf('title')).toBeUndefined();
  });

  it('does not take a --- block that is not at the very start as front matter', () => {
    const source = 'Intro line\n---\ntitle: x\n---\nBody\n';
    const result = readFrontMatter(source, 'a.md');
    expect(result.ok && result.value.present).toBe(false);
    expect(result.ok && result.value.body).toBe(source);
  });

  it('accepts an empty front-matter block', () => {
    const result = readFrontMatter('---\n---\nBody only.\n', 'a.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.present).toBe(true);
    expect(result.value.data).toEqual({});
    expect(result.value.body).toBe('Body only.\n');
  });

  it('reports an unquoted emphasised title followed by text as yaml-syntax', () => {
    const result = readFrontMatter('---\ntitle: *Exclusive* Lindsay Lohan checks into Betty Ford\n---\nBody.\n', 'a.md');
    expect(!result.ok && result.problems.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 2]]);
  });

  it('reports malformed YAML as yaml-syntax on the file line of the error', () => {
    const source = [
      '---', // line 1
      'url: "https://www.nydailynews.com/entertainment/gossip/lindsay-lohan-checks-newport-beach-rehab-article-1.1333220"', // line 2
      'title: Lindsay Lohan: checks into rehab', // line 3: an unquoted ": " inside a value
      '---', // line 4
      'Actress Lindsay Lohan finally checked into court-mandated rehab.',
    ].join('\n');
    const result = readFrontMatter(source, 'lohan.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'lohan.md', code: 'yaml-syntax', line: 3 });
    expect(result.problems[0]!.fix.length).toBeGreaterThan(0);
  });

  it('reports an unclosed quote on the line where the quote opens', () => {
    const source = [
      '---', // 1
      'title: "Lindsay Lohan checks into Betty Ford Center"', // 2
      'summary: "Lohan has checked into the Betty Ford Center', // 3: quote never closed
      'url: http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504', // 4
      '---', // 5
      'Body.',
    ].join('\n');
    const result = readFrontMatter(source, 'lohan.md');
    expect(!result.ok && result.problems.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 3]]);
  });

  it('counts lines from the top of the file, past comments and blank lines', () => {
    const source = [
      '---', // 1
      '# exported by the aggregator', // 2
      '', // 3
      'author: AIVibe', // 4
      'summary: She said: no', // 5: error
      '---', // 6
      'Body.',
    ].join('\n');
    const result = readFrontMatter(source, 'a.md');
    expect(!result.ok && result.problems.map((p) => p.line)).toEqual([5]);
  });

  it('reports two separate errors, each on its own line', () => {
    const source = [
      '---', // 1
      'title: Lindsay Lohan: checks into rehab', // 2: error
      'author: Nancy Dillon', // 3
      'summary: Lohan said: she is fine', // 4: error
      'category: gossip', // 5
      '---', // 6
      'Body.',
    ].join('\n');
    const result = readFrontMatter(source, 'lohan.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([
      ['yaml-syntax', 2],
      ['yaml-syntax', 4],
    ]);
  });

  it('reports a repeated key as yaml-syntax on the line of the repeat', () => {
    const result = readFrontMatter('---\ntitle: First headline\nurl: https://example.com/a\ntitle: Second headline\n---\nBody.\n', 'a.md');
    expect(!result.ok && result.problems.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 4]]);
  });

  it.each([
    ['a list', '---\n- Lindsay Lohan\n- Betty Ford\n---\nBody.\n'],
    ['a single value', '---\nLindsay Lohan checks into Betty Ford\n---\nBody.\n'],
  ])('reports %s as front matter with code yaml-shape on line 2', (_label, source) => {
    const result = readFrontMatter(source, 'a.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ file: 'a.md', code: 'yaml-shape', line: 2 })]);
  });

  it('gives the file line of each top-level key', () => {
    const source = [
      '---', // 1
      'title: OpenAI strikes a deal with the Defense Department to deploy its AI models', // 2
      'excerpt: >-', // 3
      '  OpenAI has reached an agreement with the Defense Department.', // 4
      'tags:', // 5
      '  - Ai', // 6
      '  - Openai', // 7
      '', // 8
      'source: https://www.engadget.com/ai/openai-strikes-a-deal.html', // 9
      '---', // 10
      'Body.',
    ].join('\n');
    const result = readFrontMatter(source, 'a.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(['title', 'excerpt', 'tags', 'source', 'missing'].map((k) => result.value.lineOf(k))).toEqual([2, 3, 5, 9, undefined]);
    expect(result.value.data.excerpt).toBe('OpenAI has reached an agreement with the Defense Department.');
  });

  // Bug: the YAML parser's toJS() throws ReferenceError for an unresolved alias (a value starting with "*")
  // or too many aliases; parseYamlMapping does not catch it, so one bad file stops the whole build.
  it.each([
    ['a value in Markdown emphasis', '---\ncategory: *Exclusive*\n---\nBody.\n'],
    ['an alias to a missing anchor', '---\ntitle: *headline\n---\nBody.\n'],
  ])('reports %s as yaml-syntax instead of throwing', (_label, source) => {
    const result = readFrontMatter(source, 'a.md');
    expect(!result.ok && result.problems.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 2]]);
  });

  // Bug: gray-matter reads text after the opening "---" as a language name and throws for unknown ones.
  it('reports front matter in an unsupported language instead of throwing', () => {
    const result = readFrontMatter('---toml\ntitle = "Lohan checks into rehab"\n---\nBody.\n', 'a.md');
    expect(result.ok).toBe(false);
  });

  // Bug (security): gray-matter's built-in "javascript" engine eval()s front matter that opens with "---js",
  // so an article file can run code at build time. Only YAML should ever be read.
  it('never runs front matter declared as JavaScript', () => {
    const flag = '__frontMatterRanAsCode';
    const g = globalThis as Record<string, unknown>;
    try {
      readFrontMatter(`---js\n(globalThis.${flag} = true, { title: "Lohan" })\n---\nBody.\n`, 'a.md');
      expect(g[flag]).toBeUndefined();
    } finally {
      delete g[flag];
    }
  });
});
