import type { LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';
import { demonymOf, isNationality, nationalityWords } from '../lexicon.ts';
import { partyTagAfter } from './party.ts';

// Words that open no description of the name before them: ", in a statement,", ", who …", ", speaking to …".
const NOT_APPOSITION = new Set(['ADP', 'VERB', 'AUX', 'ADV', 'SCONJ', 'CCONJ', 'PRON', 'PART', 'PUNCT']);
const APPOSITION_ENDS = /^(?:[,;:.()]|who|whose|which|that)$/i;
const DESCRIBING = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const MAX_APPOSITION = 10;
const COPULAS = /^(?:is|was|became|becomes|remains|remained)$/i;

/** "28 - year - old" (or "28-year-old"): the age a run of words gives. */
export function ageIn(words: readonly string[]): string | undefined {
  const text = words.join(' ').replace(/\s*-\s*/g, '-');
  return /\b(\d{1,3})-years?-old\b/i.exec(text)?.[1];
}

// A word of a description before a name: a noun, adjective or number, a hyphen, or the participle of a compound
// ("Oscar - winning", "best - selling").
const describes = (tokens: readonly Token[], k: number) => DESCRIBING.has(tokens[k]!.pos) || tokens[k]!.value === '-' || (tokens[k]!.pos === 'VERB' && tokens[k - 1]?.value === '-');
const isPossessiveMark = (t: Token) => /^['’]s?$/.test(t.value);
const wordsOf = (tokens: readonly Token[]) => tokens.flatMap((t) => [t.value.toLowerCase(), t.lemma.toLowerCase()]);

/**
 * What the article itself says each person is, by mention: the words of the description written right before the
 * name ("Oscar-winning actress Jane Roe", "Yankees first baseman Mark Teixeira", "the 28-year-old Teixeira") or in
 * apposition after it ("Esther Williams, the swimming champion turned actress,", "Roe, 28,"), with an age as "age:28".
 * This is the evidence a later "the actress" or "the 28-year-old" needs to stand for that person.
 */
export function describedAs(sentences: readonly Sentence[], mentions: readonly LocalMention[], quoted: readonly boolean[]): Set<string>[] {
  return mentions.map((m, i) => {
    const found = new Set<string>();
    if (quoted[i] || m.type === 'organization' || m.type === 'place' || m.type === 'product') return found;
    const tokens = sentences[m.sentence]?.tokens ?? [];
    const first = tokens.findIndex((t) => t.start >= m.start);
    if (first < 0) return found;
    // Before the name: the modifiers and nouns that run up to it, past hyphens ("Oscar - winning actress"). Not a
    // title written as part of the name ("Former President Barack Obama"): titles are `resolveDescription`'s.
    const title = (m.role ?? '').split(/\s+/).filter((w) => w !== '');
    const titleWords = title.length;
    // (A nationality written before the name is no office: "Belgian Luc Verhaegen" is what "the Belgian" stands for.)
    for (const w of title) if (isNationality(w)) found.add(w.toLowerCase());
    let j = first - 1 - titleWords;
    while (j >= 0 && first - j <= 7 && describes(tokens, j)) j--;
    let before = tokens.slice(j + 1, first - titleWords);
    // …or a description before it in apposition: "She thanked her producer, Eli Strand,", "His longtime bandleader,
    // Cyrus Bramble, said".
    if (before.length === 0 && titleWords === 0 && tokens[first - 1]?.value === ',') {
      let k = first - 2;
      while (k >= 0 && first - k <= 7 && (DESCRIBING.has(tokens[k]!.pos) || tokens[k]!.value === '-')) k--;
      const opener = tokens[k];
      if (k < first - 2 && opener !== undefined && (opener.pos === 'DET' || /^(?:his|her|their|its|our)$/i.test(opener.value) || isPossessiveMark(opener))) before = tokens.slice(k + 1, first - 1);
    }
    // After the name: an apposition between commas or in brackets, which has no verb of its own — past a party tag
    // ("Rep. Gwen Trask (R-Kan.), a former bank examiner,").
    const next = tokens.findIndex((t) => t.start >= m.end);
    const tagEnd = tokens[next]?.value === '(' ? tokens.findIndex((t, k) => k > next && k - next <= 7 && t.value === ')') : -1;
    const last = tagEnd > 0 && tokens[tagEnd + 1]?.value === ',' && partyTagAfter(sentences[m.sentence]!.text, m.end - sentences[m.sentence]!.start) !== undefined ? tagEnd + 1 : next;
    const after: Token[] = [];
    if (last >= 0 && (tokens[last]!.value === ',' || tokens[last]!.value === '(') && tokens[last + 1] && !NOT_APPOSITION.has(tokens[last + 1]!.pos)) {
      for (let k = last + 1; k < tokens.length && k - last <= MAX_APPOSITION && !APPOSITION_ENDS.test(tokens[k]!.value); k++) after.push(tokens[k]!);
      if (after.some((t) => t.pos === 'AUX')) after.length = 0;
      // …and the verb of a relative clause that goes on describing: "the comedian who hosted …" (lemma "host").
      const relative = last + 1 + after.length;
      if (after.length > 0 && /^who$/i.test(tokens[relative]?.value ?? '') && tokens[relative + 1]?.pos === 'VERB') after.push(tokens[relative + 1]!);
    }
    // …or what a copula after it says: "Williams, who became an actress,", "Teixeira is a switch-hitter".
    const predicate: Token[] = [];
    const copula = tokens[last]?.value === ',' && /^who$/i.test(tokens[last + 1]?.value ?? '') ? last + 2 : last;
    if (last >= 0 && COPULAS.test(tokens[copula]?.value ?? '') && /^(?:a|an|the)$/i.test(tokens[copula + 1]?.value ?? '')) {
      for (let k = copula + 2; k < tokens.length && k - copula <= MAX_APPOSITION && (DESCRIBING.has(tokens[k]!.pos) || tokens[k]!.value === '-'); k++) predicate.push(tokens[k]!);
    }
    for (const w of [...wordsOf(before), ...wordsOf(after), ...wordsOf(predicate)]) found.add(w);
    const age = ageIn(before.map((t) => t.value)) ?? ageIn(after.map((t) => t.value)) ?? ageIn(predicate.map((t) => t.value)) ?? (after.length === 1 && after[0]!.pos === 'NUM' && /^\d{1,3}$/.test(after[0]!.value) ? after[0]!.value : undefined);
    if (age !== undefined) found.add(`age:${age}`);
    // ("the teenager" for "a 19-year-old".)
    if (age !== undefined && Number(age) >= 13 && Number(age) <= 19) found.add('teenager').add('teen');
    const nationality = countryOf(tokens, first, last, after);
    if (nationality !== undefined) for (const w of nationalityWords(nationality)) found.add(w);
    return found;
  });
}

/** The country a run of one or two words at `k` names, as the word for its people ("Belgium" → "belgian"). */
function countryAt(tokens: readonly Token[], k: number, backwards = false): string | undefined {
  for (const n of [2, 1]) {
    const run = backwards ? tokens.slice(Math.max(0, k - n + 1), k + 1) : tokens.slice(k, k + n);
    if (run.length !== n || !run.every((t) => /^\p{Lu}/u.test(t.value))) continue;
    // (Only the whole name: "of Canada Post" is a company.)
    const next = backwards ? undefined : tokens[k + n];
    if (next !== undefined && /^\p{Lu}/u.test(next.value)) continue;
    const demonym = demonymOf(run.map((t) => t.value).join(' '));
    if (demonym !== undefined) return demonym;
  }
  return undefined;
}

/**
 * What country the text says a person is from, as the word for its people: "Ukraine's Dmytro Savchuk", "Marta
 * Kostelic of Croatia", "Anouk Verhaegen, a 19-year-old from Belgium,", "Kim Clijsters (Belgium)" — so that "the
 * Ukrainian said" can stand for them.
 */
function countryOf(tokens: readonly Token[], first: number, last: number, after: readonly Token[]): string | undefined {
  if (first >= 2 && isPossessiveMark(tokens[first - 1]!)) {
    const before = countryAt(tokens, first - 2, true);
    if (before !== undefined) return before;
  }
  if (last < 0) return undefined;
  // (Past "the": "of the Netherlands".)
  const at = (k: number) => countryAt(tokens, /^the$/i.test(tokens[k]?.value ?? '') ? k + 1 : k);
  if (/^of$/i.test(tokens[last]!.value) || (tokens[last]!.value === '(' && tokens[last + 2]?.value === ')')) {
    const named = at(last + 1);
    if (named !== undefined) return named;
  }
  const from = after.findIndex((t) => /^from$/i.test(t.value));
  return from < 0 ? undefined : at(tokens.indexOf(after[from]!) + 1);
}

// Words that make another holder of a description: the former champion is not the champion, the vice president
// not the president.
export const QUALIFYING = new Set(['former', 'ex', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim']);

/**
 * What a description asks the article to have said of its referent: the age, the head, and every other word, so that
 * "the veteran right-hander" is not the one called a "rookie right-hander" ("the 28-year-old first baseman" →
 * age:28, "baseman", "first").
 */
export function epithetKeys(head: string, words: string | undefined): string[] {
  const written = (words ?? '').split(/\s+/).filter((w) => w !== '');
  const age = ageIn(written);
  const keys = age === undefined ? [] : [`age:${age}`];
  if (!(age !== undefined && head === 'old')) keys.push(head);
  const agePart = (w: string) => age !== undefined && (w === age || /^(?:years?|old)$/i.test(w));
  for (const w of written) if (/\p{L}/u.test(w) && !agePart(w) && !keys.includes(w.toLowerCase())) keys.push(w.toLowerCase());
  return keys;
}

/** Whether "a teammate", "an actress" or "another 28-year-old" brings in someone new in that sentence. */
export function introducesAnother(sentence: Sentence, keys: readonly string[]): boolean {
  const head = keys.find((k) => !k.startsWith('age:'));
  const age = keys.find((k) => k.startsWith('age:'))?.slice(4);
  const tokens = sentence.tokens;
  return tokens.some((t, i) => {
    if (!/^(?:a|an|another)$/i.test(t.value)) return false;
    const run: Token[] = [];
    for (let k = i + 1; k < tokens.length && k - i <= 7 && (DESCRIBING.has(tokens[k]!.pos) || tokens[k]!.value === '-'); k++) run.push(tokens[k]!);
    if (run.length === 0) return false;
    const words = wordsOf(run);
    return (head === undefined || words.includes(head)) && (age === undefined || ageIn(run.map((x) => x.value)) === age);
  });
}


/**
 * "the Belgian said", "the 40-year-old American": a nationality after "the" (and any words describing it) stands
 * for a person, not for a name; the words of the description, or undefined when the mention is no such word.
 */
export function nationalityDescription(tokens: readonly Token[], mention: LocalMention): string | undefined {
  if (/\s/.test(mention.name) || !isNationality(mention.name)) return undefined;
  const at = tokens.findIndex((t) => t.start >= mention.start);
  let j = at - 1;
  while (j >= 0 && at - j <= 7 && (DESCRIBING.has(tokens[j]!.pos) || tokens[j]!.value === '-') && !/^the$/i.test(tokens[j]!.value)) j--;
  if (j < 0 || !/^the$/i.test(tokens[j]!.value)) return undefined;
  return tokens.slice(j + 1, at + 1).map((t) => t.value).join(' ');
}
