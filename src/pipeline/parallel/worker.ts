// A worker thread running per-article tasks for the pool in worker-pool.ts.
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskName, type TaskPayloads } from './per-article-tasks.ts';

interface Request {
  id: number;
  task: TaskName;
  payload: TaskPayloads[TaskName];
}

parentPort!.on('message', (request: Request) => {
  try {
    parentPort!.postMessage({ id: request.id, result: runTask(request.task, request.payload) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
