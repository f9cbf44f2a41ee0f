import { readFileSync } from 'node:fs';
import { annotateArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import matter from 'gray-matter';
const file = process.argv[2]!;
const { content } = matter(readFileSync(file, 'utf8'));
const a = annotateArticle({ id: 'x', title: '', body: content });
const want = process.argv[3] ?? '';
for (const c of a.claims) if (c.text.includes(want)) console.log(JSON.stringify({ text: c.text.slice(0, 120), sp: c.speaker === undefined ? undefined : `${a.mentions[c.speaker]!.surface}/${a.mentions[c.speaker]!.type}`, att: c.attribution, core: c.core ? c.text.slice(c.core.start, c.core.end).slice(0, 80) : undefined }));
