import nlp from 'compromise';

// compromise's lexicon tags given names by gender; the same gazetteer `lexicon.ts` reads for first names.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

export type Gender = 'male' | 'female' | 'unknown';

const MALE_TITLES = /^(?:mr\.?|sir|lord|king|prince|father|brother)$/i;
const FEMALE_TITLES = /^(?:mrs\.?|ms\.?|miss|madam|dame|lady|queen|princess|sister)$/i;

const UNISEX = new Set(['lindsey', 'jordan', 'taylor', 'morgan', 'casey', 'jamie', 'alex', 'jesse', 'robin', 'terry', 'pat', 'drew', 'avery', 'riley', 'quinn', 'cameron', 'peyton', 'reese', 'lee', 'kendall', 'hayden', 'blair']);

// Given names compromise gives one gender that are often the other's ("Jackie Jensen", "Sam Altman", "Chris Paul"):
// the lexicon's gender stands unless the article's own pronouns show the other (see `gendersShown`).
const SOFTLY_GENDERED = new Set([
  'jackie', 'billie', 'bobbie', 'frankie', 'sam', 'chris', 'marion', 'kerry', 'jessie', 'charlie', 'kris',
  // Worn by both in English ("Kim", "Dana", "Leslie", "Tracy", "Kelly", "Shannon", "Lynn", "Jody", "Carol", "Ashley",
  // "Lindsay", "Shirley", "Evelyn", "Sidney", "Glenn") or a man's in another language ("Andrea", "Nicola", "Simone",
  // "Daniele", "Michele" in Italian; "Jean", "Dominique", "Claude" in French; "Sasha" in Russian; "Joan" in Catalan).
  'kim', 'dana', 'leslie', 'lesley', 'tracy', 'tracey', 'kelly', 'shannon', 'lynn', 'jody', 'jodie', 'carol', 'ashley', 'lindsay',
  'shirley', 'evelyn', 'sidney', 'sydney', 'glenn', 'courtney', 'whitney', 'aubrey', 'carey', 'cary', 'stacy', 'stacey', 'laurie',
  'meredith', 'vivian', 'beverly', 'hilary', 'hillary', 'gail', 'andrea', 'nicola', 'simone', 'daniele', 'michele', 'jean',
  'dominique', 'claude', 'sasha', 'joan', 'rene', 'noel', 'ariel',
]);

/** Whether the name's given name is one whose gender the article may show otherwise (`SOFTLY_GENDERED`). */
export function softlyGendered(name: string): boolean {
  return SOFTLY_GENDERED.has(name.split(/\s+/)[0]?.toLowerCase() ?? '');
}

/** The gender a title shows ("Mrs.", "Sir"), or unknown ("Outfielder"). */
export function titleGender(role?: string): Gender {
  const title = role?.split(/\s+/).pop() ?? '';
  return MALE_TITLES.test(title) ? 'male' : FEMALE_TITLES.test(title) ? 'female' : 'unknown';
}

/** A person's gender as far as the name or title tells (a given name both ways, or none known, is unknown). */
export function genderOf(name: string, role?: string): Gender {
  const byTitle = titleGender(role);
  if (byTitle !== 'unknown') return byTitle;
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  // Given names worn by men and women alike ("Lindsey Graham"): the name says nothing.
  // ("Mary-Kate": given names joined by a hyphen tell a gender only when each does and they agree; "Marie" in
  // "Jean-Marie" is a man's, "Jo" in "Jo-Wilfried" no woman's.)
  const genders = first.split('-').map(givenNameGender);
  return genders.every((g) => g === genders[0]) ? genders[0]! : 'unknown';
}

function givenNameGender(name: string): Gender {
  if (UNISEX.has(name)) return 'unknown';
  const hit = lexicon[name];
  const tags = hit === undefined ? [] : Array.isArray(hit) ? hit : [hit];
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male && !female ? 'male' : female && !male ? 'female' : 'unknown';
}

/**
 * The gender of the speaker a "he"/"she" may go on with: a family name first and a given name of two syllables after
 * it ("Kim Mahn-je", "Koo Bon-yong") says nothing, whatever the first word means in English. (Only for the last
 * speaker: as the antecedent of any pronoun, "Kim Yo-jong … He said" would reach her.)
 */
export function speakerGenderOf(name: string, role?: string): Gender {
  const words = name.split(/\s+/);
  if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!) && titleGender(role) === 'unknown') return 'unknown';
  return genderOf(name, role);
}

/** Whether a pronoun can stand for a person of that gender. */
export function pronounFits(pronoun: string, gender: Gender): boolean {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'him' || p === 'his') return gender !== 'female';
  if (p === 'she' || p === 'her') return gender !== 'male';
  return true;
}

const MALE_PRONOUNS = /^(?:he|him|his|himself)$/i;
const FEMALE_PRONOUNS = /^(?:she|her|hers|herself)$/i;

/**
 * Genders an article shows for names that do not show one: "Marchetti died Saturday at her home" makes this
 * article's "Marchetti" a woman (and "Jackie Jensen said Monday night he was through" its Jackie Jensen a man, see
 * `softlyGendered`). Per sentence, the first "he/his/she/her" outside quotations after exactly one person-like name
 * is taken for that name; a name shown both ways stays unknown.
 */
export function gendersShown(sentences: readonly { tokens: readonly { value: string; start: number; end: number }[] }[], mentions: readonly { sentence: number; start: number; end: number; name: string; type: string; role?: string }[], bySentence: ReadonlyMap<number, readonly number[]>, quoted: (sentence: number, start: number) => boolean): Map<string, Gender> {
  const shown = new Map<string, Gender | 'both'>();
  sentences.forEach((sentence, index) => {
    const own = bySentence.get(index);
    if (own === undefined) return;
    const first = sentence.tokens.find((t) => (MALE_PRONOUNS.test(t.value) || FEMALE_PRONOUNS.test(t.value)) && !quoted(index, t.start));
    // (…or, when that one stands before every name, "he"/"she" right after "says"/"said": in "Her agent, Colm Regan,
    // says he sent …" he shows Regan's — not "him" in "His wife, Catrin Penhallow, said … having him at home".)
    const firstName = Math.min(...own.map((i) => mentions[i]!).filter((m) => !quoted(index, m.start)).map((m) => m.start));
    const pronoun = first !== undefined && first.start > firstName ? first : sentence.tokens.find((t, k) => /^(?:he|she)$/i.test(t.value) && t.start > firstName && !quoted(index, t.start) && /^(?:says|said)$/i.test(sentence.tokens[k - 1]?.value ?? ''));
    if (pronoun === undefined) return;
    // (Not a name owning a noun: in "Sam Altman's mother said she …" she is the mother.)
    const owning = (m: { end: number }) => sentence.tokens.some((t) => t.start === m.end && /^['’]s?$/.test(t.value));
    const likePersons = own.map((i) => mentions[i]!).filter((m) => m.end <= pronoun.start && (m.type === 'person' || m.type === 'other') && !quoted(index, m.start) && !owning(m));
    // (One person among names of unknown type is that person: a dateline's town is no one — "Ogden, Utah -- (AP) --
    // Outfielder Jackie Jensen said he was through".)
    const persons = likePersons.filter((m) => m.type === 'person');
    const before = new Set(persons.map((m) => m.name)).size === 1 ? persons : likePersons;
    const names = new Set(before.map((m) => m.name));
    if (names.size !== 1) return;
    const [name] = names;
    // (A soft given name shows its gender only when no title does: "Mrs. Jackie …" is a woman.)
    if (genderOf(name!, before[0]!.role) !== 'unknown' && !(softlyGendered(name!) && titleGender(before[0]!.role) === 'unknown')) return;
    const gender: Gender = MALE_PRONOUNS.test(pronoun.value) ? 'male' : 'female';
    const known = shown.get(name!);
    shown.set(name!, known === undefined || known === gender ? gender : 'both');
  });
  return new Map([...shown].filter((e): e is [string, Gender] => e[1] !== 'both'));
}
