import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Scores claim linking against hand-labeled development sets (tests/fixtures/claims-dev/*.json): groups of
 * sentences, from different articles, that state the same claim. See the README there for the guidelines.
 */

const DevMentionSchema = z.object({
  /** Article file relative to the articles folder, as `provenance.file` has it ("1/1_2ecbplus.md"). */
  file: z.string().min(1),
  /** Verbatim stretch (≥ 8 words) of one sentence of that file. */
  text: z.string().min(1),
});
const DevSetSchema = z.object({
  event: z.string().min(1),
  note: z.string().optional(),
  groups: z.array(z.object({ claim: z.string(), mentions: z.array(DevMentionSchema).min(1) })),
});
export type DevMention = z.infer<typeof DevMentionSchema>;
export type DevSet = z.infer<typeof DevSetSchema>;

/** What the scorer needs of a corpus; `Corpus` from src/pipeline/corpus.ts fits. */
export interface ClaimCorpus {
  /** Articles folder, relative to the working directory or absolute. */
  folder: string;
  articles: readonly { id: string; provenance: { file: string } }[];
  claims: { byArticle: ReadonlyMap<string, readonly { claim: string; text: string }[]> };
}

/** One labeled mention and what the system made of it. */
export interface ScoredMention extends DevMention {
  group: number;
  /** The system claim mention matched to the labeled text, if any. */
  system?: { claim: string; text: string };
}

export interface ClaimLinkScore {
  event: string;
  articles: number;
  groups: number;
  mentions: number;
  /** Labeled mentions the system extracted as (part of) a claim. */
  found: number;
  /** Share of labeled mentions found. */
  coverage: number;
  /** Pairs in the same gold group. */
  goldPairs: number;
  /** Pairs both found and given the same claim id. */
  systemPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ClaimEvalResult {
  sets: (ClaimLinkScore & { labeled: ScoredMention[]; falseLinks: [ScoredMention, ScoredMention][]; missedLinks: [ScoredMention, ScoredMention][] })[];
  overall: ClaimLinkScore;
}

/** Thrown when labeled texts do not occur in their files: the dev set, not the system, is wrong. */
export class LabelingError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} labeling error${problems.length === 1 ? '' : 's'} in the claim dev sets:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LabelingError';
    this.problems = problems;
  }
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
/** For matching: also without the punctuation and quotation marks at either end (`this time … at 2:56.`, `"It's official…`). */
const core = (text: string) => norm(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Reads every `*.json` dev set in a folder, sorted by event (numbers in order: "ecbplus-2" before "ecbplus-10"). */
export function loadDevSets(dir: string): DevSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = DevSetSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, f)} is not a claim dev set: ${parsed.error.message}`);
      return parsed.data;
    })
    .sort((a, b) => a.event.localeCompare(b.event, 'en', { numeric: true }));
}

/** Every labeling problem at once: missing files, texts not in their file, a mention labeled twice. */
function labelingProblems(devSets: readonly DevSet[], readSource: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  const sources = new Map<string, string | undefined>();
  for (const set of devSets) {
    const seen = new Map<string, string>();
    set.groups.forEach((group, g) => {
      for (const m of group.mentions) {
        if (!sources.has(m.file)) {
          const raw = readSource(m.file);
          sources.set(m.file, raw === undefined ? undefined : norm(raw));
        }
        const raw = sources.get(m.file);
        const where = `${set.event}, group ${g + 1} ("${group.claim}")`;
        if (raw === undefined) problems.push(`${where}: ${m.file} does not exist`);
        else if (!raw.includes(norm(m.text))) problems.push(`${where}: not found verbatim in ${m.file}: "${m.text}"`);
        const key = `${m.file}\u0000${norm(m.text)}`;
        const before = seen.get(key);
        if (before !== undefined) problems.push(`${where}: "${m.text}" in ${m.file} is also labeled in ${before}`);
        else seen.set(key, where);
      }
    });
  }
  return problems;
}

/**
 * The system claim mention for a labeled text: the one (in that article) whose text contains the labeled text or
 * is contained in it, whitespace-normalized and without punctuation at either end; with several, the largest
 * overlap (the shorter one's length), then the first in article order.
 */
function matchMention(label: string, candidates: readonly { claim: string; text: string }[]): { claim: string; text: string } | undefined {
  const wanted = core(label);
  let best: { claim: string; text: string } | undefined;
  let bestOverlap = 0;
  for (const c of candidates) {
    const text = core(c.text);
    if (text.length === 0) continue;
    const overlap = text.includes(wanted) ? wanted.length : wanted.includes(text) ? text.length : 0;
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Pairwise claim-linking scores per dev set and overall (micro-averaged over pairs). Over the labeled mentions of
 * each set, a pair is gold-positive when both are in one group and system-positive when both were found and
 * matched to the same claim id; a mention the system did not extract is an unlinked singleton. Throws a
 * `LabelingError` listing every labeled text that is not in its file's raw source.
 */
export function scoreClaimLinking(
  corpus: ClaimCorpus,
  devSets: readonly DevSet[],
  options: { readSource?: (file: string) => string | undefined } = {},
): ClaimEvalResult {
  const readSource =
    options.readSource ??
    ((file: string) => {
      const path = resolve(corpus.folder, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    });
  const problems = labelingProblems(devSets, readSource);
  if (problems.length > 0) throw new LabelingError(problems);

  const idOf = new Map(corpus.articles.map((a) => [a.provenance.file, a.id]));
  const sets = devSets.map((set) => {
    const mentions: ScoredMention[] = set.groups.flatMap((group, g) =>
      group.mentions.map((m) => {
        const id = idOf.get(m.file);
        const system = id === undefined ? undefined : matchMention(m.text, corpus.claims.byArticle.get(id) ?? []);
        return { ...m, group: g, ...(system ? { system: { claim: system.claim, text: system.text } } : {}) };
      }),
    );
    let goldPairs = 0;
    let systemPairs = 0;
    let truePairs = 0;
    const falseLinks: [ScoredMention, ScoredMention][] = [];
    const missedLinks: [ScoredMention, ScoredMention][] = [];
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const a = mentions[i]!;
        const b = mentions[j]!;
        const gold = a.group === b.group;
        const linked = a.system !== undefined && b.system !== undefined && a.system.claim === b.system.claim;
        if (gold) goldPairs++;
        if (linked) systemPairs++;
        if (gold && linked) truePairs++;
        else if (linked) falseLinks.push([a, b]);
        else if (gold) missedLinks.push([a, b]);
      }
    }
    const found = mentions.filter((m) => m.system !== undefined).length;
    const precision = ratio(truePairs, systemPairs);
    const recall = ratio(truePairs, goldPairs);
    return {
      event: set.event,
      articles: new Set(mentions.map((m) => m.file)).size,
      groups: set.groups.length,
      mentions: mentions.length,
      found,
      coverage: ratio(found, mentions.length),
      goldPairs,
      systemPairs,
      truePairs,
      precision,
      recall,
      f1: f1Of(precision, recall),
      labeled: mentions,
      falseLinks,
      missedLinks,
    };
  });

  const sum = (key: 'articles' | 'groups' | 'mentions' | 'found' | 'goldPairs' | 'systemPairs' | 'truePairs') => sets.reduce((n, s) => n + s[key], 0);
  const precision = ratio(sum('truePairs'), sum('systemPairs'));
  const recall = ratio(sum('truePairs'), sum('goldPairs'));
  return {
    sets,
    overall: {
      event: 'overall',
      articles: sum('articles'),
      groups: sum('groups'),
      mentions: sum('mentions'),
      found: sum('found'),
      coverage: ratio(sum('found'), sum('mentions')),
      goldPairs: sum('goldPairs'),
      systemPairs: sum('systemPairs'),
      truePairs: sum('truePairs'),
      precision,
      recall,
      f1: f1Of(precision, recall),
    },
  };
}
