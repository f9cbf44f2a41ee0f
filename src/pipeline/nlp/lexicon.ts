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
  // "Jean-Claude", "Mary-Kate": a given name of two joined by a hyphen ends in one ("Leigh-Pemberton" does not).
  if (/^\p{Lu}[\p{L}']*-\p{Lu}[\p{L}']*$/u.test(word)) return isFirstName(word.slice(word.indexOf('-') + 1));
  return tagsOf(word).some((t) => FIRST_NAME_TAGS.has(t));
}

/**
 * "Goldman Sachs", "Wells Fargo", "Philip Morris": a name of several words compromise's lexicon lists as an
 * organization (about 120), however much it looks like a person's. (One word, "Ford", may be either.)
 */
export function isKnownOrganization(name: string): boolean {
  const words = name.replace(/-/g, ' ');
  return /\s/.test(words) && tagsOf(words).includes('Organization');
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

/** "Heavy", "General", "Royal": compromise knows the word as an adjective, and not as a name. */
export function isAdjectiveWord(word: string): boolean {
  return isCommonWord(word) && tagsOf(word).includes('Adjective');
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
const NATIONALITY_NOUN_LIST = ['Briton', 'Scot', 'Dutchman', 'Dutchwoman', 'Frenchman', 'Frenchwoman', 'Welshman', 'Welshwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman', 'Kiwi', 'Aussie'];
const NATIONALITY_NOUNS = new RegExp(`^(?:${NATIONALITY_NOUN_LIST.join('|')})$`);

/** "french" → ["french", "frenchman", "frenchwoman"]: a people's word with the nouns for one of them built on it. */
export function nationalityWords(demonym: string): string[] {
  return [demonym, ...NATIONALITY_NOUN_LIST.map((n) => n.toLowerCase()).filter((n) => n !== demonym && n.startsWith(demonym))];
}

/** "Dutchman", "Briton": a noun for a person of a country (never the first word of a body's name, as "Dutch" can be). */
export function isNationalityNoun(word: string): boolean {
  return NATIONALITY_NOUNS.test(word);
}

/** "Belgian", "Dutchman", "Briton": a word that says what country a person is from. */
export function isNationality(word: string): boolean {
  return isDemonym(word) || NATIONALITY_NOUNS.test(word);
}

// Countries whose people's word does not start like the country's name.
const IRREGULAR_DEMONYMS: Record<string, string> = {
  'united states': 'american', 'united states of america': 'american', usa: 'american', america: 'american', netherlands: 'dutch',
  holland: 'dutch', france: 'french', switzerland: 'swiss', philippines: 'filipino', 'ivory coast': 'ivorian', spain: 'spaniard',
  denmark: 'dane', wales: 'welsh', england: 'englishman', turkey: 'turkish', 'united kingdom': 'brit', uk: 'brit',
  thailand: 'thai', scotland: 'scottish',
};

let demonymsByCountry: Map<string, string> | undefined;

/**
 * "Ukraine" → "ukrainian", "Belgium" → "belgian", "France" → "french": the word for a country's people among
 * compromise's demonyms — a short table of irregular ones, a first word that is one ("Saudi Arabia"), else the one
 * sharing the longest start with the country's name (see `best`), else its last word's ("South Korea" → "korean") —
 * or undefined for no country.
 */
export function demonymOf(country: string): string | undefined {
  if (demonymsByCountry === undefined) {
    const words = Object.keys(lexicon);
    const demonyms = words.filter((w) => tagsOf(w).includes('Demonym'));
    const listed = new Set(demonyms);
    // (Singular words only: "belgians" is the plural of "belgian".)
    const singular = demonyms.filter((d) => !(/s$/.test(d) && (listed.has(d.slice(0, -1)) || listed.has(d.slice(0, -2)))));
    const shared = (a: string, b: string) => {
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    };
    // (The word must start with the country's name but for its last two letters, or share six letters with it:
    // "Greece" → "greek", "Ukraine" → "ukrainian", never "Slovenia" → "slovak" or "Greenland" → "greek".)
    const best = (name: string) => {
      const scored = singular.map((d) => [d, shared(name, d)] as const).filter(([, n]) => n >= 3 && n >= Math.min(6, name.length - 2)).sort((x, y) => y[1] - x[1]);
      return scored.length > 0 && (scored.length === 1 || scored[0]![1] > scored[1]![1]) ? scored[0]![0] : undefined;
    };
    demonymsByCountry = new Map();
    for (const w of words) {
      if (!tagsOf(w).includes('Country')) continue;
      // ("Saudi Arabia" → "saudi", "Czech Republic" → "czech": a first word that is the word; "South Korea" → "korean".)
      const parts = w.split(/\s+/);
      const firstIsWord = parts.length > 1 && singular.includes(parts[0]!) ? parts[0] : undefined;
      const demonym = IRREGULAR_DEMONYMS[w] ?? firstIsWord ?? best(w) ?? (parts.length > 1 ? best(parts[parts.length - 1]!) : undefined);
      if (demonym !== undefined) demonymsByCountry.set(w, demonym);
    }
  }
  return demonymsByCountry.get(country.toLowerCase());
}

