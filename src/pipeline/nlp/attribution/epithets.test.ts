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
