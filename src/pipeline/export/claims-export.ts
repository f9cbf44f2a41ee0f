import type { ArticleEntry } from '../../schemas/article-entry.ts';
import type { Claim, ClaimMention } from '../../schemas/claim.ts';
import { ClaimsExportSchema, type ClaimExport } from '../../schemas/export.ts';
import { claimAnchor } from '../link/claim-anchor.ts';

type MentionAttribution = Pick<ClaimMention, 'speaker' | 'speakerInferred' | 'speakerDescription' | 'cue' | 'attribution'>;

/** A mention's attribution as the export (and an article's own claims) have it: only the fields that are set. */
export function attributionOf(m: MentionAttribution): MentionAttribution {
  return {
    ...(m.speaker ? { speaker: m.speaker } : {}),
    ...(m.speaker && m.speakerInferred ? { speakerInferred: true as const } : {}),
    ...(!m.speaker && m.speakerDescription ? { speakerDescription: m.speakerDescription } : {}),
    ...(m.cue ? { cue: m.cue } : {}),
    ...(m.attribution ? { attribution: m.attribution } : {}),
  };
}

function toRecord(c: Claim): ClaimExport {
  return {
    id: c.id,
    text: c.text,
    kind: c.kind,
    ...(c.speaker ? { speaker: c.speaker } : {}),
    sources: c.sources,
    ...(c.firstReported ? { firstReported: { article: c.firstReported.article, outlet: c.firstReported.outlet, published: c.firstReported.published } } : {}),
    mentions: c.mentions.map((m) => ({ article: m.article, text: m.text, anchor: m.anchor, ...attributionOf(m) })),
    entities: c.entities,
    conflicts: c.conflicts,
    similar: c.similar,
  };
}

/**
 * The records of the claims only this article carries, which the claims collection leaves out: such a claim has
 * one mention, this article's sentence, so its wording, source and first report are the article's own.
 */
function singleClaimRecords(article: ArticleEntry): ClaimExport[] {
  return article.claims.flatMap((c) => {
    if (!c.single) return [];
    return [
      {
        id: c.id,
        text: c.single.text,
        kind: c.single.kind,
        ...(c.single.speaker ? { speaker: c.single.speaker } : {}),
        sources: c.sources,
        ...(article.published ? { firstReported: { article: article.id, outlet: article.outlet.id, published: article.published } } : {}),
        mentions: [{ article: article.id, text: c.text, anchor: claimAnchor(article.id, c.id), ...attributionOf(c.single.mention) }],
        entities: c.single.entities,
        conflicts: c.single.conflicts,
        similar: c.single.similar,
      },
    ];
  });
}

/**
 * `/data/claims.json`: every claim, sorted by id and validated against the published schema before it is
 * written. `claims` are full claims (the claims collection: those in two or more articles); the claims only one
 * article carries come from that article's entry.
 */
export function claimsExportJson(claims: readonly Claim[], articles: readonly ArticleEntry[] = []): string {
  const records = [...claims.map(toRecord), ...articles.flatMap(singleClaimRecords)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify(ClaimsExportSchema.parse(records), null, 2) + '\n';
}
