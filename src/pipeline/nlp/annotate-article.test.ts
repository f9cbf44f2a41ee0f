import { describe, expect, it } from 'vitest';
import { annotateArticle } from './annotate-article.ts';

const annotate = (body: string) => annotateArticle({ id: 'the-decoder-openai', title: 'OpenAI secures classified Pentagon access', body });

// Headings and paragraphs from The Decoder (content/articles/002_…), as Markdown.
describe('annotateArticle: Title Case headings', () => {
  it('a heading whose capitalized words name nothing in the body gives no mention', () => {
    const a = annotate(
      [
        '## The Anthropic Fallout',
        'This agreement arrives amidst a severe fracture between the administration and its rival.',
        '## Why This Matters',
        'This creates a bifurcated landscape for the industry.',
      ].join('\n\n'),
    );
    expect(a.blocks).toEqual([
      'The Anthropic Fallout',
      'This agreement arrives amidst a severe fracture between the administration and its rival.',
      'Why This Matters',
      'This creates a bifurcated landscape for the industry.',
    ]);
    expect(a.mentions).toEqual([]);
  });

  it('a heading name the body also uses is kept, in the heading too', () => {
    const a = annotate(['## OpenAI’s Strategic Maneuver', 'What makes this announcement critical is Altman’s claim that OpenAI managed to secure the very protections that Anthropic allegedly failed to get.'].join('\n\n'));
    const inHeading = a.mentions.filter((m) => m.block === 0);
    expect(inHeading.map((m) => m.surface)).toEqual(['OpenAI']);
    expect(a.mentions.filter((m) => m.block === 1).map((m) => m.surface)).toEqual(expect.arrayContaining(['OpenAI', 'Altman', 'Anthropic']));
    expect(a.mentions.some((m) => m.surface.includes('Strategic') || m.surface.includes('Maneuver'))).toBe(false);
  });

  it('body names are kept however few times they occur; only heading-only names are dropped', () => {
    const a = annotate(['## Silicon Valley Turns To Washington', 'The deal marks a shift in the relationship between Silicon Valley’s top AI labs and the military.'].join('\n\n'));
    expect(a.mentions.filter((m) => m.block === 1).map((m) => m.surface)).toEqual(['Silicon Valley']);
    expect(a.mentions.some((m) => m.block === 0 && m.surface !== 'Silicon Valley')).toBe(false);
  });
});

describe('annotateArticle: what it returns', () => {
  it('keeps the article id, one block per paragraph or list item, and sentences that quote the text exactly', () => {
    const body = ['Anthropic pushed back, attempting to draw strict red lines against two specific uses:', '- Mass domestic surveillance.\n- Fully autonomous weapons systems.'].join('\n\n');
    const a = annotate(body);
    expect(a.id).toBe('the-decoder-openai');
    expect(a.blocks).toEqual(['Anthropic pushed back, attempting to draw strict red lines against two specific uses:', 'Mass domestic surveillance.', 'Fully autonomous weapons systems.']);
    for (const s of a.sentences) expect(a.blocks[s.block]!.slice(s.start, s.end)).toBe(s.text);
    expect(a.mentions[0]).toMatchObject({ surface: 'Anthropic', block: 0, start: 0, end: 9 });
  });

  it('resolves in-article aliases across paragraphs', () => {
    const a = annotate(
      [
        'According to TechCrunch AI, CEO Sam Altman announced the deal late Friday, confirming that the Department of Defense, referred to as the Department of War (DoW) by the current administration, has agreed to terms.',
        '“The DoW agrees with these principles, reflects them in law and policy, and we put them into our agreement,” Altman wrote.',
      ].join('\n\n'),
    );
    const second = a.mentions.filter((m) => m.block === 1);
    expect(second.map((m) => [m.surface, m.name])).toEqual([
      ['DoW', 'Department of War'],
      ['Altman', 'Sam Altman'],
    ]);
  });
});

/**
 * Found at 20,000 articles: wink-nlp caches every unknown word it reads for the life of the process and used to
 * tokenize it differently afterwards ("Quarvel's" split by a fresh instance, kept whole once "Quarvel's." had been
 * read), so an article's mentions and claims depended on what the same thread annotated before it
 * (`src/pipeline/nlp/wink.ts` now hides earlier texts' words from the tokenizer).
 */
describe('annotation is independent of what was annotated before', () => {
  const article = { id: 'b', title: 'Studio news', body: "Work on the film went on under Quarvel's supervision, with the director set to return." };
  const other = { id: 'a', title: 'Other news', body: "The script was Quarvel's. Nobody else touched it." };
  const tokens = () => annotateArticle(article).sentences.flatMap((s) => s.tokens.map((t) => t.value));

  it('gives the same tokens before and after another article used the same word differently', () => {
    const before = tokens();
    annotateArticle(other);
    expect(tokens()).toEqual(before);
  });
});
