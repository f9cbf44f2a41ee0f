import { describe, expect, it } from 'vitest';
import { agreedDescription, speakerOnlyInferred } from './attribution-labels.ts';

describe('speakerOnlyInferred', () => {
  it('is true only when every wording crediting the claim’s speaker found them outside its own sentence', () => {
    const inferred = { speaker: 'sam-altman', speakerInferred: true as const };
    const stated = { speaker: 'sam-altman' };
    expect(speakerOnlyInferred({ speaker: 'sam-altman', mentions: [inferred, inferred] })).toBe(true);
    expect(speakerOnlyInferred({ speaker: 'sam-altman', mentions: [inferred, stated] })).toBe(false);
    // Another speaker's wordings do not count either way; nor does a claim with no speaker.
    expect(speakerOnlyInferred({ speaker: 'sam-altman', mentions: [inferred, { speaker: 'openai' }] })).toBe(true);
    expect(speakerOnlyInferred({ mentions: [{}, {}] })).toBe(false);
  });
});

describe('agreedDescription', () => {
  it('is the description every wording gives, case aside, when no wording credits anyone by name', () => {
    expect(agreedDescription({ mentions: [{ speakerDescription: 'Police' }, { speakerDescription: 'police' }, {}] })).toBe('Police');
    expect(agreedDescription({ mentions: [{ speakerDescription: 'police' }, { speakerDescription: 'witnesses' }] })).toBeUndefined();
    expect(agreedDescription({ mentions: [{ speakerDescription: 'police' }, { speaker: 'lyon-police' }] })).toBeUndefined();
    expect(agreedDescription({ speaker: 'lyon-police', mentions: [{ speakerDescription: 'police' }] })).toBeUndefined();
    expect(agreedDescription({ mentions: [{}, {}] })).toBeUndefined();
  });
});
