import nlp from 'compromise';
import type { Corpus } from '../../src/pipeline/corpus.ts';
import { entityKey } from '../../src/pipeline/meta/entity-registry.ts';
import { bCubed } from './b-cubed.ts';
import { junkEntities, scorePeople, type GoldEntity, type SystemEntity } from './entity-checks.ts';

export type { GoldEntity } from './entity-checks.ts';

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

/** The pipeline's entities with the files that mention them, for the junk check. */
export function systemEntities(corpus: Corpus): SystemEntity[] {
  const fileOf = new Map(corpus.articles.map((a) => [a.id, a.provenance.file]));
  return corpus.entities.entities.map((e) => ({ id: e.id, name: e.name, curated: e.curated, forms: e.aliases.map((x) => x.form), files: e.articles.map((id) => fileOf.get(id) ?? id) }));
}

/** Markdown lines: people found, people as one entity and junk entities, per half (tuning, then test). */
export function peopleReport(corpus: Corpus, gold: readonly GoldEntity[], date: string): string[] {
  const forms = pipelineForms(corpus);
  const entities = systemEntities(corpus);
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [`People on ECB+ per half (odd events tune, even events test) — ${date}`, '', '| half | gold (article, person) pairs | found | people named by 2+ articles of one event | one entity | junk entities in 2+ articles |', '|---|---|---|---|---|---|'];
  const details: string[] = [];
  for (const half of ['tuning', 'test'] as const) {
    const s = scorePeople(gold, forms, half);
    const junk = junkEntities(entities, half);
    lines.push(`| ${half} | ${s.items} | ${pct(s.found)} % | ${s.shared} | ${pct(s.oneEntity)} % | ${junk.length} |`);
    // Junk is listed for both halves (the target is none anywhere); which people were split only for the tuning
    // half, which is the one studied.
    if (half === 'tuning') for (const x of s.split) details.push(`- tuning, not one entity: ${x.person} (event ${x.event}): ${x.entities.join(', ') || 'none'}${x.missing ? `, missing in ${x.missing} articles` : ''}`);
    for (const j of junk) details.push(`- ${half}, junk: "${j.name}" (${j.reason}) in ${j.articles} articles`);
  }
  return [...lines, '', ...(details.length ? ['What is left:', ...details] : [])];
}
