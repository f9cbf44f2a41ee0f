import type { EntityType } from '../../schemas/entity.ts';
import { isCommonWord, isDemonym, isFirstName, isKnownOrganization, isKnownPlace, isLastName, isNationality, isNationalityNoun, isRoleNoun } from './lexicon.ts';
import { isAbbreviationAt, isContraction, isLoneInitialAt } from './name-shapes.ts';
import { CAPTION_LABELS, EVENT_WORDS, HYPHENED_PARTICLES, NAME_CONNECTORS, NEVER_NAMES, NOT_TEAMS, ORG_WORDS, PLACE_WORDS, POST_NOMINALS, ROLE_HEADS, ROLE_MODIFIERS, SURNAME_PARTICLES, isRoleWord } from './name-words.ts';
import type { Sentence, Token } from './tokens.ts';
import { partyDescription } from './attribution/party.ts';
import { datelineEnd } from './attribution/subject.ts';
import { its, wink } from './wink.ts';
import { surnameOf } from './person-names.ts';
import { namesAMedium } from './medium.ts';
import { hyphenedNames } from './hyphened-names.ts';

/** A name as one article writes it, before any resolution. */
export interface Mention {
  /** Index of the sentence in the article's sentence list. */
  sentence: number;
  block: number;
  /** The name exactly as written (without a title before it or a possessive after it). */
  surface: string;
  /** Offsets of `surface` in the block text. */
  start: number;
  end: number;
  /** A title written before the name ("Secretary of Defense", "OpenAI CEO"): a role hint, not part of the name. */
  role?: string;
  /** Best guess from the words alone; the registry and cross-article evidence can override it. */
  type: EntityType;
  /** Inside a quotation, where capitals may be emphasis ("NOT some … Radical Left AI company"). */
  quoted?: boolean;
  /** Named as a medium: "the Kuwait daily al-Qabas", "the Tanjug news agency". */
  medium?: true;
}

/** Whether `offset` falls inside quotation marks in the block text. */
export function insideQuote(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opened > 0 || straight % 2 === 1;
}

const lower = (t: Token) => t.value.toLowerCase();
const isCapitalized = (v: string) => /^\p{Lu}/u.test(v) || /^\p{Ll}{1,2}\p{Lu}/u.test(v);

function isNameToken(token: Token, index: number): boolean {
  const v = token.value;
  if (NEVER_NAMES.has(v.toLowerCase()) || !/\p{L}/u.test(v) || !isCapitalized(v) || isContraction(v)) return false;
  if (token.pos === 'PROPN') return true;
  // A title opening the sentence ("President Donald Trump said …"): the role of the name after it, split off below.
  if (index === 0 && (ROLE_HEADS.has(v.toLowerCase()) || ROLE_MODIFIERS.has(v.toLowerCase()))) return true;
  // The tagger sometimes calls a capitalized name a verb or noun ("Betty Ford/VERB Center"); mid-sentence capitals are names.
  return index > 0 && ['NOUN', 'VERB', 'ADJ', 'X', 'ADV'].includes(token.pos);
}

function allowsConnector(previous: Token): boolean {
  const v = lower(previous);
  return ORG_WORDS.has(v) || ROLE_HEADS.has(v) || ROLE_MODIFIERS.has(v) || PLACE_WORDS.has(v);
}

/**
 * "Academy of Motion Picture Arts and Sciences", "Department of Health and Human Services": "and" inside a body's
 * name "of" something, before a common noun — not "Department of Defense and Lockheed Martin".
 */
function joinsBodyOf(run: readonly Token[], token: Token, next: Token): boolean {
  if (lower(token) !== 'and' || run.length < 3 || !ORG_WORDS.has(lower(run[0]!)) || lower(run[1]!) !== 'of') return false;
  return /^\p{Lu}/u.test(next.value) && isCommonNoun(next.value);
}

const commonNouns = new Map<string, boolean>();

/**
 * A common word by compromise's lexicon, or a plural wink's lemmatizer knows ("Sciences" → "science"); "Lockheed"
 * and "Barclays" are neither. wink reads the word alone, once per distinct word.
 */
function isCommonNoun(word: string): boolean {
  let known = commonNouns.get(word);
  if (known === undefined) {
    const doc = wink.readDoc(word.toLowerCase());
    const lemma = (doc.tokens().out(its.lemma as never) as string[])[0] ?? '';
    known = isCommonWord(word) || (/s$/i.test(word) && lemma !== word.toLowerCase());
    commonNouns.set(word, known);
  }
  return known;
}

/** Whether the name tokens from `from` on reach a word for a kind of body ("Bache Securities", "Packard Co"). */
function firmFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 4 && isNameToken(tokens[k]!, k); k++) if (ORG_WORDS.has(lower(tokens[k]!))) return true;
  return false;
}

// Endings of abstract nouns ("Absorption", "Payment", "Growth"), and of surnames that share one ("Smith", "Roth").
const ABSTRACT_NOUN = /(?:tion|sion|ment|ity|ness|ism|ship|ure|th)$/i;
const SURNAME_ENDING = /(?:smith|heath|booth|roth|worth|rth)$/i;

// How wink reads a word written in lower case and alone, once per word: its part of speech and its lemma.
const lowerCaseReadings = new Map<string, { pos: string; lemma: string }>();
function lowerCaseReading(word: string): { pos: string; lemma: string } {
  let reading = lowerCaseReadings.get(word);
  if (reading === undefined) {
    const tokens = wink.readDoc(word.toLowerCase()).tokens();
    reading = { pos: (tokens.out(its.pos as never) as string[])[0] ?? '', lemma: (tokens.out(its.lemma as never) as string[])[0] ?? '' };
    lowerCaseReadings.set(word, reading);
  }
  return reading;
}

/** Whether wink tags the word, written in lower case and alone, as a common noun ("absorption"). */
const readsAsNoun = (word: string) => lowerCaseReading(word).pos === 'NOUN';

/** Whether wink reads the word, in lower case, as the plural of another ("prosecutors" → "prosecutor"). */
const pluralOfAWord = (word: string) => lowerCaseReading(word).lemma !== word.toLowerCase();

/** Maximal runs of name tokens, joined over "of"/"&" inside institution names ("Department of Defense"). */
function nameRuns(tokens: readonly Token[], hyphened: ReadonlySet<string>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  // "Helen Marsh KC", "Sir Keir Starmer MP": letters after a person's name are no part of it.
  const end = (r: Token[]) => {
    while (r.length >= 3 && POST_NOMINALS.test(r[r.length - 1]!.value)) r.pop();
    runs.push(r);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "(Credit: Marguerite Reardon/CNET)", "Photo: …": a caption's label before its colon names nothing.
    // (Only opening its line or parenthesis: "Getty Images:" and "Reuters Video:" keep their names whole.)
    const label = CAPTION_LABELS.has(lower(token)) && tokens[i + 1]?.value === ':' && (i === 0 || tokens[i - 1]?.value === '(');
    // "Absorption of empty office buildings …": a common noun capitalized only because it opens the sentence, with
    // "of" and a lower-case word after it, heads a noun phrase; it names nothing.
    // (Only an abstract noun by its ending: "Fisher of the Dallas Fed" and "Rice of the State Department" are names.)
    const opensPhrase = i === 0 && lower(tokens[1] ?? token) === 'of' && /^\p{Ll}/u.test(tokens[2]?.value ?? '') && ABSTRACT_NOUN.test(token.value) && !SURNAME_ENDING.test(token.value) && readsAsNoun(token.value);
    // "Hall of Famer Dan Pruitt", "the Hall of Fame pitcher": an honour, not a name (nor "Hall" a surname) — but the
    // end of a body's name after capitalized words: "the Pro Football Hall of Fame said".
    if (/^hall$/i.test(token.value) && lower(tokens[i + 1] ?? token) === 'of' && /^Fam(?:e|ers?)$/.test(tokens[i + 2]?.value ?? '')) {
      if (run.length > 0 && tokens[i + 2]!.value === 'Fame') end([...run, token, tokens[i + 1]!, tokens[i + 2]!]);
      run = [];
      i += 2;
      continue;
    }
    if (isNameToken(token, i) && !label && !opensPhrase) {
      run.push(token);
      continue;
    }
    // "al-Qabas", "Ali al-Khalifa al-Sabah": a particle joined to the name after it by a hyphen is part of that name.
    // (A hyphen between two capitalized names, "Sleigh-Johnson", joins them only as `hyphenedNames` finds: below.)
    const attached = (k: number) => tokens[k + 1] !== undefined && tokens[k]!.end === tokens[k + 1]!.start;
    const hyphen = (k: number) => tokens[k]?.value === '-' && attached(k - 1) && attached(k) && isNameToken(tokens[k + 1]!, k + 1);
    // (Read as one name token, so that titles and given names before it are split off as for any surname.)
    if (HYPHENED_PARTICLES.has(lower(token)) && hyphen(i + 1)) {
      const name = tokens[i + 2]!;
      run.push({ ...name, value: `${token.value}-${name.value}`, start: token.start });
      i += 2;
      continue;
    }
    // "Prudential-Bache Securities", "Hewlett-Packard Co": two names a hyphen joins in a firm's name, when a word for
    // a kind of body follows them.
    const previous = run[run.length - 1];
    // (Not after a firm's name that is whole already: "Texaco Inc-Pennzoil Co talks", "the General Motors-Toyota
    // Motor Corp plant" are two firms.)
    if (token.value === '-' && previous !== undefined && !ORG_WORDS.has(lower(previous)) && hyphen(i) && firmFollows(tokens, i + 1)) {
      const name = tokens[i + 1]!;
      run[run.length - 1] = { ...name, value: `${previous.value}-${name.value}`, start: previous.start };
      i++;
      continue;
    }
    // "Robin Leigh-Pemberton", "Jean-Claude Juncker": a double-barrelled name the article writes (`hyphenedNames`).
    if (token.value === '-' && previous !== undefined && hyphen(i) && hyphened.has(`${previous.value}-${tokens[i + 1]!.value}`)) {
      const name = tokens[i + 1]!;
      run[run.length - 1] = { ...previous, value: `${previous.value}-${name.value}`, end: name.end };
      i++;
      continue;
    }
    // "Koo Bon-yong", "Kim Mahn-je": a given name of two syllables, the second in lower case after a hyphen (not
    // "U.S.-led", "Oscar-winning": a common word, or more than four letters).
    const syllable = tokens[i + 1];
    if (token.value === '-' && run.length >= 1 && attached(i - 1) && syllable !== undefined && attached(i) && /^\p{Ll}{1,4}$/u.test(syllable.value) && /^\p{Lu}\p{Ll}+$/u.test(run[run.length - 1]!.value) && !isCommonWord(syllable.value)) {
      const given = run[run.length - 1]!;
      run[run.length - 1] = { ...given, value: `${given.value}-${syllable.value}`, end: syllable.end };
      i++;
      continue;
    }
    const next = tokens[i + 1];
    const last = run[run.length - 1];
    const connects = last && next && ((NAME_CONNECTORS.has(lower(token)) && isNameToken(next, i + 1) && (token.value === '&' || allowsConnector(last))) || joinsBodyOf(run, token, next));
    const numbered = last && /^\d+$/.test(token.value) && run.length >= 2 && !/^\d/.test(last.value);
    // "Ursula von der Leyen", "Virgil van Dijk", "Frenkie de Jong": a surname's particles in lower case after a given
    // name, up to the capitalized rest of the surname.
    // (Only after one name word, or two whose last is a given name: "José Eduardo dos Santos" — "Jorge Ramos de
    // Univision" is Ramos of Univision.)
    if (last && /^\p{Ll}+$/u.test(token.value) && SURNAME_PARTICLES.has(token.value) && isPersonNameToken(last) && !isKnownPlace(last.value) && particleFits(run)) {
      let k = i;
      while (k < tokens.length && SURNAME_PARTICLES.has(tokens[k]!.value) && k - i < 2) k++;
      if (tokens[k] !== undefined && /^\p{Lu}/u.test(tokens[k]!.value) && isNameToken(tokens[k]!, k)) {
        run.push(...tokens.slice(i, k));
        i = k - 1;
        continue;
      }
    }
    if (connects || numbered) {
      run.push(token);
      continue;
    }
    // "Arcade Joseph Comeaux, Jr": the suffix after a comma belongs to the name.
    if (last && run.length >= 2 && token.value === ',' && next && /^(?:Jr|Sr)\.?$/.test(next.value)) {
      run.push(token, next);
      i++;
      continue;
    }
    if (run.length > 0) end(run);
    run = [];
  }
  if (run.length > 0) end(run);
  return runs;
}

/** Whether a run may take a surname's particle next: it ends in one name word, or two whose last is a given name. */
function particleFits(run: readonly Token[]): boolean {
  let named = 0;
  while (named < run.length && named < 3 && isPersonNameToken(run[run.length - 1 - named]!)) named++;
  return named === 1 || (named === 2 && isFirstName(run[run.length - 1]!.value));
}

function isPersonNameToken(t: Token): boolean {
  const v = lower(t);
  return !ROLE_HEADS.has(v) && !ROLE_MODIFIERS.has(v) && !ORG_WORDS.has(v) && !PLACE_WORDS.has(v) && !NAME_CONNECTORS.has(v) && /\p{L}/u.test(t.value) && !/^\d/.test(t.value);
}

function isAcronym(v: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$|^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,4}$/u.test(v) && !/^\p{Lu}\p{Ll}+$/u.test(v);
}

/** Guesses a type from the name's own words and the lexicons; `hasRole` means a title came before it. */
export function guessType(written: readonly string[], hasRole: boolean): EntityType {
  const words = written.filter((w) => /[\p{L}\p{N}]/u.test(w));
  const lowered = words.map((w) => w.toLowerCase());
  const name = words.join(' ');
  if (hasRole) return 'person';
  // (A firm the lexicon lists, unless its name starts with a given name: "Philip Morris, a tobacco farmer, said".)
  if (lowered.some((w) => ORG_WORDS.has(w)) || (isKnownOrganization(name) && !isFirstName(words[0]!))) return 'organization';
  // ("Harbor City Mariners", "Kansas City Chiefs": a place's name before a plural is a team's, no place.)
  const team = words.length >= 3 && /^\p{Lu}\p{Ll}+(?:[^su]s|men)$/u.test(words[words.length - 1]!) && !NOT_TEAMS.test(name) && !isKnownPlace(name);
  if (!team && (lowered.some((w) => PLACE_WORDS.has(w)) || isKnownPlace(name))) return 'place';
  if (words.length === 1 && isAcronym(words[0]!)) return 'organization';
  // "Tony Award", "Stanley Cup": an award or a contest named after someone is no person.
  if (EVENT_WORDS.has(lowered[lowered.length - 1] ?? '')) return 'other';
  if (words.length >= 2 && words.length <= 4 && isFirstName(words[0]!)) return 'person';
  // "Arcade Joseph Comeaux Jr", "James R. Dabney": a generational suffix, or a given name or initial in the middle.
  if (words.length >= 3 && words.length <= 4 && (/^(?:Jr|Sr|II|III|IV)\.?$/.test(words[words.length - 1]!) || words.slice(1, -1).some((w) => isFirstName(w) || /^\p{Lu}\.$/u.test(w)))) return 'person';
  // Brand shapes: OpenAI, xAI, YouTube.
  if (words.length === 1 && /\p{Ll}\p{Lu}|^\p{Ll}+\p{Lu}/u.test(words[0]!)) return 'organization';
  return 'other';
}

function span(tokens: readonly Token[], text: string): { surface: string; start: number; end: number } {
  const start = tokens[0]!.start;
  let end = tokens[tokens.length - 1]!.end;
  // "X." at a sentence end is the name X; "U.S." keeps its periods.
  if (text[end - 1] === '.' && !/^(?:\p{L}\.)+$/u.test(text.slice(start, end).split(/\s+/).pop() ?? '')) end--;
  return { surface: text.slice(start, end), start, end };
}

// A name followed by a speech verb or ", who" is a person ("Mulligan said", "Masnick, who").
const PERSON_CUES = new Set(['say', 'tell', 'write', 'add', 'argue', 'claim', 'explain', 'insist', 'note', 'tweet', 'recall', 'admit', 'acknowledge', 'testify']);

function hasPersonCue(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (next && PERSON_CUES.has(next.lemma.toLowerCase())) return true;
  return next?.value === ',' && tokens[after + 1]?.value.toLowerCase() === 'who';
}

/**
 * Splits a run into its parts: "OpenAI CEO Sam Altman" is the organization "OpenAI" and the person
 * "Sam Altman" with the role "OpenAI CEO"; "Secretary of Defense Pete Hegseth" is "Pete Hegseth" with that role.
 */
function splitRun(run: readonly Token[], blockText: string, sentence: number, block: number, cue = false): Mention[] {
  let p = run.length;
  // (A family name's particles stay in it when a given name comes before: "Foreign Minister Jean-Yves Le Drian",
  // "President Ursula von der Leyen".)
  const particle = (k: number): boolean => k > 0 && k < run.length - 1 && SURNAME_PARTICLES.has(lower(run[k]!)) && (isPersonNameToken(run[k - 1]!) || particle(k - 1));
  while (p > 0 && run.length - p < 4 && (isPersonNameToken(run[p - 1]!) || particle(p - 1))) p--;
  // (…and a capitalized one opening the name after its title: "Rep. Van Taylor", "President De Gaulle".)
  if (p > 0 && p < run.length && capitalParticle(run[p - 1]!) && (p === 1 || isRoleWord(run[p - 2]!.value))) p--;
  const prefix = run.slice(0, p);
  const name = run.slice(p);
  const lastRoleHead = prefix.map(lower).findLastIndex((v) => ROLE_HEADS.has(v));
  if (name.length > 0 && lastRoleHead >= 0 && lastRoleHead === prefix.length - 1 - trailingModifiers(prefix, lastRoleHead)) {
    let roleStart = lastRoleHead;
    while (roleStart > 0 && (ROLE_HEADS.has(lower(prefix[roleStart - 1]!)) || ROLE_MODIFIERS.has(lower(prefix[roleStart - 1]!)))) roleStart--;
    // "French President Emmanuel Macron": a nationality qualifies the title, and says which president "the French
    // president" is (when the tagger keeps it in the run).
    if (roleStart === 1 && isDemonym(prefix[0]!.value)) roleStart = 0;
    const left = prefix.slice(0, roleStart);
    const mentions = left.length > 0 ? splitRun(left, blockText, sentence, block) : [];
    const role = blockText.slice(run[0]!.start, prefix[prefix.length - 1]!.end);
    mentions.push({ sentence, block, ...span(name, blockText), role, type: 'person' });
    return mentions;
  }
  // The end of a title cut off by a lower-case word ("Secretary of the Interior Ken Salazar" leaves "Interior" in
  // the run): title words before a first name and surname are the role, not part of the name.
  if (prefix.length > 0 && name.length >= 2 && isFirstName(name[0]!.value) && prefix.every((t) => ROLE_MODIFIERS.has(lower(t)))) {
    return [{ sentence, block, ...span(name, blockText), role: blockText.slice(prefix[0]!.start, prefix[prefix.length - 1]!.end), type: 'person' }];
  }
  // "… Health and Human Services Robert F. Kennedy Jr.": a body's name before a given name and a surname is the
  // person's title (the body is a mention of its own).
  // (…also when the given name is one the lexicon does not know, if the body's name ends right before it: "the chairman
  // of the Central Commission Murod Saidov".)
  const bodyEnds = prefix.length >= 2 && ORG_WORDS.has(lower(prefix[prefix.length - 1]!));
  if (prefix.length > 0 && name.length >= 2 && (isFirstName(name[0]!.value) || bodyEnds) && prefix.some((t) => ORG_WORDS.has(lower(t)))) {
    return [
      ...splitRun(prefix, blockText, sentence, block),
      { sentence, block, ...span(name, blockText), role: blockText.slice(prefix[0]!.start, prefix[prefix.length - 1]!.end), type: 'person' },
    ];
  }
  // "Moviemaker Gary Ross", "Rapper Kanye West": a noun for what a person does, before a given name and a surname.
  // (…or a nationality: "Belgian Luc Verhaegen", "Ukrainian Wladimir Klitschko".)
  // (A noun for a person of a country needs no known given name after it: "Dutchman Bram Visser".)
  const nationalityNoun = isNationalityNoun(name[0]?.value ?? '');
  if (prefix.length === 0 && name.length >= 3 && name.length <= 4 && !isFirstName(name[0]!.value) && (isFirstName(name[1]!.value) || nationalityNoun) && (isRoleNoun(name[0]!.value) || isNationality(name[0]!.value))) {
    return [{ sentence, block, ...span(name.slice(1), blockText), role: name[0]!.value, type: 'person' }];
  }
  // "The Treasury said", "the Army added": a word that opens titles ("Treasury Secretary") names its body when "the"
  // stands before it alone — or "a" before it and a common noun after ("a Treasury spokesman said").
  const before = blockText.slice(Math.max(0, run[0]!.start - 5), run[0]!.start);
  const bodyFirst = /\bthe\s+$/i.test(before) || (/\ban?\s+$/i.test(before) && /^\s+\p{Ll}/u.test(blockText.slice(run[0]!.end, run[0]!.end + 3)));
  if (run.length === 1 && BODY_TITLE_WORDS.has(lower(run[0]!)) && bodyFirst) {
    return [{ sentence, block, ...span(run, blockText), type: 'organization' }];
  }
  // No title before a name: the run is one name, unless it is only titles ("President", "Defense Secretary").
  if (run.every((t) => ROLE_HEADS.has(lower(t)) || ROLE_MODIFIERS.has(lower(t)) || NAME_CONNECTORS.has(lower(t)))) return [];
  const trimmed = trimConnectors(run);
  if (trimmed.length === 0) return [];
  const guessed = guessType(trimmed.map((t) => t.value), false);
  // "the Kuwait daily al-Qabas", "the Tanjug news agency": a name beside a noun for a medium is that medium's.
  const medium = namesAMedium(blockText, trimmed[0]!.start, trimmed[trimmed.length - 1]!.end, trimmed.map((t) => t.value), guessed);
  const type = medium ? 'organization' : guessed === 'other' && cue && trimmed.length <= 4 ? 'person' : guessed;
  return [{ sentence, block, ...span(trimmed, blockText), type, ...(medium ? { medium: true as const } : {}) }];
}

const BODY_TITLE_WORDS = new Set(['treasury', 'commerce', 'interior', 'agriculture']);

/** How many role modifiers follow the role head at `head` inside the prefix ("Secretary of Defense" → 2). */
function trailingModifiers(prefix: readonly Token[], head: number): number {
  let n = 0;
  for (let i = head + 1; i < prefix.length; i++) {
    const v = lower(prefix[i]!);
    if (ROLE_MODIFIERS.has(v) || NAME_CONNECTORS.has(v) || /^\p{Lu}/u.test(prefix[i]!.value)) n++;
    else break;
  }
  return n;
}

/** "Van", "De", "Le" written with a capital: the start of a name ("Van Jones", "De Beers", "Le Monde"), not a connector. */
const capitalParticle = (t: Token) => /^\p{Lu}/u.test(t.value) && SURNAME_PARTICLES.has(lower(t));

function trimConnectors(run: readonly Token[]): Token[] {
  let a = 0;
  let b = run.length;
  while (a < b && NAME_CONNECTORS.has(lower(run[a]!)) && !capitalParticle(run[a]!)) a++;
  while (b > a && NAME_CONNECTORS.has(lower(run[b - 1]!))) b--;
  return run.slice(a, b);
}

/** Every name mention in the sentences, with the title stripped off and kept as a role hint. */
export function findMentions(sentences: readonly Sentence[], blocks: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  // Surnames of the people named in full so far, and their full names.
  const surnames = new Map<string, Set<string>>();
  const hyphened = hyphenedNames(sentences, isNameToken);
  sentences.forEach((s, index) => {
    const text = blocks[s.block] ?? '';
    for (const run of nameRuns(s.tokens, hyphened)) {
      // An initial, an abbreviation or a time zone standing alone names nobody ("R-Calif.", "9 p.m. ET"); inside a
      // longer run an initial is part of the name ("Donald J. Trump").
      // (By offsets: a hyphened name is one token made of several, "al-Sabah".)
      const at = s.tokens.findIndex((t) => t.start === run[0]!.start);
      if (run.length === 1 && (isLoneInitialAt(s.tokens, at) || /^(?:Jr|Sr)\.?$/.test(run[0]!.value) || isAbbreviationAt(s.tokens, at, text))) continue;
      const after = s.tokens.findIndex((t) => t.end === run[run.length - 1]!.end) + 1;
      // "the Kentucky Republican said": a description of a politician by state and party, not a name.
      // Nor "one House Democrat", "a Senate Republican": a member of a party in a chamber.
      const words = run.map((t) => t.value).join(' ');
      const determiner = (k: number) => /^(?:the|a|an|another|one)$/i.test(s.tokens[k]?.value ?? '');
      // (…with an adjective between: "a fellow New York Republican".)
      const described = determiner(at - 1) || (s.tokens[at - 1]?.pos === 'ADJ' && determiner(at - 2));
      if (described && (partyDescription(words) || /^(?:House|Senate)\s+(?:Republican|Democrat)s?$/.test(words))) continue;
      // Nor a member of a party or the Marines described by where they are from or what they are, whatever the words
      // before: "the Wichita Republican", "a Garden City Republican", "the first-term Republican", "the retired Marine".
      let k = at - 1;
      while (k >= 0 && at - k <= 5 && (['ADJ', 'NOUN', 'NUM'].includes(s.tokens[k]!.pos) || s.tokens[k]!.value === '-') && !determiner(k)) k--;
      // (Not a name opened by a given name: "the veteran fire chief Mike Marine".)
      if (determiner(k) && /(?:^|\s)(?:Republican|Democrat|Marine)$/.test(words) && !(run.length > 1 && isFirstName(run[0]!.value))) continue;
      // "Prosecutors say …": a plural noun opening the sentence is not a person just because a verb follows.
      const first = run[0]!;
      // …unless it is the surname of the one person named in full before, followed by a comma or a speech verb, as
      // subjects are ("Mayorkas, speaking to reporters, …"; "Waters rose again overnight" stays water).
      // A surname that is no plural of an English word ("Watters laughed", "Mayorkas dismissed") may take any verb.
      const plainWord = isCommonWord(first.value) || isCommonWord(first.value.replace(/e?s$/, ''));
      const knownSurname = surnames.get(first.value)?.size === 1 && (s.tokens[after]?.value === ',' || hasPersonCue(s.tokens, after) || (!plainWord && (s.tokens[after]?.pos === 'VERB' || s.tokens[after]?.pos === 'AUX')));
      // So may a word the lexicon knows as a family name, before a speech verb ("Hopkins said", "Sanders told").
      const familyName = isLastName(first.value) && hasPersonCue(s.tokens, after);
      // (…a wire dateline before it too, when the word is the plural of one the tagger knows: "WASHINGTON (AP) —
      // Prosecutors said Tuesday", not "WARREN, Mich. (AP) — Stellantis said Wednesday".)
      const opening = first === s.tokens[0] || (first === s.tokens.find((t) => t.start >= (datelineEnd(s) ?? Infinity)) && pluralOfAWord(first.value));
      const opensSentence = run.length === 1 && opening && !knownSurname && !familyName && (first.lemma.toLowerCase() !== first.value.toLowerCase() || /\p{Ll}s$/u.test(first.value));
      // "French President Emmanuel Macron", "former FBI Director James Comey": a nationality or "former" the tagger left
      // out of the run still qualifies the title.
      const qualifiers: string[] = [];
      for (let k = at - 1; k >= 0 && k >= at - 2; k--) {
        const v = s.tokens[k]!.value;
        if ((isDemonym(v) && /^\p{Lu}/u.test(v)) || /^(?:former|ex-?)$/i.test(v)) qualifiers.unshift(v);
        else break;
      }
      // "The Obama administration said", "the Lake campaign said": a person's administration or campaign is an
      // organization that speaks for itself.
      // So is a country's government ("The Canadian government said").
      const body = s.tokens[after];
      const nation = run.length === 1 && body?.value === 'government' && isDemonym(run[0]!.value);
      const ownedBody = (t: Token | undefined) => t !== undefined && /^(?:administration|campaign)$/.test(t.value);
      // ("the Biden-Harris administration", "the Harris-Walz campaign": both names the hyphen joins own it — the first
      // is read with the second, below.)
      const pairedWith = s.tokens[after]?.value === '-' && s.tokens[after]!.start === run[run.length - 1]!.end && s.tokens[after + 1]?.start === s.tokens[after]!.end && run.length === 1;
      if (pairedWith && ownedBody(s.tokens[after + 2]) && isNameToken(s.tokens[after + 1]!, after + 1)) continue;
      if (body && (ownedBody(body) || nation) && run.length <= 3) {
        const named = splitRun(run, text, index, s.block).filter((m) => m.type === 'person' || m.type === 'other' || (nation && m.type === 'place'));
        const last = named[named.length - 1];
        if (last && last.end === run[run.length - 1]!.end && !insideQuote(text, last.start)) {
          const partner = run.length === 1 && s.tokens[at - 1]?.value === '-' && s.tokens[at - 1]!.end === run[0]!.start && s.tokens[at - 2]?.end === s.tokens[at - 1]!.start && isNameToken(s.tokens[at - 2]!, at - 2) ? s.tokens[at - 2]! : undefined;
          const start = partner?.start ?? last.start;
          mentions.push({ sentence: index, block: s.block, surface: text.slice(start, body.end), start, end: body.end, type: 'organization' });
          continue;
        }
      }
      // "former federal prosecutor Jane Doe", "special counsel Jack Smith": a title in lower case before a name that
      // the run did not take ("the former prosecutor said" can then find her).
      const lowerTitle: string[] = [];
      for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
        const v = s.tokens[k]!.value;
        const w = v.toLowerCase();
        const lowerCase = /^\p{Ll}/u.test(v) || k === 0;
        if (lowerCase && (ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || /^(?:former|federal|special|top|longtime|veteran)$/.test(w)) && !/^(?:the|of|for|and)$/.test(w)) lowerTitle.unshift(w);
        else break;
      }
      const titled = lowerTitle.some((v) => ROLE_HEADS.has(v)) ? lowerTitle : [];
      // "Singer said" after "analyst Brian Singer": a surname that is also a title word ("singer", "judge", "sheriff")
      // is the person's when one person named in full before has it.
      if (run.length === 1 && (ROLE_HEADS.has(first.value.toLowerCase()) || ROLE_MODIFIERS.has(first.value.toLowerCase())) && surnames.get(first.value)?.size === 1 && !opensSentence) {
        const m: Mention = { sentence: index, block: s.block, surface: first.value, start: first.start, end: first.end, type: 'person' };
        mentions.push(insideQuote(text, m.start) ? { ...m, quoted: true } : m);
        continue;
      }
      for (const found of splitRun(run, text, index, s.block, hasPersonCue(s.tokens, after) && !opensSentence)) {
        let m = qualifiers.length > 0 && found.role && found.role.startsWith(run[0]!.value) ? { ...found, role: `${qualifiers.join(' ')} ${found.role}` } : found;
        if (titled.length > 0 && m.type !== 'organization' && m.type !== 'place' && m.start === run[0]!.start) m = { ...m, type: 'person', role: [...titled, m.role].filter(Boolean).join(' ') };
        if (opensSentence && m.type === 'other') continue;
        mentions.push(insideQuote(text, m.start) ? { ...m, quoted: true } : m);
        if (m.type === 'person' && /\s/.test(m.surface)) surnames.set(surnameOf(m.surface), (surnames.get(surnameOf(m.surface)) ?? new Set()).add(m.surface));
      }
    }
  });
  return mentions;
}
