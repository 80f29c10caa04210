import { Radio, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PhaseSelectorProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** Before surgery or after final pathology: the rule sets read different facts in each. */
export function PhaseSelector({ value, onChange, error }: PhaseSelectorProps) {
  const { t } = useTranslation('clinician');
  return (
    <Radio.Group
      label={t('candidacy.phase.label')}
      description={t('candidacy.phase.hint')}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Group mt="xs">
        <Radio value="preoperative" label={t('candidacy.phase.preoperative')} />
        <Radio value="final-pathology" label={t('candidacy.phase.finalPathology')} />
      </Group>
    </Radio.Group>
  );
}
