import type { PlanInputDto } from '@openiort/contract';
import { SimpleGrid, Text } from '@mantine/core';

/** The inputs of the plan shown, in words: on paper, where the form is left out. */
export function InputSummary({ input, modelName }: { input: PlanInputDto; modelName: string }) {
  const { prescription } = input;
  const rows: [string, string][] = [
    ['Source model', modelName],
    [
      'Air-kerma strength',
      input.airKermaStrengthU === undefined ? 'nominal' : `${String(input.airKermaStrengthU)} U`,
    ],
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
  ];
  if (input.skinDistanceOverride !== undefined) {
    rows.push(['Skin-distance override', input.skinDistanceOverride.reason]);
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
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
