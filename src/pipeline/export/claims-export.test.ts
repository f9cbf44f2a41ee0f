import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleEntrySchema } from '../../schemas/article-entry.ts';
import { ClaimSchema } from '../../schemas/claim.ts';
import { loadCorpus } from '../corpus.ts';
import { contentPaths } from '../paths.ts';
import { articleEntryData } from '../site/article-entry.ts';
import { pageScope } from '../site/page-scope.ts';
import { claimsExportJson } from './claims-export.ts';

// The bundled articles: five formats, an unknown outlet, a derived copy, dated and undated articles.
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('claimsExportJson', () => {
  it('publishes the same claims whether single-article claims come whole or from their article entries', async () => {
    const { corpus, problems } = await loadCorpus(contentPaths({}, projectRoot));
    expect(problems).toEqual([]);
    const all = corpus.claims.claims;
    const single = all.filter((c) => !pageScope.claim(c));
    // The bundled articles exercise every branch: claims with and without a speaker or a first report, shared and not.
    expect(single.length).toBeGreaterThan(0);
    expect(all.length - single.length).toBeGreaterThan(0);
    expect(single.some((c) => c.speaker) && single.some((c) => !c.speaker)).toBe(true);
    expect(single.some((c) => c.firstReported) && single.some((c) => !c.firstReported)).toBe(true);
    // As Astro stores them: validated by the collections' schemas.
    const stored = all.filter((c) => pageScope.claim(c)).map((c) => ClaimSchema.parse(c));
    const entries = corpus.articles.map((a) => ArticleEntrySchema.parse(articleEntryData(corpus, a)));
    expect(claimsExportJson(stored, entries)).toBe(claimsExportJson(all));
  });

  it('keeps a claim with its article only when no other article carries it', async () => {
    const { corpus } = await loadCorpus(contentPaths({}, projectRoot));
    const byId = new Map(corpus.claims.claims.map((c) => [c.id, c]));
    for (const article of corpus.articles) {
      for (const c of articleEntryData(corpus, article).claims) {
        const claim = byId.get(c.id)!;
        expect(c.single !== undefined).toBe(claim.mentions.length === 1);
        if (!c.single) continue;
        const m = claim.mentions[0]!;
        expect(c.single).toEqual({
          text: claim.text,
          kind: claim.kind,
          ...(claim.speaker ? { speaker: claim.speaker } : {}),
          entities: claim.entities,
          conflicts: claim.conflicts,
          similar: claim.similar,
          mention: { ...(m.speaker ? { speaker: m.speaker } : {}), ...(m.speakerInferred ? { speakerInferred: true } : {}), ...(m.speakerDescription ? { speakerDescription: m.speakerDescription } : {}), ...(m.cue ? { cue: m.cue } : {}), ...(m.attribution ? { attribution: m.attribution } : {}) },
        });
      }
    }
  });
});
