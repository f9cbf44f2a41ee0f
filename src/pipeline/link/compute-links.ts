import type { Article, DerivedFrom } from '../../schemas/article.ts';
import type { Story } from '../../schemas/story.ts';
import { createEntityRegistry, withOutlets } from '../meta/entity-registry.ts';
import type { OutletRegistry } from '../meta/outlet-registry.ts';
import type { AnnotatedArticle } from '../nlp/annotate-article.ts';
import { buildStories } from '../site/story-view.ts';
import { claimFeatures } from './claim-features.ts';
import { buildClaimGraph, recountSources, type ClaimGraph } from './claim-graph.ts';
import { clusterStories } from './cluster-stories.ts';
import { findDerivedCopies, sourceKey } from './derived-copies.ts';
import { relatedClaims } from './related-claims.ts';
import { pageScope } from '../site/page-scope.ts';
import { resolveEntities, type EntityGraph } from './resolve-entities.ts';
import { storyInput } from './story-inputs.ts';
import { withDerived } from './with-derived.ts';

export interface LinkContext {
  registry: OutletRegistry;
  entityRegistry: Parameters<typeof withOutlets>[0];
  time: <T>(stage: string, run: () => T) => T;
}

/** What linking finds across articles: everything a linked corpus holds beyond the articles themselves. */
export interface Links {
  entities: EntityGraph;
  claims: ClaimGraph;
  storyOf: Map<string, string>;
  stories: Story[];
  derived: Map<string, DerivedFrom>;
}

/** Everything across articles: entities, claims, stories and copies. */
export function computeLinks(cleaned: Article[], annotated: AnnotatedArticle[], { registry, entityRegistry, time }: LinkContext): Links {
  const knownEntities = createEntityRegistry(withOutlets(entityRegistry, registry.entries));
  const entities = time('entities', () => resolveEntities(annotated, cleaned.map((a) => ({ id: a.id, outlet: a.outlet.id })), knownEntities));
  const claims = time('claims', () => {
    const meta = new Map(cleaned.map((a) => [a.id, { outlet: a.outlet.id, published: a.published }]));
    const features = claimFeatures(annotated, entities.byArticle, meta);
    const sentencesOf = new Map(annotated.map((a) => [a.id, a.sentences]));
    return buildClaimGraph(features, (f) => sentencesOf.get(f.article)![f.mention.sentence]!.block);
  });
  const storyOf = time('stories', () => {
    const annotatedOf = new Map(annotated.map((a) => [a.id, a]));
    return clusterStories(cleaned.map((a) => storyInput(a, annotatedOf.get(a.id)!, entities.byArticle.get(a.id))));
  });
  // Related claims need the stories: the same story, or a rare entity and words in common across stories.
  time('related claims', () => {
    const articlesOfEntity = new Map(entities.entities.map((e) => [e.id, e.articles.length]));
    // Only a claim with a page shows its related claims (any claim can be one of them).
    const related = relatedClaims(claims.claims, { storyOf, articlesOfEntity, articles: cleaned.length, wanted: pageScope.claim });
    for (const c of claims.claims) c.related = related.get(c.id) ?? [];
  });
  // Copies are known only once claims and stories are: then count every claim's independent sources again.
  return time('copies', () => {
    const derived = findDerivedCopies(cleaned, claims.claims, storyOf);
    const articleById = new Map(cleaned.map((a) => [a.id, a]));
    const sourceOf = (id: string) => sourceKey(articleById.get(id)!, derived);
    recountSources(claims, sourceOf);
    const final = withDerived(cleaned, derived);
    return { entities, claims, storyOf, derived, stories: buildStories(final, claims.claims, storyOf, derived, entities, sourceOf) };
  });
}
