import type { OrSessionState, StoredPlan } from '@openiort/contract';
import { Alert, Anchor, Button, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { useRecomputeFinalPlan } from '../../api/or-record.ts';
import { usePlans } from '../../api/plans.ts';
import { formatMmSs } from '../planning/plan-format.ts';

type Field = 'fillVolumeCc' | 'skinDistanceCm' | 'chestWallDistanceCm';

/** Each measured value with the clinician strings' key of its label (unit included). */
const FIELDS: { key: Field; label: string }[] = [
  { key: 'fillVolumeCc', label: 'orSession.finalPlan.fillVolume' },
  { key: 'skinDistanceCm', label: 'orSession.finalPlan.skinDistance' },
  { key: 'chestWallDistanceCm', label: 'orSession.finalPlan.chestWallDistance' },
];

function valuesOf(plan: StoredPlan | undefined): Record<Field, number | string> {
  return {
    fillVolumeCc: plan?.input.applicator.fillVolumeCc ?? '',
    skinDistanceCm: plan?.input.skinDistanceCm ?? '',
    chestWallDistanceCm: plan?.input.chestWallDistanceCm ?? '',
  };
}

/**
 * The final plan in the room: what was measured after the balloon was placed, recomputed by the
 * server from the passing output check's strength as the plan's next version, which both then
 * sign on the plan page.
 */
export function FinalPlanForm({
  state,
  measuredU,
}: {
  state: OrSessionState;
  /** The passing output check's measurement, U. */
  measuredU: number;
}) {
  const { t } = useTranslation('clinician');
  const plans = usePlans(state.patientId);
  const plan = plans.data?.items.find((p) => p.id === state.planId);
  const recompute = useRecomputeFinalPlan(state.id, state.patientId);
  const [values, setValues] = useState<Record<Field, number | string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<StoredPlan | null>(null);
  const shown = values ?? valuesOf(plan);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    const body: Record<string, number> = { planVersion: state.planVersion };
    for (const { key } of FIELDS) if (typeof shown[key] === 'number') body[key] = shown[key];
    try {
      const next = await recompute.mutateAsync({ planVersion: state.planVersion, ...body });
      setSaved(next);
      setValues(null);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const byField: Partial<Record<Field, string>> = {};
        for (const e of error.fieldErrors) {
          const key = FIELDS.find((f) => e.path.endsWith(f.key))?.key;
          if (key !== undefined) byField[key] = e.message;
        }
        setErrors(byField);
      }
      setFailure(errorMessage(error));
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="final-plan-heading">
      <Title order={3} size="h4" id="final-plan-heading">
        {t('orSession.finalPlan.title')}
      </Title>
      <Text size="sm">
        {t('orSession.finalPlan.intro', {
          strength: measuredU.toFixed(1),
          version: state.planVersion + 1,
        })}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('orSession.finalPlan.form')}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            {FIELDS.map((f) => (
              <NumberInput
                key={f.key}
                label={t(f.label)}
                value={shown[f.key]}
                decimalScale={2}
                error={errors[f.key]}
                onChange={(v) => {
                  setValues({ ...shown, [f.key]: v });
                }}
              />
            ))}
          </SimpleGrid>
          <Button type="submit" loading={recompute.isPending} w="fit-content">
            {t('orSession.finalPlan.recompute')}
          </Button>
        </Stack>
      </form>
      {failure !== null && (
        <Alert color="red" role="alert" title={t('orSession.finalPlan.notRecomputed')}>
          {failure}
        </Alert>
      )}
      {saved !== null && (
        <Alert
          color="blue"
          role="status"
          title={t('orSession.finalPlan.saved', { version: saved.version })}
        >
          <Trans
            t={t}
            i18nKey={
              saved.output.status === 'ok'
                ? 'orSession.finalPlan.savedOk'
                : 'orSession.finalPlan.savedRefused'
            }
            values={
              saved.output.status === 'ok'
                ? {
                    time: formatMmSs(saved.output.totalTimeS),
                    strength: saved.output.airKermaStrengthU.toFixed(1),
                  }
                : {}
            }
            components={{
              plan: (
                <Anchor
                  component={Link}
                  to={`/app/patients/${state.patientId}/plans`}
                  c="blue.9"
                  underline="always"
                />
              ),
            }}
          />
        </Alert>
      )}
    </Stack>
  );
}
