import type { AnnotatedArticle } from '../nlp/annotate-article.ts';
import { STOP_LEMMAS } from '../nlp/claim-words.ts';
import { numbersIn, speakerNamedElsewhere, type ClaimMention } from '../nlp/claims.ts';
import { NEGATIONS } from '../nlp/claim-words.ts';
import type { ArticleEntities } from './resolve-entities.ts';
import { wordVectors } from './word-vectors.ts';

/** What linking compares about one claim mention. */
export interface ClaimFeatures {
  /** Position in the corpus-wide list of claim mentions. */
  index: number;
  article: string;
  /** Who gets credit for independent reporting (unknown outlets count per article). */
  source: string;
  published?: string | undefined;
  mention: ClaimMention;
  /** Speaker as an entity id, when resolved. */
  speaker?: string | undefined;
  /** Whether the speaker is named outside the mention's words (found through a pronoun, a description, …). */
  speakerInferred: boolean;
  /** Lemmas of content words, with entity names replaced by `@<entity id>` so "Pentagon" = "Department of War". */
  tokens: Set<string>;
  /** Word trigrams of the quoted words, for verbatim quotes. */
  shingles: Set<string>;
  /** Entity ids the sentence names. */
  entities: string[];
  /** Word-vector rows of the content tokens that have one (entity ids have none: they match exactly). */
  rows: Map<string, number>;
  /** Lemmas of the verbs that state the claim ("checked", "hired"), for predicate similarity. */
  verbs: string[];
  /** The words that state the claim: the mention's core when it has one, else its text. */
  core: string;
  /** Numbers in the core, normalized (see `numbersIn`). */
  numbers: string[];
  /** Whether the core itself is negated (a "not" in the attribution frame or another clause does not count). */
  negated: boolean;
}

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM', 'ADV']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/[’']s$/, ''));
}

export function shinglesOf(text: string | undefined, size = 3): Set<string> {
  const w = words(text ?? '');
  const out = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/**
 * Turns each claim mention into comparable features. Entity mentions become entity ids through the article's
 * links (so every outlet's name for the Pentagon is the same token); other words become lemmas.
 */
export function claimFeatures(
  annotated: readonly AnnotatedArticle[],
  byArticle: ReadonlyMap<string, ArticleEntities>,
  meta: ReadonlyMap<string, { outlet: string; published?: string | undefined }>,
): ClaimFeatures[] {
  const out: ClaimFeatures[] = [];
  const vectors = wordVectors();
  for (const a of annotated) {
    const links = new Map((byArticle.get(a.id)?.links ?? []).map((l) => [l.surface, l.entity]));
    const info = meta.get(a.id);
    for (const mention of a.claims) {
      const sentence = a.sentences[mention.sentence]!;
      // The part that states the claim, without its attribution frame and fillers, when claim extraction found it:
      // "Altman said that" is who said it (the speaker, kept apart), not what was said.
      const from = mention.core ? mention.start + mention.core.start : mention.start;
      const to = mention.core ? mention.start + mention.core.end : mention.end;
      const inClause = (m: { start: number; end: number; block: number }) => m.block === sentence.block && m.start >= from && m.end <= to;
      const own = [...a.mentions.filter((m) => m.sentence === mention.sentence && inClause(m)), ...mention.subject.map((i) => a.mentions[i]!)];
      const tokens = new Set<string>();
      const entities: string[] = [];
      for (const m of own) {
        const id = links.get(m.surface);
        // A name no entity was made for still says what the claim is about ("Amazon cloud" ≠ "Oracle cloud").
        if (!id) {
          tokens.add(`@name:${m.name.toLowerCase()}`);
          continue;
        }
        tokens.add(`@${id}`);
        if (!entities.includes(id)) entities.push(id);
      }
      const rows = new Map<string, number>();
      let negated = false;
      const verbs: string[] = [];
      for (const t of sentence.tokens) {
        if (t.start < from || t.end > to) continue;
        if (NEGATIONS.has(t.value.toLowerCase())) negated = true;
        if (own.some((m) => t.start >= m.start && t.end <= m.end)) continue;
        if (!CONTENT_POS.has(t.pos)) continue;
        // "supply-chain" and "supply chain" must agree.
        for (const raw of t.lemma.toLowerCase().split(/[-–]/)) {
          const part = raw.replace(/[’']s$/, '');
          if (!/\p{L}{2,}|\d/u.test(part) || STOP_LEMMAS.has(part)) continue;
          tokens.add(part);
          const row = vectors.rowOf.get(part) ?? vectors.rowOf.get(t.value.toLowerCase());
          if (row !== undefined && !/\d/.test(part)) rows.set(part, row);
          if (t.pos === 'VERB' && !verbs.includes(part)) verbs.push(part);
        }
      }
      const core = mention.core ? mention.text.slice(mention.core.start, mention.core.end) : mention.text;
      const speakerMention = mention.speaker !== undefined ? a.mentions[mention.speaker] : undefined;
      out.push({
        index: out.length,
        article: a.id,
        source: info?.outlet === 'unknown' || !info ? `unknown:${a.id}` : info.outlet,
        published: info?.published,
        mention,
        speaker: speakerMention ? links.get(speakerMention.surface) : undefined,
        speakerInferred: speakerMention !== undefined && speakerNamedElsewhere(mention, speakerMention),
        tokens,
        shingles: shinglesOf(mention.quote),
        entities,
        rows,
        verbs,
        core,
        numbers: mention.core ? numbersIn(core) : mention.numbers,
        negated: mention.core ? negated : mention.negated,
      });
    }
  }
  return out;
}
