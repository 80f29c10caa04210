import type { OrSessionState } from '@openiort/contract';
import { Alert, Text } from '@mantine/core';
import { deviationText, gy } from '../planning/plan-format.ts';

/**
 * Dose at the prescription reference from the recorded events, and the reportable-event check
 * once the delivery is finished (the engine's 20 % default, operating-room.md §1.1).
 */
export function DeliverySummaryText({ state }: { state: OrSessionState }) {
  const finished = state.status === 'complete' || state.status === 'abandoned';
  return (
    <>
      <Text size="sm">
        Source strength {Math.round(state.airKermaStrengthU * 10) / 10} U (planned{' '}
        {Math.round(state.plannedAirKermaStrengthU * 10) / 10} U). Delivered by the last update:{' '}
        {gy(state.deliveredDoseGy)} of {gy(state.prescribedDoseGy)}
        {finished ? ` (${deviationText(state.deviationPercent)})` : ''}.
      </Text>
      {state.reportable && (
        <Alert color="red" title="Possible reportable event">
          The delivered dose differs from the prescribed dose by{' '}
          {deviationText(state.deviationPercent)}. Follow the program’s procedure for medical
          events.
        </Alert>
      )}
    </>
  );
}
