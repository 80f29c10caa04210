import {
  buildIsodoseGrid,
  circlePoints,
  ISODOSE_PERCENTS,
  isodoseSegments,
  plotHalfWidthCm,
  type Dwell,
  type SourceModel,
} from '@openiort/dosimetry';
import { drawPlotFrame } from './plot-frame.ts';
import { ensureSpace, type ReportWriter } from './report-document.ts';

/** The same colours as the plan page (apps/web isodose-plot.tsx), dark enough on white paper. */
const LEVEL_COLOURS: Record<(typeof ISODOSE_PERCENTS)[number], string> = {
  50: '#1864ab',
  80: '#0b7285',
  100: '#2b8a3e',
  150: '#d9480f',
  200: '#c92a2a',
};

export interface IsodoseFigureInput {
  model: SourceModel;
  airKermaStrengthU: number;
  dwells: readonly Dwell[];
  balloonRadiusCm: number;
  skinDistanceCm: number;
  prescriptionGy: number;
}

const SIDE = 250;

/**
 * Isodose lines at 50 … 200 % of the prescription in the plane of the catheter, recomputed from
 * the stored dwells with the engine (the plan is reproducible from its inputs, so nothing needs
 * storing), drawn as vector lines with the balloon and the skin-distance sphere.
 */
export function drawIsodoseFigure(w: ReportWriter, input: IsodoseFigureInput): void {
  const { doc } = w;
  const half = plotHalfWidthCm(input.balloonRadiusCm, input.skinDistanceCm);
  const grid = buildIsodoseGrid(input.model, input.airKermaStrengthU, input.dwells, half, 0.1);
  ensureSpace(w, SIDE + 40);
  const top = doc.y + 4;
  const left = w.left + 44;
  const axis = (label: string) => ({ domain: [-half, half] as const, step: 1, label });
  const frame = drawPlotFrame(
    w,
    { left, top, width: SIDE, height: SIDE },
    axis('x (cm)'),
    axis('z along the catheter (cm)'),
  );
  doc.save();
  doc.rect(left, top, SIDE, SIDE).clip();
  const circle = (radiusCm: number) => {
    const points = circlePoints(radiusCm);
    points.forEach((p, i) => {
      if (i === 0) doc.moveTo(frame.x(p.x), frame.y(p.z));
      else doc.lineTo(frame.x(p.x), frame.y(p.z));
    });
  };
  circle(input.balloonRadiusCm);
  doc.lineWidth(4).strokeColor('#212529').strokeOpacity(0.3).stroke();
  doc.strokeOpacity(1);
  circle(input.balloonRadiusCm + input.skinDistanceCm);
  doc.lineWidth(1).strokeColor('#7a4a00').dash(5, { space: 3 }).stroke();
  doc.undash();
  for (const percent of ISODOSE_PERCENTS) {
    const segments = isodoseSegments(grid, (percent / 100) * input.prescriptionGy);
    for (const s of segments)
      doc.moveTo(frame.x(s.x1), frame.y(s.z1)).lineTo(frame.x(s.x2), frame.y(s.z2));
    doc
      .lineWidth(percent === 100 ? 1.8 : 1)
      .strokeColor(LEVEL_COLOURS[percent])
      .stroke();
  }
  for (const dwell of input.dwells.filter((d) => d.timeS > 0))
    doc.circle(frame.x(0), frame.y(dwell.positionCm[2]), 2).fill('#212529');
  doc.restore();
  drawLegend(w, left + SIDE + 16, top, input);
  doc.x = w.left;
  doc.y = top + SIDE + 30;
}

function drawLegend(w: ReportWriter, x: number, top: number, input: IsodoseFigureInput): void {
  const { doc } = w;
  const width = w.left + w.width - x;
  let y = top;
  doc.font('bold').fontSize(8.5).fillColor('#000000').text('Isodose lines', x, y, { width });
  y = doc.y + 3;
  for (const percent of ISODOSE_PERCENTS) {
    doc
      .moveTo(x, y + 4)
      .lineTo(x + 18, y + 4)
      .lineWidth(percent === 100 ? 1.8 : 1)
      .strokeColor(LEVEL_COLOURS[percent])
      .stroke();
    const gy = ((percent / 100) * input.prescriptionGy).toFixed(1);
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor('#000000')
      .text(`${String(percent)} % (${gy} Gy)`, x + 24, y, { width: width - 24 });
    y = doc.y + 2;
  }
  doc.font('regular').fontSize(8).fillColor('#333333');
  doc.text(
    `Plane of the catheter (x–z through the balloon centre), 1 mm grid. Wide grey: balloon (radius ${input.balloonRadiusCm.toFixed(2)} cm). Dashed brown: skin-distance sphere (${(input.balloonRadiusCm + input.skinDistanceCm).toFixed(2)} cm). Dots: dwell positions in use.`,
    x,
    y + 6,
    { width },
  );
  doc.strokeColor('#000000').fillColor('#000000');
}
