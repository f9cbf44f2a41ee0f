import { Worker } from 'node:worker_threads';
import type { TaskName, TaskPayloads, TaskResults } from './per-article-tasks.ts';

/** One worker thread that runs one task at a time. */
export interface TaskWorker {
  run<K extends TaskName>(task: K, payload: TaskPayloads[K]): Promise<TaskResults[K]>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

export function startWorker(): TaskWorker {
  // Plain Node loads the worker's TypeScript itself (type stripping), outside any bundler.
  const worker = new Worker(new URL('./worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) p.reject(new Error(`A worker thread failed: ${reply.error}`));
    else p.resolve(reply.result);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`A worker thread exited with code ${code}`)));
  return {
    run(task, payload) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, task, payload });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
