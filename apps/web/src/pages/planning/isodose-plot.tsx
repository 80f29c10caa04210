import * as Plot from '@observablehq/plot';
import type { Dwell, SourceModel } from '@openiort/dosimetry';
import { Group, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildIsodoseGrid,
  circlePoints,
  ISODOSE_PERCENTS,
  plotHalfWidthCm,
} from './isodose-grid.ts';
import { PlotFigure } from './plot-figure.tsx';

/** Line colours of the isodose levels (50 … 200 %), dark enough to read on white. */
const LEVEL_COLOURS: Record<(typeof ISODOSE_PERCENTS)[number], string> = {
  50: '#1864ab',
  80: '#0b7285',
  100: '#2b8a3e',
  150: '#d9480f',
  200: '#c92a2a',
};

interface IsodosePlotProps {
  model: SourceModel;
  airKermaStrengthU: number;
  dwells: readonly Dwell[];
  balloonRadiusCm: number;
  skinDistanceCm: number;
  prescriptionGy: number;
}

/**
 * Isodose lines at 50, 80, 100, 150 and 200 % of the prescription in the plane of the catheter
 * (x–z through the balloon centre), computed here from the dwells on a 1 mm grid, with the balloon
 * and the skin-distance circle.
 */
export function IsodosePlot(props: IsodosePlotProps) {
  const { model, airKermaStrengthU, dwells, balloonRadiusCm, skinDistanceCm } = props;
  const { prescriptionGy } = props;
  const { t } = useTranslation('clinician');
  const half = plotHalfWidthCm(balloonRadiusCm, skinDistanceCm);
  const grid = useMemo(
    () => buildIsodoseGrid(model, airKermaStrengthU, dwells, half, 0.1),
    [model, airKermaStrengthU, dwells, half],
  );
  const build = useCallback(() => {
    const edge = grid.halfWidthCm + grid.spacingCm / 2;
    const values = Array.from(grid.values);
    const contour = (percent: (typeof ISODOSE_PERCENTS)[number]) =>
      Plot.contour(values, {
        width: grid.size,
        height: grid.size,
        x1: -edge,
        x2: edge,
        y1: -edge,
        y2: edge,
        thresholds: [(percent / 100) * prescriptionGy],
        // Only the prescription isodose is tinted; the others are lines.
        fill: percent === 100 ? LEVEL_COLOURS[100] : 'none',
        fillOpacity: 0.1,
        stroke: LEVEL_COLOURS[percent],
        strokeWidth: percent === 100 ? 2.5 : 1.5,
      });
    const active = dwells.filter((d) => d.timeS > 0);
    return Plot.plot({
      width: 420,
      height: 420,
      marginLeft: 44,
      marginBottom: 40,
      marginTop: 28,
      marginRight: 12,
      style: { fontSize: '12px', background: 'white' },
      x: { domain: [-half, half], label: t('planning.isodose.x'), grid: true },
      y: { domain: [-half, half], label: t('planning.isodose.z'), grid: true },
      marks: [
        Plot.ruleX([0], { stroke: '#495057', strokeDasharray: '2,3' }),
        // Drawn first: the 100 % line often lies on the balloon surface and must stay visible.
        Plot.line(circlePoints(balloonRadiusCm), {
          x: 'x',
          y: 'z',
          stroke: '#212529',
          strokeWidth: 4,
          strokeOpacity: 0.35,
        }),
        Plot.line(circlePoints(balloonRadiusCm + skinDistanceCm), {
          x: 'x',
          y: 'z',
          stroke: '#7a4a00',
          strokeWidth: 1.5,
          strokeDasharray: '6,4',
        }),
        ...ISODOSE_PERCENTS.map(contour),
        Plot.dot(active, { x: () => 0, y: (d: Dwell) => d.positionCm[2], r: 3, fill: '#212529' }),
      ],
    });
  }, [grid, dwells, balloonRadiusCm, skinDistanceCm, prescriptionGy, half, t]);

  return (
    <PlotFigure
      build={build}
      label={t('planning.isodose.label', {
        percents: ISODOSE_PERCENTS.join(', '),
        dose: String(prescriptionGy),
      })}
      caption={
        <>
          <Group gap="md" component="span" wrap="wrap">
            {ISODOSE_PERCENTS.map((percent) => (
              <Text span size="sm" key={percent}>
                <span
                  className="isodose-swatch"
                  style={{ background: LEVEL_COLOURS[percent] }}
                  aria-hidden
                />
                {t('planning.isodose.level', {
                  percent: String(percent),
                  dose: ((percent / 100) * prescriptionGy).toFixed(1),
                })}
              </Text>
            ))}
          </Group>
          {t('planning.isodose.caption', {
            width: String(2 * half),
            radius: balloonRadiusCm.toFixed(2),
            sphere: (balloonRadiusCm + skinDistanceCm).toFixed(2),
          })}
        </>
      }
    />
  );
}
