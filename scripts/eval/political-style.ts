import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadCorpus } from '../../src/pipeline/corpus.ts';
import { contentPaths } from '../../src/pipeline/paths.ts';
import { attributionRow, ATTRIBUTION_HEADER, scoreAttribution, type QuoteOutcome } from './attribution-eval.ts';

/**
 * Crafted passages (tests/fixtures/political-*, wire-*, scraped-news: political and general news copy, written and
 * labelled before any output; see their READMEs): each passage is built as an article of its own, then every labelled
 * quotation and reported statement is scored like the real sets. Not real text: a check of attribution patterns,
 * reported apart.
 */
const PassagesSchema = z.array(z.object({ id: z.string().min(1), body: z.string().min(1), expect: z.array(z.object({ snippet: z.string().min(1), speaker: z.string().min(1), kind: z.string().optional() })) }));

/** Every labelled quotation's and reported statement's outcome on one crafted set, each passage built as an article. */
export async function craftedOutcomes(fixture: string, projectDir: string): Promise<{ passages: number; quotes: QuoteOutcome[]; reported: QuoteOutcome[] }> {
  const passages = PassagesSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  // Every problem at once, each naming its passage: a snippet that is not in its body scores nothing.
  const missing = passages.flatMap((p) => p.expect.filter((e) => !p.body.includes(e.snippet)).map((e) => `${p.id}: "${e.snippet}"`));
  if (missing.length > 0) throw new Error(`${fixture}: ${missing.length} snippet(s) not found in their passage's body — fix the label or the body:\n  ${missing.join('\n  ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-political-'));
  try {
    for (const p of passages) writeFileSync(join(dir, `${p.id}.md`), `---\ntitle: "Passage ${p.id}"\n---\n${p.body}\n`);
    const { corpus } = await loadCorpus({ ...contentPaths({}, projectDir), articlesDir: dir }, {});
    const items = (kind: string) => passages.flatMap((p) => p.expect.filter((e) => (e.kind ?? 'quote') === kind).map((e): [string, string, string] => [`${p.id}.md`, e.snippet, e.speaker]));
    return { passages: passages.length, quotes: scoreAttribution(corpus, items('quote')), reported: scoreAttribution(corpus, items('reported')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report of one crafted set: its quotations and, when it labels any, its reported statements. */
export function politicalStyleReport(outcomes: Awaited<ReturnType<typeof craftedOutcomes>>, date: string, role: string): string {
  return [
    `Attribution on crafted news passages, ${role} set (${outcomes.passages} passages; not real text) — ${date}`,
    '',
    ATTRIBUTION_HEADER,
    attributionRow('quotations', outcomes.quotes),
    // The review sets label no kind: every item is scored as a quotation, and no empty row is printed.
    ...(outcomes.reported.length > 0 ? [attributionRow('reported statements', outcomes.reported)] : []),
  ].join('\n');
}
