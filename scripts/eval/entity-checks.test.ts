import { describe, expect, it } from 'vitest';
import { isNamedPerson, junkEntities, junkReason, scorePeople, type GoldEntity } from './entity-checks.ts';

describe('junkReason', () => {
  it.each([
    ['R', 'single letter'],
    ['D.', 'single letter'],
    ['I’m', 'contraction'],
    ["I'm", 'contraction'],
    ['R-Calif.', 'party–state tag'],
    ['D-N.Y.', 'party–state tag'],
    ['Calif', 'state abbreviation'],
    ['Ky', 'state abbreviation'],
    ['Sept', 'month abbreviation'],
    ['ET', 'time zone'],
    ['President', 'title word'],
    ['Sen', 'title word'],
  ])('%j is junk: %s', (name, reason) => {
    expect(junkReason(name)).toBe(reason);
  });

  it.each([['X-Men'], ['Mo'], ['AK-47'], ['Kentucky'], ['Et Cetera'], ['Donald Trump'], ["O'Brien"], ['Ed']])('%j is not junk', (name) => {
    expect(junkReason(name)).toBeUndefined();
  });

  it('counts only entities in two or more articles of the half, and never a curated one', () => {
    const list = junkEntities(
      [
        { id: 'calif', name: 'Calif', curated: false, forms: ['Calif'], files: ['1/a.md', '1/b.md', '2/c.md'] },
        { id: 'et', name: 'ET', curated: false, forms: ['ET'], files: ['1/a.md', '2/c.md'] },
        { id: 'x', name: 'X', curated: true, forms: ['X'], files: ['1/a.md', '1/b.md'] },
      ],
      'tuning',
    );
    expect(list).toEqual([{ name: 'Calif', reason: 'state abbreviation', articles: 2 }]);
  });
});

describe('scorePeople', () => {
  const LOHAN: GoldEntity = { cluster: 'p1', type: 'HUMAN_PART_PER', forms: ['Lindsay Lohan', 'Lohan', 'LiLo'], in: ['1/a.md', '1/b.md', '1/c.md'] };
  const OFFICIALS: GoldEntity = { cluster: 'p2', type: 'HUMAN_PART_PER', forms: ['Officials'], in: ['1/a.md', '1/b.md'] };

  it('named people only: a group such as "Officials" is left out', () => {
    expect(isNamedPerson(LOHAN)).toBe(true);
    expect(isNamedPerson(OFFICIALS)).toBe(false);
  });

  it('found and one entity: the fullest form decides an article’s entity', () => {
    const forms = new Map<string, Map<string, string>>([
      ['1/a.md', new Map([['lindsay lohan', 'lindsay-lohan'], ['lohan', 'lindsay-lohan']])],
      ['1/b.md', new Map([['lilo', 'lilo'], ['lindsay lohan', 'lindsay-lohan']])],
      ['1/c.md', new Map()],
    ]);
    const s = scorePeople([LOHAN, OFFICIALS], (f) => forms.get(f) ?? new Map(), 'tuning');
    expect(s).toMatchObject({ items: 3, found: 2 / 3, shared: 1, oneEntity: 1, split: [] });
    forms.set('1/b.md', new Map([['lilo', 'lilo']]));
    const split = scorePeople([LOHAN], (f) => forms.get(f) ?? new Map(), 'tuning');
    expect(split.oneEntity).toBe(0);
    expect(split.split).toEqual([{ person: 'Lindsay Lohan', event: '1', entities: ['lilo', 'lindsay-lohan'], missing: 1 }]);
    expect(scorePeople([LOHAN], (f) => forms.get(f) ?? new Map(), 'test').items).toBe(0);
  });
});
