import { describe, expect, it } from 'vitest';
import { nameParts, namesCompatible, shortNameKey, surnameOf } from './person-names.ts';

const compatible = (a: string, b: string) => namesCompatible(nameParts(a)!, nameParts(b)!);

describe('person names', () => {
  it.each([
    ['Donald John Trump', 'Donald Trump'],
    ['Donald J. Trump', 'Donald John Trump'],
    ['Mark Jay Heller', 'Mark Heller'],
    ['James R. Dabney', 'James Dabney'],
    ['Arcade Joseph Comeaux, Jr', 'Arcade Joseph Comeaux Jr.'],
    // A short form that stands for one formal name only (ECB+ 5: "Mo Cheeks" is Maurice Cheeks).
    ['Maurice Cheeks', 'Mo Cheeks'],
    ['Joe Biden', 'Joseph Biden'],
  ])('%j and %j can be one person', (a, b) => {
    expect(compatible(a, b)).toBe(true);
    expect(shortNameKey(nameParts(a)!)).toBe(shortNameKey(nameParts(b)!));
  });

  it.each([
    ['George W. Bush', 'George H. W. Bush'],
    ['Donald Trump', 'Donald Trump Jr.'],
    ['Lindsay Lohan', 'Dina Lohan'],
    ['Mark Jay Heller', 'Mark Joseph Heller'],
    // Short forms of more than one name, or of another name, stay apart.
    ['Chris Smith', 'Christine Smith'],
    ['Mike Smith', 'Mark Smith'],
  ])('%j and %j are not the same person', (a, b) => {
    expect(compatible(a, b)).toBe(false);
  });

  it('reads the surname before a suffix; one word has no parts', () => {
    expect(surnameOf('Arcade Joseph Comeaux, Jr')).toBe('Comeaux');
    expect(surnameOf('Donald Trump Jr.')).toBe('Trump');
    expect(surnameOf('Jim O\'Brien')).toBe("O'Brien");
    expect(nameParts('Lohan')).toBeUndefined();
    expect(nameParts('Donald J. Trump')).toEqual({ first: 'donald', middle: ['j'], last: 'trump' });
  });
});
