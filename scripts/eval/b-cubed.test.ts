import { describe, expect, it } from 'vitest';
import { bCubed } from './b-cubed.ts';

// Gold: six items in three entities. A = {a1, a2, a3}, B = {b1, b2}, C = {c1}.
const gold = new Map([
  ['a1', 'A'],
  ['a2', 'A'],
  ['a3', 'A'],
  ['b1', 'B'],
  ['b2', 'B'],
  ['c1', 'C'],
]);
const items = [...gold.keys()];

describe('bCubed', () => {
  it('scores a perfect clustering 1/1/1, whatever the system calls its clusters', () => {
    const system = new Map(items.map((item) => [item, `sys-${gold.get(item)!.toLowerCase()}`]));
    expect(bCubed(gold, system)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('all singletons: precision 1, recall 1/2', () => {
    // Each item's system cluster is itself: overlap 1, so precision is 1/1 for every item.
    // Recall per item is 1/|gold cluster|: a's 1/3 × 3 = 1, b's 1/2 × 2 = 1, c1 1/1 = 1; sum 3 over 6 items = 1/2.
    // F1 = 2 · 1 · 1/2 / (1 + 1/2) = 2/3.
    const r = bCubed(gold, new Map(items.map((item) => [item, item])));
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(1 / 2, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });

  it('items the system never labels count as singletons', () => {
    const r = bCubed(gold, new Map());
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(1 / 2, 12);
  });

  it('one big cluster: recall 1, precision 7/18', () => {
    // Each item's system cluster has all 6 items; the overlap is its gold cluster's size.
    // Precision: a's 3/6 × 3 = 9/6, b's 2/6 × 2 = 4/6, c1 1/6; sum 14/6 over 6 items = 14/36 = 7/18 ≈ 0.3889.
    // F1 = 2 · 7/18 · 1 / (7/18 + 1) = (14/18) / (25/18) = 14/25 = 0.56.
    const r = bCubed(gold, new Map(items.map((item) => [item, 'everything'])));
    expect(r.recall).toBe(1);
    expect(r.precision).toBeCloseTo(7 / 18, 12);
    expect(r.f1).toBeCloseTo(14 / 25, 12);
  });

  it('one item split off its gold cluster: precision 1, recall 7/9', () => {
    // System: {a1}, {a2, a3}, {b1, b2}, {c1}. Every system cluster is inside one gold cluster, so precision is 1.
    // Recall: a1 1/3, a2 2/3, a3 2/3, b1 1, b2 1, c1 1; sum 14/3 over 6 items = 7/9.
    const system = new Map([
      ['a2', 'x'],
      ['a3', 'x'],
      ['b1', 'y'],
      ['b2', 'y'],
      ['c1', 'z'],
    ]);
    const r = bCubed(gold, system);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(7 / 9, 12);
  });

  it('is 0/0/0 for no items, not NaN', () => {
    expect(bCubed(new Map(), new Map())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
