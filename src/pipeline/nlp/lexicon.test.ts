import { describe, expect, it } from 'vitest';
import { demonymOf, nationalityWords } from './lexicon.ts';

describe('demonymOf: the word for a country\'s people', () => {
  it('by the longest shared start among compromise\'s demonyms, irregular ones by a table, nothing for no country', () => {
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

describe('nationalityWords: the nouns for one of a people', () => {
  it('"french" with "frenchman" and "frenchwoman"; a word with none stays alone', () => {
    expect(nationalityWords('french')).toEqual(['french', 'frenchman', 'frenchwoman']);
    expect(nationalityWords('ukrainian')).toEqual(['ukrainian']);
  });
});
