import type { Claim } from '../../schemas/claim.ts';
import { ClaimsExportSchema, type ClaimExport } from '../../schemas/export.ts';

function toRecord(c: Claim): ClaimExport {
  return {
    id: c.id,
    text: c.text,
    kind: c.kind,
    ...(c.speaker ? { speaker: c.speaker } : {}),
    sources: c.sources,
    ...(c.firstReported ? { firstReported: { article: c.firstReported.article, outlet: c.firstReported.outlet, published: c.firstReported.published } } : {}),
    mentions: c.mentions.map((m) => ({ article: m.article, text: m.text, anchor: m.anchor })),
    entities: c.entities,
    conflicts: c.conflicts,
  };
}

/** `/data/claims.json`: sorted by id, validated against the published schema before it is written. */
export function claimsExportJson(claims: readonly Claim[]): string {
  const records = [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toRecord);
  return JSON.stringify(ClaimsExportSchema.parse(records), null, 2) + '\n';
}
