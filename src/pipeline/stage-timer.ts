/** How long one pipeline stage took, for the benchmark's per-stage table. */
export interface StageTiming {
  stage: string;
  ms: number;
}

/** Times named stages in order; a stage timed twice adds up. */
export function createStageTimer(now: () => number = () => performance.now()) {
  const timings: StageTiming[] = [];
  return {
    timings,
    time<T>(stage: string, run: () => T): T {
      const start = now();
      try {
        return run();
      } finally {
        const ms = now() - start;
        const seen = timings.find((t) => t.stage === stage);
        if (seen) seen.ms += ms;
        else timings.push({ stage, ms });
      }
    },
  };
}
