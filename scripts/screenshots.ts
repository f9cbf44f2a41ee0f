// `npm run screenshots [-- --dist <built site>]`: the README's pictures of a story page and a claim page,
// written to docs/images/. Without --dist it builds the bundled content (content/articles) into a temporary
// folder first, so the pictures always show the articles anyone who clones the project gets. The site is served
// on loopback and driven by Debian's Chromium with the browser tests' own server and launcher; nothing leaves
// the machine. Shots are cut to a fixed height so the files stay small: the README shows the top of each page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { astroBuild, PROJECT_ROOT } from '../tests/integration/support/build.ts';
import { launchChromium } from '../tests/browser/support/browser.ts';
import { serveStatic } from '../tests/browser/support/server.ts';
import { pickClaim, pickStory, type ClaimRecord, type StoryRecord } from './screenshots/pick-pages.ts';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string' },
    out: { type: 'string', default: join(PROJECT_ROOT, 'docs', 'images') },
  },
});

/** What each picture shows, at which size (CSS pixels): tall enough for the story's claims × outlets grid. */
const SHOTS = [
  { name: 'story-page', kind: 'story', width: 1200, height: 2000 },
  { name: 'claim-page', kind: 'claim', width: 1200, height: 1300 },
] as const;

function readJson<T>(distDir: string, file: string): T {
  return JSON.parse(readFileSync(join(distDir, 'data', file), 'utf8')) as T;
}

async function builtSite(): Promise<{ distDir: string; cleanup: () => void }> {
  if (options.dist) return { distDir: resolve(options.dist), cleanup: () => {} };
  const root = mkdtempSync(join(tmpdir(), 'claimlens-screenshots-'));
  const distDir = join(root, 'dist');
  console.log(`Building the bundled content into ${distDir} …`);
  const build = await astroBuild(distDir);
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status}):\n${build.output}`);
  return { distDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

async function shoot(browser: Browser, origin: string, paths: Record<'story' | 'claim', string>): Promise<void> {
  mkdirSync(options.out, { recursive: true });
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    try {
      const page = await context.newPage();
      await page.goto(new URL(paths[shot.kind], origin).href, { waitUntil: 'networkidle' });
      const file = join(options.out, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(`${file}: ${paths[shot.kind]}`);
    } finally {
      await context.close();
    }
  }
}

const { distDir, cleanup } = await builtSite();
try {
  const story = pickStory(readJson<StoryRecord[]>(distDir, 'stories.json'));
  const claim = pickClaim(readJson<ClaimRecord[]>(distDir, 'claims.json'));
  if (!story || !claim) throw new Error(`${distDir} has no story or no claim found in two articles: nothing to picture`);
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    await shoot(browser, server.origin, { story: `/stories/${story}/`, claim: `/claims/${claim}/` });
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  cleanup();
}
