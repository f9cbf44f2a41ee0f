import nlp from 'compromise';
import type { Corpus } from '../../src/pipeline/corpus.ts';
import { entityKey } from '../../src/pipeline/meta/entity-registry.ts';
import { bCubed } from './b-cubed.ts';

/** One cross-document entity cluster of ECB+'s gold annotation. */
export interface GoldEntity {
  cluster: string;
  type: string;
  forms: string[];
  in: string[];
}

/**
 * Items are (file, gold cluster) pairs: the gold says the entity occurs in that file under one of its forms.
 * A system labels an item with the entity it links a matching form to in that file (no match: a singleton).
 * B³ over these items scores cross-document resolution; `found` is the share of items matched at all.
 */
export function scoreEntities(gold: readonly GoldEntity[], systemForms: (file: string) => Map<string, string>) {
  const goldLabels = new Map<string, string>();
  const systemLabels = new Map<string, string>();
  let found = 0;
  for (const cluster of gold) {
    const forms = new Set(cluster.forms.map(entityKey));
    for (const file of cluster.in) {
      const item = `${file}#${cluster.cluster}`;
      goldLabels.set(item, cluster.cluster);
      const votes = new Map<string, number>();
      for (const [form, entity] of systemForms(file)) if (forms.has(form)) votes.set(entity, (votes.get(entity) ?? 0) + 1);
      const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (best) {
        systemLabels.set(item, best[0]);
        found++;
      }
    }
  }
  return { ...bCubed(goldLabels, systemLabels), found: found / (goldLabels.size || 1), items: goldLabels.size };
}

/** Our pipeline: the forms each article uses, mapped to the entity they were resolved to. */
export function pipelineForms(corpus: Corpus): (file: string) => Map<string, string> {
  const byFile = new Map<string, Map<string, string>>();
  for (const a of corpus.articles) {
    const forms = new Map<string, string>();
    for (const { surface, entity } of corpus.entities.byArticle.get(a.id)?.links ?? []) forms.set(entityKey(surface), entity);
    byFile.set(a.provenance.file, forms);
  }
  return (file) => byFile.get(file) ?? new Map();
}

/** Baseline: compromise's own people/organizations/places, linked across articles by exact name. */
export function compromiseForms(corpus: Corpus): { forms: (file: string) => Map<string, string>; msPerArticle: number } {
  const byFile = new Map<string, Map<string, string>>();
  const started = performance.now();
  for (const a of corpus.articles) {
    const doc = nlp(a.body);
    const forms = new Map<string, string>();
    for (const view of [doc.people(), doc.organizations(), doc.places()]) {
      for (const text of view.out('array') as string[]) forms.set(entityKey(text.replace(/[.,;:!?]+$/, '')), entityKey(text.replace(/[.,;:!?]+$/, '')));
    }
    byFile.set(a.provenance.file, forms);
  }
  const msPerArticle = (performance.now() - started) / (corpus.articles.length || 1);
  return { forms: (file) => byFile.get(file) ?? new Map(), msPerArticle };
}
