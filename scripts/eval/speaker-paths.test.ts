import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { craftedOutcomes } from './political-style.ts';
import { countSpeakerPaths } from './speaker-paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'speaker-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('speakers shown, by how they were found', () => {
  it('counts a speaker named in the sentence apart from one a pronoun stands for, right and wrong by the labels', async () => {
    const fixture = join(dir, 'passages.json');
    writeFileSync(
      fixture,
      JSON.stringify([
        {
          id: 'p1',
          body: 'Mayor Ann Ruiz said on Monday that the bridge would reopen in March. “We are nearly done,” Ruiz said.\n\nShe said the repairs had cost $4 million.',
          expect: [
            { snippet: 'the bridge would reopen in March', speaker: 'Ann Ruiz', kind: 'reported' },
            { snippet: 'We are nearly done', speaker: 'Ann Ruiz', kind: 'quote' },
            // Labelled as someone else's, to be counted wrong.
            { snippet: 'the repairs had cost', speaker: 'Tom Hale', kind: 'reported' },
          ],
        },
      ]),
    );
    const counts = Object.fromEntries(countSpeakerPaths([await craftedOutcomes(fixture, join(import.meta.dirname, '../..'))]));
    expect(counts).toEqual({
      'reported statements, speaker named in its words': { right: 1, wrong: 0 },
      'quotations, speaker named in its words': { right: 1, wrong: 0 },
      'reported statements, speaker found elsewhere': { right: 0, wrong: 1 },
    });
  });
});
