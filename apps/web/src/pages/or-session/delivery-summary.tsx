import { isDeliveryFinished } from '@openiort/contract';
import type { OrSessionState } from '@openiort/contract';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deviationText, gy } from '../planning/plan-format.ts';

/**
 * Dose at the prescription reference from the recorded events, and the reportable-event check
 * once the delivery is finished (the engine's 20 % default, operating-room.md §1.1).
 */
export function DeliverySummaryText({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const finished = isDeliveryFinished(state.status);
  const values = {
    strength: Math.round(state.airKermaStrengthU * 10) / 10,
    planned: Math.round(state.plannedAirKermaStrengthU * 10) / 10,
    delivered: gy(state.deliveredDoseGy),
    prescribed: gy(state.prescribedDoseGy),
    deviation: deviationText(state.deviationPercent),
  };
  return (
    <>
      <Text size="sm">
        {finished
          ? t('orSession.summary.textFinished', values)
          : t('orSession.summary.text', values)}
      </Text>
      {state.reportable && (
        <Alert color="red" title={t('orSession.summary.reportableTitle')}>
          {t('orSession.summary.reportable', { deviation: values.deviation })}
        </Alert>
      )}
    </>
  );
}
