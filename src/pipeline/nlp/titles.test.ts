import { describe, expect, it } from 'vitest';
import { officesOf, titlesConflict } from './titles.ts';

describe('officesOf', () => {
  it('names each office once, under one form', () => {
    expect(officesOf('Sen.')).toEqual(new Set(['senator']));
    expect(officesOf('Rep.')).toEqual(officesOf('Congresswoman'));
    expect(officesOf('Interior Secretary')).toEqual(new Set(['secretary']));
  });

  it('leaves forms of address out', () => {
    expect(officesOf('Mrs.')).toEqual(new Set());
    expect(officesOf('Dr.')).toEqual(new Set());
    expect(officesOf(undefined)).toEqual(new Set());
  });
});

describe('titlesConflict', () => {
  it('"President" against "First Lady" and "Secretary" against "President" conflict', () => {
    expect(titlesConflict('President', ['First Lady'])).toBe(true);
    expect(titlesConflict('Secretary', ['President'])).toBe(true);
  });

  it('one shared office is enough, and so is any title on one side only', () => {
    expect(titlesConflict('Senator', ['Sen.'])).toBe(false);
    expect(titlesConflict('Chief', ['Police Chief'])).toBe(false);
    expect(titlesConflict('President', [])).toBe(false);
    expect(titlesConflict(undefined, ['First Lady'])).toBe(false);
    expect(titlesConflict('Mrs.', ['First Lady'])).toBe(false);
    expect(titlesConflict('attorney', ['lawyer'])).toBe(false);
  });
});
