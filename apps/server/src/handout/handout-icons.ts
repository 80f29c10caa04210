import type { ReportWriter } from '../reports/report-document.ts';

const COLUMNS = 40;
const ROWS = 25;
const PITCH_PT = 3.6;
const CELL_PT = 2.8;

/** Width and height of one 1,000-square icon array, in points. */
export const ICON_ARRAY_SIZE = { width: COLUMNS * PITCH_PT, height: ROWS * PITCH_PT } as const;

/**
 * 1,000 small squares, the first `count` dark, filled row by row from the top left like the
 * public page's icon array (apps/web icon-array.tsx), so the two show the same picture. Drawn as
 * two paths, not a thousand shapes, so the PDF stays small.
 */
export function drawIconArray(w: ReportWriter, x: number, y: number, count: number): void {
  const { doc } = w;
  const filled = Math.min(Math.max(Math.round(count), 0), COLUMNS * ROWS);
  const square = (i: number) =>
    doc.rect(
      x + (i % COLUMNS) * PITCH_PT,
      y + Math.floor(i / COLUMNS) * PITCH_PT,
      CELL_PT,
      CELL_PT,
    );
  for (let i = 0; i < filled; i += 1) square(i);
  if (filled > 0) doc.fill('#b02525');
  for (let i = filled; i < COLUMNS * ROWS; i += 1) square(i);
  doc.fill('#d9d9d9');
  doc.fillColor('#000000');
}
