/** How long one pipeline stage took, for the benchmark's per-stage table. */
export interface StageTiming {
  stage: string;
  ms: number;
}

/** Times named stages in order; a stage timed twice adds up. */
export function createStageTimer(now: () => number = () => performance.now()) {
  const timings: StageTiming[] = [];
  const record = (stage: string, ms: number) => {
    const seen = timings.find((t) => t.stage === stage);
    if (seen) seen.ms += ms;
    else timings.push({ stage, ms });
  };
  return {
    timings,
    async timeAsync<T>(stage: string, run: () => Promise<T>): Promise<T> {
      const start = now();
      try {
        return await run();
      } finally {
        record(stage, now() - start);
      }
    },
    time<T>(stage: string, run: () => T): T {
      const start = now();
      try {
        return run();
      } finally {
        record(stage, now() - start);
      }
    },
  };
}
