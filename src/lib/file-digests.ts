import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What identifies a file's bytes without reading them: size, inode, and modification and change times in ns. */
type Identity = [size: string, ino: string, mtimeNs: string, ctimeNs: string];

interface Memo {
  version: 1;
  /** When hashing began (ns since the epoch): only files last changed well before it are trusted next time. */
  hashedFrom: string;
  files: Record<string, [...Identity, digest: string]>;
}

/**
 * A file that changed (by its modification or change time) less than this long before it was hashed is read again
 * next time, as git does with "racy" entries: the kernel stamps files from a coarse clock, so a file rewritten
 * within the same tick, at the same size, would keep its identity.
 */
const RACY_NS = 2_000_000_000n;

function identity(file: string): Identity {
  const s = statSync(file, { bigint: true });
  return [String(s.size), String(s.ino), String(s.mtimeNs), String(s.ctimeNs)];
}

function readMemo(memoFile: string): Memo | undefined {
  try {
    const memo = JSON.parse(readFileSync(memoFile, 'utf8')) as Memo;
    const wellFormed = memo.version === 1 && typeof memo.hashedFrom === 'string' && /^\d+$/.test(memo.hashedFrom) && typeof memo.files === 'object' && memo.files !== null;
    return wellFormed ? memo : undefined;
  } catch {
    return undefined;
  }
}

/** The recorded digest, if the entry is well formed and records exactly this identity. */
function recorded(entry: unknown, id: Identity): string | undefined {
  if (!Array.isArray(entry) || entry.length !== 5 || !entry.every((part) => typeof part === 'string')) return undefined;
  return id.every((part, i) => part === entry[i]) ? (entry[4] as string) : undefined;
}

/**
 * The SHA-256 of each file (paths relative to `dir`), in the order given. With a `memoFile`, a file whose size,
 * inode and times are those recorded last time, and which had not changed for a while when it was hashed, keeps
 * its recorded digest without being read: a warm build leaves nearly every page in place, and reading them all
 * (144 MB of HTML at 4,000 articles) took about a second. The memo is replaced atomically; a missing or damaged one
 * means every file is read.
 */
export function fileDigests(dir: string, files: readonly string[], memoFile?: string, { racyNs = RACY_NS }: { racyNs?: bigint } = {}): string[] {
  // File times come from the same wall clock.
  const hashedFrom = BigInt(Date.now()) * 1_000_000n;
  const last = memoFile === undefined ? undefined : readMemo(memoFile);
  const trustedBefore = last === undefined ? 0n : BigInt(last.hashedFrom) - racyNs;
  const next: Memo['files'] = {};
  const digests = files.map((file) => {
    const path = join(dir, file);
    const id = identity(path);
    const known = recorded(last?.files[file], id);
    // The later of the two times: a file whose modification time was set back still changed when its ctime says.
    const changedAt = BigInt(id[2]) > BigInt(id[3]) ? BigInt(id[2]) : BigInt(id[3]);
    const digest = known !== undefined && changedAt < trustedBefore ? known : createHash('sha256').update(readFileSync(path)).digest('hex');
    next[file] = [...id, digest];
    return digest;
  });
  if (memoFile !== undefined) {
    mkdirSync(dirname(memoFile), { recursive: true });
    const temporary = `${memoFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: 1, hashedFrom: String(hashedFrom), files: next } satisfies Memo));
    renameSync(temporary, memoFile);
  }
  return digests;
}
