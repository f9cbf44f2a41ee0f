import { describe, expect, it } from 'vitest';
import { OutletRegistrySchema } from '../../schemas/outlet.ts';
import { findCitations, primarySource, type Citation } from './citations.ts';
import { createOutletRegistry } from './outlet-registry.ts';

const registry = createOutletRegistry(
  OutletRegistrySchema.parse([
    { id: 'techcrunch', name: 'TechCrunch', domains: ['techcrunch.com'], aliases: ['TechCrunch AI'] },
    { id: 'nytimes', name: 'The New York Times', domains: ['nytimes.com'], aliases: ['New York Times', 'NYT'] },
    { id: 'axios', name: 'Axios', domains: ['axios.com'] },
    { id: 'fortune', name: 'Fortune', domains: ['fortune.com'] },
  ]),
);

const TC = { id: 'techcrunch', name: 'TechCrunch' };
const NYT = { id: 'nytimes', name: 'The New York Times' };
const AXIOS = { id: 'axios', name: 'Axios' };

describe('findCitations', () => {
  it.each([
    ['According to TechCrunch AI, CEO Sam Altman announced the deal late Friday.', TC],
    ['As detailed in TechCrunch AI, Altman told employees that the government will allow OpenAI to build its own “safety stack.”', TC],
    ['TechCrunch AI reports that this refusal led to a hostile breakdown in negotiations.', TC],
    ['According to the New York Times, OpenAI chose a different negotiating path than Anthropic.', NYT],
    ['Specifically, according to Axios, the models would only run on cloud networks.', AXIOS],
    ['The New York Times reported that the talks had collapsed.', NYT],
    ['As first reported by Axios, the deal was signed on Friday.', AXIOS],
    ['According to a report in the NYT, the Pentagon wanted more.', NYT],
  ])('finds the citation in %j', (sentence, outlet) => {
    expect(findCitations(sentence, registry)).toEqual([{ outlet, sentence }]);
  });

  it.each([
    ['Altman told the New York Times that the deal was rushed.'],
    ['Axios was founded in 2017.'],
    ['According to people familiar with the matter, the deal closed on Friday.'],
    ['According to Reuters, the talks collapsed.'], // not in this registry
    ['TechCrunch AI is a newsletter.'],
  ])('finds no citation in %j', (sentence) => {
    expect(findCitations(sentence, registry)).toEqual([]);
  });

  it('returns each citing sentence in text order, once per outlet per sentence', () => {
    const text = [
      'According to TechCrunch AI, CEO Sam Altman announced the deal late Friday.',
      'According to the New York Times, OpenAI chose a different negotiating path.',
      'TechCrunch AI reports that, according to TechCrunch AI sources, the refusal led to a breakdown.',
    ].join(' ');
    const found = findCitations(text, registry);
    expect(found.map((c) => c.outlet.id)).toEqual(['techcrunch', 'nytimes', 'techcrunch']);
    expect(found[2]!.sentence).toBe('TechCrunch AI reports that, according to TechCrunch AI sources, the refusal led to a breakdown.');
  });

  it('finds nothing with an empty registry', () => {
    expect(findCitations('According to TechCrunch AI, CEO Sam Altman announced the deal late Friday.', createOutletRegistry([]))).toEqual([]);
  });
});

describe('primarySource', () => {
  const cite = (outlet: { id: string; name: string }, sentence: string): Citation => ({ outlet, sentence });
  const tc1 = cite(TC, 'According to TechCrunch AI, CEO Sam Altman announced the deal late Friday.');
  const tc2 = cite(TC, 'TechCrunch AI reports that this refusal led to a hostile breakdown in negotiations.');
  const tc3 = cite(TC, 'As detailed in TechCrunch AI, Altman told employees about the safety stack.');
  const nyt1 = cite(NYT, 'According to the New York Times, OpenAI chose a different negotiating path.');
  const nyt2 = cite(NYT, 'The New York Times reported that the talks collapsed.');
  const ax1 = cite(AXIOS, 'Specifically, according to Axios, the models would only run on cloud networks.');

  it('returns the first citation of the outlet cited at least twice', () => {
    expect(primarySource([nyt1, tc1, tc2, tc3], 'unknown')).toBe(tc1);
  });

  it('returns nothing for a single citation per outlet (ordinary sourcing)', () => {
    expect(primarySource([nyt1, ax1], 'unknown')).toBeUndefined();
    expect(primarySource([tc1], 'unknown')).toBeUndefined();
    expect(primarySource([], 'unknown')).toBeUndefined();
  });

  it('ignores the article’s own outlet', () => {
    expect(primarySource([tc1, tc2, tc3, nyt1], 'techcrunch')).toBeUndefined();
    expect(primarySource([tc1, tc2, nyt1, nyt2, ax1], 'techcrunch')).toBe(nyt1);
  });

  it('returns nothing when two outlets tie for most citations', () => {
    expect(primarySource([tc1, nyt1, tc2, nyt2], 'unknown')).toBeUndefined();
  });

  it('picks the outlet with most citations over one cited twice', () => {
    expect(primarySource([nyt1, nyt2, tc1, tc2, tc3], 'unknown')).toBe(tc1);
  });
});
