// Reads the per-stage timings a build appends to the file named by CLAIMLENS_TIMINGS: one JSON line
// `{"stage":"<name>","ms":<number>}` per stage. A stage logged more than once adds up; a missing file means none.
import { existsSync, readFileSync } from 'node:fs';

export interface StageMs {
  stage: string;
  ms: number;
}

/** Stages in the order they first appear, summed by name; malformed lines are counted in `bad`, not fatal. */
export function readStageTimings(file: string): { stages: StageMs[]; bad: number } {
  if (!existsSync(file)) return { stages: [], bad: 0 };
  const byStage = new Map<string, number>();
  let bad = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
      const { stage, ms } = parsed as { stage?: unknown; ms?: unknown };
      if (typeof stage !== 'string' || typeof ms !== 'number' || !Number.isFinite(ms)) throw new Error('no stage/ms');
      byStage.set(stage, (byStage.get(stage) ?? 0) + ms);
    } catch {
      bad++;
    }
  }
  return { stages: [...byStage].map(([stage, ms]) => ({ stage, ms })), bad };
}
