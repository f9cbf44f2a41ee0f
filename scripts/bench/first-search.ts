// What a reader's first search transfers on a built site, measured by scripts/search-payload.ts (Chromium).
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export type FirstSearch = { query: string; kb: number } | { query: string; error: string };

const PATTERN = /([\d.]+) KB transferred with gzip until the first results show/;

/** Runs `node scripts/search-payload.ts <outDir> <query>` in `root` and parses its kilobytes until first results. */
export function firstSearchKb(root: string, outDir: string, query: string, env: NodeJS.ProcessEnv): Promise<FirstSearch> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'scripts/search-payload.ts'), outDir, query],
      { cwd: root, env, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const match = PATTERN.exec(stdout);
        if (match) resolve({ query, kb: Number(match[1]) });
        else resolve({ query, error: (error?.message ?? `no "KB transferred" line in: ${stdout}`).concat(stderr ? `\n${stderr.trim().split('\n').slice(-10).join('\n')}` : '') });
      },
    );
  });
}
