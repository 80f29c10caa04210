import type { RuleSetResult } from '@openiort/guidelines';
import { Stack } from '@mantine/core';
import { RuleSetRow } from './rule-set-row.tsx';

/** Every rule set's answer for one set of facts, side by side, in the engine's order. */
export function ResultPanel({ results }: { results: readonly RuleSetResult[] }) {
  return (
    <Stack component="ul" gap="sm" className="plain-list result-panel">
      {results.map((result) => (
        <RuleSetRow key={result.ruleset} result={result} />
      ))}
    </Stack>
  );
}
