import { Group, Stack, Text } from '@mantine/core';
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
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        Total treatment time
      </Text>
      <Group gap="sm" align="baseline">
        <Text fz={40} fw={700} lh={1.1} data-testid="total-time">
          {formatMmSs(totalTimeS)}
        </Text>
        <Text size="sm" c="gray.7">
          min:s · {fixed(totalTimeS, 1)} s over {activeDwellCount} of {dwellCount} dwell positions
          at S<sub>K</sub> {strengthText(props)}
        </Text>
      </Group>
    </Stack>
  );
}
