import type { ClinicalFacts } from '@openiort/guidelines';
import { Alert, Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { isApiError } from '../../api/api-error.ts';
import { useSelfCheck, useSelfCheckCriteria } from '../../api/self-check.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CriteriaExplainer } from './criteria-explainer.tsx';
import { SelfCheckForm } from './self-check-form.tsx';
import { SelfCheckResult } from './self-check-result.tsx';

function CheckFailed({ error }: { error: unknown }) {
  if (isApiError(error) && error.code === 'rate-limited') {
    return (
      <Alert color="yellow" title="Please wait a moment" role="alert">
        Many checks have come from your network in a short time. Please wait a minute, then try
        again.
      </Alert>
    );
  }
  return <ErrorAlert title="The check did not work" error={error} />;
}

/** Public: a patient's plain-language check against the program's criteria. Never a diagnosis. */
export function SelfCheckPage() {
  usePageTitle('Could IORT be an option for me?');
  const criteria = useSelfCheckCriteria();
  const check = useSelfCheck();
  const onCheck = (facts: ClinicalFacts) => {
    check.mutate(facts);
  };
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Title order={1}>Could IORT be an option for me?</Title>
        <Text size="lg">
          Answer a few questions about your breast cancer to see how they compare with this
          program’s criteria for radiation therapy during surgery (IORT). If you do not know an
          answer, choose “not sure”.
        </Text>
        <Alert color="blue" title="This is not a diagnosis">
          The result is general information, not medical advice. Whether IORT is right for you is
          decided with your breast team, who know every detail of your diagnosis.
        </Alert>
        <Paper withBorder p="lg">
          <SelfCheckForm onCheck={onCheck} busy={check.isPending} />
        </Paper>
        <Box aria-live="polite">
          {check.isError && <CheckFailed error={check.error} />}
          {check.data !== undefined && (
            <SelfCheckResult result={check.data.result} criteria={criteria.data?.criteria} />
          )}
        </Box>
        <Box component="section" aria-labelledby="criteria-heading">
          <Title order={2} id="criteria-heading" mb="sm">
            What the program looks for
          </Title>
          {criteria.data !== undefined && <CriteriaExplainer criteria={criteria.data.criteria} />}
          {criteria.isError && (
            <Text>The program’s current criteria could not be loaded. Please try again later.</Text>
          )}
          <Text size="sm" c="gray.7" mt="sm">
            All of these must hold. The program’s care team can change these criteria; this page
            always shows the current ones
            {criteria.data !== undefined && ` (version ${criteria.data.version})`}.
          </Text>
        </Box>
      </Stack>
    </Container>
  );
}
