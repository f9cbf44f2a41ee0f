import { describe, expect, it } from 'vitest';
import { END, START, withBenchSection } from './readme-section.ts';

describe('withBenchSection', () => {
  it('replaces what is between the markers and nothing else', () => {
    const readme = `# Site\n\n## Performance\n\nIntro.\n\n${START}\nold\n${END}\n\n## Tests\n`;
    const once = withBenchSection(readme, '| new |');
    expect(once).toBe(`# Site\n\n## Performance\n\nIntro.\n\n${START}\n\n| new |\n\n${END}\n\n## Tests\n`);
    expect(withBenchSection(once, '| new |')).toBe(once);
  });

  it('adds the markers at the end of the performance section', () => {
    const readme = '# Site\n\n## Performance\n\nIntro.\n\n### Details\n\nMore.\n\n## Tests\n\nText.\n';
    expect(withBenchSection(readme, 'T')).toBe(`# Site\n\n## Performance\n\nIntro.\n\n### Details\n\nMore.\n\n${START}\n\nT\n\n${END}\n\n## Tests\n\nText.\n`);
  });

  it('adds a performance section before "## Tests" when there is none', () => {
    const out = withBenchSection('# Site\n\n## Search\n\nText.\n\n## Tests\n\nMore.\n', 'T');
    expect(out).toMatch(/## Search\n\nText\.\n\n## Performance\n\n[\s\S]*\n\n<!-- bench:start -->\n\nT\n\n<!-- bench:end -->\n\n## Tests\n\nMore\.\n$/);
  });

  it('refuses a README with only one marker', () => {
    expect(() => withBenchSection(`# Site\n${START}\n`, 'T')).toThrow(/only one of/);
  });
});

describe('withBenchSection and code blocks', () => {
  it('does not take a shell comment in a code block for a heading', () => {
    const readme = '# Site\n\n## Benchmarks\n\n```sh\n# run it\nnpm run bench\n```\n\n## Tests\n';
    expect(withBenchSection(readme, 'T')).toBe(`# Site\n\n## Benchmarks\n\n\`\`\`sh\n# run it\nnpm run bench\n\`\`\`\n\n${START}\n\nT\n\n${END}\n\n## Tests\n`);
  });
});
