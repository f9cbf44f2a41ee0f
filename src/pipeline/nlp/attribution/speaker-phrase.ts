import { mayBePerson, type LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';
import { headOfPhrase, namesANoun } from './subject.ts';
import { surnameOf } from '../person-names.ts';
import { isPossessive, opensSentence, PARTICIPLE_OPENER, RELATIVE } from './word-tests.ts';
import { ORG_WORDS, PERSONS_BODY, POST_NOMINALS, ROLE_HEADS, ROLE_MODIFIERS } from '../name-words.ts';
import { isMediumNounAt } from '../medium.ts';
import { isCommonWord, isFirstName, isKnownPlace, isRoleNoun } from '../lexicon.ts';
import { CUE_VERBS, ORG_ANAPHORS, OUTLET_VERBS } from '../claim-words.ts';
import { quotedAs, quotedPassive } from './cues.ts';
import { partyDescription } from './party.ts';
import { issuingVerbBefore } from './documents.ts';

/** What stands where a cue's speaker should be: a name, a pronoun, or a description ("the company"). */
export type SpeakerPhrase =
  | { kind: 'mention'; mention: number }
  | { kind: 'pronoun'; pronoun: string; /** Block offset of the pronoun. */ at: number }
  | {
      kind: 'description';
      head: string;
      definite: boolean;
      /** The words after the determiner ("Kentucky Republican"). */
      words?: string;
      /** A possessive determiner ("her" in "her father"). */
      owner?: string;
      /** The body a title is held at: the name owning it ("OPEC's president": its mention) or its description ("the group's president": "group"). */
      at?: number | string;
      /** Narrowed by a place ("the senator from Alabama"): described, never resolved to someone named. */
      narrowed?: true;
    }
  /** "…, adding that …": the speaker is the sentence's subject. */
  | { kind: 'subject' };

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
// Words that may sit between a speaker and its verb ("Altman has also said", "Hegseth later wrote").
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
// What an organization or a person issues that can "say" something in their name.
// Not "lawsuit", "indictment", "ruling": those are named after whom they are against ("the Trump indictment").
// (…and a body that speaks for it: "Telmark's board said".)
const DOCUMENTS = new Set(['report', 'statement', 'memo', 'letter', 'release', 'announcement', 'spokesman', 'spokeswoman', 'spokesperson', 'board']);
const TITLE_WORD = /^(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Adm)\.?$|^(?:Senator|President|Governor|Mayor|Secretary|Speaker|Judge|Justice|Representative)$/;
// People around someone, who speak for themselves ("Friends of Amy Price said").
const CIRCLE_NOUNS = new Set(['friend', 'supporter', 'ally', 'critic', 'fan', 'follower', 'opponent', 'admirer', 'relative', 'family', 'neighbour', 'neighbor', 'colleague', 'associate']);
// …and the rest of a relation or a representative ("the wife of", "a lawyer for"): someone else than the one named.
const RELATION_NOUNS = new Set([...CIRCLE_NOUNS, 'wife', 'husband', 'daughter', 'son', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'niece', 'nephew', 'cousin', 'girlfriend', 'boyfriend', 'partner', 'lawyer', 'attorney', 'aide', 'adviser', 'advisor', 'staffer', 'employee', 'intern', 'volunteer', 'donor', 'member', 'pal', 'mate', 'confidant', 'confidante', 'acquaintance', 'insider']);
const CLAUSE_OPENERS = /^(?:after|before|since|until|till|once|because|although|though|while|whereas|unless)$/i;
const OPENERS = new Set(['who', 'which', 'whose', 'where', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'now', 'also']);
// Nouns for people a story leaves unnamed, in the plural ("analysts", "officials", "staff").
const UNNAMED_GROUPS = new Set(['analyst', 'official', 'source', 'trader', 'economist', 'dealer', 'executive', 'banker', 'member', 'staff', 'employee', 'worker', 'expert', 'observer', 'diplomat', 'delegate', 'broker']);
// Descriptions a company or body can fill as well as a person: "The building's owner, Tessaro Property Group, said".
const BODY_ROLES = new Set(['owner', 'operator', 'landlord', 'developer', 'manufacturer', 'maker', 'publisher', 'distributor', 'parent', 'sponsor', 'organizer', 'organiser', 'promoter', 'employer', 'insurer', 'supplier', 'contractor', 'broadcaster', 'venue', 'label', 'studio', 'band', 'network', 'charity', 'lender', 'retailer', 'airline']);

export interface PhraseContext {
  sentence: Sentence;
  /** Mentions of this sentence (indexes into `mentions`). */
  own: readonly number[];
  mentions: readonly LocalMention[];
  /** Whether a token lies inside quotation marks. */
  quoted: (t: Token) => boolean;
}

/** The mention (of this sentence, outside quotes) whose last word is token `i`. */
function mentionEndingAt(ctx: PhraseContext, i: number): number | undefined {
  // Past the letters after a name ("Helen Marsh KC told").
  if (POST_NOMINALS.test(ctx.sentence.tokens[i]?.value ?? '') && i > 0) i--;
  const t = ctx.sentence.tokens[i]!;
  return ctx.own.find((m) => {
    const x = ctx.mentions[m]!;
    // A place can be the subject of a speech verb ("Ohio State previously said", "China said"); products cannot.
    return x.start <= t.start && t.end <= x.end + 1 && !ctx.quoted(t) && x.type !== 'product';
  });
}

function mentionStartingAt(ctx: PhraseContext, i: number): number | undefined {
  const t = ctx.sentence.tokens[i]!;
  return ctx.own.find((m) => {
    const x = ctx.mentions[m]!;
    return x.start === t.start && !ctx.quoted(t) && x.type !== 'place' && x.type !== 'product';
  });
}


/**
 * A description ending at token `end` ("the company", "a spokesman", "Lohan's lawyer"): its head and determiner.
 * One with a name in it ("the Obama administration") is no anaphor: it is left unknown.
 */
function descriptionEndingAt(ctx: PhraseContext, end: number): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  const head = tokens[end]!;
  // "the attorney general": a title ending in a postpositive "general" is a noun phrase too.
  const general = head.lemma.toLowerCase() === 'general' && tokens[end - 1]?.pos === 'NOUN';
  // (…and a gerund after a possessive, which the tagger reads as a verb: "a person familiar with Hestia's thinking".)
  const gerund = head.pos === 'VERB' && /ing$/i.test(head.value) && (isPossessive(tokens[end - 1]) || tokens[end - 1]?.value === 's');
  // (…and an age standing for a person: "the 28-year-old said".)
  const aged = /^old$/i.test(head.value) && tokens[end - 1]?.value === '-' && /^years?$/i.test(tokens[end - 2]?.value ?? '');
  // (…and "the daily", which the tagger may read as an adverb.)
  const medium = isMediumNounAt(tokens, end);
  // (…and a title the tagger reads as an adjective: "The battalion chief/ADJ said", "the official/ADJ said".)
  const title = head.pos === 'ADJ' && ROLE_HEADS.has(head.lemma.toLowerCase());
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !general && !gerund && !aged && !medium && !title) return undefined;
  // The whole title, not "general" alone: the inspector general is not the attorney general.
  const headWord = general ? `${tokens[end - 1]!.value.toLowerCase()} general` : head.lemma.toLowerCase();
  // Hyphens and the numbers before them are part of a word ("28 - year - old", "Oscar - winning"): they count once.
  const hyphenated = (k: number) => tokens[k]!.value === '-' || (tokens[k]!.pos === 'NUM' && tokens[k + 1]?.value === '-');
  let reach = 4;
  for (let k = end - 1; k >= 0 && k >= end - reach; k--) if (hyphenated(k)) reach++;
  for (let j = end - 1; j >= Math.max(0, end - reach); j--) {
    const named = ctx.own.find((m) => ctx.mentions[m]!.start === tokens[j]!.start);
    // "The NCAA report says …", "a Pentagon spokesman said": the document or spokesman speaks for the name right
    // before it ("the NCAA's report" too), not for one further off or a former employer ("a former Pentagon spokesman").
    const issuer = named !== undefined && ctx.mentions[named]!.end <= head.start && tokens.slice(j + 1, end).every((t) => isPossessive(t) || ctx.mentions[named]!.end > t.start);
    const former = tokens.slice(Math.max(0, j - 2), j).some((t) => /^(?:former|ex)$/i.test(t.value));
    if (issuer && !former && DOCUMENTS.has(head.lemma.toLowerCase()) && ctx.mentions[named]!.type !== 'place') return { kind: 'mention', mention: named };
    // "the former FBI director": a name inside a person's title narrows the title (the holder's must have it too).
    // (…and so does one in what a person is called: "the Oscar winner", "the Yankees slugger".)
    if (named !== undefined && !isPossessive(tokens[j + 1]) && (ROLE_HEADS.has(headWord) || isRoleNoun(headWord)) && ctx.mentions[named]!.type !== 'person') continue;
    if (named !== undefined && !isPossessive(tokens[j + 1])) return undefined;
    const v = tokens[j]!.value.toLowerCase();
    if (DETERMINERS.has(v)) return { kind: 'description', head: headWord, definite: v !== 'a' && v !== 'an', words: tokens.slice(j + 1, end + 1).map((t) => t.value).join(' '), ...(/^(?:his|her|its|their|our)$/.test(v) ? { owner: v } : {}) };
    if (isPossessive(tokens[j])) {
      const owner = ctx.own.find((m) => ctx.mentions[m]!.end <= tokens[j]!.start && ctx.mentions[m]!.end >= (tokens[j - 1]?.end ?? 0) && ctx.mentions[m]!.type !== 'place');
      if (owner !== undefined && j === end - 1 && DOCUMENTS.has(head.lemma.toLowerCase())) return { kind: 'mention', mention: owner };
      // "OPEC's president said", "the group's president said": the one holder of that title at that body.
      const described = owner === undefined && /^the$/i.test(tokens[j - 2]?.value ?? '') && ORG_ANAPHORS.has(tokens[j - 1]?.lemma.toLowerCase() ?? '') ? tokens[j - 1]!.lemma.toLowerCase() : undefined;
      const body = owner !== undefined && ctx.mentions[owner]!.type === 'organization' ? owner : described;
      if (body !== undefined && ROLE_HEADS.has(headWord)) return { kind: 'description', head: headWord, definite: true, words: tokens.slice(j + 1, end + 1).map((t) => t.value).join(' '), at: body };
      return { kind: 'description', head: headWord, definite: false };
    }
    if (!['NOUN', 'ADJ', 'PROPN'].includes(tokens[j]!.pos) && !hyphenated(j)) break;
  }
  // A bare plural ("officials said", "prosecutors say") speaks for unnamed people.
  return { kind: 'description', head: headWord, definite: false };
}


/** "took to Twitter to write", "went on Fox News to say": the verb whose purpose a speech verb in the infinitive is. */
function outletVerbBefore(tokens: readonly Token[], cue: number): number | undefined {
  if (tokens[cue - 1]?.value.toLowerCase() !== 'to') return undefined;
  // The verb before, within a short phrase naming where ("to Twitter", "on his show", "the speech"), with no clause between.
  for (let k = cue - 2; k >= 0 && cue - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return OUTLET_VERBS.has(t.lemma.toLowerCase()) && k < cue - 2 ? k : undefined;
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return undefined;
  }
  return undefined;
}

/**
 * The speaker phrase before a cue verb: its subject, skipping adverbs and auxiliaries ("has also said") and one
 * apposition or relative clause between commas ("Snider, who attended King's news conference, said").
 */
export function phraseBefore(ctx: PhraseContext, cue: number): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  // "DeGeneres took to Twitter to announce:", "Obama used the speech to say": the one who went there speaks.
  const outlet = outletVerbBefore(tokens, cue);
  if (outlet !== undefined) return phraseBefore(ctx, outlet);
  // "Mikulic was quoted as saying": the one quoted, subject of "was quoted"; "the paper quoted Yamani as saying":
  // the one between "quoted" and "as", not the paper.
  const quoted = quotedAs(tokens, cue);
  // (…nobody when a common noun governs the name: "quoted critics of Gorbachev as saying", "quoted an aide to Prime
  // Minister Nakasone" — those quoted are unnamed; "a spokesman for X" still speaks for X.)
  if (quoted !== undefined) return quotedPassive(tokens, quoted) ? phraseBefore(ctx, quoted) : quotesSomeoneOf(tokens, quoted, cue) ? undefined : phraseEndingAt(ctx, cue - 2);
  let j = cue - 1;
  let skipped = 0;
  // …and an intensifying "herself" ("McCaskill herself told reporters").
  // (Not "the daily said", its noun read as an adverb.)
  while (j >= 0 && (BETWEEN.has(tokens[j]!.pos) || /^(?:him|her|them|it)sel(?:f|ves)$/i.test(tokens[j]!.value)) && !isMediumNounAt(tokens, j) && skipped < 3 && !ctx.quoted(tokens[j]!)) {
    j--;
    skipped++;
  }
  // "Greece earlier this month declared", "Baker last week told": a time between the subject and its verb.
  // (Only for a name alone as the subject of the sentence's first verb of saying: not "Japan and West Germany today
  // reiterated", one of two, nor "…, noting that TransCanada yesterday stressed" inside another's report.)
  const time = timeBefore(tokens, j);
  const timed = time !== j ? mentionEndingAt(ctx, time) : undefined;
  const firstCue = !tokens.slice(0, cue).some((t) => t.pos === 'VERB' && CUE_VERBS.has(t.lemma.toLowerCase()));
  const alone = timed !== undefined && !/^(?:and|or|&|,)$/i.test(tokens[tokens.findIndex((t) => t.start >= ctx.mentions[timed]!.start) - 1]?.value ?? '');
  if (timed !== undefined && firstCue && alone) j = time;
  if (j < 0) return undefined;
  // "Harvard released a statement Monday saying …": the statement's words are its issuer's.
  const issuing = /ing$/i.test(tokens[cue]!.value) ? issuingVerbBefore(tokens, cue) : undefined;
  if (issuing !== undefined) return phraseBefore(ctx, issuing);
  // "Declaring “…” is at stake, Defense Secretary Robert Gates has ordered …": an opening participle's subject is the
  // main clause's.
  if (/ing$/i.test(tokens[cue]!.value) && opensSentence(tokens, cue)) return { kind: 'subject' };
  j = beforeParenthesis(tokens, j);
  if (j < 0) return undefined;
  if (tokens[j]!.value === ',' && /ing$/i.test(tokens[cue]!.value)) return { kind: 'subject' };
  // "…disagreed with Rep. Thomas Massie, who had called the package “a debt bomb”": "who" is the name before it.
  if (/^who$/i.test(tokens[j]!.value) && tokens[j - 1]?.value === ',') {
    // (…past an AP party tag: "Rep. Brian Fitzpatrick, R-Pa., who said".)
    const text = ctx.sentence.text;
    // (…and past where the person is from: "Rep. Tim Burchett of Tennessee, who had called …".)
    const before = mentionEndingAt(ctx, j - 2);
    const from = before !== undefined && ctx.mentions[before]!.type === 'place' ? ctx.own.find((m) => ctx.mentions[m]!.type === 'person' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(ctx.mentions[m]!.end - ctx.sentence.start, ctx.mentions[before]!.start - ctx.sentence.start))) : undefined;
    const antecedent = from ?? before ?? ctx.own.find((m) => {
      const x = ctx.mentions[m]!;
      return x.end < tokens[j - 1]!.start && /^\s*,\s*[RDI]-[\p{L}. ]{2,12}$/u.test(text.slice(x.end - ctx.sentence.start, tokens[j - 1]!.start - ctx.sentence.start));
    });
    // Not a name after "to"/"for"/"of" and its title: "The former aide to Sen. Kyrsten Sinema, who said …" is the aide.
    const at = antecedent === undefined ? -1 : tokens.findIndex((x) => x.start >= ctx.mentions[antecedent]!.start);
    const owned = at >= 0 && governedName(tokens, at);
    // "thousands of supporters in Kessel, who chanted": "who" is not the place or body after a preposition (a name
    // after "in" or "at" is a place, whatever its type), but the people before it.
    const nameAt = before !== undefined && antecedent === before ? tokens.findIndex((x) => x.start >= ctx.mentions[before]!.start) : -1;
    const located = nameAt > 1 && (/^(?:in|at|near|outside)$/i.test(tokens[nameAt - 1]!.value) || (ctx.mentions[before!]!.type !== 'person' && /^(?:from|of)$/i.test(tokens[nameAt - 1]!.value)));
    if (located && tokens[nameAt - 2]!.pos === 'NOUN') return descriptionEndingAt(ctx, nameAt - 2);
    if (antecedent !== undefined && !owned && ctx.mentions[antecedent]!.type === 'person') return { kind: 'mention', mention: antecedent };
  }
  // "Hawley is getting roasted after claiming in a speech that …": a participle after "after", "before", "while" or
  // "by" has the sentence's subject.
  if (/ing$/i.test(tokens[cue]!.value) && PARTICIPLE_OPENER.test(tokens[j]!.value)) return { kind: 'subject' };
  // "Trump labeled the startup … and wrote on Truth Social:": a second verb of the same subject.
  if (/^(?:and|but)$/i.test(tokens[j]!.value) && tokens[j]!.pos === 'CCONJ') {
    // Not in a relative clause ("met President Trump, who nodded and said …": the relative's antecedent speaks).
    // "Lyons said that Comeaux … and added": "that" after a verb opens what was said, not a relative clause.
    // Nor is "that" before a noun ("agreed with that assessment but said").
    // "told a judge that …": after a speech verb and its listener, "that" opens what was said too.
    const complement = (k: number) => tokens[k - 1]?.pos === 'VERB' || tokens[k]!.pos === 'DET' || tokens.slice(Math.max(0, k - 4), k).some((x) => x.pos === 'VERB' && CUE_VERBS.has(x.lemma.toLowerCase()));
    const relative = (k: number) => RELATIVE.test(tokens[k]!.value) && !(tokens[k]!.value.toLowerCase() === 'that' && complement(k));
    let k = j - 1;
    while (k >= 0 && tokens[k]!.value !== ',' && !relative(k)) k--;
    return k >= 0 && relative(k) ? undefined : { kind: 'subject' };
  }
  if (tokens[j]!.value === ',') {
    // "X, the Y of Z, said": the name before the apposition, which may hold commas of its own ("vice president of
    // environment, technology and regulatory affairs"): up to five commas back, the first that follows a name.
    let first: SpeakerPhrase | undefined;
    let k = j;
    for (let level = 0; level < 5; level++) {
      k--;
      while (k >= 0 && j - k <= 32 && tokens[k]!.value !== ',' && !ctx.quoted(tokens[k]!) && !/^["“”]$/.test(tokens[k]!.value)) k--;
      if (k <= 0 || tokens[k]!.value !== ',') break;
      const opener = tokens[k + 1]!;
      // "A staff member of the mine's owner, Dongshan Coal Group, surnamed Wang, told Xinhua": the one "surnamed" so.
      if (level === 0 && /^(?:surnamed|named)$/i.test(opener.value)) {
        const called = mentionStartingAt(ctx, k + 2);
        if (called !== undefined && ctx.mentions[called]!.type !== 'organization') return { kind: 'mention', mention: called };
      }
      // ", and Religious Freedom," is the last item of a list inside the apposition: go on to the comma before it.
      if (opener.pos === 'CCONJ') continue;
      // (A name the tagger misreads, "Associated/VERB Press correspondent Zeke Miller", opens one too.)
      const isApposition = OPENERS.has(opener.value.toLowerCase()) || ['PROPN', 'NOUN', 'ADJ', 'NUM'].includes(opener.pos) || ctx.own.some((m) => ctx.mentions[m]!.start === opener.start);
      // "Altman, on the other hand, frames …", "Sessions, in a letter to the president, wrote": an aside without a
      // verb of its own, short or opened by a preposition.
      // (A participle right after its noun is no verb of the aside's own: "in a statement issued on behalf of …".)
      const reduced = (x: number) => tokens[x]!.pos === 'VERB' && /(?:ed|en)$/i.test(tokens[x]!.value) && tokens[x - 1]?.pos === 'NOUN';
      const verbless = !tokens.slice(k + 1, j).some((t, x) => (t.pos === 'VERB' || t.pos === 'AUX') && !reduced(k + 1 + x));
      // "Obama, speaking at a rally in Ohio, said", "Sanders, asked about it, said": a participle's phrase with no
      // other verb is an aside too.
      // (A "verb" right after an adjective or a determiner is a noun the tagger misread: "her own first-round match".)
      const finite = (x: number) => (tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX') && !['ADJ', 'DET', 'NOUN'].includes(tokens[x - 1]?.pos ?? '');
      const participle = opener.pos === 'VERB' && /(?:ing|ed)$/i.test(opener.value) && !Array.from({ length: Math.max(0, j - k - 2) }, (_, n) => k + 2 + n).some(finite);
      // ("Tanabe, asked about her rival's absence before her own first-round match, said": a participle's phrase may run long.)
      // (…or by an adverb: "Ostrowski, who spent 19 years at Lindell Brothers, most recently as president of its home
      // goods division, told analysts".)
      const aside = (verbless && (j - k <= 5 || ((opener.pos === 'ADP' || opener.pos === 'ADV') && j - k <= 12))) || (participle && j - k <= 20);
      if (!isApposition && !aside) break;
      const phrase = phraseEndingAt(ctx, k - 1);
      // "A spokeswoman for Obama, Meredith Tate, said": the name in apposition speaks, not the one the title is for.
      const governed = phrase?.kind === 'mention' && governedByForOf(tokens, tokens.findIndex((x) => x.start >= ctx.mentions[phrase.mention]!.start));
      const apposed = level === 0 && governed ? nameSpanning(ctx, k + 1, j - 1) : undefined;
      // (Not a firm's name that goes on the name before: "the venture capital firm of Draper, Gaither & Anderson,".)
      if (apposed !== undefined && !firmName(ctx.mentions[apposed]!)) return { kind: 'mention', mention: apposed };
      // "Youngkin's spokesperson, Christian Martinez, said", "A Justice Department spokeswoman, Maura Delaney, said":
      // a named spokesperson speaks, not the body or person they speak for.
      const spokesperson = level === 0 && /^spokes/i.test(tokens[k - 1]?.value ?? '') ? nameSpanning(ctx, k + 1, j - 1) : undefined;
      if (spokesperson !== undefined && (ctx.mentions[spokesperson]!.type === 'person' || ctx.mentions[spokesperson]!.name.includes(' '))) return { kind: 'mention', mention: spokesperson };
      // "Beryl W. Sprinkel, economist of Harris Trust & Savings Bank, Chicago, predicted": a name after "of" or "for"
      // ends an apposition of its own, whose subject is further back.
      if (governed) {
        first ??= phrase;
        continue;
      }
      // "Dow Chemical Co., Midland, Mich., said": where the speaker is from, after the name, is no speaker.
      if (phrase?.kind === 'mention' && whereFrom(ctx, phrase.mention)) continue;
      // "Greg Mackey, Orange County Fire Authority Captain, Irvine, said": a name that is no person's, itself in
      // apposition to a person's, is that person's title (where they are from follows it).
      const titleOf = phrase?.kind === 'mention' && ctx.mentions[phrase.mention]!.type !== 'person' ? personBeforeComma(ctx, phrase.mention) : undefined;
      if (titleOf !== undefined) return { kind: 'mention', mention: titleOf };
      if (phrase && phrase.kind !== 'description') return phrase;
      // "Trump’s lawyer, Michael Cohen, said": a description before a name in apposition is that name's title.
      // "A lawyer for one of the defendants, Kelli Ward, said": the name is the one of them, not the lawyer.
      if (level === 0 && /^(?:one|two|three|some|several|many|each|both)$/i.test(tokens.slice(Math.max(0, k - 5), k).find((t, x, all) => all[x + 1]?.value.toLowerCase() === 'of')?.value ?? '')) return undefined;
      // A description the word lists do not know reads the same way when it opens the sentence with no verb of its own
      // ("Her Conservative shadow, Laura Finch, said", "The minister for EU relations, Owen Pritchard, told").
      // (The tagger may call the head an adjective: "His longtime rival/ADJ, Senate President Bill Ferguson,".)
      const headLike = tokens[k - 1]?.pos === 'NOUN' || (tokens[k - 1]?.pos === 'ADJ' && /^(?:the|a|an|his|her|their|its|our)$/i.test(tokens[0]?.value ?? ''));
      const opening = phrase === undefined && headLike && !tokens.slice(0, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoted(t) || /^["“”]$/.test(t.value));
      // (An organization, after a description of one: "A human rights group, the Civil Liberties Forum, said".)
      // (…or of a role a body can fill, when that role heads the phrase: not "A staff member of the mine's owner, X,".)
      const phraseFrom = tokens.slice(0, k).findLastIndex((t) => t.value === ',') + 1;
      const heads = !tokens.slice(phraseFrom, k).some((t) => t.value.toLowerCase() === 'of');
      const ofBody = phrase?.kind === 'description' && (ORG_ANAPHORS.has(phrase.head) || (BODY_ROLES.has(phrase.head) && heads));
      const named = level === 0 && (phrase?.kind === 'description' || opening) ? nameSpanning(ctx, k + 1, j - 1, ofBody) : undefined;
      if (named !== undefined) return { kind: 'mention', mention: named };
      first ??= phrase;
    }
    // "Assistant House Republican Leader Trent Lott of Mississippi, said he believed …": a comma the copy put between
    // the subject and its verb, with no apposition before it — the name opening the sentence, with no verb before it.
    // (Only before "said"/"told": "Sanders, asked about the payments, said" opens an aside with its participle.)
    const saying = /^(?:said|says|told|tells)$/i.test(tokens[cue]!.value);
    // (Not a participle's aside: "Li Ka-shing, said to be Asia's richest man, bought", "Thatcher, told by aides that
    // …, decided", "Mourinho, told his contract would not be renewed, walked out" — "to"/"by" after the verb, or a
    // comma and the sentence's own verb after it; nor an opening phrase's object with the speaker after the verb:
    // "For Obama, says a longtime aide, the defeat was personal".)
    const passive = /^(?:to|by|of|about)$/i.test(tokens[cue + 1]?.value ?? '');
    const closesAside = tokens.slice(cue + 1).some((t, x, rest) => t.value === ',' && ['VERB', 'AUX'].includes(rest[x + 1]?.pos ?? '') && !/ing$/i.test(rest[x + 1]!.value));
    const opener = ['ADP', 'SCONJ', 'ADV'].includes(tokens[0]!.pos) || OPENING_WORDS.test(tokens[0]!.value);
    if (first === undefined && saying && !passive && !closesAside && !opener && !tokens.slice(0, j).some((t) => t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoted(t))) {
      const stray = phraseEndingAt(ctx, j - 1, true);
      if (stray?.kind === 'mention' && mayBePerson(ctx.mentions[stray.mention]!)) return stray;
    }
    return first;
  }
  // "A woman who lives near the search area said": the one the relative clause is about, not its last noun.
  // Not when the clause has a subject of its own before the verb: in "Eli Strand, who she said had …", she speaks.
  // (Up to sixteen tokens back, with no comma: "Mr. Reama, who retired as vice president of the American Screw Co.
  // in 1955 said".)
  for (let k = j; k > 0 && j - k < 16 && tokens[k]!.value !== ',' && !ctx.quoted(tokens[k]!); k--) {
    if (/^who$/i.test(tokens[k]!.value)) {
      // (A word right after "who" is the clause's own subject — "who she said", "who Dunne said", "who friends said";
      // a verb there is the clause's, about the antecedent: "The senator who resigned said".)
      // (…or a short noun phrase: "Shultz, who the report suggests were more interested …" is the report's word.)
      // (Not a name another noun governs just before ", who": "a floor broker contacted by Reuters, who also said" is
      // the broker's, "the chairman of Ford, who said" the chairman's.)
      const named = tokens[k - 1]?.value === ',' ? mentionEndingAt(ctx, k - 2) : undefined;
      const first = named === undefined ? -1 : tokens.findIndex((t) => t.start >= ctx.mentions[named]!.start);
      if (k === j && first > 0 && (['organization', 'place'].includes(ctx.mentions[named!]!.type) || governedName(tokens, first))) return undefined;
      // (Opened by a determiner: in "who chairs the trust said", "chairs" is a verb the tagger may call a noun.)
      // (…past a possessive: "who the playhouse's annual report said".)
      const nounPhrase = j - k <= 6 && tokens[k + 1]?.pos === 'DET' && tokens.slice(k + 1, j + 1).every((t) => !['VERB', 'AUX', 'ADP', 'PUNCT'].includes(t.pos));
      const ownSubject = (k === j - 1 && !['VERB', 'AUX'].includes(tokens[j]!.pos)) || nounPhrase;
      return ownSubject ? phraseEndingAt(ctx, j, true) : (phraseEndingAt(ctx, k - 1, true) ?? phraseEndingAt(ctx, j, true));
    }
  }
  const unclosed = unclosedApposition(ctx, j);
  if (unclosed !== undefined) return { kind: 'mention', mention: unclosed };
  return phraseEndingAt(ctx, j, true);
}

// Words of a time between a subject and its verb ("earlier this month", "last week", "on Tuesday"): its nouns, and the
// words that go with them.
const TIME_NOUNS = /^(?:today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const TIME_WORDS = /^(?:earlier|later|last|this|next|on)$/i;

/** The token before a phrase of time ending at `j`, or `j` when no such phrase ends there. */
function timeBefore(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k >= 0 && j - k < 4 && (TIME_WORDS.test(tokens[k]!.value) || TIME_NOUNS.test(tokens[k]!.value))) k--;
  // (Only a phrase with a noun of time in it: "this" alone is no time.)
  return tokens.slice(k + 1, j + 1).some((t) => TIME_NOUNS.test(t.value)) ? k : j;
}

// Words opening a phrase before the sentence's subject ("Unlike Greenspan, …", "Asked about Smith, …").
const OPENING_WORDS = /^(?:unlike|like|besides|without|after|before|despite|with|along|apart|according|asked|when|while|in|for|to|as)$/i;

/**
 * Whether a common noun governs the name between "quoted" (`quoted`) and "as saying" (`cue`): "critics of
 * Gorbachev", "an aide to Nakasone" — not "a spokesman for X", who speaks for X.
 */
function quotesSomeoneOf(tokens: readonly Token[], quoted: number, cue: number): boolean {
  return tokens.slice(quoted + 2, cue - 1).some((t, n) => {
    const noun = tokens[quoted + 1 + n]!;
    return t.pos === 'ADP' && /^(?:of|to|for|close|at|in|from|near)$/i.test(t.value) && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.value) && !/^spokes/i.test(noun.value);
  });
}

/**
 * "Guenter Kirchhain, first vice president for Deutsche Bank AG said": an apposition whose closing comma the copy
 * left out. The name before the title speaks, not the body the title is for — only when a title word heads the
 * words between the comma and "for"/"of"/"at", and they hold no verb.
 */
function unclosedApposition(ctx: PhraseContext, j: number): number | undefined {
  const tokens = ctx.sentence.tokens;
  const body = mentionEndingAt(ctx, j);
  if (body === undefined) return undefined;
  let k = tokens.findIndex((t) => t.start >= ctx.mentions[body]!.start) - 1;
  if (/^the$/i.test(tokens[k]?.value ?? '')) k--;
  if (!/^(?:for|of|at)$/i.test(tokens[k]?.value ?? '')) return undefined;
  const title = tokens[k - 1];
  if (title === undefined || !(ROLE_HEADS.has(title.value.toLowerCase()) || isRoleNoun(title.value.toLowerCase()))) return undefined;
  let c = k - 2;
  while (c >= 0 && k - c <= 6 && tokens[c]!.value !== ',' && !['VERB', 'AUX', 'PRON', 'CCONJ'].includes(tokens[c]!.pos) && !ctx.quoted(tokens[c]!)) c--;
  if (c <= 0 || tokens[c]!.value !== ',') return undefined;
  const name = mentionEndingAt(ctx, c - 1);
  if (name === undefined) return undefined;
  // The name (with its title) opens the sentence or follows a comma after the report — not an opening phrase's
  // object: "Unlike Greenspan, the president of the Dallas Fed said" is the president's.
  let nameFirst = tokens.findIndex((t) => t.start >= ctx.mentions[name]!.start);
  while (nameFirst > 0 && ['PROPN', 'NOUN', 'ADJ', 'DET'].includes(tokens[nameFirst - 1]!.pos) && tokens[nameFirst - 1]!.value !== ',') nameFirst--;
  // (…or follows the quotation it frames: `,” Gail Martell, chief meteorologist for E.F. Hutton said`.)
  const afterQuotation = /^["”»]$/.test(tokens[nameFirst - 1]?.value ?? '') && tokens[nameFirst - 2]?.value === ',';
  if (nameFirst > 0 && tokens[nameFirst - 1]!.value !== ',' && !afterQuotation) return undefined;
  const opening = OPENING_WORDS.test(tokens[0]!.value) && !tokens.slice(0, nameFirst - 1).some((t) => t.value === ',');
  return !opening && mayBePerson(ctx.mentions[name]!) ? name : undefined;
}

/** A firm's name: typed so, or joined by an ampersand, as no person's is ("Gaither & Anderson"). */
const firmName = (mention: LocalMention) => mention.type === 'organization' || mention.surface.includes('&');

/**
 * Whether the name starting at token `first` only says whose title the description is: after "for" or "of", past a
 * title or determiner ("for Sen. Ted Cruz", "The owner of the Denver Summit"), or after a possessive ("Scotland's
 * First Minister").
 */
function governedByForOf(tokens: readonly Token[], first: number): boolean {
  if (isPossessive(tokens[first - 1])) return true;
  return /^(?:for|of)$/i.test(tokens[beforeTitle(tokens, first)]?.value ?? '');
}

/**
 * The index of the word before the title that precedes the name starting at token `first`: past title words ("for
 * Senate Majority Leader John Thune"), lower-case ones ("for former national security adviser John Bolton") and names
 * inside the title ("for former Trump adviser Peter Navarro", "for New York Attorney General Letitia James").
 */
function beforeTitle(tokens: readonly Token[], first: number): number {
  const titleWord = (t: Token) => !/^(?:for|of|and|the|to)$/i.test(t.value) && (TITLE_WORD.test(t.value) || /^(?:former|ex-|then-|acting)$/i.test(t.value) || ROLE_HEADS.has(t.value.toLowerCase()) || ROLE_MODIFIERS.has(t.value.toLowerCase()) || /^\p{Lu}/u.test(t.value));
  let k = first - 1;
  while (k >= 0 && first - k <= 7 && (titleWord(tokens[k]!) || /^(?:the|a|an)$/i.test(tokens[k]!.value))) k--;
  return k;
}

/**
 * Whether the name starting at token `first` hangs on a noun before it, which a relative clause after the name may be
 * about instead: "for"/"of" ("the chairman of Ford"), "to" ("the former aide to Sen. Sinema"), or the agent of a
 * participle after a noun ("a floor broker contacted by Reuters"; not "was praised by Smith").
 */
function governedName(tokens: readonly Token[], first: number): boolean {
  const agentOf = /^by$/i.test(tokens[first - 1]?.value ?? '') && /ed$/i.test(tokens[first - 2]?.value ?? '') && tokens[first - 3]?.pos === 'NOUN';
  return agentOf || governedByForOf(tokens, first) || governedByTo(tokens, first);
}

/** "The former aide to Sen. Kyrsten Sinema": the name after "to" and its title, after a noun for a person's relation. */
function governedByTo(tokens: readonly Token[], first: number): boolean {
  const k = beforeTitle(tokens, first);
  return /^to$/i.test(tokens[k]?.value ?? '') && tokens[k - 1]?.pos === 'NOUN';
}

/**
 * Whether mention `m` is a town after a comma and a name ("Dow Chemical Co., Midland, Mich.,", "Boeing Co., Arlington,
 * Va.,"): a place, or one word of unknown type, with a state's abbreviation after it.
 */
function whereFrom(ctx: PhraseContext, m: number): boolean {
  const tokens = ctx.sentence.tokens;
  const x = ctx.mentions[m]!;
  const at = tokens.findIndex((t) => t.start === x.start);
  const end = tokens.findIndex((t) => t.end === x.end);
  if (at < 2 || tokens[at - 1]!.value !== ',' || mentionEndingAt(ctx, at - 2) === undefined) return false;
  const next = tokens[end + 2]?.value ?? '';
  const state = tokens[end + 1]?.value === ',' && (/^\p{Lu}[\p{Ll}.]{1,5}\.$/u.test(next) || (isKnownPlace(next) && tokens[end + 3]?.value === ','));
  return state && (x.type === 'place' || (x.type === 'other' && !/\s/.test(x.name)));
}

/**
 * The person named right before a comma that comes right before mention `m`, if any ("Greg Mackey, …"), unless a
 * preposition or a verb governs that person, past a title: "In a letter to Sen. Elizabeth Warren, Wells Fargo & Co.,
 * …", "the employer of Robert Card, Maine Recycling Corp., …", "the company that fired Tom Ellis, Acme Corp., …" (a
 * review) are the body's words.
 */
function personBeforeComma(ctx: PhraseContext, m: number): number | undefined {
  const tokens = ctx.sentence.tokens;
  const at = tokens.findIndex((t) => t.start === ctx.mentions[m]!.start);
  if (at < 2 || tokens[at - 1]!.value !== ',') return undefined;
  const before = mentionEndingAt(ctx, at - 2);
  if (before === undefined || ctx.mentions[before]!.type !== 'person') return undefined;
  let k = tokens.findIndex((t) => t.start >= ctx.mentions[before]!.start) - 1;
  // (…and the lower-case nouns of a title: "plant manager Tom Ellis".)
  const titleWord = (t: Token) => TITLE_WORD.test(t.value) || ((ROLE_HEADS.has(t.value.toLowerCase()) || ROLE_MODIFIERS.has(t.value.toLowerCase())) && !['ADP', 'DET', 'CCONJ'].includes(t.pos)) || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.value));
  while (k >= 0 && titleWord(tokens[k]!)) k--;
  // (A person a preposition or a verb governs is someone the body's phrase speaks of.)
  const governed = k >= 0 && (['ADP', 'VERB', 'AUX'].includes(tokens[k]!.pos) || /^(?:that|who|which|whose)$/i.test(tokens[k]!.value));
  return governed ? undefined : before;
}

/** The mention of a person (or of unknown type) that is exactly tokens `from`…`to`, outside quotations. */
function nameSpanning(ctx: PhraseContext, first: number, last: number, organization = false): number | undefined {
  const tokens = ctx.sentence.tokens;
  if (first > last || ctx.quoted(tokens[first]!)) return undefined;
  // "Her likely Democratic opponent, Rep. Ruben Gallego (D-Ariz.), wrote": the name before its party tag.
  let to = beforeParenthesis(tokens, last);
  // …and before the letters after it ("Owen Prideaux KC").
  if (to > first && POST_NOMINALS.test(tokens[to]!.value)) to--;
  // "Rep. Robert Garcia of California", "Stephana Ferrell of the Florida Freedom to Read Project": the name before
  // where it is from.
  const of = tokens.slice(first, to + 1).findIndex((t, i) => i > 0 && /^(?:of|from)$/.test(t.value));
  if (of > 0 && tokens.slice(first + of + 1, to + 1).every((t) => /^\p{Lu}/u.test(t.value) || /^(?:the|of|for|and|to|&)$/.test(t.value))) to = first + of - 1;
  // …past the title before it, which the name finder keeps out of the mention ("Rep.", "Associated Press correspondent").
  return ctx.own.find((m) => {
    const x = ctx.mentions[m]!;
    // Not a party description ("a fellow New York Republican"): that only says who the name before it is.
    // ("Simone Park", a name the finder took for a place, stands in apposition to someone who speaks: a person.)
    const person = mayBePerson(x) || (organization && x.type === 'organization');
    if (!person || x.end !== tokens[to]!.end || partyDescription(x.name)) return false;
    const start = tokens.findIndex((t) => t.start === x.start);
    const inName = (t: Token) => ctx.own.some((n) => ctx.mentions[n]!.start <= t.start && t.end <= ctx.mentions[n]!.end);
    // Title words only: not "in a post on Truth Social" before a platform's name.
    // (A hyphen too: "Jean-Luc Mercier", whose first half the name finder keeps apart.)
    return start >= first && start - first <= 5 && tokens.slice(first, start).every((t) => (['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || inName(t) || TITLE_WORD.test(t.value) || t.value === '-' || (organization && t.pos === 'DET')) && !ctx.quoted(t));
  });
}

/**
 * The index of the preposition (not "for", "of" or "as") that governs the noun phrase starting at or ending just before
 * token `head`'s phrase, if any: "from" in "the senator from Alabama", "to" in "close to the president".
 */
function objectOfPreposition(tokens: readonly Token[], first: number, ofCounts = false, named = false, beforeVerb = false): number | undefined {
  let k = first;
  // Back over the noun phrase's determiner and modifiers ("the president", "the former president"); before a name,
  // over a title ("for Sen. Ted Cruz") but no other noun ("On Tuesday Pelosi said": "Tuesday" is no modifier of hers).
  const modifier = (t: Token) => (named ? ['DET', 'ADJ', 'NUM'].includes(t.pos) || TITLE_WORD.test(t.value) : ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos));
  while (k > 0 && first - k < 4 && modifier(tokens[k - 1]!) && !isPossessive(tokens[k - 1])) k--;
  const before = tokens[k - 1];
  if (before === undefined || before.pos !== 'ADP') return undefined;
  // "hours after Speaker Kevin McCarthy told reporters": before a verb, "after" opens a clause whose subject this is.
  if (beforeVerb && CLAUSE_OPENERS.test(before.value)) return undefined;
  // (A plural opening the sentence may be read as a name and keep its "s": "Friends of Amy Price said".)
  const noun = tokens[k - 2]?.lemma.toLowerCase() ?? '';
  const written = (tokens[k - 2]?.value ?? '').toLowerCase();
  // (Only people around someone, not those acting for them: "Attorneys for the mayor said" speaks for the mayor.)
  const relation = RELATION_NOUNS.has(noun) || (written.endsWith('s') && CIRCLE_NOUNS.has(written.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''))));
  // "a spokesman for the FEC", "a spokeswoman at the Justice Department": the body a spokesperson speaks for.
  if (/^spokes/.test(noun) && /^(?:for|of|at|from|with)$/i.test(before.value)) return undefined;
  // "the wife of Sen. John McCain", "a lawyer for Trump": a relative or a representative is someone else.
  if (relation) return k - 1;
  // "analysts of the Soviet Union", "officials of the Finance Ministry", "staff of the bank": people of a body or a
  // place, unnamed, as "officials said" is — not the body itself.
  if (UNNAMED_GROUPS.has(noun) && /s$/i.test(tokens[k - 2]?.value ?? '') && /^(?:of|at|from|with|in)$/i.test(before.value)) return k - 1;
  // "As The New York Times notes": "as" opens a clause here, not a prepositional phrase.
  const exempt = ofCounts ? /^(?:for|as)$/i : /^(?:for|of|as)$/i;
  return exempt.test(before.value) ? undefined : k - 1;
}

/**
 * The title before "of" (or "of the") that precedes the name at token `first`, if any: "president", not "spokesman"
 * or "head", who speak for the body ("The head of the Northfield Seniors Council said").
 */
function titleOfBody(tokens: readonly Token[], first: number): number | undefined {
  const k = /^the$/i.test(tokens[first - 1]?.value ?? '') ? first - 1 : first;
  const title = tokens[k - 2];
  if (!/^of$/i.test(tokens[k - 1]?.value ?? '') || title === undefined) return undefined;
  return ROLE_HEADS.has(title.lemma.toLowerCase()) && !/^(?:spokes|head$)/i.test(title.value) ? k - 2 : undefined;
}

/** The person named right before "of"/"at"/"with" (and "the") that precedes token `first`, if any. */
function employeeBefore(ctx: PhraseContext, first: number): number | undefined {
  const tokens = ctx.sentence.tokens;
  let k = first - 1;
  // Back over the rest of the body's name the finder split off ("of the Calder County District Attorney's Office").
  // (…and over "and"/"&" between capitals inside it: "of Moss Lawson and Co".)
  const joins = (x: number) => /^(?:and|&)$/i.test(tokens[x]!.value) && /^\p{Lu}/u.test(tokens[x - 1]?.value ?? '') && /^\p{Lu}/u.test(tokens[x + 1]?.value ?? '');
  while (k > 0 && first - k <= 8 && (isPossessive(tokens[k]) || joins(k) || (/^\p{Lu}/u.test(tokens[k]!.value) && !ctx.own.some((m) => ctx.mentions[m]!.type === 'person' && ctx.mentions[m]!.end === tokens[k]!.end)))) k--;
  // (…and over the kind of body written before its name: "of the security firm Redwall Labs".)
  let kind = k;
  while (kind > 0 && k - kind < 3 && ['NOUN', 'ADJ'].includes(tokens[kind]!.pos) && /^\p{Ll}/u.test(tokens[kind]!.value)) kind--;
  if (kind < k && /^the$/i.test(tokens[kind]?.value ?? '') && (ORG_ANAPHORS.has(tokens[k]!.lemma.toLowerCase()) || ORG_WORDS.has(tokens[k]!.value.toLowerCase()))) k = kind;
  if (/^the$/i.test(tokens[k]?.value ?? '')) k--;
  if (k < 1 || !/^(?:of|at|with)$/i.test(tokens[k]!.value)) return undefined;
  const person = mentionEndingAt(ctx, k - 1);
  // (…or a full name of two words or more the finder could not type: "Sanford Margoshes of Shearson Lehman Brothers".)
  // (Not words of a body's name split off before "of", "the" before them: "The National Guild of Recording Artists".)
  const afterThe = (x: LocalMention) => /^the$/i.test(tokens[tokens.findIndex((t) => t.start >= x.start) - 1]?.value ?? '');
  const fullName = (x: LocalMention) => x.type === 'person' || (x.type === 'other' && /\s/.test(x.name) && !afterThe(x));
  return person !== undefined && fullName(ctx.mentions[person]!) ? person : undefined;
}

/** "Sen. Lindsey Graham (R-S.C.) said": the token before a short parenthesis ending at `j`, else `j`. */
function beforeParenthesis(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.value !== ')') return j;
  const open = tokens.slice(Math.max(0, j - 8), j).map((t) => t.value).lastIndexOf('(');
  return open >= 0 ? Math.max(0, j - 8) + open - 1 : j;
}

/** The phrase whose last word is token `j`: a name, a pronoun or a description. */
function phraseEndingAt(ctx: PhraseContext, at: number, beforeVerb = false): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  // "Chairman Nick J. Rahall II (D-W. Va.), who had been seeking …, called": the name before its party tag.
  const j = beforeParenthesis(tokens, at);
  if (j < 0) return undefined;
  const t = tokens[j]!;
  if (ctx.quoted(t)) return undefined;
  const m = mentionEndingAt(ctx, j);
  // "the senator from Alabama said", "one person close to the president said": the object of a preposition is not
  // the subject; the words before the preposition are ("a spokesman for the FEC", "the head of Ohio State" are).
  // A place after "of" too: "Senator Chuck Schumer of New York, the Democratic leader, called".
  const place = m !== undefined && ctx.mentions[m]!.type === 'place';
  // "Detective Sgt. Mike Bannerman of the Northfield Police Department told reporters": the person, not the body
  // he is of or at.
  const employee = m !== undefined && !place ? employeeBefore(ctx, tokens.findIndex((x) => x.start >= ctx.mentions[m]!.start)) : undefined;
  // (…unless a noun before governs that person: "A lawyer for Sanford Margoshes of Shearson Lehman Brothers said",
  // "An aide to Wilf Gobert of Gobert Securities said" are the lawyer's and the aide's.)
  if (employee !== undefined) {
    const governor = objectOfPreposition(tokens, tokens.findIndex((x) => x.start >= ctx.mentions[employee]!.start), false, true, beforeVerb);
    if (governor === undefined) return { kind: 'mention', mention: employee };
    return governor > 0 ? phraseEndingAt(ctx, governor - 1) : undefined;
  }
  // "Despite this Sourrouille said": a demonstrative after an opening preposition is its object, the comma after it
  // left out; the name after it is the subject (not "Members of this Congress said").
  const first = m === undefined ? -1 : tokens.findIndex((x) => x.start >= ctx.mentions[m]!.start);
  // (A name of one word, or opened by a given name: "At this Wimbledon Federer said" runs two names together.)
  const plainName = m !== undefined && (!/\s/.test(ctx.mentions[m]!.surface) || isFirstName(ctx.mentions[m]!.surface.split(/\s+/)[0]!));
  if (m !== undefined && !place && plainName && first === 2 && /^(?:this|that)$/i.test(tokens[1]!.value) && tokens[0]!.pos === 'ADP') return { kind: 'mention', mention: m };
  // "The vice president of the City Council complained": someone unnamed holding a title at the body, not the body
  // (nor whoever of that title was named near it: "President Obama spoke at Harvard University"). An indefinite
  // description, so a "he said" after it does not reach past them. Right before the verb only: in "The head of the
  // Royal College of Nursing, Fiona Grant, said" the name speaks.
  const heldAt = beforeVerb && m !== undefined && ctx.mentions[m]!.type === 'organization' ? titleOfBody(tokens, first) : undefined;
  if (heldAt !== undefined) return { kind: 'description', head: tokens[heldAt]!.lemma.toLowerCase(), definite: false };
  // (A pronoun only a subject can be is no preposition's object: "On Monday he said", "In Ohio she told reporters".)
  // (Not after "According to Jones": that names the source, which a review found the sentence credited before.)
  const accordingTo = /^according$/i.test(tokens[0]?.value ?? '') && /^to$/i.test(tokens[1]?.value ?? '');
  if (m === undefined && !accordingTo && /^(?:he|she|they)$/i.test(t.value) && PRONOUNS.has(t.value.toLowerCase())) return { kind: 'pronoun', pronoun: t.value.toLowerCase(), at: t.start };
  const object = objectOfPreposition(tokens, m === undefined ? j : first, place, m !== undefined, beforeVerb);
  if (object !== undefined) {
    const owner = object > 0 ? phraseEndingAt(ctx, object - 1) : undefined;
    // "the senator from Alabama": the place narrows the description down, which titles alone cannot: unknown.
    return place && owner?.kind === 'description' ? { ...owner, narrowed: true } : owner;
  }
  if (m !== undefined) return { kind: 'mention', mention: m };
  if (PRONOUNS.has(t.value.toLowerCase())) return { kind: 'pronoun', pronoun: t.value.toLowerCase(), at: t.start };
  const named = j === 0 ? surnameAlone(ctx, t) : undefined;
  if (named !== undefined) return { kind: 'mention', mention: named };
  return descriptionEndingAt(ctx, j);
}

/**
 * "Loyless said, …", "Sessions said …": a surname opening its sentence can pass for a plural noun and make no name
 * mention. When earlier sentences of the article name one person with exactly that surname, that person speaks.
 */
export function surnameAlone(ctx: PhraseContext, t: Token): number | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.value)) return undefined;
  const { block, start } = ctx.sentence;
  // (…or a full name the finder could not type, "Wilf Gobert": a name of two words may be a person's.)
  // (…not a title, a song or a brand the finder could not type either: "Harvest Moon" is no one's, its first word a common one.)
  const earlier = ctx.mentions.flatMap((x, i) => ((x.type === 'person' || (x.type === 'other' && x.name.split(/\s+/).length === 2 && !isCommonWord(x.name.split(/\s+/)[0]!))) && (x.block < block || (x.block === block && x.end <= start)) && x.name.includes(' ') && surnameOf(x.name) === t.value ? [i] : []));
  // Two people of that name (brothers, a couple): the text does not say which. Nor does it beside a company whose name
  // starts with the word ("Gerald Ford" and "Ford Motor Co": "Ford said" may be either).
  const firm = ctx.mentions.some((x) => x.type === 'organization' && x.name.split(/\s+/)[0] === t.value && !PERSONS_BODY.test(x.name));
  return !firm && new Set(earlier.map((i) => ctx.mentions[i]!.name)).size === 1 ? earlier[0] : undefined;
}

/**
 * The speaker phrase after a cue verb in inverted order (`,” said Altman`, `, said the company`): a name, a
 * pronoun, or a description, whose own apposition may name the speaker (`said Biancardi's attorney, James Zeszutek`).
 */
export function phraseAfter(ctx: PhraseContext, cue: number): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  let i = cue + 1;
  const first = tokens[i];
  if (!first || ctx.quoted(first)) return undefined;
  if (PRONOUNS.has(first.value.toLowerCase())) return { kind: 'pronoun', pronoun: first.value.toLowerCase(), at: first.start };
  // A title may stand before the name ("said Interior Secretary Ken Salazar"): the first name within a few title words.
  let m = mentionStartingAt(ctx, i);
  for (let k = i + 1; m === undefined && k <= i + 4 && k < tokens.length && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[k - 1]!.pos); k++) {
    const named = mentionStartingAt(ctx, k);
    if (named !== undefined && ctx.mentions[named]!.role) m = named;
  }
  const mentionEnd = m === undefined ? -1 : tokens.findIndex((t) => t.start >= ctx.mentions[m]!.end);
  // "said Breakers President of Basketball Operations Glen Whitaker": a body, then a title and the person holding it.
  // (…also a firm named after people, "Carroll McEntee and McGinley analyst Brian Singer": "and" and a capital after
  // the first name show it is a firm's.)
  const firmOfNames = mentionEnd >= 0 && /^(?:and|&)$/i.test(tokens[mentionEnd]?.value ?? '') && /^\p{Lu}/u.test(tokens[mentionEnd + 1]?.value ?? '');
  if (m !== undefined && (ctx.mentions[m]!.type !== 'person' || firmOfNames) && mentionEnd >= 0) {
    // (Title words may be lower-case: "said Mariners owner and chairman Walter Pruitt".)
    const titleWord = (t: Token) => /^\p{Lu}/u.test(t.value) || /^(?:of|for|and|the)$/.test(t.value) || ROLE_HEADS.has(t.value.toLowerCase()) || ROLE_MODIFIERS.has(t.value.toLowerCase()) || isRoleNoun(t.value);
    for (let k = mentionEnd; k < tokens.length && k - mentionEnd <= 8 && titleWord(tokens[k]!); k++) {
      const holder = mentionStartingAt(ctx, k);
      if (holder !== undefined && ctx.mentions[holder]!.type === 'person' && ctx.mentions[holder]!.role) return { kind: 'mention', mention: holder };
    }
  }
  if (m !== undefined && !isPossessive(tokens[mentionEnd])) return { kind: 'mention', mention: headOfPhrase(m, ctx.own, ctx.mentions, tokens) };
  // A description, perhaps with a possessive name in it: run to its end, then look for ", Name".
  let definite = DETERMINERS.has(first.value.toLowerCase()) && first.value.toLowerCase() !== 'a' && first.value.toLowerCase() !== 'an';
  if (m !== undefined) {
    i = mentionEnd + 1;
    definite = false;
  }
  let head: Token | undefined;
  // (…with a possessive in it: "said Fenwick Bay's creator, Ray Dunstan", "said his wife, Jean Petrie".)
  const inPhrase = (t: Token) => ['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM'].includes(t.pos) || t.value === '-' || isPossessive(t) || (t === first && /^(?:his|her|their|its|our)$/i.test(t.value));
  while (i < tokens.length && inPhrase(tokens[i]!) && i - cue <= 9) {
    // "said the 36-year-old Klitschko": a name ending the description is the speaker.
    const named = mentionStartingAt(ctx, i);
    // Not a name that only qualifies the noun after it ("said one Democratic strategist").
    if (named !== undefined && i > cue + 1 && !isPossessive(tokens.find((t) => t.start >= ctx.mentions[named]!.end)) && !namesANoun(ctx.mentions[named]!, tokens)) return { kind: 'mention', mention: named };
    head = tokens[i++];
  }
  if (!head) return undefined;
  if (tokens[i]?.value === ',') {
    const named = mentionStartingAt(ctx, i + 1);
    if (named !== undefined && ctx.mentions[named]!.type !== 'organization') return { kind: 'mention', mention: named };
  }
  // "said the Pentagon's announcement": a document speaks for the name that owns it, as "the Pentagon's statement
  // said" does (after a name in apposition: "said the Pentagon's spokesman, John Kirby" is Kirby).
  if (DOCUMENTS.has(head.lemma.toLowerCase()) && isPossessive(tokens[i - 2])) {
    const owner = ctx.own.find((m) => tokens[i - 2]!.start >= ctx.mentions[m]!.end && tokens[i - 2]!.start - ctx.mentions[m]!.end <= 1 && ctx.mentions[m]!.type !== 'place');
    if (owner !== undefined) return { kind: 'mention', mention: owner };
  }
  const from = cue + 1 + (DETERMINERS.has(first.value.toLowerCase()) ? 1 : 0);
  return { kind: 'description', head: head.lemma.toLowerCase(), definite, words: tokens.slice(from, i).map((t) => t.value).join(' ') };
}
