import { loadCorpus } from '../../src/pipeline/corpus.ts';
import { contentPaths } from '../../src/pipeline/paths.ts';
import { annotateArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import { attributeSentences } from '../../src/pipeline/nlp/attribution/attribute.ts';
const [dir, fileWant, textWant] = process.argv.slice(2) as [string, string, string];
const { corpus } = await loadCorpus({ ...contentPaths({}, process.cwd()), articlesDir: dir });
for (const art of corpus.articles) {
  if (!art.provenance.file.includes(fileWant)) continue;
  const a = annotateArticle(art);
  const at = attributeSentences(a.sentences, a.mentions, a.blocks);
  a.sentences.forEach((s, i) => {
    if (!s.text.includes(textWant)) return;
    for (let k = Math.max(0, i - 3); k <= i; k++) {
      const x = a.sentences[k]!;
      console.log(k, `[b${x.block}]`, x.text.slice(0, 200));
      console.log('   ', JSON.stringify({ ...at[k], speaker: at[k]!.speaker === undefined ? undefined : a.mentions[at[k]!.speaker!]!.name }));
      console.log('    mentions:', a.mentions.filter((m) => m.sentence === k).map((m) => `${m.surface}:${m.type}:${m.role ?? ''}`).join(' | '));
    }
  });
}
