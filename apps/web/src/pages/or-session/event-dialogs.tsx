import type { OrInterruptionCategory, OrSessionState, OrTermination } from '@openiort/contract';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIALOG_PROPS } from '../../components/dialog-props.ts';
import { CATEGORY_LABELS, TERMINATION_LABELS } from './delivery-actions.ts';

interface DialogProps<T> {
  opened: boolean;
  busy: boolean;
  /** Why the server did not record it, shown in the dialog that sent it. */
  failure: string | null;
  onClose: () => void;
  onSubmit: (value: T) => void;
}

interface ActionsProps {
  busy: boolean;
  label: string;
  failure: string | null;
  onClose: () => void;
}

function Actions({ busy, label, failure, onClose }: ActionsProps) {
  const { t } = useTranslation('clinician');
  return (
    <>
      {failure !== null && (
        <Alert color="red" role="alert" title={t('orSession.actions.notRecorded')}>
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={busy}>
          {label}
        </Button>
      </Group>
    </>
  );
}

export interface InterruptValue {
  category: OrInterruptionCategory;
  termination: OrTermination;
  reason?: string;
}

/** Interrupt: why (category), who stopped the beam (operator or machine), and in words. */
export function InterruptDialog({
  opened,
  busy,
  failure,
  onClose,
  onSubmit,
}: DialogProps<InterruptValue>) {
  const { t } = useTranslation('clinician');
  const [category, setCategory] = useState<string | null>(null);
  const [termination, setTermination] = useState<OrTermination>('operator');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (category === null) {
      setMissing(true);
      return;
    }
    onSubmit({
      category: category as OrInterruptionCategory,
      termination,
      ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
    });
  };
  return (
    <Modal
      {...DIALOG_PROPS}
      opened={opened}
      onClose={onClose}
      title={t('orSession.dialogs.interruptTitle')}
    >
      <form onSubmit={submit} noValidate aria-label={t('orSession.dialogs.interruptTitle')}>
        <Stack>
          <Radio.Group
            label={t('orSession.dialogs.category')}
            withAsterisk
            value={category}
            onChange={(v) => {
              setCategory(v);
              setMissing(false);
            }}
            error={missing ? t('orSession.dialogs.chooseCategory') : undefined}
          >
            <Stack gap={4} mt={4}>
              {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
                <Radio key={value} value={value} label={t(label)} />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t('orSession.dialogs.whoStopped')}
            value={termination}
            onChange={(v) => {
              setTermination(v);
            }}
          >
            <Stack gap={4} mt={4}>
              {Object.entries(TERMINATION_LABELS).map(([value, label]) => (
                <Radio key={value} value={value} label={t(label)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('orSession.dialogs.whatHappened')}
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
          <Actions
            busy={busy}
            failure={failure}
            label={t('orSession.actions.interrupt')}
            onClose={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Source change: the new source's measured air-kerma strength, within the program's band. */
export function SourceChangeDialog({
  opened,
  busy,
  failure,
  onClose,
  onSubmit,
  state,
}: DialogProps<number> & { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const [value, setValue] = useState<string | number>('');
  const [error, setError] = useState<string | null>(null);
  const { minU, maxU } = state.plausibleStrengthU;
  const round = (x: number) => String(Math.round(x * 10) / 10);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const strength = typeof value === 'number' ? value : Number.NaN;
    if (!Number.isFinite(strength) || strength <= 0) {
      setError(t('orSession.dialogs.enterStrength'));
      return;
    }
    onSubmit(strength);
  };
  return (
    <Modal
      {...DIALOG_PROPS}
      opened={opened}
      onClose={onClose}
      title={t('orSession.dialogs.sourceChangeTitle')}
    >
      <form onSubmit={submit} noValidate aria-label={t('orSession.dialogs.sourceChangeTitle')}>
        <Stack>
          <Text size="sm">
            {t('orSession.dialogs.rescaled', {
              from: round(state.airKermaStrengthU),
              min: round(minU),
              max: round(maxU),
            })}
          </Text>
          <NumberInput
            label={t('orSession.dialogs.measuredStrength')}
            required
            min={0}
            decimalScale={3}
            value={value}
            onChange={(v) => {
              setValue(v);
              setError(null);
            }}
            error={error ?? undefined}
          />
          <Actions
            busy={busy}
            failure={failure}
            label={t('orSession.dialogs.recordSourceChange')}
            onClose={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Abandon: the radiation oncologist's decision, with the reason on record. */
export function AbandonDialog({ opened, busy, failure, onClose, onSubmit }: DialogProps<string>) {
  const { t } = useTranslation('clinician');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  };
  return (
    <Modal
      {...DIALOG_PROPS}
      opened={opened}
      onClose={onClose}
      title={t('orSession.dialogs.abandonTitle')}
    >
      <form onSubmit={submit} noValidate aria-label={t('orSession.dialogs.abandonTitle')}>
        <Stack>
          <Text size="sm">{t('orSession.dialogs.abandonBody')}</Text>
          <Textarea
            label={t('orSession.dialogs.reason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('orSession.dialogs.giveReason') : undefined}
          />
          <Actions
            busy={busy}
            failure={failure}
            label={t('orSession.actions.abandon')}
            onClose={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
