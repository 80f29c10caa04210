import { Button, Group, PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PasswordConfirmProps {
  /** What the password confirms: "signing", "co-signing". */
  purpose: string;
  submitLabel: string;
  password: string;
  error: string | null;
  busy: boolean;
  onPasswordChange: (password: string) => void;
  onCancel: () => void;
}

/** The end of every signature dialog: the password entered again, Cancel and the submit button. */
export function PasswordConfirm(props: PasswordConfirmProps) {
  const { t } = useTranslation('clinician');
  return (
    <>
      <PasswordInput
        label={t('passwordConfirm.label')}
        description={t('passwordConfirm.hint', { purpose: props.purpose })}
        value={props.password}
        error={props.error}
        autoComplete="current-password"
        data-autofocus
        onChange={(e) => {
          props.onPasswordChange(e.currentTarget.value);
        }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={props.busy}>
          {props.submitLabel}
        </Button>
      </Group>
    </>
  );
}
