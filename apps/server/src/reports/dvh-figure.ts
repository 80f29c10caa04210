import type { DvhDto } from '@openiort/contract';
import { drawPlotFrame } from './plot-frame.ts';
import { ensureSpace, type ReportWriter } from './report-document.ts';

const WIDTH = 300;
const HEIGHT = 170;

/** A dose step that gives about 5–10 grid lines over `maxGy`. */
function doseStep(maxGy: number): number {
  for (const step of [1, 2, 5, 10, 20, 50]) if (maxGy / step <= 10) return step;
  return 100;
}

/** The stored cumulative DVH of PTV_EVAL as a vector line, with the prescribed dose marked. */
export function drawDvhFigure(w: ReportWriter, dvh: DvhDto, prescriptionGy: number): void {
  const { doc } = w;
  const maxGy = Math.max(prescriptionGy * 1.2, ...dvh.doseGy.filter((d) => Number.isFinite(d)));
  const step = doseStep(maxGy);
  const domainMax = Math.ceil(maxGy / step) * step;
  ensureSpace(w, HEIGHT + 40);
  const top = doc.y + 4;
  const left = w.left + 44;
  const frame = drawPlotFrame(
    w,
    { left, top, width: WIDTH, height: HEIGHT },
    { domain: [0, domainMax], step, label: 'Dose (Gy)' },
    { domain: [0, 100], step: 20, label: 'Volume (%)' },
  );
  doc.save();
  doc.rect(left, top, WIDTH, HEIGHT).clip();
  doc.moveTo(frame.x(prescriptionGy), top).lineTo(frame.x(prescriptionGy), top + HEIGHT);
  doc.lineWidth(1).strokeColor('#2b8a3e').dash(4, { space: 3 }).stroke();
  doc.undash();
  dvh.doseGy.forEach((dose, i) => {
    const volume = dvh.volumePercent[i] ?? 0;
    if (i === 0) doc.moveTo(frame.x(dose), frame.y(volume));
    else doc.lineTo(frame.x(dose), frame.y(volume));
  });
  doc.lineWidth(1.5).strokeColor('#1864ab').stroke();
  doc.restore();
  const x = left + WIDTH + 16;
  doc.font('regular').fontSize(8).fillColor('#333333');
  doc.text(
    `PTV_EVAL: the shell 1 cm beyond the balloon, stopping 0.5 cm under the skin (${dvh.volumeCc.toFixed(1)} cc). Blue: cumulative DVH. Dashed green: the prescribed dose (${prescriptionGy.toFixed(1)} Gy).`,
    x,
    top,
    { width: w.left + w.width - x },
  );
  doc.fillColor('#000000').strokeColor('#000000');
  doc.x = w.left;
  doc.y = top + HEIGHT + 30;
}
