import type { OrSessionState } from '@openiort/contract';
import { Alert, Badge, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session-context.ts';
import { ChecklistSection } from './checklist-section.tsx';
import { FinalPlanForm } from './final-plan-form.tsx';
import { OutputCheckForm } from './output-check-form.tsx';
import { useSessionChecks } from './use-session-checks.ts';

/** The clinician strings' key for each beam-on gate the server names. */
const GATE_LABELS: Record<string, string> = {
  'final-plan-signed': 'orSession.beforeBeamOn.gates.finalPlanSigned',
  'time-out-checklist-complete': 'orSession.beforeBeamOn.gates.timeOuts',
  'output-check-passed': 'orSession.beforeBeamOn.gates.outputCheck',
  'final-plan-uses-measured-strength': 'orSession.beforeBeamOn.gates.measuredStrength',
};

/**
 * What must be done before beam-on, on the console: the gates with their reasons (the server's,
 * from the session state), the two time-outs to answer, and the physicist's output check.
 */
export function BeforeBeamOn({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const mayAnswer = useCan('checklist:answer');
  const mayCheck = useCan('output-check:record');
  const mayPlan = useCan('plan:write');
  const { checks, error, reload } = useSessionChecks(state);
  const latest = checks?.outputChecks.at(-1);
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('orSession.beforeBeamOn.title')}
        </Title>
        <List spacing={4} size="sm">
          {state.beamOnGates.map((g) => {
            const label = GATE_LABELS[g.name];
            return (
              <List.Item key={g.name}>
                <Badge color={g.ok ? 'green' : 'red'} variant="light" mr="xs">
                  {g.ok ? t('orSession.beforeBeamOn.done') : t('orSession.beforeBeamOn.missing')}
                </Badge>
                {label === undefined ? g.name : t(label)}
                {!g.ok && g.reason !== undefined && (
                  <Text size="xs" c="dimmed">
                    {g.reason}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
        {error !== null && <Alert color="red">{error}</Alert>}
        {checks?.checklists
          .filter((c) => c.key.endsWith('time-out'))
          .map((c) => (
            <ChecklistSection
              key={c.key}
              sessionId={state.id}
              checklist={c}
              mayAnswer={mayAnswer && state.status === 'not-started'}
              onChanged={reload}
            />
          ))}
        <Title order={3} size="h4">
          {t('orSession.beforeBeamOn.outputCheck')}
        </Title>
        {latest === undefined ? (
          <Text size="sm">{t('orSession.beforeBeamOn.noOutputCheck')}</Text>
        ) : (
          <Alert
            color={latest.result.status === 'pass' ? 'green' : 'red'}
            title={
              latest.result.status === 'pass'
                ? t('orSession.beforeBeamOn.latestPassed')
                : t('orSession.beforeBeamOn.latestFailed')
            }
          >
            {t('orSession.beforeBeamOn.latest', {
              ratio: latest.result.ratio.toFixed(4),
              deviation: latest.result.deviationPercent.toFixed(2),
              tolerance: latest.result.tolerancePercent,
              name: latest.checkedBy.displayName,
              time: new Date(latest.checkedAt).toLocaleTimeString(),
            })}
            {latest.result.failures.map((f) => ` ${f.message}`).join('')}
          </Alert>
        )}
        {mayPlan && latest?.result.status === 'pass' && (
          <FinalPlanForm state={state} measuredU={latest.result.measuredAirKermaStrengthU} />
        )}
        {mayCheck && state.status === 'not-started' && (
          <OutputCheckForm
            sessionId={state.id}
            plannedStrengthU={state.plannedAirKermaStrengthU}
            onSaved={reload}
          />
        )}
      </Stack>
    </Card>
  );
}
