import { Alert, Button, Group, Text } from '@mantine/core';
import { useVerifyAudit } from '../../api/audit.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** Re-checks the hash chain of the whole audit trail and says whether it is intact. */
export function VerifyChain() {
  const verify = useVerifyAudit();
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
          Verify chain
        </Button>
        <Text size="sm" c="gray.7">
          Checks that no audit entry was changed or removed.
        </Text>
      </Group>
      {verify.isError && <ErrorAlert error={verify.error} title="Verification did not run" />}
      {result?.ok === true && (
        <Alert color="green" role="status" mt="sm" title="The audit chain is intact">
          {result.rowsChecked} entries checked; none was changed or removed.
        </Alert>
      )}
      {result?.ok === false && (
        <Alert color="red" role="alert" mt="sm" title="The audit chain is broken">
          The chain breaks at entry {result.firstBrokenSeq} ({result.reason}). {result.rowsChecked}{' '}
          entries were checked. Tell your security officer; do not change the database.
        </Alert>
      )}
    </div>
  );
}
