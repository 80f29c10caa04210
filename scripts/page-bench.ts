// The public pages on a throttled phone (OpenIORT issue 10): time until the landing page's main
// heading and the self-check's first question are visible, and the bytes each page downloads.
// `npm run bench -- pages` runs this part only. Not a test: it prints figures and gates nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../apps/web/e2e/browser.ts';
import { startServerChild } from '../apps/web/e2e/server-child.ts';
import {
  measurePageLoad,
  PHONE_NETWORK,
  PHONE_VIEWPORT,
  type PageLoad,
  type Probe,
} from './page-bench-probe.ts';
import { ensureWebBuilt } from './web-build.ts';
import { LANGUAGES as LANGUAGE_CODES } from '../packages/content/src/languages.ts';

/** The issue's target: both probes visible within 1.5 s of navigation, in every language. */
const TARGET_MS = 1_500;
const RUNS = Math.max(1, Number(process.env['OPENIORT_BENCH_PAGE_RUNS'] ?? 1) || 1);

const HEADING: Probe = { name: 'heading', selector: 'main h1' };
const FIRST_QUESTION: Probe = {
  name: 'first question',
  selector: 'main form label, main form legend',
};

interface BenchPage {
  name: string;
  /** Path after the language prefix ('' is the landing page). */
  path: string;
  probes: Probe[];
}

const PAGES: BenchPage[] = [
  { name: 'landing', path: '', probes: [HEADING] },
  { name: 'self-check', path: 'self-check', probes: [HEADING, FIRST_QUESTION] },
];

/** Languages of the public pages; English is measured at its unprefixed address. */
const LANGUAGES = LANGUAGE_CODES;

const pageUrl = (baseUrl: string, language: string, page: BenchPage) =>
  `${baseUrl}${language === 'en' ? '' : `/${language}`}/${page.path}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0));

/** The median of each figure over the runs (one run: its figures). */
function combine(runs: PageLoad[], probes: readonly Probe[]) {
  const pick = (f: (run: PageLoad) => number | undefined) => {
    const values = runs.map(f).filter((v): v is number => v !== undefined);
    return values.length === runs.length ? median(values) : undefined;
  };
  return {
    visible: probes.map((probe) => pick((run) => run.visibleMs[probe.name])),
    load: pick((run) => run.loadEventMs),
    htmlDone: pick((run) => run.htmlDoneMs),
    firstPaint: pick((run) => run.firstPaintMs),
    encoded: pick((run) => run.encodedBytes) ?? NaN,
    decoded: pick((run) => run.decodedBytes) ?? NaN,
    requests: pick((run) => run.requests) ?? NaN,
    status: runs[0]?.documentStatus,
    encoding: runs[0]?.documentEncoding ?? 'none',
    failed: runs.flatMap((run) => run.failedRequests),
  };
}

function row(cells: (string | number)[]): string {
  const widths = [11, 5, 8, 15, 10, 12, 7, 11, 11, 9, 10];
  return cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 10)).join(' ');
}

export async function runPageBench(): Promise<void> {
  ensureWebBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-page-bench-'));
  const server = await startServerChild(`sqlite:${path.join(dir, 'openiort.db')}`);
  const browser = await launchChromium();
  try {
    console.log(
      `\nOpenIORT public pages on a throttled phone — command: npm run bench -- pages (part of npm run bench)\n` +
        `Headless Chromium ${browser.version()}, viewport ${String(PHONE_VIEWPORT.width)} × ${String(PHONE_VIEWPORT.height)} px ` +
        `(mobile, 2× pixels), cache disabled, a fresh browser context per load; network "Fast 3G": ` +
        `${String(PHONE_NETWORK.latency)} ms round trip, ${String(PHONE_NETWORK.downloadThroughput)} B/s down, ` +
        `${String(PHONE_NETWORK.uploadThroughput)} B/s up; the production build served by the real server on ` +
        `SQLite. ${String(RUNS)} run(s) per page, median shown (OPENIORT_BENCH_PAGE_RUNS=N for more).\n` +
        `"heading" and "first question": ms from navigation start to the first frame showing the page's <h1> ` +
        `and the self-check's first question label (non-zero box, visible, with text); "HTML done": the page's ` +
        `HTML fully received; "first paint": first contentful paint; "load": the load event. Bytes: all responses ` +
        `until the network was quiet for 1.5 s, as sent (compressed, with headers) and as decoded. ` +
        `Target: ≤ ${String(TARGET_MS)} ms.`,
    );
    console.log(
      row([
        'page',
        'lang',
        'heading',
        'first question',
        'HTML done',
        'first paint',
        'load',
        'KB on wire',
        'KB decoded',
        'requests',
        'HTML enc.',
      ]),
    );
    const misses: string[] = [];
    for (const page of PAGES) {
      for (const language of LANGUAGES) {
        const url = pageUrl(server.baseUrl, language, page);
        const runs: PageLoad[] = [];
        for (let n = 0; n < RUNS; n += 1)
          runs.push(await measurePageLoad(browser, url, page.probes));
        const figures = combine(runs, page.probes);
        const [heading, question] = figures.visible;
        console.log(
          row([
            page.name,
            language,
            ms(heading),
            page.probes.length > 1 ? ms(question) : '',
            ms(figures.htmlDone),
            ms(figures.firstPaint),
            ms(figures.load),
            kb(figures.encoded),
            kb(figures.decoded),
            figures.requests,
            figures.encoding,
          ]),
        );
        if (figures.status !== 200) misses.push(`${url} answered ${String(figures.status)}`);
        for (const failure of figures.failed) misses.push(`failed request ${failure}`);
        figures.visible.forEach((value, i) => {
          if (value === undefined || value > TARGET_MS)
            misses.push(
              `${page.name} (${language}): ${page.probes[i]?.name ?? '?'} at ${ms(value)} ms`,
            );
        });
      }
    }
    console.log(
      misses.length === 0
        ? `Every probe was visible within ${String(TARGET_MS)} ms.`
        : `Over the ${String(TARGET_MS)} ms target or not clean:\n  ${misses.join('\n  ')}`,
    );
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await runPageBench();
