import { mayBePerson, type LocalMention } from '../local-aliases.ts';
import type { Sentence } from '../tokens.ts';
import { isPossessive } from './word-tests.ts';
import { genderOf, type Gender } from './gender.ts';

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
// Bodies a person is tied to ("her label, Northlight Records,"): a later "the label said" is that body.
const BODY_TIES = new Set(['label', 'publisher', 'studio', 'band', 'network', 'employer']);
for (const tie of BODY_TIES) TIES[tie] = tie;

/** The tie a noun names ("dad" → "father"), or undefined. */
export function tieOf(noun: string): string | undefined {
  return Object.hasOwn(TIES, noun) ? TIES[noun] : undefined;
}

/** A person named for a tie, and the gender of whose tie it is ("Her dad, Glen Cole,": female). */
export interface Tie {
  mention: number;
  of: Gender;
}

/**
 * The people named in apposition to a tie, by tie: "Her dad, Glen Cole," and "Cole's rep, Simone Park," give
 * father → [Glen Cole] and representative → [Simone Park]. Only a possessive before the tie counts.
 */
export function namedTies(sentences: readonly Sentence[], mentions: readonly LocalMention[]): Map<string, Tie[]> {
  const ties = new Map<string, Tie[]>();
  sentences.forEach((s, index) => {
    const tokens = s.tokens;
    tokens.forEach((t, k) => {
      const tie = tieOf(t.lemma.toLowerCase());
      if (tie === undefined || tokens[k + 1]?.value !== ',') return;
      const before = tokens[k - 1];
      if (!isPossessive(before) && !/^(?:his|her|their)$/i.test(before?.value ?? '')) return;
      const fits = (m: LocalMention) => (BODY_TIES.has(tie) ? m.type !== 'person' && m.type !== 'place' : mayBePerson(m));
      const named = mentions.findIndex((m) => m.sentence === index && fits(m) && m.start === tokens[k + 2]?.start);
      const closes = named >= 0 && /^\s*,/.test(s.text.slice(mentions[named]!.end - s.start));
      // Whose tie: "her"/"his", or the name before the possessive ("Cole's rep").
      const owner = isPossessive(before) ? mentions.find((m) => m.sentence === index && m.end === tokens[k - 2]?.end) : undefined;
      // (A surname alone, "Cole's", says nothing of gender, though the lexicon knows Cole as a given name.)
      const of: Gender = /^his$/i.test(before!.value) ? 'male' : /^her$/i.test(before!.value) ? 'female' : owner && /\s/.test(owner.name) ? genderOf(owner.name, owner.role) : 'unknown';
      if (closes) ties.set(tie, [...(ties.get(tie) ?? []), { mention: named, of }]);
    });
  });
  return ties;
}

/**
 * "her father said": the one person the article names in apposition to that tie, if only one — and not a tie of
 * someone of the other gender ("His father said" after "Her dad, Glen Marsh,").
 */
export function namedByTie(ties: ReadonlyMap<string, readonly Tie[]>, mentions: readonly LocalMention[], noun: string, owner?: string): number | undefined {
  const tie = tieOf(noun);
  const named = tie === undefined ? undefined : ties.get(tie);
  if (named === undefined || named.length === 0) return undefined;
  const first = named[0]!.mention;
  if (!named.every((t) => mentions[t.mention]!.name === mentions[first]!.name)) return undefined;
  const whose = owner?.toLowerCase() === 'his' ? 'male' : owner?.toLowerCase() === 'her' ? 'female' : 'unknown';
  return named.every((t) => whose === 'unknown' || t.of === 'unknown' || t.of === whose) ? first : undefined;
}
