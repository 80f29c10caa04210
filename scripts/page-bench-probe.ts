// One page load on an emulated slow phone, measured through the DevTools protocol.
import type { Browser } from 'playwright-core';

/**
 * The old DevTools "Fast 3G" preset, as OpenIORT issue 10 states it: 562.5 ms round trip,
 * 1.44 Mbit/s down (180,000 B/s), 675 kbit/s up (84,375 B/s). Chromium adds the latency to every
 * request and meters the encoded (on-the-wire) bytes.
 */
export const PHONE_NETWORK = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 1_440_000 / 8,
  uploadThroughput: 675_000 / 8,
} as const;

export const PHONE_VIEWPORT = { width: 360, height: 780 } as const;

/** What to wait for: a name and a CSS selector whose first match must become visible. */
export interface Probe {
  name: string;
  selector: string;
}

export interface PageLoad {
  /** ms from navigation start to the first frame in which each probe's element was visible. */
  visibleMs: Record<string, number | undefined>;
  /** Response bytes as sent (compressed, with headers) and as decoded, summed over requests. */
  encodedBytes: number;
  decodedBytes: number;
  requests: number;
  failedRequests: string[];
  loadEventMs: number;
  /** ms from navigation start until the HTML had fully arrived, and to the first contentful paint. */
  htmlDoneMs: number;
  firstPaintMs: number;
  documentStatus: number | undefined;
  documentEncoding: string | undefined;
}

/**
 * Runs in the page before any of its scripts. Each animation frame it checks every probe: the
 * element must exist, have a non-zero box, pass checkVisibility (display, visibility, opacity)
 * and hold visible text. Frames are not run while render-blocking styles are still loading, so a
 * probe is never counted before the browser could paint it.
 */
function probeScript(probes: readonly Probe[]): string {
  return `(() => {
    const probes = ${JSON.stringify(probes)};
    const seen = {};
    window.__openiortBench = seen;
    const visible = (el) => {
      if (el === null) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        (el.innerText || '').trim().length > 0;
    };
    const frame = () => {
      const now = performance.now();
      for (const probe of probes) {
        if (!(probe.name in seen) && visible(document.querySelector(probe.selector))) {
          seen[probe.name] = now;
        }
      }
      if (Object.keys(seen).length < probes.length) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

/** How long the page must be quiet (no request in flight) before its bytes are summed. */
const QUIET_MS = 1_500;
const TIMEOUT_MS = 60_000;

/**
 * Loads `url` in a fresh browser context (no cache, no connection reuse) with the phone viewport
 * and network, waits until every probe is visible and the network has been quiet for QUIET_MS,
 * and returns the timings and byte counts.
 */
export async function measurePageLoad(
  browser: Browser,
  url: string,
  probes: readonly Probe[],
): Promise<PageLoad> {
  const context = await browser.newContext({
    viewport: PHONE_VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);

    const inFlight = new Set<string>();
    const failed: string[] = [];
    const urls = new Map<string, string>();
    let encodedBytes = 0;
    let decodedBytes = 0;
    let requests = 0;
    let lastActivity = Date.now();
    let documentStatus: number | undefined;
    let documentEncoding: string | undefined;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!inFlight.has(event.requestId)) requests += 1;
      inFlight.add(event.requestId);
      urls.set(event.requestId, event.request.url);
      lastActivity = Date.now();
    });
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Document' && documentStatus === undefined) {
        documentStatus = event.response.status;
        const headers = Object.entries(event.response.headers);
        documentEncoding = headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
      }
    });
    cdp.on('Network.dataReceived', (event) => {
      decodedBytes += event.dataLength;
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', (event) => {
      encodedBytes += event.encodedDataLength;
      inFlight.delete(event.requestId);
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      failed.push(`${urls.get(event.requestId) ?? event.requestId}: ${event.errorText}`);
      inFlight.delete(event.requestId);
      lastActivity = Date.now();
    });

    await page.addInitScript({ content: probeScript(probes) });
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForFunction(
      `Object.keys(window.__openiortBench).length >= ${String(probes.length)}`,
      undefined,
      { timeout: TIMEOUT_MS, polling: 100 },
    );
    const deadline = Date.now() + TIMEOUT_MS;
    while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`${url}: the network never went quiet`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A string, evaluated in the page (this file is type-checked without the DOM library).
    const timings = await page.evaluate<{
      seen: Record<string, number>;
      loadEventMs: number;
      htmlDoneMs: number;
      firstPaintMs: number;
    }>(
      `({ seen: window.__openiortBench,
          loadEventMs: performance.getEntriesByType('navigation')[0]?.loadEventStart ?? NaN,
          htmlDoneMs: performance.getEntriesByType('navigation')[0]?.responseEnd ?? NaN,
          firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN })`,
    );
    return {
      visibleMs: Object.fromEntries(probes.map((probe) => [probe.name, timings.seen[probe.name]])),
      encodedBytes,
      decodedBytes,
      requests,
      failedRequests: failed,
      loadEventMs: timings.loadEventMs,
      htmlDoneMs: timings.htmlDoneMs,
      firstPaintMs: timings.firstPaintMs,
      documentStatus,
      documentEncoding,
    };
  } finally {
    await context.close();
  }
}
