import * as Plot from '@observablehq/plot';
import type { DvhDto } from '@openiort/contract';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fixed } from './plan-format.ts';
import { PlotFigure } from './plot-figure.tsx';

/** The cumulative DVH of PTV_EVAL (the 1 cm shell around the balloon): dose against volume %. */
export function DvhPlot({ dvh, prescriptionGy }: { dvh: DvhDto; prescriptionGy: number }) {
  const { t } = useTranslation('clinician');
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
      x: { label: t('planning.dvh.dose'), grid: true },
      y: { label: t('planning.dvh.volume'), domain: [0, 100], grid: true },
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
  }, [dvh, prescriptionGy, t]);
  const volumes = {
    v90: fixed(dvh.v90, 1),
    v100: fixed(dvh.v100, 1),
    v150: fixed(dvh.v150, 1),
    v200: fixed(dvh.v200, 1),
  };
  return (
    <PlotFigure
      build={build}
      label={t('planning.dvh.label', volumes)}
      caption={t('planning.dvh.caption', { ...volumes, volume: fixed(dvh.volumeCc, 1) })}
    />
  );
}
