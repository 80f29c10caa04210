import { isDeliveryFinished } from '@openiort/contract';
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
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { recordPdfUrl, useAddAddendum, useTreatmentRecord } from '../../api/or-record.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatMmSs } from '../planning/plan-format.ts';
import { RecordSignDialog } from './record-sign-dialog.tsx';

/** Each record status: the clinician strings' key of its label, and its colour. */
const STATUS = {
  draft: { label: 'orSession.record.draft', color: 'gray' },
  'partly-signed': { label: 'orSession.record.partlySigned', color: 'yellow' },
  signed: { label: 'orSession.record.signed', color: 'green' },
} as const;

const when = (iso: string) => new Date(iso).toLocaleString();

function Summary({ record }: { record: TreatmentRecordDto }) {
  const { t } = useTranslation('clinician');
  const d = record.content.delivery;
  const beamOn = {
    beamOn: formatMmSs(d.beamOnTimeS),
    planned: formatMmSs(record.content.plan.totalTimeS),
    missing: formatMmSs(d.remainingTimeS),
  };
  const interruptions = record.content.interruptions.length;
  const count = record.content.measurements.length;
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {t('orSession.record.delivered', {
          delivered: d.deliveredDoseGy.toFixed(2),
          prescribed: d.prescribedDoseGy.toFixed(2),
          deviation: `${d.deviationPercent >= 0 ? '+' : ''}${d.deviationPercent.toFixed(1)}`,
        })}
      </List.Item>
      <List.Item>
        {d.remainingTimeS > 0.05
          ? t('orSession.record.beamOnPartial', beamOn)
          : t('orSession.record.beamOn', beamOn)}
      </List.Item>
      <List.Item>
        {interruptions === 0
          ? t('orSession.record.noInterruption', { count })
          : t('orSession.record.interruptions', { interruptions, count })}
      </List.Item>
    </List>
  );
}

function AddendumForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('clinician');
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
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('orSession.record.addAddendum')}
    >
      <Stack gap="xs">
        <Textarea
          label={t('orSession.record.addendum')}
          description={t('orSession.record.addendumHint')}
          autosize
          minRows={2}
          value={text}
          error={error}
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
        />
        <Button type="submit" variant="light" loading={add.isPending} w="fit-content">
          {t('orSession.record.addTheAddendum')}
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
  const { t } = useTranslation('clinician');
  const finished = isDeliveryFinished(state.status);
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
    return <ErrorAlert error={record.error} title={t('orSession.record.cannotShow')} />;
  const r = record.data;
  if (r === undefined) return null;
  const status = STATUS[r.status];
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="record-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="record-heading">
            {t('orSession.record.title')}
          </Title>
          <Group gap="xs">
            <Badge color={status.color} variant="light">
              {t(status.label)}
            </Badge>
            {r.locked && (
              <Badge color="dark" variant="outline">
                {t('orSession.record.locked')}
              </Badge>
            )}
          </Group>
        </Group>
        {r.changedAfterSigning && (
          <Alert color="red" title={t('orSession.record.changedTitle')}>
            {t('orSession.record.changed')}
          </Alert>
        )}
        {r.content.delivery.reportable && (
          <Alert color="red" title={t('orSession.record.reportableTitle')}>
            {t('orSession.record.reportable', {
              deviation: r.content.delivery.deviationPercent.toFixed(1),
              threshold: r.content.delivery.reportableDeviationPercent,
            })}
          </Alert>
        )}
        <Summary record={r} />
        {r.missing.length > 0 && (
          <Alert color="yellow" title={t('orSession.record.beforeSigning')}>
            <List size="sm">
              {r.missing.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('orSession.record.signatures')}
          </Title>
          {r.signatures.length === 0 && <Text size="sm">{t('orSession.record.notSigned')}</Text>}
          {r.signatures.map((s) => (
            <Text size="sm" key={s.role}>
              <Trans
                t={t}
                i18nKey={'orSession.record.signature'}
                values={{
                  kind: s.kind.charAt(0).toUpperCase() + s.kind.slice(1),
                  name: s.userName,
                  time: when(s.signedAt),
                  meaning: s.meaning,
                }}
                components={{ strong: <strong /> }}
              />
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
              {t('orSession.record.sign')}
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
              {paper === 'a4' ? t('orSession.record.printA4') : t('orSession.record.printLetter')}
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
              {t('orSession.record.addenda')}
            </Title>
            {r.addenda.map((a) => (
              <Text size="sm" key={a.seq}>
                {t('orSession.record.addendumLine', {
                  seq: a.seq,
                  time: when(a.at),
                  name: a.by.displayName,
                  role: a.by.role,
                  text: a.text,
                })}
              </Text>
            ))}
            {r.locked && mayAdd && <AddendumForm sessionId={state.id} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
