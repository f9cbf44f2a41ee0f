// Dev driver: attribution outcomes on the ECB+ tuning half (and samples when labelled).
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadCorpus } from '../../src/pipeline/corpus.ts';
import { contentPaths } from '../../src/pipeline/paths.ts';
import { loadClaimsGold } from './gold-sets.ts';
import { byHalf, scoreAttribution, summarize } from './attribution-eval.ts';
const which = process.argv[2] ?? 'ecb';
const dir = which === 'ecb' ? '/work/shared/corpora/ecbplus' : 'tests/fixtures/samples-gold';
const articles = which === 'ecb' ? join(dir, 'articles') : '/work/main/content/articles';
const gold = loadClaimsGold(join(dir, 'claims-gold.json'));
const { corpus } = await loadCorpus({ ...contentPaths({}, '/work/main'), articlesDir: articles }, {});
const outcomes = scoreAttribution(corpus, gold.quotes);
for (const [half, list] of byHalf(outcomes)) console.log(half, JSON.stringify(summarize(list)));
const show = process.argv[3];
if (show) for (const o of outcomes) if ((show === 'all' || o.verdict === show) && (which !== 'ecb' || byHalf([o]).has('tuning'))) console.log(`${o.verdict}\t${o.file}\tgold=${o.gold}\tsys=${o.system ?? '-'}\n   Q: ${o.quote}\n   M: ${o.mention ?? '-'}`);
if (process.argv[4] === 'speakers') for (const o of scoreAttribution(corpus, gold.speakers ?? [])) if (o.verdict !== 'right' && o.verdict !== 'unknown-kept') console.log(`${o.verdict}\t${o.file}\tgold=${o.gold}\tsys=${o.system ?? '-'}\n   Q: ${o.quote}\n   M: ${o.mention ?? '-'}`);
if (process.argv[4] === 'ecbspeakers') {
  const { loadSpeakers } = await import('./gold-sets.ts');
  for (const o of scoreAttribution(corpus, loadSpeakers('tests/fixtures/ecbplus-speakers/speakers.json'))) if (o.verdict !== 'right' && o.verdict !== 'unknown-kept' && (show === 'all' || o.verdict === show)) console.log(`${o.verdict}\t${o.file}\tgold=${o.gold}\tsys=${o.system ?? '-'}\n   Q: ${o.quote}\n   M: ${o.mention ?? '-'}`);
}
