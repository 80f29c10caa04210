import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

/**
 * The fonts every report embeds, from the dejavu-fonts-ttf npm package (never the system's, so
 * every instance draws the same glyphs): DejaVu covers Latin, Greek and Cyrillic, which the
 * patient handouts need for Russian.
 */
export const REPORT_FONTS = {
  regular: font('DejaVuSans.ttf'),
  bold: font('DejaVuSans-Bold.ttf'),
  mono: font('DejaVuSansMono.ttf'),
} as const;

export type ReportFont = keyof typeof REPORT_FONTS;
