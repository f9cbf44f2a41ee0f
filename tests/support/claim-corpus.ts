// Unit-test support: the claim stage run on a few article bodies, the way loadCorpus runs it.
import type { EntityEntry } from '../../src/schemas/entity.ts';
import { createEntityRegistry } from '../../src/pipeline/meta/entity-registry.ts';
import { annotateArticle, type AnnotatedArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import { claimFeatures, type ClaimFeatures } from '../../src/pipeline/link/claim-features.ts';
import { resolveEntities } from '../../src/pipeline/link/resolve-entities.ts';

/** One article body with what linking needs to know about it. */
export interface StoryBody {
  id: string;
  outlet: string;
  published?: string;
  body: string;
}

// The names every outlet uses for the three organizations of the bundled story, so entity ids line up across articles.
export const PENTAGON_REGISTRY: EntityEntry[] = [
  { id: 'department-of-defense', name: 'U.S. Department of Defense', type: 'organization', aliases: ['Pentagon', 'Department of Defense', 'Defense Department', 'DoD', 'Department of War', 'DoW', 'US Department of Defense'] },
  { id: 'anthropic', name: 'Anthropic', type: 'organization', aliases: [] },
  { id: 'openai', name: 'OpenAI', type: 'organization', aliases: [] },
];

/** Per-article NLP, entities across articles, then claim features. */
export function claimFeaturesOf(
  stories: readonly StoryBody[],
  registry: readonly EntityEntry[] = PENTAGON_REGISTRY,
  /** Changes the annotation before features are made (a test standing in for a later claim-extraction step). */
  amend?: (annotated: AnnotatedArticle[]) => void,
): { annotated: AnnotatedArticle[]; features: ClaimFeatures[] } {
  const annotated = stories.map((s) => annotateArticle({ id: s.id, title: '', body: s.body }));
  amend?.(annotated);
  const entities = resolveEntities(annotated, stories, createEntityRegistry(registry));
  const meta = new Map(stories.map((s) => [s.id, { outlet: s.outlet, published: s.published }]));
  return { annotated, features: claimFeatures(annotated, entities.byArticle, meta) };
}
