import { Alert, Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useSelfCheck, useSelfCheckCriteria } from '../../api/self-check.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CriteriaExplainer } from './criteria-explainer.tsx';
import { SelfCheckForm } from './self-check-form.tsx';
import { INITIAL_FLOW, changeAnswers, resultIsCurrent, submitAnswers } from './self-check-flow.ts';
import { SelfCheckResult } from './self-check-result.tsx';

function CheckFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const limited = isApiError(error) && error.code === 'rate-limited';
  return (
    <Alert
      color={limited ? 'yellow' : 'red'}
      title={t(limited ? 'selfCheck.rateLimitedTitle' : 'selfCheck.failedTitle')}
      role="alert"
    >
      {t(limited ? 'selfCheck.rateLimited' : 'selfCheck.failed')}
    </Alert>
  );
}

/** Public: a patient's plain-language check against the program's criteria. Never a diagnosis. */
export function SelfCheckPage() {
  const { t } = useTranslation();
  usePageTitle(t('selfCheck.title'));
  const criteria = useSelfCheckCriteria();
  const check = useSelfCheck();
  const [flow, setFlow] = useState(INITIAL_FLOW);
  const current = resultIsCurrent(flow);
  const changedSinceResult = !current && check.data !== undefined;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('selfCheck.title')}</Title>
        <Text size="lg">{t('selfCheck.intro')}</Text>
        <Alert color="blue" title={t('selfCheck.notDiagnosisTitle')}>
          {t('selfCheck.notDiagnosis')}
        </Alert>
        <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
          <SelfCheckForm
            answers={flow.answers}
            errors={flow.errors}
            busy={check.isPending}
            onChange={(patch) => {
              setFlow(changeAnswers(flow, patch));
            }}
            onSubmit={() => {
              const submitted = submitAnswers(flow);
              setFlow(submitted.flow);
              if (submitted.facts === null) check.reset();
              else check.mutate(submitted.facts);
            }}
          />
        </Paper>
        <Box aria-live="polite">
          {current && check.isError && <CheckFailed error={check.error} />}
          {current && check.data !== undefined && (
            <SelfCheckResult result={check.data.result} criteria={criteria.data?.criteria} />
          )}
          {changedSinceResult && (
            <Text c="gray.7" data-testid="result-hidden">
              {t('selfCheck.changed')}
            </Text>
          )}
        </Box>
        <Box component="section" aria-labelledby="criteria-heading">
          <Title order={2} id="criteria-heading" mb="sm">
            {t('criteria.title')}
          </Title>
          {criteria.data !== undefined && <CriteriaExplainer criteria={criteria.data.criteria} />}
          {criteria.isPending && <Text>{t('criteria.loading')}</Text>}
          {criteria.isError && <Text>{t('criteria.loadFailed')}</Text>}
          {criteria.data !== undefined && (
            <Text size="sm" c="gray.7" mt="sm">
              {t('criteria.allMustHold', { version: criteria.data.version })}
            </Text>
          )}
        </Box>
      </Stack>
    </Container>
  );
}
