import { describe, expect, it } from 'vitest';
import { sameDescription, sameSpeaker, scoreAttribution, summarize, type AttributionCorpus } from './attribution-eval.ts';

const entity = (name: string, ...forms: string[]) => ({ name, aliases: forms.map((form) => ({ form })) });

describe('attribution scoring', () => {
  it('matches a name within a fuller one with the same last word, and either of two people named together', () => {
    expect(sameSpeaker('Barack Obama', entity('Obama'))).toBe(true);
    expect(sameSpeaker('Mark Jay Heller', entity('Mark Heller'))).toBe(true);
    expect(sameSpeaker('Craig Zadan and Neil Meron', entity('Neil Meron'))).toBe(true);
    expect(sameSpeaker('Barack Obama', entity('Michelle Obama'))).toBe(false);
  });

  it('matches a body under its initials as the page writes them, and nothing else in capitals', () => {
    expect(sameSpeaker('Federal Open Market Committee', entity('FOMC'))).toBe(true);
    expect(sameSpeaker('Federal Open Market Committee', entity('Fed'))).toBe(false);
    expect(sameSpeaker('Federal Election Commission', entity('FOMC'))).toBe(false);
  });

  it("reads a company's name without its legal form, but never a one-word name as nothing", () => {
    expect(sameSpeaker('General Motors', entity('General Motors Corp'))).toBe(true);
    expect(sameSpeaker('Texaco Inc', entity('Texaco'))).toBe(true);
    expect(sameSpeaker('E.F. Hutton Co', entity('Hutton'))).toBe(true);
    expect(sameSpeaker('General Motors', entity('General Electric Co'))).toBe(false);
    expect(sameSpeaker('Co', entity('Inc'))).toBe(false);
  });

  it('finds a label made unique by its punctuation in the mention that writes it so', () => {
    const corpus: AttributionCorpus = {
      articles: [{ id: 'a', provenance: { file: '1/a.html' } }],
      claims: {
        claims: [
          { mentions: [{ article: 'a', text: 'Gates has ordered a review of a service that has functioned more like a "second land army."', speaker: 'gates' }] },
          { mentions: [{ article: 'a', text: '"They are a second land army -- and a third air force."', speaker: 'ricks' }] },
        ],
      },
      entities: { entities: [entity('Robert Gates'), entity('Thomas Ricks')].map((e, i) => ({ ...e, id: ['gates', 'ricks'][i]! })) },
    };
    const [outcome] = scoreAttribution(corpus, [['1/a.html', 'second land army.', 'Robert Gates']]);
    expect(outcome).toMatchObject({ verdict: 'right', system: 'Robert Gates' });
  });

  it('meets a label written as a description with a description sharing its head, plurals and -ise/-ize aside', () => {
    expect(sameDescription('police', 'police')).toBe(true);
    expect(sameDescription('police', 'a police spokesman')).toBe(true);
    expect(sameDescription('event organisers', 'the organizers')).toBe(true);
    expect(sameDescription('fans', 'a fan')).toBe(true);
    expect(sameDescription('spokesman for the hospital', 'a hospital spokesman')).toBe(true);
    expect(sameDescription('fans', 'the crowd')).toBe(false);
    expect(sameDescription('police', 'witnesses')).toBe(false);
    expect(sameDescription('hospital spokesman', 'officials at the hospital')).toBe(false);
  });

  it('counts a description right only against a label written as one, and never as crediting an "unknown"', () => {
    const corpus: AttributionCorpus = {
      articles: [{ id: 'a', provenance: { file: '1/a.html' } }],
      claims: {
        claims: [
          { mentions: [{ article: 'a', text: 'Police said 14 people were arrested.', speakerDescription: 'police' }] },
          { mentions: [{ article: 'a', text: '"We will rebuild," a neighbour said.', speakerDescription: 'a neighbour' }] },
          { mentions: [{ article: 'a', text: '"It was chaos," the crowd chanted.', speakerDescription: 'the crowd' }] },
        ],
      },
      entities: { entities: [] },
    };
    const outcomes = scoreAttribution(corpus, [
      ['1/a.html', '14 people were arrested', 'police'],
      ['1/a.html', 'We will rebuild', 'Ann Lee'],
      ['1/a.html', 'It was chaos', 'fans'],
      ['1/a.html', 'We will rebuild', 'unknown'],
    ]);
    expect(outcomes.map((o) => o.verdict)).toEqual(['right', 'uncredited', 'wrong', 'unknown-kept']);
    expect(outcomes[0]!.byDescription).toBe(true);
    expect(summarize(outcomes)).toMatchObject({ named: 3, right: 1, rightByDescription: 1, credited: 2, unknownCredited: 0 });
  });
});
