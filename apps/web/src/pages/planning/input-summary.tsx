import type { PlanInputDto, PlanOutputDto, StoredPlan } from '@openiort/contract';
import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { strengthText } from './plan-format.ts';

interface InputSummaryProps {
  input: PlanInputDto;
  output: PlanOutputDto;
  modelName: string;
  /** The stored version shown, when it is one (a preview has no limits version or author). */
  saved: StoredPlan | undefined;
}

/** The inputs of the plan shown, in words: on paper, where the form is left out. */
export function InputSummary({ input, output, modelName, saved }: InputSummaryProps) {
  const { t } = useTranslation('clinician');
  const { prescription } = input;
  const limits = {
    minSkin: String(output.limits.minSkinDistanceCm),
    warnSkin: String(output.limits.warnSkinDistanceCm),
    secondCheck: String(output.limits.secondCheckTolerancePercent),
    strength: String(output.limits.strengthTolerancePercent),
  };
  const rows: [string, string][] = [
    [t('planning.summary.sourceModel'), modelName],
    [t('planning.summary.strength'), strengthText(t, output)],
    [
      t('planning.summary.fill'),
      t('planning.summary.fillCc', { volume: String(input.applicator.fillVolumeCc) }),
    ],
    [
      t('planning.summary.prescription'),
      prescription.to === 'surface'
        ? t('planning.summary.toSurface', { dose: String(prescription.doseGy) })
        : t('planning.summary.atDepth', {
            dose: String(prescription.doseGy),
            depth: String(prescription.depthCm),
          }),
    ],
    [
      t('planning.summary.skin'),
      t('planning.summary.distanceCm', { distance: String(input.skinDistanceCm) }),
    ],
    [
      t('planning.summary.chestWall'),
      input.chestWallDistanceCm === undefined
        ? t('planning.summary.notGiven')
        : t('planning.summary.distanceCm', { distance: String(input.chestWallDistanceCm) }),
    ],
    [
      t('planning.summary.limits'),
      saved === undefined
        ? t('planning.summary.limitsPreview', limits)
        : t('planning.summary.limitsVersion', { ...limits, version: saved.limitsVersion }),
    ],
  ];
  if (saved !== undefined) {
    rows.push(
      [
        t('planning.summary.calculation'),
        t('planning.summary.calculationValue', { engine: saved.engineVersion }),
      ],
      [t('planning.summary.checksum'), saved.sourceModelChecksum],
    );
  }
  const override = saved?.skinDistanceOverride;
  if (override !== undefined && override !== null) {
    rows.push([
      t('planning.summary.override'),
      t('planning.summary.overrideValue', {
        reason: override.reason,
        name: override.by.displayName,
        at: override.at.slice(0, 16).replace('T', ' '),
      }),
    ]);
  } else if (input.skinDistanceOverride !== undefined) {
    rows.push([t('planning.summary.overrideUnsaved'), input.skinDistanceOverride.reason]);
  }
  return (
    <SimpleGrid
      cols={2}
      spacing="md"
      verticalSpacing={2}
      component="dl"
      m={0}
      style={{ gridTemplateColumns: 'max-content 1fr' }}
    >
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" fw={600}>
            {term}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
