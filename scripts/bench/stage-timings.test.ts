import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStageTimings } from './stage-timings.ts';

describe('readStageTimings', () => {
  it('sums a stage logged twice, keeps first-seen order and counts bad lines', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 't.jsonl');
    writeFileSync(file, '{"stage":"ingest","ms":10}\n{"stage":"nlp","ms":5}\nnot json\n{"stage":"ingest","ms":2.5}\n{"ms":1}\n\n');
    expect(readStageTimings(file)).toEqual({ stages: [{ stage: 'ingest', ms: 12.5 }, { stage: 'nlp', ms: 5 }], bad: 2 });
  });

  it('reads a missing file as no stages', () => {
    expect(readStageTimings('/nonexistent/timings.jsonl')).toEqual({ stages: [], bad: 0 });
  });
});
