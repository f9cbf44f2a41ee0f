import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surfaceMatcher } from './surface-matcher.ts';

// What the matcher replaces: one regular expression of every surface, longest first, whole words only.
function byRegExp(surfaces: readonly string[], text: string) {
  const sorted = [...new Set(surfaces)].filter((s) => s !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const escaped = sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, surface: m[0] }));
}

describe('surfaceMatcher', () => {
  it('finds whole words only, the longest name at a place, and goes on after each match', () => {
    const match = surfaceMatcher(['War', 'Department of War', 'Pentagon', 'DoW']);
    expect(match('The Department of War, or DoW (the Pentagon), and WarCraft, preWar, War.')).toEqual([
      { index: 4, surface: 'Department of War' },
      { index: 26, surface: 'DoW' },
      { index: 35, surface: 'Pentagon' },
      { index: 68, surface: 'War' },
    ]);
  });

  it('treats letters beyond the BMP and accented letters as parts of words', () => {
    const match = surfaceMatcher(['Ana', 'Zoë']);
    expect(match('𝐀Ana Ana𝐀 Zoë Zoëy éAna')).toEqual([{ index: 12, surface: 'Zoë' }]);
  });

  it('finds nothing without surfaces', () => {
    expect(surfaceMatcher([])('Anything at all')).toEqual([]);
    expect(surfaceMatcher([''])('Anything at all')).toEqual([]);
  });

  it('gives the same matches as the regular expression, for any names and text', () => {
    // A small alphabet with letters, digits, spaces, punctuation and an astral letter makes overlaps likely.
    const char = fc.constantFrom('a', 'b', 'A', 'é', '1', ' ', '.', '-', '(', '𝐀');
    const word = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(fc.oneof(word, char), { maxLength: 30 }), (surfaces, parts) => {
        const text = parts.join('');
        expect(surfaceMatcher(surfaces)(text)).toEqual(byRegExp(surfaces, text));
      }),
      { numRuns: 3000 },
    );
  });
});
