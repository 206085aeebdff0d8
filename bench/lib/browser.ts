/*
 * Time to interactive of a page in Debian's Chromium (as the end-to-end tests use): from navigation
 * start to the moment the editor's root element gets `data-ready`, which it does once hydrated. A
 * MutationObserver installed before any page script notes performance.now() (whose zero is the
 * navigation start) when that happens, so Playwright's own polling adds nothing to the figure.
 * Cold: a new browser context (empty cache, no compiled scripts). Warm: the same page loaded again
 * in that context. One unmeasured load per page first, so the server side is warm in both.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { median } from './stats.ts';

export type InteractiveFigures = {
  path: string;
  runs: number;
  coldMs: number;
  warmMs: number;
  coldSamples: number[];
  warmSamples: number[];
  /** From the navigation timing of the cold loads (medians): first byte, whole document, DOMContentLoaded. */
  responseStartMs: number;
  responseEndMs: number;
  domContentLoadedMs: number;
  /** Scripts fetched on a cold load and their compressed size as transferred. */
  scripts: number;
  scriptTransferBytes: number;
};

declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

// A string, not a function: tsx's transform would wrap a function's inner arrows in a helper the page lacks.
const markReady = `(() => {
  const mark = () => {
    if (window.__benchReadyAt === undefined && document.querySelector('[data-ready]')) window.__benchReadyAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

async function load(context: BrowserContext, url: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-ready]', { timeout: 60_000, state: 'attached' });
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.initiatorType === 'script');
    return {
      ready: window.__benchReadyAt ?? performance.now(),
      responseStart: navigation.responseStart,
      responseEnd: navigation.responseEnd,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      scripts: scripts.length,
      scriptBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  });
}

export async function measureTimeToInteractive(options: {
  origin: string;
  cookies: Record<string, string>;
  paths: string[];
  runs: number;
}): Promise<InteractiveFigures[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(Object.entries(options.cookies).map(([name, value]) => ({ name, value, url: options.origin })));
    await context.addInitScript({ content: markReady });
    return context;
  };
  try {
    const figures: InteractiveFigures[] = [];
    for (const path of options.paths) {
      const url = options.origin + path;
      const warmUp = await newContext();
      await load(warmUp, url);
      await warmUp.close();
      const cold: Awaited<ReturnType<typeof load>>[] = [];
      const warm: number[] = [];
      for (let run = 0; run < options.runs; run++) {
        const context = await newContext();
        cold.push(await load(context, url));
        warm.push((await load(context, url)).ready);
        await context.close();
      }
      figures.push({
        path,
        runs: options.runs,
        coldMs: median(cold.map((sample) => sample.ready)),
        warmMs: median(warm),
        coldSamples: cold.map((sample) => Math.round(sample.ready)),
        warmSamples: warm.map(Math.round),
        responseStartMs: median(cold.map((sample) => sample.responseStart)),
        responseEndMs: median(cold.map((sample) => sample.responseEnd)),
        domContentLoadedMs: median(cold.map((sample) => sample.domContentLoaded)),
        scripts: cold[0]!.scripts,
        scriptTransferBytes: cold[0]!.scriptBytes,
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
