import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChange } from '../../api/cases.ts';
import { errorMessage } from '../../api/api-error.ts';
import { useCan } from '../../auth/session-context.ts';
import type { CasePageData } from './case-context.ts';
import { RecordedBy } from './recorded-by.tsx';
import { StepForm } from './step-form.tsx';

/** Step 10: closed after the post-pathology decision, or withdrawn with a reason at any step. */
export function ClosureStep({ data }: { data: CasePageData }) {
  const { view } = data;
  const { t } = useTranslation('clinician');
  const [withdrawing, setWithdrawing] = useState(false);
  const canClose = useCan('case:close');
  const change = useCaseChange(view.id, view.patientId);
  if (view.closure !== null)
    return (
      <>
        <Text size="sm" fw={500}>
          {view.closure.kind === 'closed'
            ? t('cases.closure.closed')
            : t('cases.closure.withdrawn', { reason: view.closure.reason ?? '' })}
        </Text>
        <RecordedBy
          by={view.closure.by}
          at={view.closure.at}
          verb={view.closure.kind === 'closed' ? t('cases.verb.closed') : t('cases.verb.withdrawn')}
        />
      </>
    );
  if (!canClose) return null;
  return (
    <>
      <Group wrap="wrap">
        {view.pathway.next?.step === 'closed' && (
          <Button
            loading={change.isPending}
            onClick={() => {
              change.mutate({ path: 'close', method: 'POST', body: { version: view.version } });
            }}
          >
            {t('cases.closure.close')}
          </Button>
        )}
        {!withdrawing && (
          <Button
            variant="default"
            color="red"
            onClick={() => {
              setWithdrawing(true);
            }}
          >
            {t('cases.closure.withdraw')}
          </Button>
        )}
      </Group>
      {change.isError && (
        <Alert color="red" role="alert" title={t('cases.closure.notClosed')}>
          {errorMessage(change.error)}
        </Alert>
      )}
      {withdrawing && (
        <StepForm
          caseId={view.id}
          patientId={view.patientId}
          fields={[{ name: 'reason', label: t('cases.closure.reason'), kind: 'textarea' }]}
          initial={{ reason: '' }}
          submitLabel={t('cases.closure.submit')}
          toChange={(v) => ({
            path: 'withdrawal',
            method: 'POST',
            body: { reason: v.reason, version: view.version },
          })}
          onDone={() => {
            setWithdrawing(false);
          }}
          onCancel={() => {
            setWithdrawing(false);
          }}
        />
      )}
    </>
  );
}
