import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../pipeline/nlp/annotate-article.ts';
import { renderBody } from '../pipeline/render/render-body.ts';
import type { ClaimMark } from './rehype-mark-claims.ts';

// Each case folder holds the Markdown body, the claims to mark (as `claimMarks`) and the expected HTML, written by hand.
const root = new URL('../../tests/fixtures/claims/mark/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');

describe('rehype-mark-claims through renderBody', () => {
  it('has the fixture cases', () => {
    expect(cases).toEqual([
      'ends-inside-link',
      'headings-and-loose-lists-count-as-blocks',
      'not-found',
      'plain-sentence',
      'soft-line-breaks',
      'spans-link-and-emphasis',
      'tight-list-item',
      'two-claims-one-paragraph',
    ]);
  });

  it.each(cases)('%s', (name) => {
    const marks = JSON.parse(read(name, 'marks.json')) as ClaimMark[];
    const html = renderBody(read(name, 'input.md'), { claimMarks: marks });
    expect(html).toBe(read(name, 'output.html').replace(/\n$/, ''));
  });

  it('changes nothing without marks', () => {
    const markdown = read('spans-link-and-emphasis', 'input.md');
    expect(renderBody(markdown, { claimMarks: [] })).toBe(renderBody(markdown));
    expect(renderBody(markdown)).not.toContain('<mark');
  });

  it('puts each anchor id on exactly one element', () => {
    for (const name of cases) {
      const marks = JSON.parse(read(name, 'marks.json')) as ClaimMark[];
      const html = renderBody(read(name, 'input.md'), { claimMarks: marks });
      for (const m of marks) expect((html.match(new RegExp(`id="${m.anchor}"`, 'g')) ?? []).length).toBeLessThanOrEqual(1);
    }
  });

  // BUG: the count link climbs out of `<a>` ancestors only while its host *is* an `<a>`; when the sentence ends in
  // emphasis inside a link, the host is the `<em>` and the count link lands inside it, i.e. inside the outer link:
  // `<a href="https://x.com/…"><mark>admitted it had been </mark><em><mark>rushed</mark> <a class="claim-count">…</a></em></a>`.
  it('never puts the count link inside a link, even when the sentence ends in emphasis inside one', () => {
    const markdown = 'Altman also fielded questions about the deal on X, where he [admitted it had been _rushed_](https://x.com/sama/status/2027911640256286973) and resulted in significant backlash against OpenAI.';
    const html = renderBody(markdown, {
      claimMarks: [{ block: 0, text: 'Altman also fielded questions about the deal on X, where he admitted it had been rushed', anchor: 'claim-c1111111111', href: '/claims/c1111111111/', label: 'only here', shared: false }],
    });
    expect(html).toContain('<em><mark class="claim">rushed</mark></em></a> <a href="/claims/c1111111111/" class="claim-count" data-pagefind-ignore="">only here</a> and resulted');
  });
});

describe('a claim without a page', () => {
  it('gets a plain-text label after its mark, not a link', () => {
    const html = renderBody('Officials said the bridge will reopen in March. Nobody disputed that.', {
      claimMarks: [{ block: 0, text: 'the bridge will reopen in March', anchor: 'claim-c2222222222', label: 'only here', shared: false }],
    });
    expect(html).toContain('<mark class="claim" id="claim-c2222222222">the bridge will reopen in March</mark> <span class="claim-count single" data-pagefind-ignore="">only here</span>');
    expect(html).not.toContain('claim-count" href');
    expect(html).not.toMatch(/<a [^>]*claim-count/);
  });
});

/** Marks for every claim the pipeline finds in a body, as `articleRenderInput` builds them (each claim its own id). */
function marksFor(markdown: string): ClaimMark[] {
  const a = annotateArticle({ id: 'mark-test', title: '', body: markdown });
  return a.claims.map((c, i) => {
    const id = `c${String(i).padStart(10, '0')}`;
    return { block: a.sentences[c.sentence]!.block, text: c.text, anchor: `claim-${id}`, href: `/claims/${id}/`, label: 'only here', shared: false };
  });
}

describe('claims found by the pipeline are marked in the rendered body', () => {
  it('every claim of a body with links, emphasis, a heading and lists gets its mark', () => {
    // TechCrunch (content/articles/000_…), shortened, with its links, a heading and a list added.
    const markdown = [
      '## The deal',
      'OpenAI CEO Sam Altman announced late on Friday that his company has reached an agreement allowing the Department of Defense to use its AI models in the department’s classified network.',
      'In [a lengthy statement released Thursday](https://www.anthropic.com/news/statement-department-of-war), Anthropic CEO Dario Amodei said the company “never raised objections to particular military operations nor attempted to limit use of our technology in an _ad hoc_ manner.”',
      '- Secretary of Defense Pete Hegseth claimed Anthropic was trying to “seize veto power over the operational decisions of the United States military.”\n- Mass domestic surveillance.',
      'Altman said OpenAI “will build technical safeguards to ensure our models behave as they should, which the DoW also wanted,” and it will deploy engineers with the Pentagon “to help with our models and to ensure their safety.”',
    ].join('\n\n');
    const marks = marksFor(markdown);
    // The lede, Amodei's statement, Hegseth's list item and Altman's sentence; not the heading or the fragment.
    expect(marks.map((m) => m.block)).toEqual([1, 2, 3, 5]);
    const html = renderBody(markdown, { claimMarks: marks });
    for (const m of marks) expect(html, m.text).toContain(`id="${m.anchor}"`);
  });

  // BUG: bodyBlocks (mdast-util-to-string) turns a hard line break into nothing, so the claim text reads
  // "… on Fridaythat allows …", while the rendered `<br>` is followed by a newline ("Friday that"): the mark is
  // never found and the sentence is not highlighted.
  it('a sentence across a hard line break is still marked', () => {
    const markdown = 'OpenAI signed a deal with the Pentagon on Friday  \nthat allows its AI systems to be used for all lawful purposes.';
    const marks = marksFor(markdown);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.text).toBe('OpenAI signed a deal with the Pentagon on Friday that allows its AI systems to be used for all lawful purposes.');
    expect(renderBody(markdown, { claimMarks: marks })).toContain(`id="${marks[0]!.anchor}"`);
  });

  // A sentence with an image in it ("Supporters said the budget <img alt="chart of the budget"> funds dredging"): the
  // page shows the image as a link "Image: chart of the budget", and the text the claim was found in must not hold
  // the alt text, or the mark is never found.
  it('a sentence with an image in it is marked, and the image’s alt text is no part of the claim', () => {
    const markdown = 'Supporters said the budget ![chart of the budget](https://images.example/budget-chart.png) funds dredging and new cranes.';
    const marks = marksFor(markdown);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.text).toBe('Supporters said the budget funds dredging and new cranes.');
    const html = renderBody(markdown, { claimMarks: marks });
    expect(html).toContain(`id="${marks[0]!.anchor}"`);
    expect(html).toContain('Image: chart of the budget');
  });
});
