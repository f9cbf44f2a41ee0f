import { describe, expect, it } from 'vitest';
import { middleNameJoins, type PersonForm } from './middle-names.ts';

// Two articles that share two other entities (a place and a person), as the contexts `resolveEntities` builds.
const SHARED = [new Set(['name:boston', 'word:ryan']), new Set(['name:boston', 'word:ryan', 'name:ohio'])];
const form = (name: string, article: number): PersonForm => ({ key: `name:${name.toLowerCase()}`, name, article });

describe('middleNameJoins', () => {
  it('joins "Mitt Romney" to "Willard Mitt Romney"', () => {
    expect(middleNameJoins([form('Willard Mitt Romney', 0), form('Mitt Romney', 1)], SHARED)).toEqual(new Map([['name:mitt romney', 'name:willard mitt romney']]));
  });

  it('compares given names as `nameParts` reads them: "Liz" is "Elizabeth", "Cal" is not "Calvin"', () => {
    expect(middleNameJoins([form('John Calvin Coolidge', 0), form('Calvin Coolidge', 1)], SHARED).size).toBe(1);
    expect(middleNameJoins([form('Mary Elizabeth Taylor', 0), form('Liz Taylor', 1)], SHARED).size).toBe(1);
    expect(middleNameJoins([form('John Calvin Coolidge', 0), form('Cal Coolidge', 1)], SHARED).size).toBe(0);
  });

  it('an initial in the middle says nothing: "Willard M. Romney" and "M. Romney" stay apart', () => {
    expect(middleNameJoins([form('Willard M. Romney', 0), form('M. Romney', 1)], SHARED).size).toBe(0);
  });

  it('a first word that is not a given name is a name found with a word too many ("Republican Richard Nixon")', () => {
    expect(middleNameJoins([form('Republican Richard Nixon', 0), form('Richard Nixon', 1)], SHARED).size).toBe(0);
    expect(middleNameJoins([form('RIP Steve Jobs', 0), form('Steve Jobs', 1)], SHARED).size).toBe(0);
  });

  it('a third person with the family name leaves both apart', () => {
    expect(middleNameJoins([form('Willard Mitt Romney', 0), form('Mitt Romney', 1), form('Ann Romney', 1)], SHARED).size).toBe(0);
  });

  it('needs two shared entities besides the family name itself', () => {
    const one = [new Set(['name:boston', 'word:romney']), new Set(['name:boston', 'word:romney'])];
    expect(middleNameJoins([form('Willard Mitt Romney', 0), form('Mitt Romney', 1)], one).size).toBe(0);
  });

  it('a registry’s person keeps its own entry', () => {
    const curated = { key: 'curated:mitt-romney', name: 'Mitt Romney', article: 1 };
    expect(middleNameJoins([form('Willard Mitt Romney', 0), curated], SHARED).size).toBe(0);
  });
});
