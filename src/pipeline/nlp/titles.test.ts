import { describe, expect, it } from 'vitest';
import { namesOffice, titlesConflict } from './titles.ts';

describe('namesOffice', () => {
  it('an office, not a form of address', () => {
    expect(namesOffice('President')).toBe(true);
    expect(namesOffice('Sen.')).toBe(true);
    expect(namesOffice('Mrs.')).toBe(false);
    expect(namesOffice('Dr.')).toBe(false);
    expect(namesOffice(undefined)).toBe(false);
  });
});

describe('titlesConflict', () => {
  it('an office against a full name only ever written as a spouse', () => {
    expect(titlesConflict('President', 'Jacqueline Kennedy', ['First Lady'])).toBe(true);
    expect(titlesConflict('President', 'Jacqueline Kennedy', ['First Lady', 'Mrs.'])).toBe(false);
    expect(titlesConflict('Secretary', 'Hillary Clinton', ['Former first lady'])).toBe(false);
    expect(titlesConflict('President', 'Rosalynn Carter', ['former first lady'])).toBe(true);
  });

  it('a form of address of the other gender', () => {
    expect(titlesConflict('Mr.', 'Melania Trump', ['First Lady'])).toBe(true);
    expect(titlesConflict('Mrs.', 'Donald Trump', [])).toBe(true);
    expect(titlesConflict('Mrs.', 'Jacqueline Kennedy', ['First Lady'])).toBe(false);
  });

  it('one person holds many offices: other titles never conflict (a review of a wider first version)', () => {
    expect(titlesConflict('Sen.', 'Mitch McConnell', ['Senate Majority Leader'])).toBe(false);
    expect(titlesConflict('Prime Minister', 'Keir Starmer', ['Labour leader'])).toBe(false);
    expect(titlesConflict('Coach', 'Aaron Boone', ['manager'])).toBe(false);
    expect(titlesConflict('President', 'Joe Biden', [])).toBe(false);
  });
});
