import { appendFileSync } from 'node:fs';
import type { StageTiming } from '../pipeline/stage-timer.ts';

/**
 * Appends stage timings as JSON lines to the file named by CLAIMLENS_TIMINGS, for `npm run bench`.
 * Without that variable it does nothing: a normal build writes no extra files.
 */
export function logTimings(timings: readonly StageTiming[], env: NodeJS.ProcessEnv = process.env): void {
  const file = env.CLAIMLENS_TIMINGS;
  if (!file || timings.length === 0) return;
  appendFileSync(file, timings.map((t) => `${JSON.stringify({ stage: t.stage, ms: Math.round(t.ms) })}\n`).join(''));
}
