/**
 * What the pages do in a browser with their Content-Security-Policy enforced: every request stays on the
 * site's own origin, nothing is logged as an error (CSP violations are console errors), the policy is
 * strict, and no page ships JavaScript.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pathOf, useDesktopPage, useSite } from './support/fixture.ts';

const site = useSite();

interface Visit {
  requests: { url: string; type: string }[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Loads `url` and records every request, console error and uncaught error until the page is idle. */
async function visit(page: Page, url: string): Promise<Visit> {
  const seen: Visit = { requests: [], consoleErrors: [], pageErrors: [] };
  const onRequest = (r: { url(): string; resourceType(): string }) => seen.requests.push({ url: r.url(), type: r.resourceType() });
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') seen.consoleErrors.push(`${m.text()} (${m.location().url})`);
  };
  const onPageError = (e: Error) => seen.pageErrors.push(e.message);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    // Static pages are done at "load"; the search page keeps fetching its index after that.
    await page.goto(url, { waitUntil: new URL(url).pathname === '/search/' ? 'networkidle' : 'load' });
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return seen;
}

/** CSP directives by name, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('with the Content-Security-Policy enforced', () => {
  const desktop = useDesktopPage(site);

  it('pages request nothing from other origins and log no errors', async () => {
    const problems: string[] = [];
    let requests = 0;
    for (const url of site.pages) {
      const seen = await visit(desktop.page, url);
      const path = pathOf(url);
      requests += seen.requests.length;
      for (const r of seen.requests) if (new URL(r.url).origin !== site.origin) problems.push(`${path}: ${r.type} request to ${r.url}`);
      for (const e of seen.consoleErrors) problems.push(`${path}: console error: ${e}`);
      for (const e of seen.pageErrors) problems.push(`${path}: page error: ${e}`);
    }
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(site.pages.length); // the recorder saw at least the documents
  });

  it('the recorder sees third-party requests and CSP violations (synthetic desktop.page)', async () => {
    const probe = new URL('/__probe__/', site.origin).href;
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; img-src 'self' https://third-party.example">`;
    // Served by Playwright, not the site: an inline script (blocked by CSP) and an image from another host.
    await desktop.context.route(probe, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head>${csp}<title>probe</title></head><body><script>1</script><img src="https://third-party.example/pixel.gif" alt=""></body></html>` }),
    );
    await desktop.context.route('https://third-party.example/**', (route) => route.abort());
    try {
      const seen = await visit(desktop.page, probe);
      expect(seen.requests.map((r) => r.url)).toContain('https://third-party.example/pixel.gif');
      expect(seen.consoleErrors.join('\n')).toMatch(/Content Security Policy/i);
    } finally {
      await desktop.context.unrouteAll();
    }
  });

  it("every page has a CSP meta tag, before any stylesheet or script, with script-src 'self' and no 'unsafe-inline'", async () => {
    const problems: string[] = [];
    for (const url of site.pages) {
      await desktop.page.goto(url, { waitUntil: 'load' });
      const path = pathOf(url);
      const facts = await desktop.page.evaluate(() => {
        const head = [...document.head.children];
        const metas = head.filter((el) => el.tagName === 'META' && (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
        const firstResource = head.findIndex((el) => el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || (el.tagName === 'LINK' && /stylesheet|preload|modulepreload/i.test(el.getAttribute('rel') ?? '')));
        return { policies: metas.map((m) => m.getAttribute('content') ?? ''), cspIndex: metas[0] ? head.indexOf(metas[0]) : -1, firstResource };
      });
      if (facts.policies.length !== 1) {
        problems.push(`${path}: ${facts.policies.length} CSP meta tags, expected 1`);
        continue;
      }
      if (facts.firstResource !== -1 && facts.cspIndex > facts.firstResource) problems.push(`${path}: the CSP meta tag comes after a stylesheet or script, which it then does not cover`);
      const policy = directives(facts.policies[0]!);
      const script = policy.get('script-src') ?? policy.get('default-src');
      if (!script) problems.push(`${path}: CSP has neither script-src nor default-src: ${facts.policies[0]}`);
      else {
        if (!script.includes("'self'")) problems.push(`${path}: script-src ${script.join(' ')} lacks 'self'`);
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
          if (script.includes(bad)) problems.push(`${path}: script-src allows ${bad}`);
        }
      }
      for (const [name, values] of policy) if (values.includes("'unsafe-inline'")) problems.push(`${path}: ${name} allows 'unsafe-inline'`);
      if (!policy.get('object-src')?.includes("'none'")) problems.push(`${path}: object-src is not 'none'`);
    }
    expect(problems).toEqual([]);
  });

  // When search lands, its page (and any page with a search box) will load the search script: change this
  // test to allow only external same-origin scripts there (<script src="/…">, no inline code), and keep
  // asserting that article and list pages ship none.
  it('every page but /search/ ships no JavaScript (the header search box is a plain form)', async () => {
    const problems: string[] = [];
    for (const url of site.pages) {
      const path = pathOf(url);
      if (path === '/search/') continue;
      const seen = await visit(desktop.page, url);
      const scripts = await desktop.page.evaluate(() => [...document.querySelectorAll('script')].map((s) => s.outerHTML.slice(0, 120)));
      for (const s of scripts) problems.push(`${path}: ${s}`);
      for (const r of seen.requests) if (r.type === 'script') problems.push(`${path}: loads script ${r.url}`);
    }
    expect(problems).toEqual([]);
  });
});
