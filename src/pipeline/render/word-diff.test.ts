import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from './word-diff.ts';

/** The reference rebuilt from the parts (shared + removed), and the wording (shared + added). */
const sides = (parts: readonly DiffPart[]) => ({
  reference: parts.filter((p) => p.change !== 'added').map((p) => p.text).join(''),
  wording: parts.filter((p) => p.change !== 'removed').map((p) => p.text).join(''),
});
const words = (parts: readonly DiffPart[], change: DiffPart['change']) => parts.filter((p) => p.change === change).map((p) => p.text.trim());

describe('wordDiff', () => {
  it('identical wordings are all the same', () => {
    const text = 'Defense Secretary Pete Hegseth then called Anthropic a "supply chain risk to national security."';
    const parts = wordDiff(text, text);
    expect(parts.every((p) => p.change === 'same')).toBe(true);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('"said" vs "claimed" shows the one verb removed and the other added', () => {
    // TechCrunch 000 ("claimed") against a crafted "said".
    const reference = 'Secretary of Defense Pete Hegseth said Anthropic was trying to seize veto power over the operational decisions of the United States military.';
    const wording = 'Secretary of Defense Pete Hegseth claimed Anthropic was trying to seize veto power over the operational decisions of the United States military.';
    const parts = wordDiff(reference, wording);
    expect(words(parts, 'removed')).toEqual(['said']);
    expect(words(parts, 'added')).toEqual(['claimed']);
    expect(sides(parts)).toEqual({ reference, wording });
    // The removed verb comes before the added one, and both sit between the shared words around them.
    const changed = parts.findIndex((p) => p.change !== 'same');
    expect(parts[changed]!.change).toBe('removed');
    expect(parts[changed + 1]!.change).toBe('added');
    expect(parts[changed - 1]!.text).toMatch(/Hegseth\s*$/);
  });

  it('a dropped hedge ("reportedly") shows as removed, with nothing added', () => {
    // ECB+ 1_12 ("reportedly"), and the same sentence without the hedge.
    const reference = 'Lohan reportedly pulled up to Morningside in an SUV but the vehicle left without the actress ever getting out.';
    const wording = 'Lohan pulled up to Morningside in an SUV but the vehicle left without the actress ever getting out.';
    const parts = wordDiff(reference, wording);
    expect(words(parts, 'removed')).toEqual(['reportedly']);
    expect(words(parts, 'added')).toEqual([]);
    expect(sides(parts)).toEqual({ reference, wording });
  });

  it('an added hedge shows as added', () => {
    const reference = 'Ross was paid $3 million to write and direct "The Hunger Games."';
    const wording = 'Ross was reportedly paid $3 million to write and direct "The Hunger Games."';
    const parts = wordDiff(reference, wording);
    expect(words(parts, 'added')).toEqual(['reportedly']);
    expect(words(parts, 'removed')).toEqual([]);
  });

  it('is case-sensitive', () => {
    const parts = wordDiff('The Pentagon said it would respond.', 'The pentagon said it would respond.');
    expect(words(parts, 'removed')).toEqual(['Pentagon']);
    expect(words(parts, 'added')).toEqual(['pentagon']);
  });

  it('a different number shows as a changed word', () => {
    const reference = 'Anthropic had been negotiating a $200 million contract with the Pentagon in recent weeks.';
    const wording = 'Anthropic had been negotiating a $300 million contract with the Pentagon in recent weeks.';
    const parts = wordDiff(reference, wording);
    expect(words(parts, 'removed').join(' ')).toContain('200');
    expect(words(parts, 'added').join(' ')).toContain('300');
    expect(sides(parts)).toEqual({ reference, wording });
  });
});
