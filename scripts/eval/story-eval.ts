import type { Corpus } from '../../src/pipeline/corpus.ts';
import { bCubed } from './b-cubed.ts';

/** B³ of the corpus's story clustering against gold stories keyed by source file (ECB+'s `stories`). */
export function scoreStories(corpus: Corpus, goldStories: Readonly<Record<string, string>>) {
  const gold = new Map<string, string>();
  const system = new Map<string, string>();
  for (const a of corpus.articles) {
    const label = goldStories[a.provenance.file];
    if (label === undefined) continue;
    gold.set(a.id, label);
    system.set(a.id, corpus.storyOf.get(a.id) ?? `none:${a.id}`);
  }
  return { ...bCubed(gold, system), articles: gold.size, goldStories: new Set(gold.values()).size, systemStories: new Set(system.values()).size };
}
