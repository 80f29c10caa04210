import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core's default rules (WCAG 2 A and AA, and best practices) on the page as it is now
 * and throws, listing each violation and where, when there is any. Evaluated through the
 * DevTools protocol, so the page's own CSP does not block it.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // Check the settled page: a dialog that is still fading in fails contrast for a few frames.
  await page.evaluate('Promise.allSettled(document.getAnimations().map((a) => a.finished))');
  await page.evaluate(AXE_SOURCE);
  // A string, so that the browser globals need no DOM types in this Node-side file.
  const violations = await page.evaluate<AxeViolation[]>(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  );
  if (violations.length === 0) return;
  const lines = violations.map(
    (v) =>
      `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}; ${String(v.nodes.length)} node(s): ${v.nodes
        .slice(0, 4)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}`,
  );
  throw new Error(`Accessibility violations on "${state}" (${page.url()}):\n${lines.join('\n')}`);
}
