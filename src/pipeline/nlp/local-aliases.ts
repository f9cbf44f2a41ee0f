import { isAdjectiveWord, isDemonym, isFirstName, isKnownPlace, isLastName } from './lexicon.ts';
import { afterPossessedNoun, FIRM_KINDS, LEGAL_SUFFIX, ORG_WORDS, PERSONS_BODY } from './name-words.ts';
import type { Mention } from './mentions.ts';
import { titlesConflict } from './titles.ts';
import { blendParts, blends, nameParts, namesCompatible, SUFFIX, surnameOf } from './person-names.ts';

/** A mention with the name it stands for inside its own article. */
export interface LocalMention extends Mention {
  /** The fullest form of the name used in this article ("Altman" → "Sam Altman", "DoW" → "Department of War"). */
  name: string;
  /** True when `name` was taken from another mention in the article. */
  resolvedLocally: boolean;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on', 'in']);
// Bodies named after whose they are: "the Obama administration", "the Lake campaign".
const OWNED_BODIES = new Set(['administration', 'campaign', 'government', 'office']);

/** "DoW" for "Department of War", "NSA" for "National Security Agency": initials of the words that count. */
function initialsMatch(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = longForm.split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  const initials = words.map((w) => w[0]?.toLowerCase() ?? '').join('');
  const withConnectors = longForm.split(/\s+/).map((w) => w[0]?.toLowerCase() ?? '').join('');
  return letters.length >= 2 && (letters === initials || letters === withConnectors);
}

/**
 * Resolves short forms to the full name used in the same article: a surname or first name to the one full
 * name that has it, an acronym to the long form it was defined with ("Department of War (DoW)").
 * Ambiguous short forms (two people named Smith in one article) stay as written.
 */
export function resolveLocalAliases(mentions: readonly Mention[], blocks: readonly string[]): LocalMention[] {
  const bySurname = new Map<string, Set<string>>();
  // The titles each full name is written with ("First Lady" for "Jacqueline Kennedy").
  const rolesOf = new Map<string, (string | undefined)[]>();
  // (With "former" when the text has it before the title the finder kept: "— Former first lady Hillary Clinton".)
  const roleAsWritten = (m: Mention) => {
    const text = blocks[m.block] ?? '';
    const at = text.lastIndexOf(m.role!, m.start);
    return at >= 0 && /\bformer\s+$/i.test(text.slice(Math.max(0, at - 8), at)) ? `former ${m.role}` : m.role;
  };
  for (const m of mentions) if (m.role !== undefined) rolesOf.set(m.surface, [...(rolesOf.get(m.surface) ?? []), roleAsWritten(m)]);
  const byFirstName = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, name: string) => map.set(key, (map.get(key) ?? new Set()).add(name));
  for (const m of mentions) {
    const words = m.surface.split(/\s+/);
    if (m.type !== 'person' || words.length < 2) continue;
    add(bySurname, surnameOf(m.surface), m.surface);
    add(byFirstName, words[0]!, m.surface);
  }
  // "Koo" after "Koo Bon-yong" (a family name first, a given name of two syllables after it), "Rodriguez" after "Mario
  // Rodriguez Montero" (a father's and a mother's family name): a family name that is not the name's last word.
  const byInnerFamilyName = new Map<string, Set<string>>();
  // (…nor a first word two names of people share, whatever the lexicon says of their last words: "Wang Wentao" and
  // "Wang Yi", "Zhang Dejiang" and "Zhang Gaoli", a name the finder could not type.)
  const namesByFirstWord = new Map<string, Set<string>>();
  for (const x of mentions) if ((x.type === 'person' || x.type === 'other') && /\s/.test(x.surface)) add(namesByFirstWord, x.surface.split(/\s+/)[0]!, x.surface);
  const sharedFirstWord = (word: string) => (namesByFirstWord.get(word)?.size ?? 0) > 1;
  // Words written with a title of their own somewhere ("President Garcia").
  const titled = new Set(mentions.filter((x) => x.role !== undefined).map((x) => x.surface));
  for (const m of mentions) {
    const words = m.surface.split(/\s+/);
    if (m.type !== 'person' && m.type !== 'other') continue;
    // (…written with a capital too, short syllables both: "Lee Jae-Myung", "Lai Ching-Te", "Kim Jong-Un".)
    if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$|^\p{Lu}\p{Ll}{1,4}-\p{Lu}\p{Ll}{0,4}$/u.test(words[1]!)) add(byInnerFamilyName, words[0]!, m.surface);
    // ("Zhao" after "Zhao Ziyang": a person's name of two words whose first is no given name and whose last is no family
    // name the lexicon knows is read family name first.)
    // (Only a name with a title of its own, "Premier Zhao Ziyang": a company's name the finder took for a person's,
    // "Hyundai Heavy said", is no family name first — "Hyundai said" is another company.)
    else if (m.type === 'person' && m.role !== undefined && words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && !isFirstName(words[0]!) && !isLastName(words[1]!) && !sharedFirstWord(words[0]!)) add(byInnerFamilyName, words[0]!, m.surface);
    // (Only a word the lexicon knows as a family name, and no given name: "Jay" in "Mark Jay Heller" is a middle name.)
    if (m.type === 'person' && words.length === 3 && isFirstName(words[0]!) && isLastName(words[1]!) && !isFirstName(words[1]!)) add(byInnerFamilyName, words[1]!, m.surface);
  }
  // "Elon Musk", a name of two words the finder could not type, then "Musk" alone: the surname of that one name,
  // when no person of the article has it. (Double-barrelled too: "Shai Gilgeous-Alexander … Gilgeous-Alexander said".)
  const byLastWord = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.surface.split(/\s+/);
    if (m.type === 'other' && words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) add(byLastWord, words[1]!, m.surface);
  }
  // Acronyms defined in the text: a name directly followed by "(ACRONYM)".
  const acronyms = new Map<string, string>();
  for (const m of mentions) {
    const after = /^\s*\(([^()\s]{2,10})\)/.exec((blocks[m.block] ?? '').slice(m.end));
    if (after?.[1] && initialsMatch(after[1], m.surface)) acronyms.set(after[1], m.surface);
  }
  // "Lumen" after "Lumen Labs", "Halvorsen" after "Halvorsen Semiconductor ASA": an organization's first word, when it
  // starts one company's name (`oneOrganization`: of those named before it, when any) and names no place or person on
  // its own.
  const byFirstWord = new Map<string, Set<string>>();
  // The organization mention of each such name (the first one).
  const organizationNamed = new Map<string, Mention>();
  // Where each name is first written.
  const firstWritten = new Map<string, Mention>();
  const writtenBefore = (a: Mention, b: Mention) => a.sentence < b.sentence || (a.sentence === b.sentence && a.start < b.start);
  for (const m of mentions) {
    const words = m.surface.split(/\s+/);
    // (…or a kind of body "of" something: "the Academy" after "Academy of Screen Arts and Sciences".)
    const ofForm = words.length >= 3 && words[1] === 'of' && ORG_WORDS.has(words[0]!.toLowerCase());
    // (A first word with capitals inside counts too: "TransAmerican" after "TransAmerican Natural Gas Corp".)
    if (m.type !== 'person' && words.length >= 2 && /^\p{Lu}\p{L}*\p{Ll}$/u.test(words[0]!) && (ofForm || words.slice(1).every((w) => /^\p{Lu}/u.test(w)))) add(byFirstWord, words[0]!, m.surface);
    if (m.type === 'organization' && !organizationNamed.has(m.surface)) organizationNamed.set(m.surface, m);
    if (!firstWritten.has(m.surface)) firstWritten.set(m.surface, m);
  }
  // "Shrivat Chemicals" after "Shrivat Chemicals Ltd": a company's name without its legal suffix.
  const bySuffixless = new Map<string, Set<string>>();
  for (const m of mentions) {
    const bare = m.surface.replace(LEGAL_SUFFIX, '');
    if (m.type !== 'person' && m.type !== 'place' && bare !== m.surface && /\s/.test(bare)) add(bySuffixless, bare, m.surface);
  }
  // Names of three words or more by their first two ("Mercy Regional" → "Mercy Regional Medical Center"): the
  // organizations, and every name, that start so.
  const byFirstTwoWords = new Map<string, Set<string>>();
  const startingWith = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.surface.split(/\s+/);
    if (words.length < 3) continue;
    const two = words.slice(0, 2).join(' ');
    add(startingWith, two, m.surface);
    if (m.type === 'organization') add(byFirstTwoWords, two, m.surface);
  }
  const fullNames = [...new Set(mentions.filter((m) => m.type === 'person' && /\s/.test(m.surface)).map((m) => m.surface))];
  // Whether a given name alone is someone of its own: brought in by a tie or with a description ("Her son Kylian, 8,
  // has a poster of Kylian Mbappé", "Her grandson, Bukayo,", "Huw, the farmhand who stayed on,").
  const introducedAlone = new Set(
    mentions
      .filter((x) => !/\s/.test(x.surface) && (afterPossessedNoun((blocks[x.block] ?? '').slice(0, x.start)) || /^,\s+(?:the|a|an)\s/i.test((blocks[x.block] ?? '').slice(x.end, x.end + 8))))
      .map((x) => x.surface),
  );
  return mentions.flatMap((m): LocalMention[] => {
    const words = m.surface.split(/\s+/);
    // (Not a person's name: "Walt Disney said" beside "The Walt Disney Co.")
    const personName = m.type === 'person' && isFirstName(words[0]!);
    const withSuffix = m.type !== 'place' && !personName && bySuffixless.get(m.surface)?.size === 1 ? [...bySuffixless.get(m.surface)!][0]! : undefined;
    if (withSuffix) return [{ ...m, name: withSuffix, resolvedLocally: true, type: 'organization' as const }];
    if (words.length === 1) {
      // "the Hunters" beside "Duncan Hunter": a family, not a person or anything else to link.
      const singular = /^(\p{Lu}\p{L}+?)(?:es|s)$/u.exec(m.surface);
      if (singular && m.type !== 'organization' && [singular[1]!, m.surface.slice(0, -1)].some((s) => bySurname.has(s))) return [];
      const longForm = acronyms.get(m.surface);
      if (longForm) return [{ ...m, name: longForm, resolvedLocally: true, type: mentions.find((x) => x.surface === longForm)?.type ?? m.type }];
      const surname = fullest(bySurname.get(m.surface));
      // (Not when a company of the article starts with the word too: "Ford said" beside "Gerald Ford" and "Ford Motor
      // Co" may be either. Only a company whose rest says what kind of body it is: "Wells said" beside "Tom Wells" and
      // "Wells Fargo" is the senator.)
      const firm = [...(byFirstWord.get(m.surface) ?? [])].some((name) => organizationNamed.has(name) && !PERSONS_BODY.test(name) && name.split(/\s+/).slice(1).some((w) => ORG_WORDS.has(w.toLowerCase())));
      if (surname && firm) return [{ ...m, name: m.surface, resolvedLocally: false }];
      // (Nor when its title says it is someone else: "President Kennedy" beside "First Lady Jacqueline Kennedy".)
      if (surname && titlesConflict(m.role, surname, rolesOf.get(surname) ?? [])) return [{ ...m, name: m.surface, resolvedLocally: false }];
      if (surname) return [{ ...m, name: surname, resolvedLocally: true, type: 'person' as const }];
      const family = byInnerFamilyName.get(m.surface);
      // (Not a family name that has a title of its own somewhere: "President Garcia", "Industry Minister Koo".)
      if (family?.size === 1 && !titled.has(m.surface) && m.type !== 'organization' && m.type !== 'place' && !isFirstName(m.surface)) return [{ ...m, name: [...family][0]!, resolvedLocally: true, type: 'person' as const }];
      // (Its type stays what the finder could tell: "Blazers" after "Trail Blazers" is no person.)
      const lastWord = m.type !== 'organization' && m.type !== 'place' && byLastWord.get(m.surface)?.size === 1 ? [...byLastWord.get(m.surface)!][0] : undefined;
      if (lastWord) return [{ ...m, name: lastWord, resolvedLocally: true }];
      // "Adsteam" after "Adelaide Steamship Co Ltd": a company's short name blending the starts of its first two words.
      const bodyBlend = [...organizationNamed.keys()].filter((name) => blendsBodyName(m.surface, name));
      if (bodyBlend.length === 1) return [{ ...m, name: bodyBlend[0]!, resolvedLocally: true, type: 'organization' as const }];
      // (Of names written before it, when there are any: "Brightwater said" right after "Brightwater Energy Plc" is the
      // utility, whatever "Brightwater Renewables" is named later.)
      const starting = [...(byFirstWord.get(m.surface) ?? [])];
      const earlier = starting.filter((name) => writtenBefore(firstWritten.get(name)!, m));
      const organization = oneOrganization(new Set(earlier.length > 0 ? earlier : starting), organizationNamed);
      // Only a company's or a body's own name: the rest of it says what kind of body ("Labs", "Bank", "Partners"), not
      // whose ("Obama Administration" is no short "Obama") nor of where ("Greek Parliament", "European Union").
      const rest = organization?.surface.split(/\s+/).slice(1).map((w) => w.toLowerCase()) ?? [];
      const ofBody = rest[0] === 'of' && ORG_WORDS.has(m.surface.toLowerCase());
      const bodyName = (ofBody || rest.some((w) => ORG_WORDS.has(w) && !OWNED_BODIES.has(w))) && !isDemonym(m.surface);
      // (Not a family name beside a firm named only by a kind of firm, "Johnson" and "Johnson Chemicals"; nor a name
      // with a title, or after "his son".)
      const personCue = (isLastName(m.surface) && rest.every((w) => FIRM_KINDS.has(w))) || m.role !== undefined || /\b(?:his|her|their)\s+\p{Ll}+\s+$/iu.test((blocks[m.block] ?? '').slice(Math.max(0, m.start - 20), m.start));
      if (organization && bodyName && !personCue && m.type !== 'place' && !isKnownPlace(m.surface) && !isFirstName(m.surface)) {
        return [{ ...m, name: organization.surface, resolvedLocally: true, type: 'organization' as const }];
      }
      const first = fullest(byFirstName.get(m.surface));
      if (first && isFirstName(m.surface)) return [{ ...m, name: first, resolvedLocally: true, type: 'person' as const }];
      // "Huw says" after "Her father, Huw Abernethy,": a given name the lexicon does not know, that the finder still
      // read as a person's here, opening one person's name (of a type the finder could not tell) and no body's.
      // (Not a word with a title of its own, "Industry Minister Koo" beside "Koo Bon-yong", nor the first word of a name
      // whose last is no family name's shape or an adjective, as a firm's may be: "Hyundai said" beside "Hyundai Heavy",
      // "Dunhollow said" beside "Dunhollow RFC".)
      const ofOne = namesByFirstWord.get(m.surface);
      const fullName = ofOne?.size === 1 ? [...ofOne][0]! : undefined;
      const lastOfFull = fullName?.split(/\s+/).at(-1) ?? '';
      const personLike = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(lastOfFull) && !isAdjectiveWord(lastOfFull) && !titled.has(m.surface) && m.role === undefined;
      if (fullName !== undefined && m.type === 'person' && personLike && !introducedAlone.has(m.surface) && ![...(byFirstWord.get(m.surface) ?? [])].some((name) => organizationNamed.has(name)) && !bySurname.has(m.surface)) return [{ ...m, name: fullName, resolvedLocally: true, type: 'person' as const }];
      const blended = blendOf(m.surface, fullNames);
      if (blended !== undefined && m.type !== 'place') return [{ ...m, name: blended, resolvedLocally: true, type: 'person' as const }];
    }
    // "Mercy Regional" after "Mercy Regional Medical Center": the first two words of one body's name whose rest says
    // what kind of body it is.
    if (words.length === 2 && m.type !== 'place') {
      const longer = [...(byFirstTwoWords.get(m.surface) ?? [])];
      const rest = longer.length === 1 ? longer[0]!.split(/\s+/).slice(2).map((w) => w.toLowerCase()) : [];
      if (rest.some((w) => ORG_WORDS.has(w) && !OWNED_BODIES.has(w)) && (startingWith.get(m.surface)?.size ?? 0) === 1) {
        return [{ ...m, name: longer[0]!, resolvedLocally: true, type: 'organization' as const }];
      }
    }
    // "Darla Jean says" after "Darla Jean Pruitt": a double given name the finder read as a person's, opening one
    // person's name of three words.
    if (words.length === 2 && m.type === 'person') {
      const longer = [...(startingWith.get(m.surface) ?? [])];
      // (Not a name whose third word is a generation's: "His father, Ken Griffey," beside "Ken Griffey Jr.")
      const person = longer.length === 1 && longer[0]!.split(/\s+/).length === 3 && !SUFFIX.test(longer[0]!.split(/\s+/)[2]!) && mentions.some((x) => x.surface === longer[0] && (x.type === 'person' || x.type === 'other'));
      if (person && !byFirstTwoWords.has(m.surface)) return [{ ...m, name: longer[0]!, resolvedLocally: true }];
    }
    // "Mark Heller" beside "Mark Jay Heller": the fullest form of the one person the article names.
    const full = m.type === 'person' && words.length >= 2 ? fullest(bySurname.get(surnameOf(m.surface))) : undefined;
    if (full && full !== m.surface && namesCompatible(nameParts(full)!, nameParts(m.surface)!)) return [{ ...m, name: full, resolvedLocally: true }];
    return [{ ...m, name: m.surface, resolvedLocally: false }];
  });
}

/** The one person of the article a blended nickname ("LiLo", "A-Rod") stands for (see `blendParts`). */
function blendOf(word: string, fullNames: readonly string[]): string | undefined {
  const parts = blendParts(word);
  return parts === undefined ? undefined : fullest(new Set(fullNames.filter((name) => blends(name, parts))));
}

/**
 * The one organization a set of names starting with the same word stands for: the name itself when there is one, or
 * the one written with its legal form when the others are it without ("Greyhound Lines Inc" and "Greyhound Lines").
 */
function oneOrganization(names: Set<string> | undefined, organizationNamed: ReadonlyMap<string, Mention>): Mention | undefined {
  if (!names || names.size === 0) return undefined;
  const list = [...names];
  const bare = new Set(list.map((n) => n.replace(LEGAL_SUFFIX, '')));
  if (list.length > 1 && bare.size > 1) return undefined;
  const withForm = list.filter((n) => n.replace(LEGAL_SUFFIX, '') !== n);
  if (list.length > 1 && withForm.length !== 1) return undefined;
  return organizationNamed.get(list.length === 1 ? list[0]! : withForm[0]!);
}

/**
 * The one person a set of full names stands for, written in its fullest form: "Mark Jay Heller" for
 * {"Mark Heller", "Mark Jay Heller"}; undefined when the names are of different people ("Lindsay Lohan", "Dina Lohan").
 */
function fullest(names: Set<string> | undefined): string | undefined {
  if (!names || names.size === 0) return undefined;
  const list = [...names];
  const parts = list.map((n) => nameParts(n));
  if (parts.some((p) => !p) || !parts.every((p) => parts.every((q) => namesCompatible(p!, q!)))) return list.length === 1 ? list[0] : undefined;
  return list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
}

/**
 * Whether one word blends the starts of a body's first two words: "Adsteam" (Adelaide Steamship), "Amex" is too short
 * to tell. Two letters or more of the first word, three or more of the second.
 */
function blendsBodyName(word: string, name: string): boolean {
  const [first, second] = name.toLowerCase().split(/\s+/);
  const w = word.toLowerCase();
  if (second === undefined || w.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(word) || w === first) return false;
  for (let i = 2; i <= w.length - 3; i++) if (first!.startsWith(w.slice(0, i)) && second.startsWith(w.slice(i))) return true;
  return false;
}

/**
 * Whether a mention may name a person: one typed so or untyped, or a name the finder took for a place by its last
 * word ("Simone Park") when a given name opens it and it has two words.
 */
export function mayBePerson(m: Pick<LocalMention, 'type' | 'name'>): boolean {
  const words = m.name.split(/\s+/);
  return m.type === 'person' || m.type === 'other' || (m.type === 'place' && words.length === 2 && isFirstName(words[0]!));
}
