import type { PlanInputDto, PlanOutputDto, StoredPlan } from '@openiort/contract';
import { SimpleGrid, Text } from '@mantine/core';
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
  const { prescription } = input;
  const rows: [string, string][] = [
    ['Source model', modelName],
    ['Air-kerma strength', strengthText(output)],
    ['Balloon fill', `${String(input.applicator.fillVolumeCc)} cc`],
    [
      'Prescription',
      prescription.to === 'surface'
        ? `${String(prescription.doseGy)} Gy to the balloon surface`
        : `${String(prescription.doseGy)} Gy at ${String(prescription.depthCm)} cm beyond the surface`,
    ],
    ['Skin distance', `${String(input.skinDistanceCm)} cm`],
    [
      'Chest-wall distance',
      input.chestWallDistanceCm === undefined
        ? 'not given'
        : `${String(input.chestWallDistanceCm)} cm`,
    ],
    [
      'Program limits',
      `${saved === undefined ? 'in force (preview)' : `version ${saved.limitsVersion}`}: skin minimum ${String(output.limits.minSkinDistanceCm)} cm, warning below ${String(output.limits.warnSkinDistanceCm)} cm, second check ±${String(output.limits.secondCheckTolerancePercent)} %, strength ±${String(output.limits.strengthTolerancePercent)} % of nominal`,
    ],
  ];
  if (saved !== undefined) {
    rows.push(
      ['Calculation', `TG-43 (AAPM TG-43U1 formalism), OpenIORT engine ${saved.engineVersion}`],
      ['Model checksum (SHA-256)', saved.sourceModelChecksum],
    );
  }
  const override = saved?.skinDistanceOverride;
  if (override !== undefined && override !== null) {
    rows.push([
      'Skin-distance override',
      `“${override.reason}” — ${override.by.displayName}, radiation oncologist, ${override.at.slice(0, 16).replace('T', ' ')} UTC`,
    ]);
  } else if (input.skinDistanceOverride !== undefined) {
    rows.push(['Skin-distance override (not saved yet)', input.skinDistanceOverride.reason]);
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
