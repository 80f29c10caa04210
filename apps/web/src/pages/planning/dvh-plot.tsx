import * as Plot from '@observablehq/plot';
import type { DvhDto } from '@openiort/contract';
import { useCallback } from 'react';
import { fixed } from './plan-format.ts';
import { PlotFigure } from './plot-figure.tsx';

/** The cumulative DVH of PTV_EVAL (the 1 cm shell around the balloon): dose against volume %. */
export function DvhPlot({ dvh, prescriptionGy }: { dvh: DvhDto; prescriptionGy: number }) {
  const build = useCallback(() => {
    const points = dvh.doseGy.map((dose, i) => ({ dose, volume: dvh.volumePercent[i] ?? 0 }));
    return Plot.plot({
      width: 420,
      height: 300,
      marginLeft: 48,
      marginBottom: 40,
      marginTop: 28,
      marginRight: 16,
      style: { fontSize: '12px', background: 'white' },
      x: { label: 'Dose (Gy)', grid: true },
      y: { label: 'Volume (%)', domain: [0, 100], grid: true },
      marks: [
        Plot.ruleX([prescriptionGy], {
          stroke: '#2b8a3e',
          strokeWidth: 1.5,
          strokeDasharray: '4,3',
        }),
        Plot.line(points, { x: 'dose', y: 'volume', stroke: '#1864ab', strokeWidth: 2 }),
        Plot.ruleY([0]),
      ],
    });
  }, [dvh, prescriptionGy]);
  return (
    <PlotFigure
      build={build}
      label={`Dose–volume histogram: V90 ${fixed(dvh.v90, 1)} %, V100 ${fixed(dvh.v100, 1)} %, V150 ${fixed(dvh.v150, 1)} %, V200 ${fixed(dvh.v200, 1)} %`}
      caption={
        <>
          PTV_EVAL: the shell 1 cm beyond the balloon, stopping 0.5 cm under the skin (
          {fixed(dvh.volumeCc, 1)} cc). V90 {fixed(dvh.v90, 1)} % · V100 {fixed(dvh.v100, 1)} % ·
          V150 {fixed(dvh.v150, 1)} % · V200 {fixed(dvh.v200, 1)} %. Dashed green: the prescribed
          dose.
        </>
      }
    />
  );
}
