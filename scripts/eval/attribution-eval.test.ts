import { describe, expect, it } from 'vitest';
import { sameSpeaker, scoreAttribution, type AttributionCorpus } from './attribution-eval.ts';

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
});
