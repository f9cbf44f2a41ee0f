import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logTimings } from './timings-log.ts';

describe('logTimings', () => {
  it('appends one JSON line per stage to the file CLAIMLENS_TIMINGS names', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'timings-')), 't.jsonl');
    logTimings([{ stage: 'ingest', ms: 12.4 }], { CLAIMLENS_TIMINGS: file });
    logTimings([{ stage: 'nlp', ms: 3 }], { CLAIMLENS_TIMINGS: file });
    expect(readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ stage: 'ingest', ms: 12 }, { stage: 'nlp', ms: 3 }]);
  });
});
