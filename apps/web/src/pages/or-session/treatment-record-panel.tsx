import type { OrSessionState, TreatmentRecordDto } from '@openiort/contract';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { recordPdfUrl, useAddAddendum, useTreatmentRecord } from '../../api/or-record.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatMmSs } from '../planning/plan-format.ts';
import { RecordSignDialog } from './record-sign-dialog.tsx';

const STATUS = {
  draft: { label: 'Draft — not signed', color: 'gray' },
  'partly-signed': { label: 'Partly signed', color: 'yellow' },
  signed: { label: 'Signed', color: 'green' },
} as const;

const when = (iso: string) => new Date(iso).toLocaleString();

function Summary({ record }: { record: TreatmentRecordDto }) {
  const d = record.content.delivery;
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        Delivered {d.deliveredDoseGy.toFixed(2)} Gy of {d.prescribedDoseGy.toFixed(2)} Gy (
        {d.deviationPercent >= 0 ? '+' : ''}
        {d.deviationPercent.toFixed(1)} %)
      </List.Item>
      <List.Item>
        Beam on {formatMmSs(d.beamOnTimeS)} of {formatMmSs(record.content.plan.totalTimeS)} planned
        {d.remainingTimeS > 0.05 ? `, ${formatMmSs(d.remainingTimeS)} not delivered` : ''}
      </List.Item>
      <List.Item>
        {record.content.interruptions.length === 0
          ? 'No interruption'
          : `${String(record.content.interruptions.length)} interruption(s)`}
        {' · '}
        {record.content.measurements.length} measurement(s)
      </List.Item>
    </List>
  );
}

function AddendumForm({ sessionId }: { sessionId: string }) {
  const add = useAddAddendum(sessionId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await add.mutateAsync({ text });
      setText('');
    } catch (e) {
      setError(
        isApiError(e) && e.fieldErrors.length > 0
          ? e.fieldErrors.map((f) => f.message).join(' ')
          : errorMessage(e),
      );
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add an addendum">
      <Stack gap="xs">
        <Textarea
          label="Addendum"
          description="Dated and signed with your name; the record itself stays as signed."
          autosize
          minRows={2}
          value={text}
          error={error}
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
        />
        <Button type="submit" variant="light" loading={add.isPending} w="fit-content">
          Add the addendum
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The treatment record once the delivery has finished: what it says, what it still waits for,
 * its signatures (approval of delivery, physics review), the printable PDF and the addenda.
 */
export function TreatmentRecordPanel({ state }: { state: OrSessionState }) {
  const finished = state.status === 'complete' || state.status === 'abandoned';
  const record = useTreatmentRecord(state.id, finished);
  const mayAdd = useCan('record:addendum');
  const [params] = useSearchParams();
  // Back from a re-authentication at the identity provider: reopen the dialog.
  const [signing, setSigning] = useState(params.get('sign') === state.id);
  const { refetch } = record;
  // Anything recorded in the session (sign-out, reconciliation, a signature) reaches every
  // device as a new state; the record is read again with it.
  useEffect(() => {
    if (finished) void refetch();
  }, [state, finished, refetch]);
  if (!finished) return null;
  if (record.error !== null)
    return <ErrorAlert error={record.error} title="The treatment record cannot be shown" />;
  const r = record.data;
  if (r === undefined) return null;
  const status = STATUS[r.status];
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="record-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="record-heading">
            Treatment record
          </Title>
          <Group gap="xs">
            <Badge color={status.color} variant="light">
              {status.label}
            </Badge>
            {r.locked && (
              <Badge color="dark" variant="outline">
                Locked
              </Badge>
            )}
          </Group>
        </Group>
        {r.changedAfterSigning && (
          <Alert color="red" title="Changed after signing">
            Something was written at the moment of signing: a signature covers other content than
            shown here. Review the record and add an addendum.
          </Alert>
        )}
        {r.content.delivery.reportable && (
          <Alert color="red" title="Possible reportable event">
            The delivered dose differs from the prescribed one by{' '}
            {r.content.delivery.deviationPercent.toFixed(1)} %, at or beyond the program’s threshold
            of {r.content.delivery.reportableDeviationPercent} %. Follow the program’s reporting
            procedure.
          </Alert>
        )}
        <Summary record={r} />
        {r.missing.length > 0 && (
          <Alert color="yellow" title="Before the record can be signed">
            <List size="sm">
              {r.missing.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Stack gap={4}>
          <Title order={3} size="h4">
            Signatures
          </Title>
          {r.signatures.length === 0 && <Text size="sm">Not signed yet.</Text>}
          {r.signatures.map((s) => (
            <Text size="sm" key={s.role}>
              <strong>{s.kind.charAt(0).toUpperCase() + s.kind.slice(1)}</strong>: {s.userName},{' '}
              {when(s.signedAt)} — “{s.meaning}”
            </Text>
          ))}
        </Stack>
        <Group gap="xs" wrap="wrap">
          {r.meaningForYou !== null && (
            <Button
              onClick={() => {
                setSigning(true);
              }}
            >
              Sign the treatment record
            </Button>
          )}
          {(['a4', 'letter'] as const).map((paper) => (
            <Button
              key={paper}
              component="a"
              variant="light"
              href={recordPdfUrl(state.id, paper)}
              target="_blank"
              rel="noopener"
            >
              Print the record ({paper === 'a4' ? 'A4' : 'Letter'})
            </Button>
          ))}
        </Group>
        {r.meaningForYou !== null && (
          <RecordSignDialog
            record={r}
            meaning={r.meaningForYou}
            opened={signing}
            onClose={() => {
              setSigning(false);
            }}
          />
        )}
        {(r.addenda.length > 0 || (r.locked && mayAdd)) && (
          <Stack gap={4}>
            <Title order={3} size="h4">
              Addenda
            </Title>
            {r.addenda.map((a) => (
              <Text size="sm" key={a.seq}>
                {a.seq}. {when(a.at)}, {a.by.displayName} ({a.by.role}): {a.text}
              </Text>
            ))}
            {r.locked && mayAdd && <AddendumForm sessionId={state.id} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
