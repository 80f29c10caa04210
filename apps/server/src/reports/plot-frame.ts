import type { ReportWriter } from './report-document.ts';

/** A plot area on the page with linear axes; maps data values to page points. */
export interface PlotFrame {
  x: (value: number) => number;
  y: (value: number) => number;
  box: { left: number; top: number; width: number; height: number };
}

export interface AxisSpec {
  domain: readonly [number, number];
  /** Tick spacing in data units. */
  step: number;
  label: string;
}

/** Tick values from the domain's start to its end, every `step` (no float drift). */
export function ticks(axis: AxisSpec): number[] {
  const [from, to] = axis.domain;
  const first = Math.ceil(from / axis.step - 1e-9);
  const last = Math.floor(to / axis.step + 1e-9);
  const values: number[] = [];
  for (let i = first; i <= last; i += 1) values.push(Number((i * axis.step).toFixed(6)));
  return values;
}

const tickText = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * Draws a framed plot area with a light grid, tick labels and axis titles at (left, top), and
 * returns the mapping. The area is width × height points; labels sit outside it.
 */
export function drawPlotFrame(
  w: ReportWriter,
  at: { left: number; top: number; width: number; height: number },
  xAxis: AxisSpec,
  yAxis: AxisSpec,
): PlotFrame {
  const { doc } = w;
  const { left, top, width, height } = at;
  const x = (v: number) =>
    left + ((v - xAxis.domain[0]) / (xAxis.domain[1] - xAxis.domain[0])) * width;
  const y = (v: number) =>
    top + height - ((v - yAxis.domain[0]) / (yAxis.domain[1] - yAxis.domain[0])) * height;
  doc.save();
  doc.lineWidth(0.3).strokeColor('#ced4da');
  doc.font('regular').fontSize(7).fillColor('#333333');
  for (const value of ticks(xAxis)) {
    doc
      .moveTo(x(value), top)
      .lineTo(x(value), top + height)
      .stroke();
    doc.text(tickText(value), x(value) - 15, top + height + 3, {
      width: 30,
      align: 'center',
      lineBreak: false,
    });
  }
  for (const value of ticks(yAxis)) {
    doc
      .moveTo(left, y(value))
      .lineTo(left + width, y(value))
      .stroke();
    doc.text(tickText(value), left - 33, y(value) - 3.5, {
      width: 30,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.lineWidth(0.8).strokeColor('#000000').rect(left, top, width, height).stroke();
  doc.fontSize(8).fillColor('#000000');
  doc.text(xAxis.label, left, top + height + 14, { width, align: 'center', lineBreak: false });
  doc.rotate(-90, { origin: [left - 38, top + height / 2] });
  doc.text(yAxis.label, left - 38 - height / 2, top + height / 2 - 4, {
    width: height,
    align: 'center',
    lineBreak: false,
  });
  doc.restore();
  return { x, y, box: at };
}
