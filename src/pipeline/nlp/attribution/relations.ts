import type { LocalMention } from '../local-aliases.ts';
import type { Sentence } from '../tokens.ts';
import { isPossessive } from './word-tests.ts';
import { isFirstName } from '../lexicon.ts';

// People a story names by their tie to someone ("Her dad, Glen Cole,"; "Cole's rep, Simone Park,"), so that a later
// "her father said" or "his publicist said" can be them. Words of one tie share a key.
const TIES: Record<string, string> = {
  father: 'father',
  dad: 'father',
  mother: 'mother',
  mom: 'mother',
  mum: 'mother',
  rep: 'representative',
  representative: 'representative',
  publicist: 'representative',
  lawyer: 'lawyer',
  attorney: 'lawyer',
  agent: 'agent',
  manager: 'manager',
  wife: 'wife',
  husband: 'husband',
  sister: 'sister',
  brother: 'brother',
  son: 'son',
  daughter: 'daughter',
};

/** The tie a noun names ("dad" → "father"), or undefined. */
export function tieOf(noun: string): string | undefined {
  return Object.hasOwn(TIES, noun) ? TIES[noun] : undefined;
}

/**
 * The people named in apposition to a tie, by tie: "Her dad, Glen Cole," and "Cole's rep, Simone Park," give
 * father → [Glen Cole] and representative → [Simone Park]. Only a possessive before the tie counts.
 */
export function namedTies(sentences: readonly Sentence[], mentions: readonly LocalMention[]): Map<string, number[]> {
  const ties = new Map<string, number[]>();
  sentences.forEach((s, index) => {
    const tokens = s.tokens;
    tokens.forEach((t, k) => {
      const tie = tieOf(t.lemma.toLowerCase());
      if (tie === undefined || tokens[k + 1]?.value !== ',') return;
      const before = tokens[k - 1];
      if (!isPossessive(before) && !/^(?:his|her|their)$/i.test(before?.value ?? '')) return;
      // (A name the finder took for a place by its last word, "Simone Park", when a given name opens it.)
      const person = (m: LocalMention) => m.type === 'person' || m.type === 'other' || (m.type === 'place' && isFirstName(m.name.split(/\s+/)[0]!) && m.name.split(/\s+/).length === 2);
      const named = mentions.findIndex((m) => m.sentence === index && person(m) && m.start === tokens[k + 2]?.start);
      const closes = named >= 0 && /^\s*,/.test(s.text.slice(mentions[named]!.end - s.start));
      if (closes) ties.set(tie, [...(ties.get(tie) ?? []), named]);
    });
  });
  return ties;
}

/** "her father said": the one person the article names in apposition to that tie, if only one. */
export function namedByTie(ties: ReadonlyMap<string, readonly number[]>, mentions: readonly LocalMention[], noun: string): number | undefined {
  const tie = tieOf(noun);
  const named = tie === undefined ? undefined : ties.get(tie);
  if (named === undefined || named.length === 0) return undefined;
  return named.every((m) => mentions[m]!.name === mentions[named[0]!]!.name) ? named[0] : undefined;
}
