import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseWireStories, materializeWire, reutersData, wireArticle, wireDate, wireParagraphs } from './reuters-wire.ts';
import { loadClaimsGold } from './gold-sets.ts';

// The layout as the collection keeps it: teleprinter lines, paragraphs opened by four spaces, a sign-off.
const BODY = 'Wall Street analysts said a share repurchase program\nannounced by General Motors Corp is in part an attempt.\n    "He was obviously the big trigger" said analyst Joseph\nPhillippi of E.F. Hutton Co.\n Reuter\n\u0003';

describe('Reuters wire stories for the eval', () => {
  it('rejoins teleprinter lines into paragraphs and drops the sign-off', () => {
    expect(wireParagraphs(BODY)).toEqual([
      'Wall Street analysts said a share repurchase program announced by General Motors Corp is in part an attempt.',
      '"He was obviously the big trigger" said analyst Joseph Phillippi of E.F. Hutton Co.',
    ]);
  });

  it('keeps a word "Reuter" that is not the closing sign-off', () => {
    expect(wireParagraphs('Reuter news agency staff said so.\n    More follows.')).toEqual(['Reuter news agency staff said so.', 'More follows.']);
  });

  it('reads the wire date as a calendar date, and leaves a malformed one out', () => {
    expect(wireDate('19-OCT-1987 15:37:46.03')).toBe('1987-10-19');
    expect(wireDate(' 3-MAR-1987 09:01:02.00'.trim())).toBe('1987-03-03');
    expect(wireDate('19-XYZ-1987')).toBeUndefined();
    expect(wireDate('')).toBeUndefined();
  });

  it('writes a story as plain text under front matter, headline quoted', () => {
    const text = wireArticle({ event: 1, id: '7', file: '1/reuters-7.txt', title: 'GM <GM> BUYBACK "SEEN"', date: '03-MAR-1987 10:00:00.00', paragraphs: ['One.', 'Two.'] });
    expect(text).toBe('---\ntitle: "GM <GM> BUYBACK \\"SEEN\\""\ndate: 1987-03-03\noutlet: "Reuters"\n---\nOne.\n\nTwo.\n');
  });

  it('chooses stories with quotations and a news-length body, in order of id, numbered as events', () => {
    const data = mkdtempSync(join(tmpdir(), 'wire-data-'));
    const long = (quotes: number) => `${'"A quoted line," he said. '.repeat(quotes)}${'x'.repeat(1600)}`;
    writeFileSync(
      join(data, 'reuters-000.json'),
      JSON.stringify([
        { id: '20', title: 'LATER', date: '01-JAN-1987', body: long(3) },
        { id: '3', title: 'EARLIER', date: '01-JAN-1987', body: long(3) },
        { id: '4', title: 'TOO FEW QUOTES', body: long(2) },
        { id: '5', title: 'TOO SHORT', body: '"a" "b" "c"' },
        { id: '6', title: 'NO BODY' },
      ]),
    );
    const stories = chooseWireStories(data);
    expect(stories.map((s) => [s.event, s.id, s.file])).toEqual([
      [1, '3', '1/reuters-3.txt'],
      [2, '20', '2/reuters-20.txt'],
    ]);
    const out = mkdtempSync(join(tmpdir(), 'wire-out-'));
    materializeWire(out, data);
    expect(readFileSync(join(out, '2/reuters-20.txt'), 'utf8')).toContain('title: "LATER"');
  });

  // The labels name the stories the fixed rule chose: a change of rule or package would leave them pointing nowhere.
  it.skipIf(reutersData() === undefined).each([
    [1, 'reuters-wire'],
    [2, 'reuters-wire-2'],
    [3, 'reuters-wire-3'],
    [4, 'reuters-wire-4'],
  ] as const)('chooses exactly the 48 stories of set %i the labels were written on, every snippet in its story once', (set, folder) => {
    const stories = chooseWireStories(reutersData()!, set);
    const gold = loadClaimsGold(join(import.meta.dirname, `../../tests/fixtures/${folder}/quotes.json`));
    const text = new Map(stories.map((s) => [s.file, s.paragraphs.join('\n\n')]));
    expect(stories).toHaveLength(48);
    for (const [file, snippet] of [...gold.quotes, ...(gold.speakers ?? [])]) {
      expect(text.has(file), file).toBe(true);
      expect(text.get(file)!.split(snippet).length - 1, `${file}: ${snippet}`).toBe(1);
    }
  });

  it.skipIf(reutersData() === undefined)('never chooses one story for two sets', () => {
    const ids = ([1, 2, 3, 4] as const).flatMap((set) => chooseWireStories(reutersData()!, set).map((s) => s.id));
    expect(ids).toHaveLength(4 * 48);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
