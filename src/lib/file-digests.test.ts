import { createHash } from 'node:crypto';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary-folders.ts';
import { fileDigests } from './file-digests.ts';

const folder = temporaryFolders('file-digests-');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);
/** Trust a file as soon as its last change is before the last hashing began (the kernel's clock ticks in ms). */
const NO_RACY_WINDOW = { racyNs: 0n };
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A folder of files last modified an hour ago, so that a memo may trust them. */
function filesOf(contents: Record<string, string>): string {
  const dir = folder();
  for (const [name, text] of Object.entries(contents)) {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), AN_HOUR_AGO, AN_HOUR_AGO);
  }
  return dir;
}

/** Replaces the digest the memo records for `file`, to tell whether the next call read the file or trusted the memo. */
function forgeMemo(memo: string, file: string, digest: string): void {
  const data = JSON.parse(readFileSync(memo, 'utf8')) as { files: Record<string, string[]> };
  data.files[file]![4] = digest;
  writeFileSync(memo, JSON.stringify(data));
}

describe('fileDigests', () => {
  it("gives each file's SHA-256 in the order asked, with or without a memo", () => {
    const dir = filesOf({ 'a.html': 'alpha', 'b.html': 'beta' });
    expect(fileDigests(dir, ['b.html', 'a.html'])).toEqual([sha256('beta'), sha256('alpha')]);
    const memo = join(folder(), 'memo.json');
    expect(fileDigests(dir, ['a.html', 'b.html'], memo)).toEqual([sha256('alpha'), sha256('beta')]);
    expect(fileDigests(dir, ['a.html', 'b.html'], memo)).toEqual([sha256('alpha'), sha256('beta')]);
  });

  it('does not read a file left untouched since it was hashed', async () => {
    const dir = filesOf({ 'a.html': 'alpha' });
    const memo = join(folder(), 'memo.json');
    // Its change time is that of the test's set-up: trusted once older than the racy window (here none).
    await settle();
    fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW);
    forgeMemo(memo, 'a.html', 'from-the-memo');
    expect(fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW)).toEqual(['from-the-memo']);
  });

  it('trusts a recorded digest only for exactly the recorded size, inode and times', async () => {
    const dir = filesOf({ 'a.html': 'alpha' });
    const memo = join(folder(), 'memo.json');
    await settle();
    fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW);
    const recordedIdentity = (JSON.parse(readFileSync(memo, 'utf8')) as { files: Record<string, string[]> }).files['a.html']!.slice(0, 4);
    // The file stays as it is (and outside the racy window): only the identity the memo records differs.
    for (let field = 0; field < 4; field++) {
      fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW);
      const data = JSON.parse(readFileSync(memo, 'utf8')) as { files: Record<string, string[]> };
      data.files['a.html'] = recordedIdentity.map((part, i) => (i === field ? `${part}1` : part)).concat('stale');
      writeFileSync(memo, JSON.stringify(data));
      expect(fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW), `field ${field}`).toEqual([sha256('alpha')]);
    }
    forgeMemo(memo, 'a.html', 'from-the-memo');
    expect(fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW)).toEqual(['from-the-memo']);
  });

  it('reads a file again when its size, inode or times changed, even with its old modification time put back', () => {
    const dir = filesOf({ 'same-size.html': 'alpha', 'longer.html': 'alpha' });
    const memo = join(folder(), 'memo.json');
    fileDigests(dir, ['same-size.html', 'longer.html'], memo);
    forgeMemo(memo, 'same-size.html', 'stale');
    forgeMemo(memo, 'longer.html', 'stale');
    const { mtime } = statSync(join(dir, 'same-size.html'));
    writeFileSync(join(dir, 'same-size.html'), 'omega');
    utimesSync(join(dir, 'same-size.html'), mtime, mtime); // the change time still moves on
    writeFileSync(join(dir, 'longer.html'), 'alphabet');
    utimesSync(join(dir, 'longer.html'), mtime, mtime);
    expect(fileDigests(dir, ['same-size.html', 'longer.html'], memo)).toEqual([sha256('omega'), sha256('alphabet')]);
  });

  it('reads again a file that was modified just before it was hashed (the clock is too coarse to trust)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'fresh.html'), 'alpha');
    const memo = join(folder(), 'memo.json');
    fileDigests(dir, ['fresh.html'], memo);
    forgeMemo(memo, 'fresh.html', 'stale');
    expect(fileDigests(dir, ['fresh.html'], memo)).toEqual([sha256('alpha')]);
  });

  it('reads again a file whose modification time was set back but whose change time is recent', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.html'), 'alpha');
    await settle();
    const memo = join(folder(), 'memo.json');
    fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW);
    forgeMemo(memo, 'a.html', 'trusted');
    expect(fileDigests(dir, ['a.html'], memo, NO_RACY_WINDOW)).toEqual(['trusted']);
    // An hour-old modification time, but the change time is now: inside the (default) racy window.
    utimesSync(join(dir, 'a.html'), AN_HOUR_AGO, AN_HOUR_AGO);
    fileDigests(dir, ['a.html'], memo);
    forgeMemo(memo, 'a.html', 'stale');
    expect(fileDigests(dir, ['a.html'], memo)).toEqual([sha256('alpha')]);
  });

  it('reads every file when the memo is malformed, without failing', () => {
    const dir = filesOf({ 'a.html': 'alpha', 'b.html': 'beta' });
    const memo = join(folder(), 'memo.json');
    writeFileSync(memo, JSON.stringify({ version: 1, hashedFrom: 'soon', files: {} }));
    expect(fileDigests(dir, ['a.html'], memo)).toEqual([sha256('alpha')]);
    writeFileSync(memo, JSON.stringify({ version: 1, hashedFrom: '99999999999999999999', files: { 'a.html': 'not a list', 'b.html': [1, 2, 3, 4, 5] } }));
    expect(fileDigests(dir, ['a.html', 'b.html'], memo)).toEqual([sha256('alpha'), sha256('beta')]);
  });

  it('reads every file when the memo is missing or damaged, and replaces it', () => {
    const dir = filesOf({ 'a.html': 'alpha' });
    const memo = join(folder(), 'nested', 'memo.json');
    expect(fileDigests(dir, ['a.html'], memo)).toEqual([sha256('alpha')]);
    writeFileSync(memo, '{"version": 1, "hashedFrom": "1', 'utf8');
    expect(fileDigests(dir, ['a.html'], memo)).toEqual([sha256('alpha')]);
    expect(JSON.parse(readFileSync(memo, 'utf8')).files['a.html'][4]).toBe(sha256('alpha'));
  });
});
