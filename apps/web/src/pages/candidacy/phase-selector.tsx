import { Radio, Group } from '@mantine/core';

interface PhaseSelectorProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** Before surgery or after final pathology: the rule sets read different facts in each. */
export function PhaseSelector({ value, onChange, error }: PhaseSelectorProps) {
  return (
    <Radio.Group
      label="Phase"
      description="Preoperative: core biopsy, imaging and clinical nodes. Final pathology: after surgery."
      value={value}
      onChange={onChange}
      error={error}
    >
      <Group mt="xs">
        <Radio value="preoperative" label="Preoperative" />
        <Radio value="final-pathology" label="Final pathology" />
      </Group>
    </Radio.Group>
  );
}
