import type { ClaimsGold } from './gold-sets.ts';
import { eventOf, halfOf, type Half } from './gold-sets.ts';

/**
 * Scores quotation attribution against the `quotes` of a claims gold set: each labelled quotation is found among
 * the claim mentions of its article (the mention whose words contain it, or most of it), and the speaker that
 * mention credits is compared with the labelled one.
 */

/** What the scorer needs of a corpus (`Corpus` fits). */
export interface AttributionCorpus {
  articles: readonly { id: string; provenance: { file: string } }[];
  claims: { claims: readonly { mentions: readonly { article: string; text: string; speaker?: string | undefined; speakerInferred?: true | undefined; speakerDescription?: string | undefined }[] }[] };
  entities: { entities: readonly { id: string; name: string; aliases: readonly { form: string }[] }[] };
}

export interface QuoteOutcome {
  file: string;
  quote: string;
  gold: string;
  /** The claim mention the quotation was found in, if any. */
  mention?: string;
  /** The name of the entity that mention credits, if any. */
  system?: string;
  /** Whether that speaker is named outside the mention's words (`speakerInferred`). */
  inferred?: boolean;
  /** How the mention describes a speaker it names no entity for ("police"), if it does. */
  described?: string;
  /** A right verdict reached by that description: the label is a description too ("police"), with the same head. */
  byDescription?: true;
  verdict: 'right' | 'wrong' | 'uncredited' | 'not-a-claim' | 'unknown-kept' | 'unknown-credited';
}

export interface AttributionScore {
  /** Labelled quotations with a named speaker (not "unknown"). */
  named: number;
  /** …credited to anyone. */
  credited: number;
  right: number;
  /** …of which by a description matching a label written as one ("police", "fans"). */
  rightByDescription: number;
  /** …not part of any claim mention. */
  notAClaim: number;
  /** Quotations labelled "unknown" that the site credits to someone anyway (each one a false attribution). */
  unknown: number;
  unknownCredited: number;
  /** right / named. */
  rightOfAll: number;
  /** right / (credited + unknownCredited): how often a speaker the site shows is right. */
  rightOfCredited: number;
  creditedShare: number;
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const words = (text: string) => norm(text).split(' ').filter(Boolean);

/** Titles and descriptions a label may put before a name ("President Obama"). */
const TITLES = new Set(['president', 'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'captain', 'judge', 'attorney', 'the', 'prime', 'minister', 'secretary']);

/** A company's legal form at the end of its name: "General Motors Corp" is General Motors. */
const LEGAL_FORMS = new Set(['corp', 'corporation', 'inc', 'incorporated', 'co', 'ltd', 'plc', 'ag', 'sa', 'nv', 'llc', 'cos']);

function nameWords(name: string): string[] {
  // "TMZ.com" is TMZ.
  const all = words(name.replace(/[’']s\b/g, '').replace(/\.(?:com|org|net|co\.uk)\b/gi, '')).filter((w) => !TITLES.has(w));
  while (all.length > 1 && LEGAL_FORMS.has(all[all.length - 1]!)) all.pop();
  return all;
}

/** The initials of a name's words, short function words left out ("Federal Open Market Committee" → "FOMC"). */
const initials = (name: string) => name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|on|in)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');

/**
 * Whether the entity a mention credits is the labelled speaker: the same name, or one name's words all within the
 * other's with the same last word ("Obama" / "Barack Obama", "Heller" / "Mark Jay Heller"). A label naming two
 * people ("Craig Zadan and Neil Meron") is matched by either.
 */
export function sameSpeaker(gold: string, entity: { name: string; aliases: readonly { form: string }[] }): boolean {
  const golds = gold.split(/\s+and\s+/).map(nameWords).filter((w) => w.length > 0);
  const written = [entity.name, ...entity.aliases.map((a) => a.form)];
  // "FOMC" for a label "Federal Open Market Committee": the body under its initials, as the page calls it.
  if (written.some((f) => /^\p{Lu}{2,}$/u.test(f) && f === initials(gold))) return true;
  const forms = written.map(nameWords).filter((w) => w.length > 0);
  return golds.some((g) =>
    forms.some((f) => {
      const [small, large] = g.length <= f.length ? [g, f] : [f, g];
      return small[small.length - 1] === large[large.length - 1] && small.every((w) => large.includes(w));
    }),
  );
}

/** A label naming nobody but describing the speaker, written in lower case as the labellers do ("police", "fans"). */
export const isDescriptionLabel = (gold: string) => /^\p{Ll}/u.test(gold) && gold !== 'unknown' && gold !== 'none';

const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?:ss|sh|ch|x)es$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, '$1').replace(/is(e|er|ation)$/, 'iz$1');

/** The head of a description: its last word before a preposition ("a spokesman for the hospital" → spokesman). */
function headOf(text: string): string | undefined {
  const all = words(text);
  const cut = all.findIndex((w, i) => i > 0 && /^(?:for|of|at|in|from|with|close|familiar)$/.test(w));
  const before = cut < 0 ? all : all.slice(0, cut);
  const head = before[before.length - 1];
  return head === undefined ? undefined : singular(head);
}

/**
 * Whether a description the site shows fits a label written as a description: the head of one is a word of the
 * other ("police" / "a police spokesman", "event organisers" / "organizers"), plurals and -ise/-ize aside.
 */
export function sameDescription(gold: string, described: string): boolean {
  const goldWords = new Set(words(gold).map(singular));
  const shownWords = new Set(words(described).map(singular));
  const shownHead = headOf(described);
  const goldHead = headOf(gold);
  return (shownHead !== undefined && goldWords.has(shownHead)) || (goldHead !== undefined && shownWords.has(goldHead));
}

/** The mention holding a quotation: one containing it whole, else the one holding most of its words (at least 60 %). */
function findMention<T extends { text: string }>(quote: string, mentions: readonly T[]): T | undefined {
  const wanted = norm(quote);
  const whole = mentions.filter((m) => norm(m.text).includes(wanted));
  // A label made unique by its punctuation ("second land army." beside an earlier "second land army"): the mention
  // holding it as written, marks and spacing aside, comes first.
  const written = (text: string) => text.replace(/[’‘`]/g, "'").replace(/[“”"]/g, '').replace(/\s+/g, ' ').toLowerCase();
  const exact = whole.filter((m) => written(m.text).includes(written(quote)));
  const pool = exact.length > 0 ? exact : whole;
  if (pool.length > 0) return pool.sort((a, b) => a.text.length - b.text.length)[0];
  const quoteWords = words(quote);
  let best: T | undefined;
  let bestShare = 0.6;
  for (const m of mentions) {
    const own = new Set(words(m.text));
    const share = quoteWords.filter((w) => own.has(w)).length / Math.max(1, quoteWords.length);
    if (share > bestShare || (share === bestShare && best !== undefined && m.text.length < best.text.length)) {
      best = m;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Scores labelled quotations (or statements: "none" counts like "unknown", a speaker nobody should be credited
 * with). Each item is [file, snippet, speaker].
 */
export function scoreAttribution(corpus: AttributionCorpus, quotes: ClaimsGold['quotes']): QuoteOutcome[] {
  const idOf = new Map(corpus.articles.map((a) => [a.provenance.file, a.id]));
  const entityById = new Map(corpus.entities.entities.map((e) => [e.id, e]));
  const mentionsOf = new Map<string, { text: string; speaker?: string | undefined; speakerInferred?: true | undefined; speakerDescription?: string | undefined }[]>();
  for (const c of corpus.claims.claims) {
    for (const m of c.mentions) {
      const list = mentionsOf.get(m.article) ?? [];
      list.push(m);
      mentionsOf.set(m.article, list);
    }
  }
  return quotes.map(([file, quote, gold]) => {
    const id = idOf.get(file);
    const mention = id === undefined ? undefined : findMention(quote, mentionsOf.get(id) ?? []);
    const entity = mention?.speaker ? entityById.get(mention.speaker) : undefined;
    const system = entity?.name ?? mention?.speaker;
    const described = system ? undefined : mention?.speakerDescription;
    const base = { file, quote, gold, ...(mention ? { mention: mention.text } : {}), ...(system ? { system, inferred: mention?.speakerInferred === true } : {}), ...(described ? { described } : {}) };
    if (gold === 'unknown' || gold === 'none') return { ...base, verdict: system ? 'unknown-credited' : 'unknown-kept' };
    if (!mention) return { ...base, verdict: 'not-a-claim' };
    // A label written as a description ("police", "event organisers") is met by a description with its head.
    if (!system && described && isDescriptionLabel(gold)) return sameDescription(gold, described) ? { ...base, verdict: 'right', byDescription: true } : { ...base, verdict: 'wrong' };
    if (!system) return { ...base, verdict: 'uncredited' };
    return { ...base, verdict: entity && sameSpeaker(gold, entity) ? 'right' : 'wrong' };
  });
}

export function summarize(outcomes: readonly QuoteOutcome[]): AttributionScore {
  const count = (...v: QuoteOutcome['verdict'][]) => outcomes.filter((o) => v.includes(o.verdict)).length;
  const named = count('right', 'wrong', 'uncredited', 'not-a-claim');
  const credited = count('right', 'wrong');
  const right = count('right');
  const rightByDescription = outcomes.filter((o) => o.byDescription).length;
  const unknownCredited = count('unknown-credited');
  return {
    named,
    credited,
    right,
    rightByDescription,
    notAClaim: count('not-a-claim'),
    unknown: count('unknown-kept', 'unknown-credited'),
    unknownCredited,
    rightOfAll: named === 0 ? 0 : right / named,
    rightOfCredited: credited + unknownCredited === 0 ? 0 : right / (credited + unknownCredited),
    creditedShare: named === 0 ? 0 : credited / named,
  };
}

/** Outcomes split by the half of their event. */
export function byHalf(outcomes: readonly QuoteOutcome[]): Map<Half | 'check', QuoteOutcome[]> {
  const out = new Map<Half | 'check', QuoteOutcome[]>();
  for (const o of outcomes) {
    const half = halfOf(eventOf(o.file));
    out.set(half, [...(out.get(half) ?? []), o]);
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** One Markdown table row: the set, then the figures the issue asks for. */
export function attributionRow(name: string, outcomes: readonly QuoteOutcome[]): string {
  const s = summarize(outcomes);
  return `| ${name} | ${s.named} | ${pct(s.creditedShare)} | ${pct(s.rightOfAll)}${s.rightByDescription > 0 ? ` (${s.rightByDescription} by a description)` : ''} | ${pct(s.rightOfCredited)} | ${s.notAClaim} | ${s.unknownCredited} of ${s.unknown} |`;
}

export const ATTRIBUTION_HEADER = [
  '| set | quotations with a named speaker | credited | right of all | right of those credited | not in any claim | "unknown" credited anyway |',
  '|---|---|---|---|---|---|---|',
].join('\n');
