// Measures what a reader's first search transfers: open /search/?q=<query> on a built site and sum every
// response body the page fetched (the page, its script, Pagefind's JS, WebAssembly, index and filter chunks,
// result fragments). Usage: node scripts/search-payload.ts [distDir] [query]
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/browser/support/browser.ts';
import { serveStatic } from '../tests/browser/support/server.ts';

const distDir = process.argv[2] ?? 'dist';
const query = process.argv[3] ?? 'safeguards';
const server = await serveStatic(distDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const sizes: { url: string; bytes: number; gzipped: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const url = new URL(response.url()).pathname;
    // Pagefind's index files are compressed already; everything else a static host would gzip.
    const precompressed = /\.pf_[a-z]+$|\.pagefind$/.test(url);
    sizes.push({ url, bytes: body.length, gzipped: precompressed ? body.length : gzipSync(body).length });
  });
  await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, server.origin).href);
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
  // What the first results needed; the filter counts load right after them.
  const firstResults = sizes.reduce((sum, s) => sum + s.gzipped, 0);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  if (process.env.VERBOSE) for (const s of [...sizes].sort((a, b) => b.bytes - a.bytes).slice(0, 12)) console.log(String(s.bytes).padStart(8), s.url);
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const search = sizes.filter((s) => s.url.startsWith('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0);
  const gzipped = sizes.reduce((sum, s) => sum + s.gzipped, 0);
  console.log(`First search for "${query}" on ${distDir}: ${(firstResults / 1024).toFixed(1)} KB transferred with gzip until the first results show; ${(gzipped / 1024).toFixed(1)} KB once the filter counts have loaded too (${(total / 1024).toFixed(1)} KB as served without gzip, ${sizes.length} responses; Pagefind's part ${(search / 1024).toFixed(1)} KB).`);
} finally {
  await browser.close();
  await server.close();
}
