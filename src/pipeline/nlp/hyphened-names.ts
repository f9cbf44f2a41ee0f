import type { Sentence, Token } from './tokens.ts';
import { isRoleWord } from './name-words.ts';
import { isFirstName, isKnownOrganization, isNationality } from './lexicon.ts';

// Nouns of what two parties do or share, by lemma: "the Texas Commerce-Chemical merger", "the Klitschko-Haye fight".
const BETWEEN_TWO = new Set([
  'merger', 'deal', 'talk', 'fight', 'bout', 'match', 'game', 'series', 'race', 'debate', 'summit', 'meeting', 'ticket',
  'pact', 'accord', 'agreement', 'alliance', 'partnership', 'venture', 'takeover', 'bid', 'border', 'relation', 'tie',
  'war', 'treaty', 'dispute', 'rivalry', 'feud', 'split', 'link', 'combination', 'battle', 'contest', 'clash', 'showdown',
  'matchup', 'axis', 'route', 'flight', 'pipeline', 'campaign', 'administration', 'rematch', 'final', 'trade', 'call',
  'bill', 'act', 'law', 'amendment', 'plan', 'proposal', 'measure', 'resolution',
]);

const attached = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
const isTitle = (t: Token | undefined) => t !== undefined && isRoleWord(t.value);

/**
 * The double-barrelled names an article writes with a hyphen ("Robin Leigh-Pemberton", "Alexandria Ocasio-Cortez",
 * "Karine Jean-Pierre", "Jean-Claude Juncker"), as "X-Y". The tokenizer splits them at the hyphen, which made "Robin
 * Leigh" and "Cortez" two people. Two name words a hyphen joins are one name when they end a name after another name
 * word (a surname after a given name or a title) or open one before another name word (a given name before the
 * surname). Not when either half is a name of its own somewhere in the article ("the Klitschko-Haye fight" beside
 * "Haye said", "the Trump-Kim summit" beside "Trump said": two people; a half inside another's name, "Pierre
 * Poilievre" beside "Karine Jean-Pierre", is no such sign), nor before a noun of two parties ("the Texas
 * Commerce-Chemical merger", "the Paul-Tyson Netflix bout"), nor when a half is a title or a people
 * ("Secretary-General António Guterres", "Cuban-American Marco Rubio"). Once confirmed, the name joins wherever it
 * is written, alone too ("Leigh-Pemberton said"). A firm compromise's lexicon lists ("Coca-Cola") is always one.
 */
export function hyphenedNames(sentences: readonly Sentence[], isName: (token: Token, index: number) => boolean): Set<string> {
  const alone = new Set<string>();
  const candidates = new Set<string>();
  const known = new Set<string>();
  // The given name before each such pair, and every given name written before a name word ("Lillian Marchetti").
  const afterGivenName = new Map<string, string>();
  const givenNamesOf = new Map<string, Set<string>>();
  for (const s of sentences) {
    const t = s.tokens;
    const name = (k: number) => t[k] !== undefined && isName(t[k]!, k);
    for (let i = 0; i < t.length; i++) {
      const hyphenBefore = t[i - 1]?.value === '-' && attached(t[i - 1], t[i]);
      const hyphenAfter = t[i + 1]?.value === '-' && attached(t[i], t[i + 1]);
      // A name of one word: no other name word beside it but a title ("Trump said", "President Trump said").
      if (!hyphenBefore && !hyphenAfter && /^\p{Lu}/u.test(t[i]!.value) && !(name(i - 1) && !isTitle(t[i - 1])) && !name(i + 1)) alone.add(t[i]!.value);
      if (name(i) && name(i - 1) && isFirstName(t[i - 1]!.value) && !hyphenAfter) givenNamesOf.set(t[i]!.value, (givenNamesOf.get(t[i]!.value) ?? new Set()).add(t[i - 1]!.value));
      if (t[i]!.value !== '-' || !attached(t[i - 1], t[i]) || !attached(t[i], t[i + 1])) continue;
      if (i < 1 || !name(i - 1) || !name(i + 1)) continue;
      const [x, y] = [t[i - 1]!, t[i + 1]!];
      // ("Coca-Cola", "Mercedes-Benz": a firm the lexicon lists is one name wherever it stands.)
      if (isKnownOrganization(`${x.value} ${y.value}`)) {
        known.add(`${x.value}-${y.value}`);
        continue;
      }
      if (isTitle(x) || isTitle(y) || isNationality(x.value) || isNationality(y.value)) continue;
      // (Another hyphen on either side is a longer chain, "Baden-Baden-Rastatt": left as it was.)
      if ((t[i - 2]?.value === '-' && attached(t[i - 2], x)) || (t[i + 2]?.value === '-' && attached(y, t[i + 2]))) continue;
      // (A title is no name word: "President Jean-Claude Juncker" opens the name after it.)
      const nameAfter = name(i + 2);
      const nameBefore = name(i - 2) && !(isTitle(t[i - 2]) && nameAfter);
      let next = i + 2;
      while (name(next)) next++;
      if (t[next] !== undefined && (BETWEEN_TWO.has(t[next]!.lemma.toLowerCase()) || BETWEEN_TWO.has(t[next]!.value.toLowerCase()))) continue;
      if (nameBefore !== nameAfter) candidates.add(`${x.value}-${y.value}`);
      if (nameBefore && !nameAfter && isFirstName(t[i - 2]!.value)) afterGivenName.set(`${x.value}-${y.value}`, t[i - 2]!.value);
    }
  }
  // (…except a mother's family name before the father's after a given name, "Her son, Paul Marchetti-Reyes," beside
  // "Lillian Marchetti … Marchetti died": the first half alone is another person's family name, someone named in full
  // with another given name, and the second half is no one's. Not "the Tyson Fury-Wilder trilogy" beside "Fury said"
  // and "Deontay Wilder": there the first half alone is the same man's.)
  const anotherBearer = (joined: string, first: string) => [...(givenNamesOf.get(first) ?? [])].some((g) => g !== afterGivenName.get(joined));
  const apart = (joined: string) => {
    const [first, second] = joined.split('-') as [string, string];
    const mothers = afterGivenName.has(joined) && anotherBearer(joined, first) && !givenNamesOf.has(second);
    return alone.has(second) || (alone.has(first) && !mothers);
  };
  return new Set([...known, ...[...candidates].filter((joined) => !apart(joined))]);
}
