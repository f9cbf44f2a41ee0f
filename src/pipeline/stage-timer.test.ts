import { describe, expect, it } from 'vitest';
import { createStageTimer } from './stage-timer.ts';

describe('createStageTimer', () => {
  it('records each stage in order with the time the clock moved, adding up repeated stages', () => {
    let clock = 0;
    const timer = createStageTimer(() => clock);
    const value = timer.time('ingest', () => {
      clock += 5;
      return 42;
    });
    timer.time('nlp', () => (clock += 3));
    timer.time('ingest', () => (clock += 2));
    expect(value).toBe(42);
    expect(timer.timings).toEqual([{ stage: 'ingest', ms: 7 }, { stage: 'nlp', ms: 3 }]);
  });

  it('still records a stage that throws', () => {
    let clock = 0;
    const timer = createStageTimer(() => clock);
    expect(() => timer.time('claims', () => { clock += 4; throw new Error('boom'); })).toThrow('boom');
    expect(timer.timings).toEqual([{ stage: 'claims', ms: 4 }]);
  });
});
