/**
 * Word lists that shape names in English news. Lower-case; compared against lower-cased tokens.
 * They are vocabulary, not per-article rules: titles that precede a name, words that make a name an
 * organization or a place, and capitalized words that are never names on their own.
 */

/**
 * Titles and roles written before a person's name ("Secretary", "CEO", "Sen."). Words that are also common
 * surnames (King, Major, Young) are left out: "Billy King" is a name, not a title.
 */
export const ROLE_HEADS = new Set([
  'president', 'vice', 'mp', 'ceo', 'cfo', 'cto', 'coo', 'chairman', 'chairwoman', 'chair', 'secretary', 'minister', 'senator', 'sen.',
  'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'judge', 'justice', 'general', 'gen.',
  'admiral', 'adm.', 'director', 'gm', 'comedian', 'boss', 'designer', 'chef', 'model', 'producer', 'filmmaker', 'novelist', 'author', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'founder', 'co-founder', 'cofounder',
  'commissioner', 'ambassador', 'attorney', 'prosecutor', 'sheriff', 'officer', 'official', 'lawyer', 'coach', 'queen',
  'prince', 'princess', 'pope', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'prof.', 'professor', 'sir', 'dame', 'lord',
  'lady', 'captain', 'capt.', 'lt.', 'sgt.', 'col.', 'maj.', 'cmdr.', 'cdr.', 'brig.', 'cpl.', 'pvt.', 'spc.', 'supt.', 'insp.', 'det.', 'commander', 'commodore', 'constable', 'superintendent', 'detective', 'inspector', 'chancellor', 'premier', 'speaker', 'leader',
  'executive', 'manager', 'editor', 'reporter', 'correspondent', 'analyst', 'anchor', 'host', 'actress', 'actor', 'singer', 'conductor',
  'rapper', 'pitcher', 'quarterback', 'agent', 'sergeant', 'lieutenant', 'colonel', 'corporal',
  'rabbi', 'reverend', 'rev.', 'cardinal', 'sheikh', 'emir', 'sultan', 'tsar', 'czar', 'head', 'partner', 'owner',
  'counsel', 'adviser', 'advisor', 'cllr', 'cllr.', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  // Positions on a team, written before a player's name ("Shortstop Jordan Amadi"); not "center" or "guard", which
  // more often end a body's name ("Betty Ford Center", "National Guard").
  'striker', 'catcher', 'shortstop', 'outfielder', 'midfielder', 'defender', 'winger', 'fullback', 'goalkeeper', 'goaltender',
  'infielder', 'reliever', 'linebacker', 'cornerback', 'goalie', 'jockey',
  // …and those around a game or a star: "referee Tom Bellamy … the referee said", "his publicist, Ann Lo".
  'referee', 'umpire', 'promoter', 'publicist',
]);

/** Words that qualify a title ("Defense Secretary", "Deputy Chief", "Under Secretary for Foreign Assistance"). */
export const ROLE_MODIFIERS = new Set([
  'defense', 'defence', 'deputy', 'vice', 'senior', 'chief', 'executive', 'foreign', 'press', 'prime', 'attorney', 'under',
  'assistant', 'former', 'acting', 'interim', 'state', 'district', 'supreme', 'court', 'national', 'security', 'homeland',
  'general', 'managing', 'associate', 'principal', 'lead', 'head', 'majority', 'minority', 'house', 'senate', 'treasury',
  'commerce', 'labor', 'energy', 'health', 'education', 'interior', 'transportation', 'agriculture', 'army', 'navy', 'air',
  'force', 'police', 'fire', 'team', 'club', 'official', 'officials', 'humanitarian', 'affairs', 'religious', 'freedom',
  'assistance', 'operating', 'financial', 'technology', 'information', 'product', 'research', 'science', 'policy', 'for', 'of',
  'and', 'the', 'head', 'solicitor', 'surgeon',
  // Ranks of the armed forces and police ("Rear Adm.", "Staff Sgt.", "Lance Cpl.", "Petty Officer").
  'rear', 'staff', 'master', 'first', 'petty', 'lance', 'flight', 'warrant',
]);

/** Kinds of firm that end a company's name ("Greyhound Lines", "Airbus Industrie", "Hunt Petroleum"). */
export const FIRM_KINDS = new Set(['lines', 'industrie', 'industries', 'petroleum', 'chemicals', 'bancshares', 'bancorp', 'insurance', 'communications', 'pharmaceuticals']);

/** Words that make a name an organization ("Department of Defense", "Betty Ford Center", "Acme Corp"). */
export const ORG_WORDS = new Set([
  ...FIRM_KINDS,
  'department', 'agency', 'administration', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'companies',
  'llc', 'ltd', 'ltd.', 'plc', 'partners', 'brands', 'ventures', 'securities', 'investments', 'mining', 'asa', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'oyj', 'group', 'holdings', 'council', 'committee', 'commission', 'university', 'college', 'school',
  'institute', 'foundation', 'association', 'party', 'ministry', 'bank', 'office', 'board', 'bureau', 'court', 'police', 'army',
  'navy', 'force', 'forces', 'guard', 'corps', 'times', 'news', 'post', 'journal', 'tribune', 'herald', 'gazette', 'press',
  'center', 'centre', 'clinic', 'hospital', 'club', 'team', 'league', 'union', 'federation', 'authority', 'service', 'services',
  'network', 'studios', 'records', 'labs', 'laboratories', 'systems', 'technologies', 'motors', 'airlines', 'airways', 'church',
  'museum', 'academy', 'society', 'organization', 'organisation', 'fund', 'trust', 'senate', 'house', 'congress', 'parliament',
  'government', 'republicans', 'democrats', 'caucus', 'conference', 'coalition', 'brigade', 'battalion', 'command', 'fleet', 'navy', 'jury', 'fc', 'afc', 'lakers', 'sixers', '76ers',
]);

/** Words that make a name a place ("Silicon Valley", "Newport Beach", "Gulf of Aden"). */
export const PLACE_WORDS = new Set([
  'valley', 'beach', 'river', 'island', 'islands', 'mountain', 'mountains', 'county', 'street', 'avenue', 'road', 'park', 'lake',
  'bay', 'gulf', 'sea', 'ocean', 'coast', 'city', 'province', 'state', 'airport', 'station', 'bridge', 'square', 'highway',
  'peninsula', 'desert', 'canyon', 'harbor', 'harbour', 'strait', 'district', 'region', 'territory', 'village', 'town',
  'tower', 'towers', 'building', 'hotel', 'stadium', 'arena', 'palace', 'plaza', 'theater', 'theatre', 'field', 'garden', 'gardens',
]);

/** Lower-case particles that open a name when a hyphen joins them to it: "al-Sabah", "el-Sisi", "bin-Talal". */
export const HYPHENED_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ul', 'ash', 'ad']);

/** Capitalized words that are never an entity on their own: days, months, pronouns, common acronyms. */
export const NEVER_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.',
  'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'i', 'i\'m', 'ai', 'tv', 'pm', 'am', 'a.m.', 'p.m.', 'gdp', 'ok', 'okay', 'mr.',
  'mrs.', 'ms.', 'dr.', 'the', 'a', 'an', 'edt', 'est', 'pst', 'pdt', 'utc', 'gmt', 'ap', 'api', 'faq', 'q', 'a.', 'no.', 'vs.',
  // Conjunctions, capitalized after an abbreviation read as a sentence's end ("16 for the U.S. And London markets").
  'and', 'but', 'or', 'nor',
]);

/** Labels a caption or credit line opens with before a colon ("Credit: …", "Photo: …"). */
export const CAPTION_LABELS = new Set(['credit', 'credits', 'photo', 'photos', 'image', 'images', 'caption', 'source', 'sources', 'video', 'graphic', 'illustration', 'courtesy']);

/** Short words allowed inside a name between capitalized words ("Bank of America", "Procter & Gamble"). */
export const NAME_CONNECTORS = new Set(['of', 'for', '&', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le']);

/** The particles of a family name ("von der Leyen", "dos Santos", "Le Drian"). */
export const SURNAME_PARTICLES = new Set(['le', 'la', 'de', 'del', 'da', 'dos', 'das', 'van', 'von', 'der']);

/** Letters written after a person's name, no part of it: "Helen Marsh KC", "Sir Keir Starmer MP", "Jane Doe OBE". */
export const POST_NOMINALS = /^(?:KC|QC|SC|MP|MSP|MLA|OBE|MBE|CBE|KBE|DBE|QPM|FRCP|FRCS|FRS|FRSA|FRSE|PhD|Esq\.?)$/;

/** Words that end the name of an award, a contest or an event, never a person's ("Tony Award", "Stanley Cup"). */
export const EVENT_WORDS = new Set(['award', 'awards', 'prize', 'prizes', 'trophy', 'cup', 'medal', 'festival', 'games', 'championship', 'championships', 'classic', 'marathon', 'bowl', 'series', 'tournament', 'grand prix']);

/** Words of a sports club's name ("Harrowgate Town", "Sporting Almada", "Derby County"). */
export const CLUB_WORDS = /\b(?:Club|FC|AFC|United|City|Town|Athletic|Athletics|Rovers|Wanderers|Albion|County|Racing|Sporting)\b/;
/** Plural names that are no team: bodies, papers and agencies ("United Nations", "Los Angeles Times", "Reuters"). */
export const NOT_TEAMS = /\b(?:Nations|Reuters|States|Times|News|Affairs|Services|Industries|Holdings|Systems|Airlines|Labs|Brands|Partners|Securities|Investments|Resources|Games|Awards|Sciences|Arts|Studios|Pictures|Records|Communications|Networks|Forces|Islands)$/;
/** A company's legal form after its name ("Ltd", "Inc.", "plc", "GmbH"). */
export const LEGAL_SUFFIX = /,?\s+(?:Ltd\.?|Limited|Inc\.?|Incorporated|Co\.?|Corp\.?|Corporation|LLC|L\.L\.C\.|PLC|plc|AG|SA|S\.A\.|ASA|GmbH|NV|N\.V\.|LLP|Pty)$/;

/**
 * Bodies named after a person that are theirs ("the Donalds campaign", "Trump Organization", "Clinton Foundation",
 * "Obama Administration"): beside them a surname alone is still the person's. A company named with a surname ("Ford
 * Motor Co") leaves "Ford said" open between the two.
 */
/**
 * Whether the text right before a name is "her"/"his"/"their"/"my"/"our" and a noun: the name is someone or something
 * of theirs ("Her husband, Imran,", "Her son Kylian", "Her restaurant, Saffron,"), not the one the possessive means.
 */
export function afterPossessedNoun(textBefore: string): boolean {
  return /\b(?:her|his|their|my|our)\s+[\p{L}-]+,?\s*$/iu.test(textBefore.slice(-30));
}

export const PERSONS_BODY = /\s(?:campaign|administration|organization|organisation|foundation|family|office|government|estate|institute|center|centre|library|trust)$/i;

/** A word of a title, any case: a head ("Secretary", "general", "Sen.") or a modifier ("press", "deputy"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  const bare = w.replace(/\.$/, '');
  return ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(bare) || ROLE_MODIFIERS.has(bare);
}
