import PDFDocument from 'pdfkit';
import { REPORT_FONTS } from './report-fonts.ts';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What every report carries on each page and in its metadata. */
export interface ReportMeta {
  title: string;
  subject: string;
  /** The record's own time (its last change), never the time of printing: every print is equal. */
  recordAt: Date;
  paper: PaperSize;
  /** Left of the header, e.g. the hospital name. */
  headerLeft: string;
  /** Right of the header, e.g. patient name and MRN. */
  headerRight: string;
  /** Left of the footer, e.g. the record id and version. */
  footerLeft: string;
  /** When set, printed on every page in a band under the header. */
  demonstrationText: string | null;
  /** BCP 47 tag of the document's language (default English). */
  language?: string;
  /** "Page x of y" in the document's language (default English). */
  pageLabel?: (page: number, pages: number) => string;
}

/** A document being written, with its text area. */
export interface ReportWriter {
  doc: PDFKit.PDFDocument;
  meta: ReportMeta;
  left: number;
  width: number;
  /** Lowest y the content may reach on a page. */
  bottom: number;
}

const MARGIN_X = 50;
const HEADER_H = 52;
const DEMO_BAND_H = 26;
const FOOTER_H = 44;

/**
 * Opens a document with the embedded fonts, the paper size and fixed metadata. Pages are
 * buffered so that finishReport can write "page x of y" and the labels on every page.
 */
export function openReport(meta: ReportMeta): ReportWriter {
  const top = HEADER_H + (meta.demonstrationText === null ? 0 : DEMO_BAND_H) + 14;
  const doc = new PDFDocument({
    size: meta.paper === 'a4' ? 'A4' : 'LETTER',
    margins: { top, bottom: FOOTER_H + 10, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Creator: 'OpenIORT',
      Producer: 'OpenIORT (pdfkit)',
      CreationDate: meta.recordAt,
      ModDate: meta.recordAt,
    },
    lang: meta.language ?? 'en',
    displayTitle: true,
  });
  doc.registerFont('regular', REPORT_FONTS.regular);
  doc.registerFont('bold', REPORT_FONTS.bold);
  doc.registerFont('mono', REPORT_FONTS.mono);
  doc.font('regular').fontSize(9.5);
  return {
    doc,
    meta,
    left: MARGIN_X,
    width: doc.page.width - 2 * MARGIN_X,
    bottom: doc.page.height - doc.page.margins.bottom,
  };
}

/** Starts a new page when fewer than `heightPt` points remain on this one. */
export function ensureSpace(w: ReportWriter, heightPt: number): void {
  if (w.doc.y + heightPt > w.bottom) w.doc.addPage();
}

function drawFrame(w: ReportWriter, pageNumber: number, pageCount: number): void {
  const { doc, meta } = w;
  const page = doc.page;
  // Writing in the margins must never start a new page.
  const savedBottom = page.margins.bottom;
  page.margins.bottom = 0;
  const right = page.width - MARGIN_X;
  doc.font('bold').fontSize(10).fillColor('#000000');
  // One line, cut with an ellipsis: a long hospital name must not run into the title below.
  doc.text(meta.headerLeft, MARGIN_X, 22, {
    width: w.width * 0.55,
    height: 12,
    lineBreak: false,
    ellipsis: true,
  });
  doc.font('regular').fontSize(9);
  doc.text(meta.headerRight, MARGIN_X + w.width * 0.45, 23, {
    width: w.width * 0.55,
    align: 'right',
    lineBreak: false,
    ellipsis: true,
  });
  doc.fontSize(8).fillColor('#444444');
  doc.text(meta.title, MARGIN_X, 36, { width: w.width, lineBreak: false, ellipsis: true });
  doc
    .moveTo(MARGIN_X, HEADER_H - 4)
    .lineTo(right, HEADER_H - 4)
    .lineWidth(0.7)
    .strokeColor('#000000')
    .stroke();
  if (meta.demonstrationText !== null) {
    doc.rect(MARGIN_X, HEADER_H, w.width, DEMO_BAND_H - 4).fill('#c92a2a');
    doc.font('bold').fontSize(9).fillColor('#ffffff');
    doc.text(meta.demonstrationText, MARGIN_X + 6, HEADER_H + 6, {
      width: w.width - 12,
      align: 'center',
      lineBreak: false,
      ellipsis: true,
    });
  }
  const footerY = page.height - FOOTER_H + 8;
  doc
    .moveTo(MARGIN_X, footerY - 6)
    .lineTo(right, footerY - 6)
    .lineWidth(0.5)
    .strokeColor('#888888')
    .stroke();
  doc.font('regular').fontSize(8).fillColor('#444444');
  doc.text(meta.footerLeft, MARGIN_X, footerY, {
    width: w.width * 0.75,
    lineBreak: false,
    ellipsis: true,
  });
  doc.text(
    meta.pageLabel?.(pageNumber, pageCount) ?? `Page ${String(pageNumber)} of ${String(pageCount)}`,
    MARGIN_X + w.width * 0.75,
    footerY,
    {
      width: w.width * 0.25,
      align: 'right',
      lineBreak: false,
    },
  );
  doc.fillColor('#000000').strokeColor('#000000');
  page.margins.bottom = savedBottom;
}

/** Writes the header, footer and labels on every page and returns the finished PDF. */
export function finishReport(w: ReportWriter): Promise<Buffer> {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    drawFrame(w, i - range.start + 1, range.count);
  }
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}
