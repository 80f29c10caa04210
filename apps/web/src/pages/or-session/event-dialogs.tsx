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
  return (
    <>
      {failure !== null && (
        <Alert color="red" role="alert" title="Not recorded">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
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
    <Modal {...DIALOG_PROPS} opened={opened} onClose={onClose} title="Interrupt the delivery">
      <form onSubmit={submit} noValidate aria-label="Interrupt the delivery">
        <Stack>
          <Radio.Group
            label="Reason category"
            withAsterisk
            value={category}
            onChange={(v) => {
              setCategory(v);
              setMissing(false);
            }}
            error={missing ? 'Choose why the delivery is interrupted.' : undefined}
          >
            <Stack gap={4} mt={4}>
              {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
                <Radio key={value} value={value} label={label} />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label="Who stopped the beam"
            value={termination}
            onChange={(v) => {
              setTermination(v);
            }}
          >
            <Stack gap={4} mt={4}>
              {Object.entries(TERMINATION_LABELS).map(([value, label]) => (
                <Radio key={value} value={value} label={label} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="What happened"
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
          <Actions busy={busy} failure={failure} label="Interrupt" onClose={onClose} />
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
  const [value, setValue] = useState<string | number>('');
  const [error, setError] = useState<string | null>(null);
  const { minU, maxU } = state.plausibleStrengthU;
  const round = (x: number) => String(Math.round(x * 10) / 10);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const strength = typeof value === 'number' ? value : Number.NaN;
    if (!Number.isFinite(strength) || strength <= 0) {
      setError('Enter the measured air-kerma strength in U.');
      return;
    }
    onSubmit(strength);
  };
  return (
    <Modal {...DIALOG_PROPS} opened={opened} onClose={onClose} title="Source change">
      <form onSubmit={submit} noValidate aria-label="Source change">
        <Stack>
          <Text size="sm">
            The remaining dwell times are rescaled from {round(state.airKermaStrengthU)} U to the
            new strength. The program accepts {round(minU)}–{round(maxU)} U.
          </Text>
          <NumberInput
            label="Measured air-kerma strength (U)"
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
          <Actions busy={busy} failure={failure} label="Record source change" onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Abandon: the radiation oncologist's decision, with the reason on record. */
export function AbandonDialog({ opened, busy, failure, onClose, onSubmit }: DialogProps<string>) {
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
    <Modal {...DIALOG_PROPS} opened={opened} onClose={onClose} title="Abandon the delivery">
      <form onSubmit={submit} noValidate aria-label="Abandon the delivery">
        <Stack>
          <Text size="sm">
            The delivery ends with what was given so far; nothing can be added to it afterwards.
          </Text>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? 'Give the reason for abandoning.' : undefined}
          />
          <Actions busy={busy} failure={failure} label="Abandon" onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
