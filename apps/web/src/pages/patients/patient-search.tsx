import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface PatientSearchProps {
  initial: string;
  onSearch: (q: string) => void;
}

/** Search by MRN or name: searches as you type (after a pause) and at once on Enter. */
export function PatientSearch({ initial, onSearch }: PatientSearchProps) {
  const [text, setText] = useState(initial);
  const { t } = useTranslation('clinician');
  const debounced = useDebouncedCallback((q: string) => {
    onSearch(q.trim());
  }, 350);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    debounced.cancel();
    onSearch(text.trim());
  };
  return (
    <form role="search" onSubmit={onSubmit}>
      <TextInput
        label={t('patients.search.label')}
        description={t('patients.search.hint')}
        type="search"
        value={text}
        maw={480}
        onChange={(e) => {
          setText(e.currentTarget.value);
          debounced(e.currentTarget.value);
        }}
      />
    </form>
  );
}
