import nlp from 'compromise';

// compromise's lexicon (24k words and phrases) used as a gazetteer: O(1) lookups of first names and places,
// instead of running its tagger on every candidate (see docs/evaluation.md, "Entities").
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

function tagsOf(phrase: string): string[] {
  const hit = lexicon[phrase.toLowerCase()];
  return hit === undefined ? [] : Array.isArray(hit) ? hit : [hit];
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);

/** "Sam", "Katrina": a given name in compromise's lexicon. */
export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => FIRST_NAME_TAGS.has(t));
}

/** "Israel", "Boston", "New York": a country, city or region in compromise's lexicon. */
export function isKnownPlace(name: string): boolean {
  return tagsOf(name).some((t) => PLACE_TAGS.has(t));
}

// compromise's abbreviations: titles, units, months and state abbreviations ("calif", "ga", "sept").
const abbreviations = (nlp.model() as { one: { abbreviations: Record<string, true | undefined> } }).one.abbreviations;

/** "Calif", "Sept", "Gov": a word compromise lists as an abbreviation (written with a period). */
export function isAbbreviation(word: string): boolean {
  return abbreviations[word.toLowerCase()] === true;
}

/** "Sept", "Nov": month (or weekday) abbreviations written without their period still name no entity. */
export function isCalendarWord(word: string): boolean {
  return tagsOf(word).some((t) => t === 'Month' || t === 'WeekDay');
}

// Tags of names: a word with only other tags (Noun, Date, Adjective, …) is a common word when written in lower case.
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, ...PLACE_TAGS, 'LastName', 'Person', 'Organization', 'SportsTeam', 'Company', 'ProperNoun', 'Acronym']);

/** "Today", "Variety", "Hunters": compromise knows the word, and not as a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** "Hopkins", "Sanders", "Jenkins": a family name in compromise's lexicon (however plural it looks). */
export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

/** "Calif", "Ga", "Ariz": compromise tags it both an abbreviation and a place. */
export function isPlaceAbbreviation(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes('Abbreviation') && tags.includes('Place');
}

const roleNouns = new Map<string, boolean>();

/**
 * "Moviemaker", "Rapper", "Director": a noun for what a person does, by compromise's lexicon or, for words it derives
 * by suffix ("moviemaker"), its tagger on the word alone (about 0.3 ms, once per distinct word).
 */
export function isRoleNoun(word: string): boolean {
  const key = word.toLowerCase();
  let known = roleNouns.get(key);
  if (known === undefined) {
    const tags = tagsOf(key);
    known = tags.length > 0 ? tags.includes('Actor') : nlp(key).has('#Actor');
    roleNouns.set(key, known);
  }
  return known;
}

/** "French", "Russian", "Israeli": a nationality word (compromise's Demonym tag). */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

// Nationality nouns compromise does not tag as demonyms.
const NATIONALITY_NOUNS = /^(?:Briton|Scot|Dutchman|Dutchwoman|Frenchman|Frenchwoman|Welshman|Welshwoman|Englishman|Englishwoman|Irishman|Irishwoman|Kiwi|Aussie)$/;

/** "Dutchman", "Briton": a noun for a person of a country (never the first word of a body's name, as "Dutch" can be). */
export function isNationalityNoun(word: string): boolean {
  return NATIONALITY_NOUNS.test(word);
}

/** "Belgian", "Dutchman", "Briton": a word that says what country a person is from. */
export function isNationality(word: string): boolean {
  return isDemonym(word) || NATIONALITY_NOUNS.test(word);
}
