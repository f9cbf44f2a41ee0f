/**
 * Maps `items` chunk by chunk over the calling thread and any number of remote runners (worker threads):
 * whoever is free takes the next chunk, so a slow start on one side does not hold the other back. Results come
 * back in input order.
 */
export async function mapInChunks<I, O>(
  items: readonly I[],
  chunkSize: number,
  local: (chunk: I[]) => O[],
  remotes: readonly ((chunk: I[]) => Promise<O[]>)[],
): Promise<O[]> {
  const chunks: I[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
  const results: O[][] = new Array(chunks.length);
  let next = 0;
  const take = () => (next < chunks.length ? next++ : -1);
  const remoteLoop = async (run: (chunk: I[]) => Promise<O[]>) => {
    for (let i = take(); i >= 0; i = take()) results[i] = await run(chunks[i]!);
  };
  const localLoop = async () => {
    for (let i = take(); i >= 0; i = take()) {
      results[i] = local(chunks[i]!);
      // Let the workers' replies in, so they get their next chunk while this thread works on its own.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([...remotes.map(remoteLoop), localLoop()]);
  return results.flat();
}
