// The styles a prerendered page needs for its first paint: Mantine's base files, the Mantine
// component files whose classes the page's markup uses, and the app's own CSS. The whole
// stylesheet follows without blocking the paint (ADR 0015).
import fs from 'node:fs';
import path from 'node:path';

/** Mantine's hashed class names (`m_77c9d27d`), the same in its CSS files and in rendered markup. */
const CLASS = /\bm_[0-9a-f]{8}\b/g;
const ALWAYS = ['baseline.css', 'default-css-variables.css', 'global.css'];

export interface CriticalCssSource {
  /** node_modules/@mantine/core */
  mantineDir: string;
  /** The app's own stylesheet (apps/web/src/app.css), included whole. */
  appCss: string;
}

/**
 * Critical CSS for `markup` (the HTML inside #root). Files keep the order they have in Mantine's
 * styles.css, so rules that tie on specificity resolve as in the full stylesheet.
 */
export function criticalCss(markup: string, source: CriticalCssSource): string {
  const used = new Set(markup.match(CLASS));
  const all = fs.readFileSync(path.join(source.mantineDir, 'styles.css'), 'utf8');
  const stylesDir = path.join(source.mantineDir, 'styles');
  const chosen = fs
    .readdirSync(stylesDir)
    .filter((name) => name.endsWith('.css') && !name.endsWith('.layer.css'))
    .map((name) => ({ name, css: fs.readFileSync(path.join(stylesDir, name), 'utf8') }))
    .filter(
      ({ name, css }) =>
        ALWAYS.includes(name) || (css.match(CLASS) ?? []).some((cls) => used.has(cls)),
    )
    .map((file) => ({ ...file, at: all.indexOf(file.css.trim()) }));
  const misplaced = chosen.find((file) => file.at < 0);
  if (misplaced !== undefined) {
    throw new Error(`critical CSS: ${misplaced.name} is not part of Mantine's styles.css`);
  }
  chosen.sort((a, b) => a.at - b.at);
  return [...chosen.map((file) => file.css), source.appCss].join('\n');
}
