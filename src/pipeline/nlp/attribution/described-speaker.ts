import type { Token } from '../tokens.ts';
import type { LocalMention } from '../local-aliases.ts';
import type { Described, SentenceAttribution } from './attribute.ts';
import type { CueChoice } from './cues.ts';
import type { Discourse } from './resolve-reference.ts';
import { PARTY_MEMBERS } from './party.ts';
import { ORG_ANAPHORS } from '../claim-words.ts';
import { ROLE_HEADS } from '../name-words.ts';
import { isCommonWord, isDemonym, isRoleNoun } from '../lexicon.ts';
import { isPossessive, RELATIVE } from './word-tests.ts';

/**
 * Speakers an article describes without naming ("police said", "“…,” a hospital spokesman said", "witnesses told
 * reporters"): no entity can be credited, but the reader may still be told who the article says spoke. The
 * description is kept as written; it names no one, so it is never turned into an entity.
 */

// Nouns for a person the text leaves unnamed ("a person familiar with the talks", "one strategist").
// (…and people a story meets without naming: "a neighbour of the suspect, who declined to give her name, said",
// "his mother said".)
export const UNNAMED_PEOPLE = new Set([
  'person', 'source', 'strategist', 'staffer', 'aide', 'adviser', 'advisor', 'lawmaker', 'member', 'insider', 'operative', 'diplomat', 'donor', 'ally',
  'neighbour', 'neighbor', 'witness', 'resident', 'bystander', 'passenger', 'customer', 'shopper', 'worker', 'employee', 'student', 'parent', 'fan',
  'protester', 'woman', 'man', 'mother', 'father', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband', 'friend', 'relative', 'cousin',
  'aunt', 'uncle', 'grandmother', 'grandfather', 'girlfriend', 'boyfriend', 'partner', 'colleague', 'teammate', 'classmate',
  'guest', 'supporter', 'spectator', 'onlooker', 'attendee', 'viewer', 'villager', 'local', 'victim', 'survivor', 'patient', 'mourner',
  'voter', 'girl', 'boy', 'teenager', 'driver', 'pilot', 'nurse', 'teacher',
  // (…and the market voices of wire copy: "Another arbitrageur said …. He speculated that …".)
  'arbitrageur', 'trader', 'dealer', 'banker', 'broker', 'investor', 'economist', 'shareholder',
]);

// People and bodies spoken of as a whole, which no name stands for ("police said", "organisers said", "the
// ministry said"). Not what such a body issues: "the statement said" describes no speaker.
const BODIES = new Set([
  'police', 'authority', 'crowd', 'organizer', 'organiser', 'official', 'investigator', 'prosecutor', 'rescuer', 'firefighter', 'doctor', 'expert',
  'analyst', 'observer', 'delegate', 'steward', 'staff', 'family', 'relative', 'people', 'spokesman', 'spokeswoman', 'spokesperson',
  'bureau', 'office', 'committee', 'council', 'board', 'court', 'commission', 'agency', 'ministry', 'department', 'government', 'administration',
  'company', 'firm', 'team', 'club', 'group', 'organization', 'organisation', 'union', 'military', 'army', 'navy', 'embassy', 'hospital', 'school',
  'university', 'church', 'party', 'campaign', 'league', 'federation', 'association', 'studio', 'label', 'network', 'airline', 'lawyer', 'attorney',
  'paramedic', 'medic', 'eyewitness', 'lifeguard', 'coroner', 'ranger', 'guard', 'soldier', 'trooper', 'detective', 'marshal', 'volunteer',
]);
const NOT_SPEAKERS = new Set([
  'statement', 'memo', 'post', 'blog', 'report', 'letter', 'release', 'announcement', 'document', 'website', 'site', 'paper', 'newspaper', 'daily',
  'magazine', 'record', 'filing', 'data', 'figure', 'estimate', 'poll', 'survey', 'study', 'analysis', 'note', 'notice', 'account', 'medium', 'media',
]);

// Nouns for a group that are never a name's stand-in, with or without "the" ("the police", "the crowd").
const COLLECTIVES = new Set(['police', 'crowd', 'audience', 'staff', 'public', 'jury', 'military', 'family', 'management', 'personnel', 'clergy', 'people']);
// Counts of people before "of" ("thousands of supporters").
const QUANTITIES = /^(?:thousands|hundreds|dozens|scores|millions|tens|one|two|three|four|five|six|several|some|many|most|all|none|both|each|members)$/i;
// Determiners that bring in someone new, whom the text does not name.
const INDEFINITE = /^(?:a|an|one|two|three|four|five|several|some|many|most|another|other|thousands|hundreds|dozens|scores)$/i;

/** The singular of a plural the tagger left as it is ("Officials" read as a name keeps its "s"). */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/** Whether a description's head word can stand for who spoke: people, a group of them, or a body. */
export function describesSpeaker(head: string): boolean {
  const word = head.toLowerCase();
  const one = singular(word);
  if (NOT_SPEAKERS.has(word) || NOT_SPEAKERS.has(one)) return false;
  return [word, one].some((w) => BODIES.has(w) || UNNAMED_PEOPLE.has(w) || ROLE_HEADS.has(w) || ORG_ANAPHORS.has(w)) || isRoleNoun(word) || isRoleNoun(one) || (AGENT.test(one) && !NOT_AGENTS.test(one));
}

// A noun for someone who does something ("forecaster", "regulator", "shopkeeper", "economist", "physician",
// "resident"): the subject of a speech verb that ends so is someone speaking, whatever the lexicon knows of it.
// (Documents and media, which also say things, are kept out above.)
// (Not "-ment" nor the things and ideas of those endings a sentence may make say something: "One of the agreements
// calls for", "one rumor suggests".)
const AGENT = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)$/u;
const NOT_AGENTS = /(?:ment|rumou?r|factor|sector|motor|tractor|error|colou?r|floor|door|mirror|vector|reactor|monitor|indicator|computer|printer|server|container|trailer|tanker|number|order|matter|center|centre|corner|water|weather|chapter|register|poster|banner|flyer|leaflet|event|content|percent|talent|patent)$/;

/** A word the tagger may misread ("According to police/VERB") that can only be a speaker noun here. */
const speakerNoun = (t: Token) => /^\p{Ll}/u.test(t.value) && BODIES.has(singular(t.value.toLowerCase()));

// Prepositions that may join a description's parts ("a spokesman for the hospital", "police in Lyon").
const LINKS = /^(?:for|of|at|in|from|with)$/i;
// A time after the phrase is the verb's, not the speaker's ("said police in Lyon Tuesday").
const TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later)$/i;
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DETERMINER = /^(?:the|a|an|one|two|three|four|five|several|some|many|most|other|another|his|her|its|their|our|local|both|all|every|each|these|those)$/i;

/**
 * The description as the sentence words it, from its determiner to its last word, given the cue at token `cue`
 * and whether the description follows it (`said a spokesman for the hospital`, `according to police in Lyon`) or
 * stands before it (`A spokesman for the hospital said`), and its head: the given one, which the words must hold,
 * else the last noun before a preposition; `unnamed` when the phrase brings in someone new or a group (below),
 * `plural` when it is a group ("they" stands for it, not "he" or "she"); `from` and `to`, its first and last tokens.
 * Undefined when no such words are there.
 */
export function describedPhrase(tokens: readonly Token[], cue: number, after: boolean, quoted: (t: Token) => boolean, head?: string): { text: string; head: string; unnamed: boolean; plural: boolean; from: number; to: number } | undefined {
  const inPhrase = (t: Token | undefined) => t !== undefined && !quoted(t) && (IN_PHRASE.has(t.pos) || t.value === '-' || isPossessive(t) || speakerNoun(t));
  let from: number;
  let to: number;
  let relative = false;
  if (after) {
    from = cue + 1;
    if (!tokens[from] || quoted(tokens[from]!)) return undefined;
    to = DETERMINER.test(tokens[from]!.value) ? from + 1 : from;
    while (to < tokens.length && to - from < 10) {
      const t = tokens[to]!;
      const next = tokens[to + 1];
      if (TIME.test(t.value)) break;
      if (inPhrase(t)) to++;
      else if (DETERMINER.test(t.value) && LINKS.test(tokens[to - 1]?.value ?? '')) to++;
      else if (LINKS.test(t.value) && (inPhrase(next) || DETERMINER.test(next?.value ?? ''))) to++;
      else break;
    }
    to--;
  } else {
    // Past adverbs and auxiliaries between the subject and its verb ("Police have also said"), and the "as" of "quoted
    // a county official as saying".
    to = cue - 1;
    if (/^as$/i.test(tokens[to]?.value ?? '') && /ing$/i.test(tokens[cue]!.value)) to--;
    while (to >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[to]!.pos) && cue - to <= 3) to--;
    // (…and past an aside: "The strategist, who works for one of his party's contenders, said".)
    // (…or "who" after one: "thousands of supporters in Kessel, who chanted".)
    // (The antecedent of "who" may be any noun phrase, a preposition's object too: "to thousands of supporters".)
    if (/^who$/i.test(tokens[to]?.value ?? '') && tokens[to - 1]?.value === ',') {
      to--;
      relative = true;
    }
    if (head !== undefined && tokens[to]?.value === ',') {
      let k = to - 1;
      while (k >= 0 && cue - k <= 30 && !(tokens[k]!.lemma.toLowerCase() === head && !quoted(tokens[k]!))) k--;
      // (The head right before the aside's comma, or a place or body after it: "supporters in Kessel, who".)
      if (k >= 0 && tokens[k + 1]?.value === ',') to = k;
      else if (k >= 0 && tokens.slice(k + 1, to).every((t) => inPhrase(t) || LINKS.test(t.value) || DETERMINER.test(t.value))) to -= 1;
    }
    from = to;
    while (from > 0 && to - from < 10) {
      const t = tokens[from - 1]!;
      if (TIME.test(t.value)) break;
      if (inPhrase(t)) from--;
      else if (DETERMINER.test(t.value)) {
        // A determiner ends the phrase unless a preposition before it joins it to more ("for the hospital").
        if (LINKS.test(tokens[from - 2]?.value ?? '') && inPhrase(tokens[from - 3])) from -= 2;
        else {
          from--;
          break;
        }
      } else if (LINKS.test(t.value) && inPhrase(tokens[from - 2])) from--;
      // (…and two of one kind: "Officials at the Interior and Commerce departments", "Developers and business groups".)
      else if (/^(?:and|&)$/.test(t.value) && inPhrase(tokens[from]) && inPhrase(tokens[from - 2])) from--;
      else break;
    }
  }
  // A phrase neither starts on a preposition nor ends on one, a determiner or an adjective left of a clause ("a
  // person close to …", "people familiar with …" keep their head).
  while (from <= to && (LINKS.test(tokens[from]!.value) || tokens[from]!.value === '-')) from++;
  while (to >= from && (LINKS.test(tokens[to]!.value) || DETERMINER.test(tokens[to]!.value) || tokens[to]!.pos === 'ADJ' || tokens[to]!.value === '-')) to--;
  // "a statement of the event organisers said": the statement speaks for those it is of.
  let documentOf = false;
  if (to - from >= 2 && NOT_SPEAKERS.has(tokens[from + (INDEFINITE.test(tokens[from]!.value) || /^the$/i.test(tokens[from]!.value) ? 1 : 0)]!.lemma.toLowerCase())) {
    const of = tokens.findIndex((t, k) => k > from && k < to && /^(?:of|from|by)$/i.test(t.value));
    if (of < 0) return undefined;
    from = of + 1;
    documentOf = true;
  }
  if (to < from) return undefined;
  // (A subject opens its clause: not words after a verb or a preposition, "The letter sent to all Coastal employees
  // and stockholders in Texas also accused …" is the letter's.)
  // (…though a count may stand before "of", "Some of the girls said"; a verb read into a first word, "Lift/VERB
  // operators said"; and one quoted, "The agency quoted a county official as saying".)
  // ("…as a policeman put it" frames what it says: "as" is no preposition here.)
  if (!after && from > 1 && /^of$/i.test(tokens[from - 1]!.value) && QUANTITIES.test(tokens[from - 2]!.value)) from -= 2;
  const governed = (at: number) => {
    const before = tokens[at - 1];
    return before !== undefined && !/^as$/i.test(before.value) && (before.pos === 'ADP' || /^to$/i.test(before.value) || (['VERB', 'AUX', 'PART'].includes(before.pos) && at - 1 > 0 && before.lemma.toLowerCase() !== 'quote'));
  };
  // (Where an "and" joins it to what comes before, "a conglomerate over the years and analysts believe", a new
  // clause cannot be told from a longer object, "sent to all Coastal employees and stockholders in Texas also
  // accused": nothing is shown.)
  if (!after && !documentOf && !relative && governed(from)) return undefined;
  const words = tokens.slice(from, to + 1);
  // (Past a number of them first: "thousands of supporters", "two of the witnesses".)
  const counted = words.length > 2 && (words[0]!.pos === 'NUM' || QUANTITIES.test(words[0]!.value)) && /^of$/i.test(words[1]!.value) ? 2 : 0;
  const firstLink = words.findIndex((t, k) => k >= counted && LINKS.test(t.value));
  const nouns = words.slice(counted, firstLink < 0 ? words.length : firstLink).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || speakerNoun(t));
  // (The noun before a preposition heads the phrase: "a spokeswoman for the fire service" is a spokeswoman.)
  const givenAt = head === undefined ? -1 : words.findIndex((t) => t.lemma.toLowerCase() === head || t.value.toLowerCase() === head);
  const found = head !== undefined && (firstLink < 0 || givenAt < firstLink) ? head : nouns[nouns.length - 1]?.lemma.toLowerCase();
  if (found === undefined || !words.some((t) => t.lemma.toLowerCase() === found || t.value.toLowerCase() === found) || words.some(quoted)) return undefined;
  // Someone the article brings in unnamed: "a spokesman", "two witnesses", "officials", "police", "the crowd" —
  // unlike "the company" or a bare "company", which stand for someone met before (`unnamed` false).
  const headToken = [...words].reverse().find((t) => t.lemma.toLowerCase() === found || t.value.toLowerCase() === found)!;
  const plural = /s$/i.test(headToken.value) && singular(headToken.value.toLowerCase()) !== headToken.value.toLowerCase();
  const group = plural || COLLECTIVES.has(found);
  const unnamed = group || INDEFINITE.test(words[0]!.value);
  let text = '';
  words.forEach((t, k) => {
    const glued = k > 0 && (isPossessive(t) || t.value === '-' || words[k - 1]!.value === '-');
    text += (k === 0 || glued ? '' : ' ') + t.value;
  });
  // "Police said": the capital is the sentence's, not the word's.
  const first = words[0]!;
  // (Not a name's first word: "Finance Ministry officials", "Japanese officials".)
  const nameAfter = words.slice(1, firstLink < 0 ? words.length : firstLink).some((t) => /^\p{Lu}/u.test(t.value));
  const lower = /^\p{Lu}(?:\p{Ll}|$)/u.test(first.value) && (DETERMINER.test(first.value) || (!nameAfter && !isDemonym(first.value) && (isCommonWord(first.value.toLowerCase()) || describesSpeaker(first.value))));
  return { text: lower ? text[0]!.toLowerCase() + text.slice(1) : text, head: found, unnamed, plural: group, from, to };
}

// Nouns that say whether the one described is a man or a woman.
const FEMALE = /(?:woman|women|wife|mother|daughter|sister|girl|aunt|grandmother|widow|niece|actress|waitress|girlfriend)$/i;
const MALE = /(?:^|[^o])(?:man|men)$|(?:husband|father|son|brother|boy|uncle|grandfather|widower|nephew|actor|waiter|boyfriend)$/i;

/** Whether "he" or "she" can stand for one described by this head noun ("spokeswoman" is no "he"). */
export function genderFits(head: string, pronoun: string): boolean {
  if (pronoun === 'she') return !MALE.test(head);
  if (pronoun === 'he') return !FEMALE.test(head);
  return true;
}

/** What describing a cue's speaker needs of its sentence and of the article so far. */
export interface DescribeScope {
  tokens: readonly Token[];
  /** The sentence's mentions (indexes into `mentions`). */
  own: readonly number[];
  mentions: readonly LocalMention[];
  /** The attributions of the sentences before this one. */
  out: readonly SentenceAttribution[];
  index: number;
  discourse: Discourse;
  /** Speakers described so far, by the head of their description ("spokesman" → "a police spokesman"). */
  describedBefore: Map<string, string>;
  /** Whether the sentence quotes: the description's words are then quoted, else reported. */
  quoting: boolean;
  quoted: (t: Token) => boolean;
}

/**
 * The speaker a cue describes without naming them, as written, when no name was found for it: a description
 * ("police said", "said a hospital spokesman"), party members ("Senate Democrats said"), or a he/she/they standing
 * for someone described just before. Undefined for hedged speech, a relative clause's speaker, a description a
 * name stands beside, and a definite description that is not one described before ("the company said").
 */
export function describeCue(scope: DescribeScope, c: CueChoice): Described | undefined {
  const { tokens, own, mentions, out, index, discourse, describedBefore, quoting, quoted } = scope;
  const kind = quoting ? 'quote' : 'indirect';
  // "A volunteer firefighter … said his crew had saved a house. “…,” he said.": a he/she/they no name was found for
  // is the one described just before, when nobody named spoke between.
  if (c.phrase.kind === 'pronoun') {
    const earlier = describedJustBefore(out, index, c.phrase.pronoun, discourse);
    return earlier && { ...earlier, kind };
  }
  // "Democrats said", "Senate Republicans argue": members of a party, as the article names them.
  if (c.phrase.kind === 'mention' && PARTY_MEMBERS.test(mentions[c.phrase.mention]!.name)) {
    const m = mentions[c.phrase.mention]!;
    // (…with a count before them: "Some Democrats said" is not the party.)
    const at = tokens.findIndex((t) => t.start >= m.start);
    const count = at > 0 && /^(?:some|many|most|several|few|two|three|four|five|other|a|the|both)$/i.test(tokens[at - 1]!.value) ? tokens[at - 1]!.value : undefined;
    const text = count === undefined ? m.surface : `${count.toLowerCase()} ${m.surface}`;
    return { text, head: m.surface.split(/\s+/).pop()!.toLowerCase(), kind, plural: true };
  }
  if (c.phrase.kind !== 'description' || c.phrase.head === tokens[c.cue]!.lemma.toLowerCase()) return undefined;
  // Not what someone might say or is there to say ("Many critics will note", "accountants to tell us"): no report.
  // (…past adverbs between: "Critics will doubtless argue", "Police may yet confirm".)
  let k = c.cue - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV' && c.cue - k <= 3) k--;
  if (/^(?:to|will|would|may|might|could|can|should|must|shall)$/i.test(tokens[k]?.value ?? '')) return undefined;
  const found = describedPhrase(tokens, c.cue, c.inverted, quoted, c.phrase.head);
  if (found === undefined || !describesSpeaker(found.head)) return undefined;
  // (Not with someone named among those described, "Martell and other analysts": that person speaks.)
  const person = (m: number) => mentions[m]!.type === 'person' || mentions[m]!.type === 'other';
  const coordinated = own.some((m) => {
    const at = tokens.findIndex((t) => t.start >= mentions[m]!.start);
    // (…named first and joined to the rest by "and", or named after an "and": not "Coastal employees", a name's use as a word.)
    const joined = /^(?:and|&)$/i.test(tokens[at - 1]?.value ?? '') || /^(?:and|&)$/i.test(tokens.find((t) => t.start >= mentions[m]!.end)?.value ?? '');
    return person(m) && at >= found.from && at <= found.to && joined;
  });
  if (coordinated) return undefined;
  // (Not a relative clause's speaker, "Police arrested a man who said he was a doctor": the sentence is not theirs.)
  if (!c.inverted && RELATIVE.test(tokens[c.cue - 1]?.value ?? '') && tokens[c.cue - 2]?.value !== ',') return undefined;
  // (Nor one a name follows in apposition, "One survivor, 8-year-old Lily Tran, told", "said a spokeswoman for
  // the airline, Linda Park": that person.)
  if (tokens[found.to + 1]?.value === ',') {
    const upTo = c.inverted ? found.to + 7 : c.cue;
    // (A name of two words or more the finder could not type counts: "Linda Park" may read as a park.)
    const named = (m: number) => mentions[m]!.type === 'person' || (/\s/.test(mentions[m]!.name) && mentions[m]!.type !== 'organization');
    if (own.some((m) => named(m) && mentions[m]!.start > tokens[found.to]!.start && tokens.findIndex((t) => t.start >= mentions[m]!.start) <= upTo)) return undefined;
  }
  // (Not a description in apposition to a name: "The Social Democratic party, a member of the ruling coalition, …".)
  if (tokens[found.from - 1]?.value === ',' && tokens[found.to + 1]?.value === ',') {
    for (let k = found.from - 2; k >= 0 && k >= found.from - 5 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[k]!.pos); k--) {
      if (own.some((m) => mentions[m]!.start <= tokens[k]!.start && tokens[k]!.end <= mentions[m]!.end && mentions[m]!.type !== 'place')) return undefined;
    }
  }
  // "the spokesman added" after "a police spokesman said": the one described before, as first described.
  // (Only a bare "the spokesman": "the spokesman for the mayor" is someone else.)
  const bare = !/\s(?:for|of|at|in|from|with)\s/i.test(found.text);
  // (…and after it, a bare one is no longer the one described before.)
  if (!found.unnamed && !bare) describedBefore.delete(found.head);
  const text = found.unnamed ? found.text : bare ? describedBefore.get(found.head) : undefined;
  return text === undefined ? undefined : { text, head: found.head, kind, ...(found.plural ? { plural: true as const } : {}) };
}
/**
 * The speaker described (not named) in one of the two sentences before `index`, for a pronoun of their number —
 * unless a named speaker comes between.
 */
function describedJustBefore(out: readonly SentenceAttribution[], index: number, pronoun: string, d: Discourse): Described | undefined {
  if (!/^(?:he|she|they)$/.test(pronoun)) return undefined;
  for (let s = index - 1; s >= Math.max(0, index - 2); s--) {
    const a = out[s]!;
    if (a.speaker !== undefined) return undefined;
    // (Past one of another number or gender: "A fire department spokeswoman said …. A police spokesman said …. She said
    // …" is the spokeswoman.)
    if (a.described && (a.described.plural === true) === (pronoun === 'they') && genderFits(a.described.head, pronoun)) return a.described;
    // (Nor past a sentence naming people or a body: "In a statement, the commerce secretary, Gary Locke, and the
    // interior secretary, Ken Salazar, agreed. … they said" is not the environmentalists described before.)
    const named = (d.bySentence.get(s) ?? []).some((m) => (d.mentions[m]!.type === 'person' || d.mentions[m]!.type === 'organization') && !d.quoted[m]);
    if (named) return undefined;
  }
  return undefined;
}

