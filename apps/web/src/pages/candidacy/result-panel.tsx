import type { RuleSetResult } from '@openiort/guidelines';
import { Stack } from '@mantine/core';
import { RuleSetRow } from './rule-set-row.tsx';
import { UnconfirmedExplanation } from './unconfirmed-marker.tsx';

/** Every rule set's answer for one set of facts, side by side, in the engine's order. */
export function ResultPanel({ results }: { results: readonly RuleSetResult[] }) {
  return (
    <>
      {results.some((r) => r.includesUnconfirmed) && <UnconfirmedExplanation />}
      <Stack component="ul" gap="sm" className="plain-list result-panel">
        {results.map((result) => (
          <RuleSetRow key={result.ruleset} result={result} />
        ))}
      </Stack>
    </>
  );
}
