import { ensureSpace, type ReportWriter } from './report-document.ts';

/** A section heading, kept with at least `keepWithPt` points of what follows. */
export function heading(w: ReportWriter, text: string, keepWithPt = 60): void {
  ensureSpace(w, 24 + keepWithPt);
  w.doc.moveDown(0.3);
  w.doc
    .font('bold')
    .fontSize(12)
    .fillColor('#000000')
    .text(text, w.left, w.doc.y, { width: w.width });
  w.doc.moveDown(0.25);
}

export function paragraph(
  w: ReportWriter,
  text: string,
  options: { bold?: boolean; colour?: string } = {},
): void {
  w.doc
    .font(options.bold === true ? 'bold' : 'regular')
    .fontSize(9.5)
    .fillColor(options.colour ?? '#000000');
  ensureSpace(w, w.doc.heightOfString(text, { width: w.width }));
  w.doc.text(text, w.left, w.doc.y, { width: w.width });
  w.doc.fillColor('#000000');
  w.doc.moveDown(0.4);
}

/** A boxed notice (a refusal, a warning) that cannot be overlooked. */
export function notice(w: ReportWriter, title: string, text: string, colour = '#c92a2a'): void {
  const { doc } = w;
  doc.font('regular').fontSize(9.5);
  const height = doc.heightOfString(text, { width: w.width - 16 }) + 30;
  ensureSpace(w, height);
  const y = doc.y;
  doc.rect(w.left, y, w.width, height).lineWidth(1.5).strokeColor(colour).stroke();
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(colour)
    .text(title, w.left + 8, y + 6, { width: w.width - 16 });
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor('#000000')
    .text(text, w.left + 8, doc.y + 2, { width: w.width - 16 });
  doc.strokeColor('#000000');
  doc.x = w.left;
  doc.y = y + height + 8;
}
