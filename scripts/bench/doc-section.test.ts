import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOC, END, START, withBenchSection } from './doc-section.ts';

describe('withBenchSection', () => {
  it('replaces what is between the markers and nothing else', () => {
    const doc = `# Performance\n\n## Latest measurements\n\nIntro.\n\n${START}\nold\n${END}\n\n## History\n`;
    const once = withBenchSection(doc, '| new |');
    expect(once).toBe(`# Performance\n\n## Latest measurements\n\nIntro.\n\n${START}\n\n| new |\n\n${END}\n\n## History\n`);
    expect(withBenchSection(once, '| new |')).toBe(once);
  });

  it('adds the markers at the end of the measurements section, after its subsections', () => {
    const doc = '# Performance\n\n## The budgets\n\nText.\n\n## Latest measurements\n\nIntro.\n\n### Details\n\nMore.\n\n## History\n\nOld.\n';
    expect(withBenchSection(doc, 'T')).toBe(`# Performance\n\n## The budgets\n\nText.\n\n## Latest measurements\n\nIntro.\n\n### Details\n\nMore.\n\n${START}\n\nT\n\n${END}\n\n## History\n\nOld.\n`);
  });

  it('adds them at the end of a document without such a section', () => {
    expect(withBenchSection('# Notes\n\n## Search\n\nText.\n', 'T')).toBe(`# Notes\n\n## Search\n\nText.\n\n${START}\n\nT\n\n${END}\n`);
  });

  it('refuses a document with only one marker', () => {
    expect(() => withBenchSection(`# Site\n${START}\n`, 'T')).toThrow(/only one of/);
  });

  it('does not take a shell comment in a code block for a heading', () => {
    const doc = '# Site\n\n## Benchmarks\n\n```sh\n# run it\nnpm run bench\n```\n\n## Tests\n';
    expect(withBenchSection(doc, 'T')).toBe(`# Site\n\n## Benchmarks\n\n\`\`\`sh\n# run it\nnpm run bench\n\`\`\`\n\n${START}\n\nT\n\n${END}\n\n## Tests\n`);
  });
});

describe('the default document', () => {
  it('is docs/performance.md, and it holds exactly one pair of markers in order', () => {
    expect(DEFAULT_DOC.replaceAll('\\', '/')).toMatch(/\/docs\/performance\.md$/);
    const text = readFileSync(DEFAULT_DOC, 'utf8');
    expect(text.split(START)).toHaveLength(2);
    expect(text.split(END)).toHaveLength(2);
    expect(text.indexOf(START)).toBeLessThan(text.indexOf(END));
  });
});
