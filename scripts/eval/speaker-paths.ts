import { readFileSync } from 'node:fs';
import { annotateArticle } from '../../src/pipeline/nlp/annotate-article.ts';
import { speakerNamedElsewhere } from '../../src/pipeline/nlp/claims.ts';
import { sameSpeaker } from './attribution-eval.ts';

/**
 * How sure each kind of speaker the site shows is: on crafted passages, every labelled item whose claim credits
 * someone, split by whether the speaker is named in the claim's own sentence or found elsewhere (a pronoun, a
 * description, a speaker carried on), for quotations and for reported statements. Tells which speakers a reader
 * could be shown as inferred rather than stated.
 */
export interface PathCount {
  right: number;
  wrong: number;
}

const norm = (t: string) => t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”"]/g, '').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

export function countSpeakerPaths(fixtures: readonly string[]): Map<string, PathCount> {
  const tally = new Map<string, PathCount>();
  for (const fixture of fixtures) {
    const passages = JSON.parse(readFileSync(fixture, 'utf8')) as { id: string; body: string; expect: { snippet: string; speaker: string; kind?: string }[] }[];
    for (const p of passages) {
      const a = annotateArticle({ id: 'passage', title: '', body: p.body });
      for (const e of p.expect) {
        // The shortest claim holding the snippet, as the scorer finds it.
        const c = a.claims.filter((m) => norm(m.text).includes(norm(e.snippet))).sort((x, y) => x.text.length - y.text.length)[0];
        if (c?.speaker === undefined) continue;
        const m = a.mentions[c.speaker]!;
        const key = `${e.kind === 'reported' ? 'reported statements' : 'quotations'}, speaker ${speakerNamedElsewhere(c, m) ? 'found elsewhere' : 'named in the sentence'}`;
        const count = tally.get(key) ?? { right: 0, wrong: 0 };
        if (e.speaker !== 'unknown' && e.speaker !== 'none' && sameSpeaker(e.speaker, { name: m.name, aliases: [] })) count.right++;
        else count.wrong++;
        tally.set(key, count);
      }
    }
  }
  return tally;
}

export function speakerPathsReport(fixtures: readonly string[], date: string): string {
  const rows = [...countSpeakerPaths(fixtures)].sort(([a], [b]) => a.localeCompare(b));
  return [
    `Speakers shown, by how they were found, on the crafted tuning sets (${fixtures.length} sets) — ${date}`,
    '',
    '| items | right | wrong | right of shown |',
    '|---|---|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v.right} | ${v.wrong} | ${((100 * v.right) / Math.max(1, v.right + v.wrong)).toFixed(1)} % |`),
  ].join('\n');
}
