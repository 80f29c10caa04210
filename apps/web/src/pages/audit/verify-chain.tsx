import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVerifyAudit } from '../../api/audit.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** Re-checks the hash chain of the whole audit trail and says whether it is intact. */
export function VerifyChain() {
  const verify = useVerifyAudit();
  const { t } = useTranslation('clinician');
  const result = verify.data;
  return (
    <div>
      <Group>
        <Button
          variant="default"
          loading={verify.isPending}
          onClick={() => {
            verify.mutate();
          }}
        >
          {t('audit.verify.button')}
        </Button>
        <Text size="sm" c="gray.7">
          {t('audit.verify.hint')}
        </Text>
      </Group>
      {verify.isError && <ErrorAlert error={verify.error} title={t('audit.verify.didNotRun')} />}
      {result?.ok === true && (
        <Alert color="green" role="status" mt="sm" title={t('audit.verify.intact')}>
          {t('audit.verify.intactBody', { count: result.rowsChecked })}
        </Alert>
      )}
      {result?.ok === false && (
        <Alert color="red" role="alert" mt="sm" title={t('audit.verify.broken')}>
          {t('audit.verify.brokenBody', {
            seq: result.firstBrokenSeq,
            reason: result.reason,
            count: result.rowsChecked,
          })}
        </Alert>
      )}
    </div>
  );
}
