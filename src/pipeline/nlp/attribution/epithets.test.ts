import { describe, expect, it } from 'vitest';
import { ageIn, epithetKeys } from './epithets.ts';

describe('epithets: what a description asks of its referent', () => {
  it('reads an age however the tokenizer split it, and asks for the head and the age', () => {
    expect(ageIn(['26', '-', 'year', '-', 'old'])).toBe('26');
    expect(ageIn(['the', '26-year-old', 'actress'])).toBe('26');
    expect(ageIn(['26', 'years', 'old'])).toBeUndefined();
    expect(epithetKeys('old', '28 - year - old')).toEqual(['age:28']);
    expect(epithetKeys('baseman', '28 - year - old first baseman')).toEqual(['age:28', 'baseman', 'first']);
    expect(epithetKeys('hander', 'veteran right - hander')).toEqual(['hander', 'veteran', 'right']);
    expect(epithetKeys('actress', 'actress')).toEqual(['actress']);
  });

});

describe('demonymOf: the word for a country\'s people', () => {
  it('by the longest shared start among compromise\'s demonyms, irregular ones by a table, nothing for no country', async () => {
    const { demonymOf } = await import('../lexicon.ts');
    expect(['Ukraine', 'Belgium', 'Croatia', 'Austria', 'Australia', 'Nigeria', 'South Korea', 'France', 'Turkey'].map(demonymOf)).toEqual(['ukrainian', 'belgian', 'croatian', 'austrian', 'australian', 'nigerian', 'korean', 'french', 'turkish']);
    // (Niger: "nigerian" and "nigerien" share as much; Boston is no country; a few shared letters are not enough:
    // "Slovenia" is no "slovak", "Greenland" no "greek".)
    expect(demonymOf('Niger')).toBeUndefined();
    expect(demonymOf('Boston')).toBeUndefined();
    expect(demonymOf('Slovenia')).toBeUndefined();
    expect(demonymOf('Greenland')).toBeUndefined();
    expect(['Saudi Arabia', 'Czech Republic', 'Thailand', 'Scotland', 'Greece', 'Sweden'].map(demonymOf)).toEqual(['saudi', 'czech', 'thai', 'scottish', 'greek', 'swede']);
  });
});
