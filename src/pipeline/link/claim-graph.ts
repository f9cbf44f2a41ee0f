import type { Claim } from '../../schemas/claim.ts';
import { claimAnchor } from './claim-anchor.ts';
import { claimHeadline } from '../site/claim-statement.ts';
import type { ClaimFeatures } from './claim-features.ts';
import { linkClaims, type LinkedClaim } from './link-claims.ts';

/** Where a claim sits in one article, for highlighting and anchors. */
export interface ClaimInArticle {
  claim: string;
  /** Index of the text block (see `bodyBlocks`). */
  block: number;
  /** The words exactly as the article has them. */
  text: string;
  /** Independent sources carrying the claim, this one included. */
  sources: number;
}

export interface ClaimGraph {
  claims: Claim[];
  byArticle: Map<string, ClaimInArticle[]>;
}

/** Builds the claims and where each sits in each article, from claim features. */
export function buildClaimGraph(features: readonly ClaimFeatures[], blockOf: (f: ClaimFeatures) => number): ClaimGraph {
  const linked: LinkedClaim[] = linkClaims(features);
  const claimOf = new Map<number, string>();
  for (const c of linked) for (const m of c.members) claimOf.set(m, c.id);
  const claims: Claim[] = linked.map((c) => {
    const members = c.members.map((i) => features[i]!);
    const sources = new Set(members.map((f) => f.source)).size;
    const speakers = members.map((f) => f.speaker).filter((s): s is string => s !== undefined);
    // The speaker the mentions agree on: credited by more of them than anyone else (outlets crediting the same words
    // to different people, as often, leave the claim without one; each mention keeps its own).
    const counts = [...new Set(speakers)].map((s) => [s, speakers.filter((x) => x === s).length] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const speaker = counts.length > 0 && (counts.length === 1 || counts[0]![1] > counts[1]![1]) ? counts[0]![0] : undefined;
    const dated = members.filter((f) => f.published !== undefined).sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
    const first = dated[0];
    const quotes = members.filter((f) => f.mention.kind === 'quote').length;
    // One disagreement per other claim: the first pair found (pairs are in index order).
    const conflicts = new Map<string, Claim['conflicts'][number]>();
    for (const x of c.conflicts) {
      const other = claimOf.get(x.b);
      if (other && other !== c.id && !conflicts.has(other)) conflicts.set(other, { claim: other, reason: x.reason, words: x.words, between: [features[x.a]!.article, features[x.b]!.article] });
    }
    const claim: Claim = {
      id: c.id,
      text: members[0]!.mention.text,
      kind: quotes * 2 > members.length ? 'quote' : 'statement',
      ...(speaker ? { speaker } : {}),
      sources,
      ...(first ? { firstReported: { article: first.article, outlet: first.source.startsWith('unknown:') ? 'unknown' : first.source, published: first.published! } } : {}),
      mentions: members.map((f) => ({
        article: f.article,
        text: f.mention.text,
        anchor: claimAnchor(f.article, c.id),
        outlet: f.source.startsWith('unknown:') ? 'unknown' : f.source,
        ...(f.published ? { published: f.published } : {}),
        ...(f.speaker ? { speaker: f.speaker } : {}),
        ...(f.speaker && f.speakerInferred ? { speakerInferred: true as const } : {}),
        ...(!f.speaker && f.mention.speakerDescription ? { speakerDescription: f.mention.speakerDescription } : {}),
        ...(f.mention.cue ? { cue: f.mention.cue } : {}),
        attribution: f.mention.attribution,
        ...(f.mention.core ? { core: f.mention.core } : {}),
      })),
      // What the claim names, and who says it (features keep the speaker out of the words that state the claim).
      entities: [...new Set(members.flatMap((f) => (f.speaker ? [...f.entities, f.speaker] : f.entities)))].sort(),
      conflicts: [...conflicts.values()].sort((a, b) => (a.claim < b.claim ? -1 : 1)),
      similar: c.similar,
      related: [],
    };
    // The claim as a short statement: the framing-free part of its most concise wording (design §3, `text`).
    return { ...claim, text: claimHeadline(claim) };
  });
  // `related` is filled in once stories are known (computeLinks, relatedClaims).
  const sourcesOf = new Map(claims.map((c) => [c.id, c.sources]));
  const byArticle = new Map<string, ClaimInArticle[]>();
  for (const f of features) {
    const claim = claimOf.get(f.index)!;
    const list = byArticle.get(f.article) ?? [];
    list.push({ claim, block: blockOf(f), text: f.mention.text, sources: sourcesOf.get(claim) ?? 1 });
    byArticle.set(f.article, list);
  }
  return { claims, byArticle };
}

/**
 * Recounts independent sources once derived copies are known: every mention is credited to `sourceOf` its
 * article, so a copy and its original count once.
 */
export function recountSources(graph: ClaimGraph, sourceOf: (article: string) => string): void {
  for (const c of graph.claims) c.sources = new Set(c.mentions.map((m) => sourceOf(m.article))).size;
  const sources = new Map(graph.claims.map((c) => [c.id, c.sources]));
  for (const list of graph.byArticle.values()) for (const entry of list) entry.sources = sources.get(entry.claim) ?? entry.sources;
}
