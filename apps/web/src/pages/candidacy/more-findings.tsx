import { Fieldset, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactGroup } from './fact-groups.ts';
import { FactInputs, type FactInputsProps } from './fact-inputs.tsx';

/**
 * The facts that matter less in this phase, folded so Evaluate stays near. It says how many are
 * filled, and opens by itself when one of them is refused, so an error is never hidden.
 */
export function MoreFindings({
  groups,
  ...inputs
}: { groups: FactGroup[] } & Omit<FactInputsProps, 'facts'>) {
  const { t } = useTranslation('clinician');
  const [open, setOpen] = useState(false);
  const names = groups.flatMap((g) => g.facts);
  const filled = names.filter((name) => inputs.values[name] !== '').length;
  const refused = names.some((name) => inputs.errors[name] !== undefined);
  return (
    <details
      className="more-findings"
      open={open || refused}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>{t('candidacy.form.moreFindings', { filled, total: names.length })}</summary>
      <Stack gap="md" mt="sm">
        {groups.map((group) => (
          <Fieldset key={group.title} legend={t(group.title)}>
            <FactInputs facts={group.facts} {...inputs} />
          </Fieldset>
        ))}
      </Stack>
    </details>
  );
}
