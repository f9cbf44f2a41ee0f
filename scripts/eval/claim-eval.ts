import type { Claim } from '../../src/schemas/claim.ts';
import { eventOf, halfOf, type ClaimsGold } from './gold-sets.ts';

/**
 * Scores claim linking against a hand-labelled claims gold set (`claims-gold.json`, see `gold-sets.ts`), as its
 * guidelines suggest: each system mention maps to the gold claims whose snippet it contains (or that contain it);
 * a predicted cross-article pair is right when both mentions map to a common gold claim; recall counts the gold
 * article pairs of each claim that some predicted pair covers. Everything is reported per half (tuning / test /
 * check) so that decisions can look at the tuning half only.
 */

/** What the scorer needs of a corpus; `Corpus` from src/pipeline/corpus.ts fits. */
export interface ClaimCorpus {
  articles: readonly { id: string; provenance: { file: string } }[];
  claims: { claims: readonly Pick<Claim, 'id' | 'mentions' | 'similar' | 'conflicts'>[] };
}

export type EvalHalf = ReturnType<typeof halfOf>;

export interface HalfScore {
  half: EvalHalf;
  events: number;
  goldClaims: number;
  /** Gold article pairs (per claim): what recall counts. */
  goldPairs: number;
  coveredPairs: number;
  /** Predicted cross-article pairs (same system claim, different articles) among this half's articles. */
  predictedPairs: number;
  rightPairs: number;
  /** Wrong pairs where a side maps to no gold label at all (unlabelled text, or a clause the snippets do not cover). */
  wrongUnlabelled: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold single-outlet claims, and how many of them the system linked to another article. */
  unique: number;
  /** …linked to another article at all (the strict count the scorer's fit must keep at 0)… */
  uniqueLinked: number;
  /** …and linked to another article's mention that shares none of its mention's gold claims (no right pair explains it). */
  uniqueLinkedApart: number;
  /** Similar-report links (claim → similar claim) and how many join two mentions of one gold claim. */
  similar: number;
  similarRight: number;
  similarPrecision: number;
  /** Gold mentions (claim or unique snippets) no system mention maps to. */
  unmapped: number;
  mentions: number;
}

/** One flagged disagreement, for checking by hand. */
export interface FlaggedDisagreement {
  half: EvalHalf;
  reason: string;
  a: { article: string; text: string };
  b: { article: string; text: string };
  words?: [string, string] | undefined;
  /** The gold claims both sides map to (the same claim told two ways), and whether one has a `conflicts` entry. */
  sharedGold: string[];
  goldConflict: boolean;
}

export interface ClaimEvalResult {
  halves: HalfScore[];
  disagreements: FlaggedDisagreement[];
  /** Snippets that are not in their file (a labelling problem, not the system's). */
  missingSnippets: string[];
}

/** Words only, lower case, straight apostrophes: snippets and mentions compare across spacing, quotes and dashes. */
export function normalizeForMatch(text: string): string {
  const w = text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${w.join(' ')} `;
}

/**
 * Whether a system mention states a gold snippet: it contains the snippet, or it is a clause of it holding at
 * least half its words (a sentence split into claims yields clauses shorter than the labelled stretch).
 */
export function mentionMatches(mention: string, snippet: string): boolean {
  const m = normalizeForMatch(mention);
  const s = normalizeForMatch(snippet);
  if (s.trim() === '' || m.trim() === '') return false;
  if (m.includes(s)) return true;
  return s.includes(m) && m.length * 2 >= s.length;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Gold labels per article file: which gold claims (and single-outlet snippets) each snippet stands for. */
export interface GoldIndex {
  /** file → [snippet, gold claim id] (unique snippets get the id `unique:<n>`). */
  byFile: Map<string, [string, string][]>;
  /** Gold claims that have a `conflicts` entry. */
  conflicted: Set<string>;
  claims: ClaimsGold['claims'];
  unique: ClaimsGold['unique'];
}

export function goldIndex(gold: ClaimsGold): GoldIndex {
  const byFile = new Map<string, [string, string][]>();
  const add = (file: string, snippet: string, id: string) => {
    const list = byFile.get(file) ?? [];
    list.push([snippet, id]);
    byFile.set(file, list);
  };
  for (const c of gold.claims) for (const [file, snippet] of c.mentions) add(file, snippet, c.id);
  gold.unique.forEach(([file, snippet], i) => add(file, snippet, `unique:${i}`));
  return { byFile, conflicted: new Set(gold.conflicts.map((c) => c.claim)), claims: gold.claims, unique: gold.unique };
}

/** The gold claim ids (and `unique:<n>` ids) a mention of `file` with this text maps to. */
export function goldOf(index: GoldIndex, file: string, text: string): string[] {
  return (index.byFile.get(file) ?? []).filter(([snippet]) => mentionMatches(text, snippet)).map(([, id]) => id);
}

/**
 * Scores a linked corpus against a gold set. Only articles of the gold set's events count (the bundled samples,
 * with files at the top level, are one `check` half). `readSource` returns an article file's raw text, to list
 * snippets that are not in their file.
 */
export function scoreClaims(corpus: ClaimCorpus, gold: ClaimsGold, readSource?: (file: string) => string | undefined): ClaimEvalResult {
  const index = goldIndex(gold);
  const events = new Set(gold.events);
  const fileOf = new Map(corpus.articles.map((a) => [a.id, a.provenance.file]));
  const inGold = (file: string | undefined): file is string => file !== undefined && (events.has(eventOf(file)) || (eventOf(file) === '' && index.byFile.has(file)));
  const halfOfFile = (file: string) => halfOf(eventOf(file));

  const missingSnippets: string[] = [];
  if (readSource) {
    for (const [file, list] of index.byFile) {
      const raw = readSource(file);
      const text = raw === undefined ? undefined : normalizeForMatch(raw);
      for (const [snippet] of list) if (text === undefined || !text.includes(normalizeForMatch(snippet))) missingSnippets.push(`${file}: ${snippet}`);
    }
  }

  // Every system mention of a gold article, with the gold ids it maps to.
  interface Mapped { claim: string; article: string; file: string; text: string; gold: string[] }
  const mentionsOf = new Map<string, Mapped[]>();
  const mapped: Mapped[] = [];
  for (const c of corpus.claims.claims) {
    const list: Mapped[] = [];
    for (const m of c.mentions) {
      const file = fileOf.get(m.article);
      if (!inGold(file)) continue;
      const entry = { claim: c.id, article: m.article, file, text: m.text, gold: goldOf(index, file, m.text) };
      list.push(entry);
      mapped.push(entry);
    }
    mentionsOf.set(c.id, list);
  }
  const share = (x: Mapped, y: Mapped) => x.gold.filter((g) => !g.startsWith('unique:') && y.gold.includes(g));

  const halves = new Map<EvalHalf, HalfScore>();
  const halfScore = (half: EvalHalf): HalfScore => {
    let h = halves.get(half);
    if (!h) {
      h = { half, events: 0, goldClaims: 0, goldPairs: 0, coveredPairs: 0, predictedPairs: 0, rightPairs: 0, wrongUnlabelled: 0, precision: 0, recall: 0, f1: 0, unique: 0, uniqueLinked: 0, uniqueLinkedApart: 0, similar: 0, similarRight: 0, similarPrecision: 0, unmapped: 0, mentions: 0 };
      halves.set(half, h);
    }
    return h;
  };
  for (const e of gold.events) halfScore(halfOf(e)).events++;

  // Predicted pairs: every cross-article pair of one system claim, counted in the half of its first article.
  const covered = new Set<string>();
  for (const list of mentionsOf.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.article === y.article) continue;
        const h = halfScore(halfOfFile(x.file));
        h.predictedPairs++;
        const common = share(x, y);
        if (common.length > 0) h.rightPairs++;
        else if (x.gold.length === 0 || y.gold.length === 0) h.wrongUnlabelled++;
        for (const g of common) covered.add(`${g}\u0000${[x.file, y.file].sort().join('\u0000')}`);
      }
    }
  }

  const mappedIds = new Set(mapped.flatMap((m) => m.gold.map((g) => `${m.file}\u0000${g}`)));
  for (const c of gold.claims) {
    const h = halfScore(halfOfFile(c.mentions[0]![0]));
    h.goldClaims++;
    const files = [...new Set(c.mentions.map(([f]) => f))];
    for (const f of files) {
      h.mentions++;
      if (!mappedIds.has(`${f}\u0000${c.id}`)) h.unmapped++;
    }
    for (let i = 0; i < files.length; i++) {
      for (let j = i + 1; j < files.length; j++) {
        h.goldPairs++;
        if (covered.has(`${c.id}\u0000${[files[i]!, files[j]!].sort().join('\u0000')}`)) h.coveredPairs++;
      }
    }
  }

  // A single-outlet claim is linked elsewhere when a system mention mapping to it sits in a claim with another
  // article. Counted apart: when that other mention shares none of the holder's gold claims. A sentence holding a
  // single-outlet claim and a shared one, linked through the shared one, is a right pair, but a reader still sees
  // the single-outlet part as reported elsewhere, so the strict count stays the one the fit keeps at 0.
  gold.unique.forEach(([file], i) => {
    const h = halfScore(halfOfFile(file));
    h.unique++;
    h.mentions++;
    const holders = mapped.filter((m) => m.file === file && m.gold.includes(`unique:${i}`));
    if (holders.length === 0) h.unmapped++;
    const others = (m: Mapped) => (mentionsOf.get(m.claim) ?? []).filter((o) => o.article !== m.article);
    if (holders.some((m) => others(m).length > 0)) h.uniqueLinked++;
    if (holders.some((m) => others(m).some((o) => share(m, o).length === 0))) h.uniqueLinkedApart++;
  });

  // Similar reports: right when some mention of each side maps to a common gold claim.
  for (const c of corpus.claims.claims) {
    const mine = mentionsOf.get(c.id) ?? [];
    if (mine.length === 0) continue;
    for (const s of c.similar) {
      const theirs = mentionsOf.get(s) ?? [];
      if (theirs.length === 0) continue;
      const h = halfScore(halfOfFile(mine[0]!.file));
      h.similar++;
      if (mine.some((x) => theirs.some((y) => share(x, y).length > 0))) h.similarRight++;
    }
  }

  const disagreements: FlaggedDisagreement[] = [];
  const claimById = new Map(corpus.claims.claims.map((c) => [c.id, c]));
  for (const c of corpus.claims.claims) {
    const mine = mentionsOf.get(c.id) ?? [];
    if (mine.length === 0) continue;
    for (const conflict of c.conflicts) {
      // Each disagreement once: from the claim with the smaller id.
      if (conflict.claim < c.id && claimById.get(conflict.claim)?.conflicts.some((x) => x.claim === c.id)) continue;
      const theirs = mentionsOf.get(conflict.claim) ?? [];
      if (theirs.length === 0) continue;
      const shared = [...new Set(mine.flatMap((x) => theirs.flatMap((y) => share(x, y))))].sort();
      const words = (conflict as { words?: [string, string] }).words;
      disagreements.push({
        half: halfOfFile(mine[0]!.file),
        reason: conflict.reason,
        a: { article: mine[0]!.article, text: mine[0]!.text },
        b: { article: theirs[0]!.article, text: theirs[0]!.text },
        words,
        sharedGold: shared,
        goldConflict: shared.some((g) => index.conflicted.has(g)),
      });
    }
  }

  for (const h of halves.values()) {
    h.precision = ratio(h.rightPairs, h.predictedPairs);
    h.recall = ratio(h.coveredPairs, h.goldPairs);
    h.f1 = f1Of(h.precision, h.recall);
    h.similarPrecision = ratio(h.similarRight, h.similar);
  }
  const order: EvalHalf[] = ['tuning', 'test', 'check'];
  return { halves: [...halves.values()].sort((a, b) => order.indexOf(a.half) - order.indexOf(b.half)), disagreements, missingSnippets };
}
