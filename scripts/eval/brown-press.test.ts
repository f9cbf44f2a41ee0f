import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brownArticle, brownData, brownOutlets, brownParagraphs, brownSamples, detokenize, materializeBrown } from './brown-press.ts';
import { loadClaimsGold } from './gold-sets.ts';

describe('Brown Corpus reportage for the eval', () => {
  it('prints a tokenized sentence as the paper did: quotation marks curled, the comma back inside them', () => {
    expect(detokenize(['``', 'Only', 'a', 'handful', 'was', 'received', "''", ',', 'the', 'jury', 'said', '.'])).toBe(
      '“Only a handful was received,” the jury said.',
    );
    expect(detokenize(['He', 'said', '(', 'twice', ')', ':', '``', 'No', "''", '.'])).toBe('He said (twice): “No.”');
    expect(detokenize(['a', '`', 'fair', 'deal', "'", 'now'])).toBe('a ‘fair deal’ now');
    // (The corpus mostly writes an opening single mark as a closing one: they alternate.)
    expect(detokenize(['more', "'", 'pro', "'", 'letters', 'than', "'", 'con', "'", ';', ';'])).toBe('more ‘pro’ letters than ‘con’;');
  });

  it('prints the period after an abbreviation once, and a question or exclamation mark the corpus doubles once', () => {
    expect(detokenize(['``', 'How', 'is', 'that', ',', 'Jim', "''", '?', '?'])).toBe('“How is that, Jim?”');
    expect(detokenize(['``', 'Me', 'Jane', '!', '!', "''"])).toBe('“Me Jane!”');
    expect(detokenize(['won', 'by', 'Ivan', 'Allen', 'Jr.', '.'])).toBe('won by Ivan Allen Jr.');
    expect(detokenize(['the', 'U.S.', 'said', 'so', '.'])).toBe('the U.S. said so.');
  });

  it('reads paragraphs, runs a dateline into its paragraph and keeps a subhead apart', () => {
    const tagged = [
      'Austin/np-hl ,/,-hl Texas/np-hl',
      '--/-- Committee/nn approval/nn came/vbd ./.',
      '',
      '',
      '\tDaniel/np led/vbd the/at fight/nn ./.',
      'It/pps passed/vbd ./.',
      '',
      '',
      'Merger/nn-hl proposed/vbn-hl',
      'However/rb ,/, the/at jury/nn said/vbd it/pps 1-1/2/cd times/nns ./.',
      '',
      '',
      '\t(/( Meyer/np sent/vbd him/ppo to/in Reading/np ,/, Pa./np ./.',
      ')/)',
      'Ogden/np-hl ,/,-hl Utah/np-hl --/-- (/( AP/np )/)',
      '--/-- Jensen/np quit/vbd ./.',
      '',
      '',
      'Vote/nn-hl set/vbn-hl for/in Monday/nr-hl',
      'The/at mayor/nn spoke/vbd ./.',
    ].join('\n');
    expect(brownParagraphs(tagged)).toEqual([
      'Austin, Texas -- Committee approval came.',
      'Daniel led the fight. It passed.',
      'Merger proposed',
      'However, the jury said it 1-1/2 times.',
      '(Meyer sent him to Reading, Pa.)',
      'Ogden, Utah -- (AP) -- Jensen quit.',
      'Vote set for Monday',
      'The mayor spoke.',
    ]);
  });

  it("names each sample's paper, a magazine piece's from the line after its author and title", () => {
    const contents = [
      'A01. The Atlanta Constitution',
      '        \tUsed by permission',
      'A02. The Dallas Morning News, February 17,1961,section 1',
      '\tUsed by permission',
      'A08. The Times-Picayune, [New Orleans], January 1, 1961',
      'x',
      'A35. James J. Maguire, "A Family Affair"',
      '   \tCommonweal (November 10, 1961) 171-173\t0010-1890',
      'A37. "National Affairs"',
      '\tTime magazine, 77: 3 (January 13, 1961), 13-16.',
    ].join('\n');
    expect([...brownOutlets(contents)]).toEqual([
      [1, 'The Atlanta Constitution'],
      [2, 'The Dallas Morning News'],
      [8, 'The Times-Picayune'],
      [35, 'Commonweal'],
      [37, 'Time'],
    ]);
  });

  it('writes a sample as plain text under front matter', () => {
    expect(brownArticle({ event: 3, file: '3/brown-ca03.txt', outlet: 'Chicago Daily Tribune', paragraphs: ['One.', 'Two.'] })).toBe(
      '---\ntitle: "Brown Corpus A03: Chicago Daily Tribune, 1961"\noutlet: "Chicago Daily Tribune"\n---\nOne.\n\nTwo.\n',
    );
  });

  // The labels name the samples as written out: a change of layout or package would leave them pointing nowhere.
  const gold = join(import.meta.dirname, '../../tests/fixtures/brown-press/quotes.json');
  it.skipIf(brownData() === undefined || !existsSync(gold))('writes the 44 samples the labels were written on, every snippet in its sample once', () => {
    const out = mkdtempSync(join(tmpdir(), 'brown-out-'));
    const samples = materializeBrown(out, brownData()!);
    expect(samples).toHaveLength(44);
    expect(brownSamples(brownData()!).map((s) => s.file)).toEqual(samples.map((s) => s.file));
    const labels = loadClaimsGold(gold);
    for (const [file, snippet] of [...labels.quotes, ...(labels.speakers ?? [])]) {
      const path = join(out, file);
      expect(existsSync(path), file).toBe(true);
      expect(readFileSync(path, 'utf8').split(snippet).length - 1, `${file}: ${snippet}`).toBe(1);
    }
  });
});
