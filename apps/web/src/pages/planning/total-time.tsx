import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fixed, formatMmSs, strengthText } from './plan-format.ts';

interface TotalTimeProps {
  totalTimeS: number;
  airKermaStrengthU: number;
  strengthSource?: 'measured' | 'nominal';
  dwellCount: number;
  /** Dwell positions with a time above 0. */
  activeDwellCount: number;
}

/** The treatment time, large, as minutes:seconds, with what it was computed for. */
export function TotalTime(props: TotalTimeProps) {
  const { totalTimeS, dwellCount, activeDwellCount } = props;
  const { t } = useTranslation('clinician');
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t('planning.totalTime.title')}
      </Text>
      <Group gap="sm" align="baseline">
        <Text fz={40} fw={700} lh={1.1} data-testid="total-time">
          {formatMmSs(totalTimeS)}
        </Text>
        <Text size="sm" c="gray.7">
          {t('planning.totalTime.detail', {
            seconds: fixed(totalTimeS, 1),
            active: activeDwellCount,
            count: dwellCount,
          })}
          <sub>K</sub> {strengthText(t, props)}
        </Text>
      </Group>
    </Stack>
  );
}
