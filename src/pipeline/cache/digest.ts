import { createHash } from 'node:crypto';

/** A SHA-256 digest of several parts; each part is length-prefixed so ("ab", "c") and ("a", "bc") differ. */
export function digestOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
