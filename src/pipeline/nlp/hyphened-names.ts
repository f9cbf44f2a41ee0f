import type { Sentence, Token } from './tokens.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from './name-words.ts';

// Nouns of what two parties do or share: "the Texas Commerce-Chemical merger", "the Klitschko-Haye fight" join two.
const BETWEEN_TWO = new Set([
  'merger', 'deal', 'talks', 'fight', 'bout', 'match', 'game', 'series', 'race', 'debate', 'summit', 'meeting', 'ticket',
  'pact', 'accord', 'agreement', 'alliance', 'partnership', 'venture', 'takeover', 'bid', 'border', 'relations', 'ties',
  'war', 'treaty', 'dispute', 'rivalry', 'feud', 'split', 'link', 'combination', 'battle', 'contest', 'clash', 'showdown',
  'matchup', 'tie', 'axis', 'route', 'flight', 'pipeline', 'deals', 'mergers', 'fights', 'talk', 'meetings', 'wars',
]);

const attached = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

/**
 * The double-barrelled names an article writes with a hyphen ("Robin Leigh-Pemberton", "Alexandria Ocasio-Cortez",
 * "Karine Jean-Pierre", "Jean-Claude Juncker"), as "X-Y". The tokenizer splits them at the hyphen, which made "Robin
 * Leigh" and "Cortez" two people. Two name words a hyphen joins are one name when they end a name after another name
 * word (a surname after a given name or a title) or open one before another name word (a given name before the
 * surname) — and neither half is written alone anywhere in the article: "the Klitschko-Haye fight" beside "David
 * Haye", "the Trump-Kim summit" beside "Trump said" join two people. Once confirmed, the name joins wherever it is
 * written, alone too ("Leigh-Pemberton said").
 */
export function hyphenedNames(sentences: readonly Sentence[], isName: (token: Token, index: number) => boolean): Set<string> {
  const alone = new Set<string>();
  const candidates = new Set<string>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const hyphenBefore = t[i - 1]?.value === '-' && attached(t[i - 1], t[i]);
      const hyphenAfter = t[i + 1]?.value === '-' && attached(t[i], t[i + 1]);
      if (!hyphenBefore && !hyphenAfter && /^\p{Lu}/u.test(t[i]!.value)) alone.add(t[i]!.value);
      if (t[i]!.value !== '-' || !attached(t[i - 1], t[i]) || !attached(t[i], t[i + 1])) continue;
      if (i < 1 || !isName(t[i - 1]!, i - 1) || !isName(t[i + 1]!, i + 1)) continue;
      // (Another hyphen on either side is a longer chain, "Baden-Baden-Rastatt": left as it was.)
      if ((t[i - 2]?.value === '-' && attached(t[i - 2], t[i - 1])) || (t[i + 2]?.value === '-' && attached(t[i + 1], t[i + 2]))) continue;
      // (A title is no name word: "President Jean-Claude Juncker" opens the name after it.)
      const title = (k: number) => ROLE_HEADS.has(t[k]!.value.toLowerCase().replace(/\.$/, '')) || ROLE_MODIFIERS.has(t[k]!.value.toLowerCase().replace(/\.$/, ''));
      const nameBefore = i >= 2 && isName(t[i - 2]!, i - 2) && !(title(i - 2) && t[i + 2] !== undefined && isName(t[i + 2]!, i + 2));
      const nameAfter = t[i + 2] !== undefined && isName(t[i + 2]!, i + 2);
      if (BETWEEN_TWO.has(t[i + 2]?.value.toLowerCase() ?? '')) continue;
      if (nameBefore !== nameAfter) candidates.add(`${t[i - 1]!.value}-${t[i + 1]!.value}`);
    }
  }
  return new Set([...candidates].filter((name) => name.split('-').every((part) => !alone.has(part))));
}
