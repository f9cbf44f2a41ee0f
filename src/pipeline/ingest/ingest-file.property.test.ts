import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../schemas/article.ts';
import { OutletRegistrySchema } from '../../schemas/outlet.ts';
import { createOutletRegistry } from '../meta/outlet-registry.ts';
import { ingestFile, type IngestResult } from './ingest-file.ts';

const registry = createOutletRegistry(
  OutletRegistrySchema.parse([
    { id: 'techcrunch', name: 'TechCrunch', domains: ['techcrunch.com'], aliases: ['TechCrunch AI'] },
    { id: 'engadget', name: 'Engadget', domains: ['engadget.com'] },
    { id: 'aivibe', name: 'AIVibe', kind: 'aggregator' },
  ]),
);

// Pieces of real article files: front-matter syntax, HTML, dates, bullets, chrome, citations.
// Inputs that once crashed the pipeline are part of the generator: "---<text>" and "---js" first lines,
// YAML values starting with "*" (unresolved aliases), and embeds whose address has no host.
const FRAGMENTS = [
  '---June 06, 2013', '---js\n', '---toml\n', '*Exclusive*', '&anchor ', '<iframe src="https://"></iframe>',
  '---\n', 'title: ', 'date: ', 'url: ', 'source: ', 'author: ', 'tags: [Ai, Openai]\n', 'title:\n  - a\n', ':', ': ', '"', "'", '>-\n  ',
  '<p>', '</p>', '<html>', '<!doctype html>', '<head><meta property="og:title" content="x">', '<article>', '<h1>', '</h1>', '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">', '</a>', '<img src="https://example.com/t.gif" width="1">', '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
  '<blockquote class="twitter-tweet">', '&amp;', '<!--', '-->',
  '\n\n', '\n', '\r\n', ' ', '\t', '•', '  • ', '- ', '1. ', '# ', 'rose 5 * 3 points', '_', '[', ']', '(', ')', '|', '\u0000', '\uFEFF', '’',
  '2026-02-28', '2026-02-30', '2024-02-29', '2026-02-28T16:17:36Z', 'May 3rd, 2013 2:00pm EDT', 'June 06, 2013', 'Published August 02, 2013',
  'date 2026-02-28 Ask about this article… Search', 'https://techcrunch.com/2026/02/28/openai/', 'https://www.engadget.com/ai/x.html',
  'By Jane Doe', 'According to TechCrunch AI, ', 'TechCrunch AI reports that ', 'This article originally appeared on Engadget at https://www.engadget.com/a',
  'AIVibe', 'Scroll to Top', 'Techcrunch event', 'Boston, MA | June 9, 2026', 'View Bio', 'OpenAI signed a deal with the Pentagon on Friday.',
  'The Anthropic Fallout', 'Anthony Ha is TechCrunch’s weekend editor.',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const encode = (s: string) => new TextEncoder().encode(s);

const fileBytes = fc.oneof(
  fragmentText.map(encode),
  fc.string().map(encode),
  fc.string({ unit: 'binary' }).map(encode),
  fc.uint8Array({ maxLength: 300 }),
);

const fileName = fc
  .tuple(
    fc.array(fc.stringMatching(/^[A-Za-z0-9 _.-]{0,10}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
    fc.constantFrom('.md', '.markdown', '.html', '.htm', '.txt', '.MD', '.TXT'),
  )
  .map(([stem, ext]) => stem + ext);

const sidecarText = fc.option(fragmentText, { nil: undefined });

function checkResult(result: IngestResult): void {
  if (result.ok) {
    ArticleSchema.parse(result.article);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).not.toBe('');
    expect(p.code).not.toBe('');
    expect(p.problem.trim()).not.toBe('');
    expect(p.fix.trim()).not.toBe('');
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
  }
}

describe('ingestFile on arbitrary input', () => {
  // Bug: gray-matter reads text right after the opening "---" as a front-matter language and throws
  // `gray-matter engine "…" is not registered`; ingestFile (and so loadCorpus) throws instead of reporting a problem.
  it.each([['---June 06, 2013'], ['---toml\ntitle = "Lohan checks into rehab"\n---\nLohan has checked into the Betty Ford Center.\n']])(
    'does not throw for a file starting with %j',
    (text) => {
      checkResult(ingestFile({ path: 'story.md', bytes: encode(text) }, registry));
    },
  );

  it('never throws and returns a valid article or well-formed problems', () => {
    fc.assert(
      fc.property(fileBytes, fileName, sidecarText, (bytes, path, sidecar) => {
        const result = ingestFile({ path, bytes, ...(sidecar === undefined ? {} : { sidecar: { path: `${path}.meta.yaml`, text: sidecar } }) }, registry);
        checkResult(result);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(fragmentText, fileName, (text, path) => {
        const bytes = encode(text);
        expect(ingestFile({ path, bytes }, registry)).toEqual(ingestFile({ path, bytes: bytes.slice() }, registry));
      }),
      { numRuns: 300 },
    );
  });
});
