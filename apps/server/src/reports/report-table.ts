import { ensureSpace, type ReportWriter } from './report-document.ts';
import type { ReportFont } from './report-fonts.ts';

export interface TableColumn {
  header: string;
  /** Share of the text width (the shares of a table add up to 1). */
  share: number;
  align?: 'left' | 'right' | 'center';
  font?: ReportFont;
}

const PAD = 3;
const SIZE = 8.5;

function rowHeight(
  w: ReportWriter,
  columns: readonly TableColumn[],
  cells: readonly string[],
  font?: ReportFont,
): number {
  let tallest = 0;
  columns.forEach((column, i) => {
    w.doc.font(font ?? column.font ?? 'regular').fontSize(SIZE);
    const h = w.doc.heightOfString(cells[i] ?? '', { width: column.share * w.width - 2 * PAD });
    tallest = Math.max(tallest, h);
  });
  return tallest + 2 * PAD;
}

function drawRow(
  w: ReportWriter,
  columns: readonly TableColumn[],
  cells: readonly string[],
  options: { header: boolean; shaded: boolean },
): void {
  const { doc } = w;
  const height = rowHeight(w, columns, cells, options.header ? 'bold' : undefined);
  const y = doc.y;
  if (options.header || options.shaded)
    doc.rect(w.left, y, w.width, height).fill(options.header ? '#e9ecef' : '#f8f9fa');
  let x = w.left;
  for (const [i, column] of columns.entries()) {
    const width = column.share * w.width;
    doc
      .font(options.header ? 'bold' : (column.font ?? 'regular'))
      .fontSize(SIZE)
      .fillColor('#000000')
      .text(cells[i] ?? '', x + PAD, y + PAD, {
        width: width - 2 * PAD,
        align: column.align ?? 'left',
      });
    x += width;
  }
  doc
    .moveTo(w.left, y + height)
    .lineTo(w.left + w.width, y + height)
    .lineWidth(0.3)
    .strokeColor('#adb5bd')
    .stroke();
  doc.x = w.left;
  doc.y = y + height;
}

/**
 * A table that flows over pages: rows never split, and the header row is repeated at the top of
 * each page the table continues on.
 */
export function drawTable(
  w: ReportWriter,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(w, columns, headers, 'bold');
  ensureSpace(w, headerHeight + rowHeight(w, columns, rows[0] ?? headers));
  drawRow(w, columns, headers, { header: true, shaded: false });
  rows.forEach((cells, index) => {
    const height = rowHeight(w, columns, cells);
    if (w.doc.y + height > w.bottom) {
      w.doc.addPage();
      drawRow(w, columns, headers, { header: true, shaded: false });
    }
    drawRow(w, columns, cells, { header: false, shaded: index % 2 === 1 });
  });
  w.doc.moveDown(0.6);
}

/** Label–value pairs as a two-column table without a header. */
export function drawFacts(
  w: ReportWriter,
  facts: readonly (readonly [string, string])[],
  labelShare = 0.32,
): void {
  const columns: TableColumn[] = [
    { header: '', share: labelShare, font: 'bold' },
    { header: '', share: 1 - labelShare },
  ];
  for (const [label, value] of facts) {
    const cells = [label, value];
    const height = rowHeight(w, columns, cells);
    ensureSpace(w, height);
    drawRow(w, columns, cells, { header: false, shaded: false });
  }
  w.doc.moveDown(0.6);
}
