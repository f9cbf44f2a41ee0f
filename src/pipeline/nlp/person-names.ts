/**
 * The parts of a person's name, for telling when two written forms can be one person: "Donald J. Trump",
 * "Donald John Trump" and "Donald Trump" can; "George W. Bush" and "George H. W. Bush" cannot, nor can
 * "Donald Trump" and "Donald Trump Jr.".
 */
export interface NameParts {
  first: string;
  /** Middle names and initials, lower-case, without periods ("j", "john"). */
  middle: string[];
  last: string;
  /** "jr", "sr", "ii", "iii", … when written. */
  suffix?: string;
}

/** A generation's mark after a name ("Jr.", "III"). */
export const SUFFIX = /^(?:jr|sr|ii|iii|iv|v)\.?$/i;
// Short forms of given names that stand for one formal name only ("Mo Cheeks" is Maurice Cheeks, "Joe Biden" Joseph
// Biden); ambiguous ones ("Chris", "Alex", "Sam", "Pat") are left as written.
const FORMAL: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert', mike: 'michael', jim: 'james',
  jimmy: 'james', joe: 'joseph', tom: 'thomas', tommy: 'thomas', chuck: 'charles', charlie: 'charles', dick: 'richard', rick: 'richard',
  bernie: 'bernard', mo: 'maurice', ted: 'edward', ed: 'edward', dave: 'david', steve: 'steven', tony: 'anthony', andy: 'andrew',
  nick: 'nicholas', dan: 'daniel', danny: 'daniel', ben: 'benjamin', matt: 'matthew', greg: 'gregory', jeff: 'jeffrey', ken: 'kenneth',
  larry: 'lawrence', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', katie: 'katherine', peggy: 'margaret', meg: 'margaret',
  jenny: 'jennifer', jen: 'jennifer', becky: 'rebecca', sue: 'susan', susie: 'susan', debbie: 'deborah', patty: 'patricia',
};
const norm = (w: string) => w.replace(/[.,]/g, '').toLowerCase();

/** Splits a name of two or more words; undefined for one word. */
export function nameParts(name: string): NameParts | undefined {
  const words = name.split(/\s+/).map((w) => w.replace(/,$/, '')).filter((w) => w !== '');
  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1]!) ? norm(words.pop()!) : undefined;
  if (words.length < 2) return undefined;
  const first = norm(words[0]!);
  return { first: FORMAL[first] ?? first, middle: words.slice(1, -1).map(norm), last: norm(words[words.length - 1]!), ...(suffix ? { suffix } : {}) };
}

/** The written surname: the last word before a generational suffix ("Comeaux" in "Arcade Joseph Comeaux, Jr"). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).map((w) => w.replace(/,$/, ''));
  if (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1]!;
}

/** "j" fits "john", "john" fits "john"; "w" does not fit "h". */
const middleFits = (a: string, b: string) => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Whether two names can be the same person: same first and last name and suffix, and middles that do not
 * contradict (one has none, or they match word by word, an initial matching a full middle name).
 */
export function namesCompatible(a: NameParts, b: NameParts): boolean {
  if (a.first !== b.first || a.last !== b.last || a.suffix !== b.suffix) return false;
  if (a.middle.length === 0 || b.middle.length === 0) return true;
  return a.middle.length === b.middle.length && a.middle.every((m, i) => middleFits(m, b.middle[i]!));
}

/** The key two compatible forms share: first and last name and suffix ("donald trump"). */
export function shortNameKey(p: NameParts): string {
  return [p.first, p.last, p.suffix].filter(Boolean).join(' ');
}

/**
 * "LiLo" → ["Li", "Lo"], "A-Rod" → ["A", "Rod"], "J.Lo" → ["J", "Lo"]: a nickname blending the start of a given name
 * and of a family name. Joined by a hyphen or a period, or written together with a one-letter start ("JLo", "ARod")
 * or two and two letters ("LiLo"). Not a brand or a name written with a capital inside ("GoPro", "WeWork", "DeVos",
 * "McCain", "LeBron"), nor one with an apostrophe ("D'Angelo").
 */
export function blendParts(word: string): [string, string] | undefined {
  const joined = /^(\p{Lu}\p{Ll}{0,2})[-.](\p{Lu}\p{Ll}+)$/u.exec(word);
  if (joined) return [joined[1]!, joined[2]!];
  const together = /^(\p{Lu}|\p{Lu}\p{Ll})(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!together || (together[1]!.length === 2 && together[2]!.length !== 2)) return undefined;
  return [together[1]!, together[2]!];
}

/** Whether a full name ("Lindsay Lohan") is what a blend's two starts ("Li", "Lo") abbreviate. */
export function blends(name: string, [given, family]: readonly [string, string]): boolean {
  const last = surnameOf(name);
  return /\s/.test(name) && name.startsWith(given) && last.startsWith(family) && last !== family;
}

