import { entityKey } from '../meta/entity-registry.ts';
import { isCommonWord, isFirstName } from '../nlp/lexicon.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/name-words.ts';
import { nameParts, surnameOf } from '../nlp/person-names.ts';

/** A person's full name as one article writes it, with the key it links by. */
export interface PersonForm {
  key: string;
  name: string;
  article: number;
}

/**
 * "Frank Lee Ray" in one article and "Lee Ray" in the others: someone known by their middle name. The short form's
 * key is joined to the long form's when nothing contradicts it and something supports it:
 * - the long form starts with a given name, and the short form's given name is its only middle name, written out
 *   (an initial says nothing; "Republican Richard Nixon" is a name found with a word too many, not a middle name);
 * - these two are the only people in the corpus with that family name (and suffix): a "Mary Ray" or a second
 *   "… Lee Ray" leaves both apart, since a relative may share the names;
 * - the two forms' articles share at least two other entities, as a bare surname needs to join a full name.
 * Returns short key → long key. Linear in the forms: people are grouped by family name, never compared in pairs.
 */
export function middleNameJoins(forms: readonly PersonForm[], contexts: readonly ReadonlySet<string>[]): Map<string, string> {
  const bySurname = new Map<string, Map<string, Shape>>();
  for (const f of forms) {
    const parts = nameParts(f.name);
    if (!parts) continue;
    const surname = `${parts.last} ${parts.suffix ?? ''}`.trim();
    const shapes = bySurname.get(surname) ?? new Map<string, Shape>();
    bySurname.set(surname, shapes);
    const seen = shapes.get(f.key) ?? { key: f.key, first: parts.first, given: givenName(f.name.split(/\s+/)[0]!), middle: parts.middle, articles: new Set<number>(), surnameWord: `word:${entityKey(surnameOf(f.name))}` };
    shapes.set(f.key, seen);
    // One key whose forms differ in their middle ("Donald Trump", "Donald J. Trump") is not one shape: no join.
    if (seen.middle.join(' ') !== parts.middle.join(' ')) seen.middle = ['', ''];
    seen.articles.add(f.article);
  }
  const joins = new Map<string, string>();
  for (const [surname, shapes] of bySurname) {
    if (shapes.size !== 2) continue;
    const [x, y] = [...shapes.values()] as [Shape, Shape];
    const [long, short] = x.middle.length === 1 ? [x, y] : [y, x];
    const middle = long.middle.length === 1 ? long.middle[0]! : '';
    // (A registry's person keeps its own entry.)
    if (short.middle.length !== 0 || middle.length < 2 || !long.given || short.key.startsWith('curated:')) continue;
    // The given name compared as `nameParts` reads one ("Bill" is "William").
    if (nameParts(`${middle} ${surname}`)?.first !== short.first) continue;
    if (sharedContext(long.articles, short.articles, contexts, new Set([long.key, short.key, long.surnameWord, short.surnameWord])) < 2) continue;
    joins.set(short.key, long.key);
  }
  return joins;
}

interface Shape {
  key: string;
  first: string;
  /** Whether the first word is a given name the lexicon knows (not "Republican Richard Nixon", "RIP Steve Jobs"). */
  given: boolean;
  middle: string[];
  articles: Set<number>;
  /** How a context names the family name (`resolveEntities` counts people by it). */
  surnameWord: string;
}

/** How many entities the two sets of articles both mention, apart from those left out. */
function sharedContext(a: ReadonlySet<number>, b: ReadonlySet<number>, contexts: readonly ReadonlySet<string>[], leftOut: ReadonlySet<string>): number {
  const inA = new Set<string>();
  for (const i of a) for (const k of contexts[i]!) if (!leftOut.has(k)) inA.add(k);
  const inB = new Set<string>();
  for (const i of b) for (const k of contexts[i]!) if (inA.has(k)) inB.add(k);
  return inB.size;
}

/** A word that can open a person's name: a given name, or a capitalized word that is nothing else ("Arcade"). */
function givenName(word: string): boolean {
  return isFirstName(word) || (!isCommonWord(word) && !/^\p{Lu}[\p{Lu}.]+$/u.test(word) && !ROLE_HEADS.has(word.toLowerCase()) && !ROLE_MODIFIERS.has(word.toLowerCase()));
}
