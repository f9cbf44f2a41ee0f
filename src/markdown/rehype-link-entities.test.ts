import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../pipeline/render/render-body.ts';

// Each case folder holds the Markdown body, the links to make (as `entityLinks`) and the expected HTML, written by hand.
const root = new URL('../../tests/fixtures/entities/link/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');

describe('rehype-link-entities through renderBody', () => {
  it('has the fixture cases', () => {
    expect(cases).toEqual(['first-mention-per-paragraph', 'list-items', 'longest-name-wins', 'not-in-headings', 'not-inside-links', 'whole-words-only']);
  });

  it.each(cases)('%s', (name) => {
    const links = JSON.parse(read(name, 'links.json')) as { surface: string; href: string; title?: string }[];
    const html = renderBody(read(name, 'input.md'), { entityLinks: links });
    expect(html).toBe(read(name, 'output.html').replace(/\n$/, ''));
  });

  it('changes nothing without links', () => {
    const markdown = read('list-items', 'input.md');
    expect(renderBody(markdown, { entityLinks: [] })).toBe(renderBody(markdown));
    expect(renderBody(markdown)).not.toContain('class="entity"');
  });
});
