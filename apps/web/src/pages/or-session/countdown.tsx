import type { LiveDeliveryView, OrSessionState } from '@openiort/contract';
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMmSs } from '../planning/plan-format.ts';
import { statusWord } from './delivery-actions.ts';

/** Counting down, a second is shown until it has fully passed (0:00 means nothing remains). */
export const countdownText = (seconds: number) => formatMmSs(Math.ceil(seconds - 1e-6));

const STATUS_COLOURS: Record<OrSessionState['status'], string> = {
  // Dark shades: white text on them keeps a 4.5:1 contrast (axe color-contrast).
  'not-started': '#495057',
  delivering: '#1e6b2f',
  interrupted: '#a33c00',
  complete: '#1c5a9c',
  abandoned: '#a51d1d',
};

interface CountdownProps {
  state: OrSessionState;
  view: LiveDeliveryView;
  /** Very large digits, readable across the operating room. */
  wall: boolean;
}

/** Remaining time in total and of the current dwell, and the elapsed time, from the server clock. */
export function Countdown({ state, view, wall }: CountdownProps) {
  const { t } = useTranslation('clinician');
  const current = view.currentDwellIndex === null ? undefined : view.dwells[view.currentDwellIndex];
  const big = wall ? 'clamp(4rem, 24vw, 18rem)' : 'clamp(3rem, 14vw, 6rem)';
  const medium = wall ? 'clamp(2rem, 9vw, 6rem)' : 'clamp(1.5rem, 6vw, 2.5rem)';
  return (
    <Paper withBorder p={wall ? 'lg' : 'md'} radius="md">
      <Stack gap="xs" align="center">
        <Group gap="xs">
          <Badge size={wall ? 'xl' : 'lg'} color={STATUS_COLOURS[state.status]} aria-live="polite">
            {statusWord(t, state.status)}
          </Badge>
        </Group>
        <Text size={wall ? 'xl' : 'sm'} c="dimmed">
          {t('orSession.countdown.totalRemaining')}
        </Text>
        <Text
          role="timer"
          aria-label={t('orSession.countdown.totalRemainingTime')}
          data-testid="remaining-total"
          fw={700}
          ff="monospace"
          lh={1}
          style={{ fontSize: big }}
        >
          {countdownText(view.remainingTimeS)}
        </Text>
        <SimpleGrid cols={2} spacing={wall ? 'xl' : 'md'} w="100%">
          <Stack gap={0} align="center">
            <Text size={wall ? 'xl' : 'sm'} c="dimmed">
              {current === undefined
                ? t('orSession.countdown.noDwellRemaining')
                : t('orSession.countdown.dwellOf', {
                    n: current.index + 1,
                    total: state.dwells.length,
                  })}
            </Text>
            <Text
              fw={700}
              ff="monospace"
              data-testid="remaining-dwell"
              style={{ fontSize: medium }}
            >
              {current === undefined ? '—' : countdownText(current.remainingTimeS)}
            </Text>
          </Stack>
          <Stack gap={0} align="center">
            <Text size={wall ? 'xl' : 'sm'} c="dimmed">
              {t('orSession.countdown.elapsed')}
            </Text>
            <Text fw={700} ff="monospace" data-testid="elapsed" style={{ fontSize: medium }}>
              {formatMmSs(Math.floor(view.elapsedS))}
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
