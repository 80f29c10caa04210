import type { PlanInputDto, PlanOutputDto } from '@openiort/contract';
import { DEMONSTRATION_LABEL, type SourceModel } from '@openiort/dosimetry';
import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DoseTable } from './dose-table.tsx';
import { DvhPlot } from './dvh-plot.tsx';
import { DwellTable } from './dwell-table.tsx';
import { IsodosePlot } from './isodose-plot.tsx';
import { RefusalAlert } from './refusal-alert.tsx';
import { SecondCheckResult } from './second-check-result.tsx';
import { TotalTime } from './total-time.tsx';
import { ValidityWarnings } from './validity-warnings.tsx';
import { WarningList } from './warning-list.tsx';

interface PlanResultsProps {
  plan: PlanOutputDto;
  input: PlanInputDto;
  /** The model's data when the browser has them (for the isodose plot). */
  model: SourceModel | undefined;
  /** Why there is no isodose plot, when model is undefined. */
  noModelNote: string;
}

/** What the engine answered: the refusal, or times, doses, second check, plots and dwells. */
export function PlanResults({ plan, input, model, noModelNote }: PlanResultsProps) {
  const { t } = useTranslation('clinician');
  // The demonstration label has its own banner; the other warnings are listed.
  const warnings = plan.warnings.filter((w) => w !== DEMONSTRATION_LABEL);
  const prescriptionGy = input.prescription.doseGy;
  if (plan.status === 'refused') {
    return (
      <Stack gap="sm">
        <RefusalAlert message={plan.refusal.message} />
        <WarningList warnings={warnings} />
        <Text size="sm">
          {t('planning.results.refusedNote', { radius: plan.balloonRadiusCm.toFixed(2) })}
        </Text>
      </Stack>
    );
  }
  const description = {
    dose: String(prescriptionGy),
    radius: plan.balloonRadiusCm.toFixed(2),
    step: String(plan.dwellStepCm),
  };
  return (
    <Stack gap="md">
      <TotalTime
        totalTimeS={plan.totalTimeS}
        airKermaStrengthU={plan.airKermaStrengthU}
        {...(plan.strengthSource === undefined ? {} : { strengthSource: plan.strengthSource })}
        dwellCount={plan.dwells.length}
        activeDwellCount={plan.dwells.filter((d) => d.timeS > 0).length}
      />
      <Text size="sm">
        {input.prescription.to === 'surface'
          ? t('planning.results.toSurface', description)
          : t('planning.results.toDepth', {
              ...description,
              depth: String(input.prescription.depthCm ?? ''),
            })}
      </Text>
      <WarningList warnings={warnings} />
      <SecondCheckResult check={plan.secondCheck} />
      <DoseTable
        plan={plan}
        skinDistanceCm={input.skinDistanceCm}
        chestWallDistanceCm={input.chestWallDistanceCm}
      />
      {plan.surfaceUniformity !== undefined && (
        <Text size="sm" data-testid="surface-uniformity">
          {t('planning.results.uniformity', { uniformity: plan.surfaceUniformity.toFixed(2) })}
          {plan.smoothnessWeight === undefined
            ? ''
            : t('planning.results.smoothness', { weight: String(plan.smoothnessWeight) })}
        </Text>
      )}
      <ValidityWarnings warnings={plan.validityWarnings ?? []} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }} className="plot-column">
          <Title order={3} size="h4" mb={4}>
            {t('planning.results.isodose')}
          </Title>
          {model === undefined ? (
            <Text size="sm">{noModelNote}</Text>
          ) : (
            <IsodosePlot
              model={model}
              airKermaStrengthU={plan.airKermaStrengthU}
              dwells={plan.dwells}
              balloonRadiusCm={plan.balloonRadiusCm}
              skinDistanceCm={input.skinDistanceCm}
              prescriptionGy={prescriptionGy}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }} className="plot-column">
          <Title order={3} size="h4" mb={4}>
            {t('planning.results.dvh')}
          </Title>
          {plan.dvh === null || plan.dvh.doseGy.length === 0 ? (
            <Text size="sm">{t('planning.results.noDvh')}</Text>
          ) : (
            <DvhPlot dvh={plan.dvh} prescriptionGy={prescriptionGy} />
          )}
        </Grid.Col>
      </Grid>
      <div>
        <Title order={3} size="h4" mb={4}>
          {t('planning.results.dwells')}
        </Title>
        <DwellTable dwells={plan.dwells} />
      </div>
    </Stack>
  );
}
