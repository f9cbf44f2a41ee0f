import { annotateArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import { attributeSentences } from '../../src/pipeline/nlp/attribution/attribute.ts';
const body = process.argv.slice(2).join('\n\n');
const a = annotateArticle({ id: 'x', title: '', body });
const at = attributeSentences(a.sentences, a.mentions, a.blocks);
a.sentences.forEach((s, i) => {
  console.log(i, JSON.stringify(s.text));
  console.log('  tokens', s.tokens.map((t) => `${t.value}/${t.pos}/${t.lemma}`).join(' '));
  console.log('  attr', JSON.stringify({ ...at[i], speaker: at[i]!.speaker === undefined ? undefined : a.mentions[at[i]!.speaker!]!.name }));
});
console.log('mentions', a.mentions.map((m) => `${m.surface}:${m.type}:${m.role ?? ''}`).join(' | '));
for (const c of a.claims) console.log('CLAIM', JSON.stringify({ text: c.text, core: c.core ? c.text.slice(c.core.start, c.core.end) : undefined, sp: c.speaker === undefined ? undefined : a.mentions[c.speaker]!.name, kind: c.kind, attribution: c.attribution, cue: c.cue }));
