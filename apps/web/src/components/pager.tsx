import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
  /** What is being counted, plural: "patients", "entries". */
  noun: string;
}

/** "21–40 of 112 patients" with Previous / Next: simple and keyboard-friendly. */
export function Pager({ total, limit, offset, onOffsetChange, noun }: PagerProps) {
  if (total === 0) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={`Pages of ${noun}`}>
      <Text size="sm" aria-live="polite">
        {first}–{last} of {total} {noun}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="sm"
          disabled={offset === 0}
          onClick={() => {
            onOffsetChange(Math.max(0, offset - limit));
          }}
        >
          Previous
        </Button>
        <Button
          variant="default"
          size="sm"
          disabled={last >= total}
          onClick={() => {
            onOffsetChange(offset + limit);
          }}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
