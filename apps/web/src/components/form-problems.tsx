import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormProblemsProps {
  /** What did not happen ("The patient was not saved"). */
  title: string;
  /** How many fields are marked with an error; any at all adds "Please correct the marked fields." */
  fieldCount: number;
  /** Problems not tied to one field, each on its own line. */
  messages: readonly string[];
}

/** The alert at the top of a form that was refused; nothing when there is nothing to say. */
export function FormProblems({ title, fieldCount, messages }: FormProblemsProps) {
  const { t } = useTranslation('clinician');
  if (fieldCount === 0 && messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {fieldCount > 0 && <Text size="sm">{t('common.correctMarkedFields')}</Text>}
      {messages.map((message) => (
        <Text size="sm" key={message}>
          {message}
        </Text>
      ))}
    </Alert>
  );
}
