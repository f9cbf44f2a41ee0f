import { join } from 'node:path';
import { loadCorpus, type Corpus } from '../../src/pipeline/corpus.ts';
import { contentPaths } from '../../src/pipeline/paths.ts';
import { annotateArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import { claimFeatures, type ClaimFeatures } from '../../src/pipeline/link/claim-features.ts';
import { eventOf, halfOf, loadClaimsGold, type ClaimsGold } from './gold-sets.ts';
import { goldIndex, goldOf } from './claim-eval.ts';

/** The ECB+ corpus run through the pipeline, its claim features, and the gold claims each feature's mention maps to. */
export interface LabelledFeatures {
  corpus: Corpus;
  gold: ClaimsGold;
  features: ClaimFeatures[];
  /** Per feature: gold claim ids (`unique:<n>` for single-outlet claims) its mention maps to. */
  goldOfFeature: string[][];
  /** Per feature: the half of its event. */
  halfOfFeature: ReturnType<typeof halfOf>[];
}

export async function labelledFeatures(corpusDir: string): Promise<LabelledFeatures> {
  const paths = { ...contentPaths(process.env, process.cwd()), articlesDir: join(corpusDir, 'articles') };
  const { corpus } = await loadCorpus(paths);
  const gold = loadClaimsGold(join(corpusDir, 'claims-gold.json'));
  const annotated = corpus.articles.map((a) => annotateArticle(a));
  const meta = new Map(corpus.articles.map((a) => [a.id, { outlet: a.outlet.id, published: a.published }]));
  const features = claimFeatures(annotated, corpus.entities.byArticle, meta);
  const fileOf = new Map(corpus.articles.map((a) => [a.id, a.provenance.file]));
  const index = goldIndex(gold);
  const goldOfFeature = features.map((f) => goldOf(index, fileOf.get(f.article)!, f.mention.text));
  const halfOfFeature = features.map((f) => halfOf(eventOf(fileOf.get(f.article)!)));
  return { corpus, gold, features, goldOfFeature, halfOfFeature };
}

/** 1 when two features' mentions map to a common gold claim, 0 when both map to gold but to none in common, undefined when either maps to nothing. */
export function pairLabel(data: LabelledFeatures, a: number, b: number): 0 | 1 | undefined {
  const ga = data.goldOfFeature[a]!;
  const gb = data.goldOfFeature[b]!;
  if (ga.length === 0 || gb.length === 0) return undefined;
  return ga.some((g) => !g.startsWith('unique:') && gb.includes(g)) ? 1 : 0;
}
