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
