import type { SourceModelSummary } from '@openiort/contract';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { ReactNode, SubmitEvent } from 'react';
import type { FieldErrors } from '../../api/field-errors.ts';
import { balloonSizeText } from './plan-format.ts';
import {
  needsOverride,
  parseDecimal,
  type PlanField,
  type PlanFormValues,
  type PlanSettings,
} from './plan-form-values.ts';
import { nominalStrengthU } from './source-model-info.ts';

interface PlanFormProps {
  models: readonly SourceModelSummary[];
  values: PlanFormValues;
  onChange: (values: PlanFormValues) => void;
  /** The errors to show now (the page decides which: all after "Save", typed fields before). */
  errors: FieldErrors<PlanField>;
  /** Messages not about one field, shown above the form. */
  messages: readonly string[];
  settings: PlanSettings;
  /** Read only: the user's role cannot make plans. */
  disabled: boolean;
  saveLabel: string;
  saveDisabled: boolean;
  busy: boolean;
  onSave: () => void;
  /** Said beside the save button (what saving does). */
  saveNote: ReactNode;
}

function Unit({ unit }: { unit: string }) {
  return (
    <Text size="sm" c="gray.7" aria-hidden>
      {unit}
    </Text>
  );
}

/** The plan's inputs, each with its unit; derived numbers (balloon size, nominal S_K) beside them. */
export function PlanForm(props: PlanFormProps) {
  const { models, values, onChange, errors, messages, settings } = props;
  const bind = (field: PlanField) => ({
    value: values[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      onChange({ ...values, [field]: e.currentTarget.value });
    },
  });
  const measured = (unit: string) => ({
    inputMode: 'decimal' as const,
    autoComplete: 'off',
    rightSection: <Unit unit={unit} />,
    rightSectionWidth: 44,
  });
  const summary = models.find((m) => m.id === values.sourceId);
  const nominal = nominalStrengthU(summary);
  const size = balloonSizeText(parseDecimal(values.fillVolumeCc));
  const minimum = settings.limits.minSkinDistanceCm;
  const warnAt = settings.limits.warnSkinDistanceCm;
  const band = settings.limits.strengthTolerancePercent;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSave();
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Plan inputs"
      className={props.disabled ? 'plan-readonly' : undefined}
    >
      <Stack gap="md">
        {messages.length > 0 && (
          <Alert color="red" role="alert" title="Not saved">
            {messages.map((message) => (
              <Text size="sm" key={message}>
                {message}
              </Text>
            ))}
          </Alert>
        )}
        <Fieldset legend="Source" disabled={props.disabled}>
          <Stack gap="sm">
            <NativeSelect
              {...bind('sourceId')}
              label="Source model"
              data={models.map((m) => ({
                value: m.id,
                label: m.clinicalUse ? m.name : `${m.name} (demonstration)`,
              }))}
            />
            <TextInput
              {...bind('airKermaStrengthU')}
              {...measured('U')}
              label="Air-kerma strength measured today (U)"
              description={
                nominal === undefined
                  ? 'From the daily output check. The model gives no nominal value: enter it.'
                  : `From the daily output check, within ±${String(band)} % of the nominal ${nominal.toLocaleString('en')} U. Left empty, the nominal strength is used and the plan says “no output check entered”.`
              }
              placeholder="Not entered"
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="Applicator and prescription" disabled={props.disabled}>
          <Stack gap="sm">
            <TextInput
              {...bind('fillVolumeCc')}
              {...measured('cc')}
              label="Balloon fill (cc)"
              description={
                size === null ? 'Saline fill volume; the balloon is taken as a sphere.' : size
              }
            />
            <TextInput {...bind('doseGy')} {...measured('Gy')} label="Prescribed dose (Gy)" />
            <Radio.Group
              value={values.prescriptionTo}
              onChange={(to) => {
                onChange({ ...values, prescriptionTo: to });
              }}
              label="Prescribed to"
              error={errors.prescriptionTo}
            >
              <Group gap="lg" mt={4}>
                <Radio value="surface" label="Balloon surface" />
                <Radio value="depth" label="Depth beyond the surface" />
              </Group>
            </Radio.Group>
            {values.prescriptionTo === 'depth' && (
              <TextInput {...bind('depthCm')} {...measured('cm')} label="Depth (cm)" />
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend="Measured distances" disabled={props.disabled}>
          <Stack gap="sm">
            <TextInput
              {...bind('skinDistanceCm')}
              {...measured('cm')}
              label="Balloon surface to skin (cm)"
              description={`Shortest distance. Below ${String(minimum)} cm the plan is refused; below ${String(warnAt)} cm it carries a warning.`}
            />
            {needsOverride(values, settings) &&
              (settings.canOverride ? (
                <Textarea
                  {...bind('overrideReason')}
                  label="Your reason, as radiation oncologist, for planning below the minimum skin distance"
                  description={`The skin distance is below the program minimum of ${String(minimum)} cm. Without a reason the plan is refused; with one it is computed, and your name and reason are kept with it, shown on the plan and its print, and audited.`}
                  autosize
                  minRows={2}
                />
              ) : (
                <Alert color="yellow" title="A radiation oncologist must decide">
                  The skin distance is below the program minimum of {String(minimum)} cm, so the
                  plan will be stored as refused. Only a radiation oncologist can override the
                  minimum, with a reason.
                </Alert>
              ))}
            <TextInput
              {...bind('chestWallDistanceCm')}
              {...measured('cm')}
              label="Balloon surface to chest wall (cm)"
              description="Optional; the chest-wall dose is reported when given."
            />
          </Stack>
        </Fieldset>
        {!props.disabled && (
          <Group>
            <Button type="submit" loading={props.busy} disabled={props.saveDisabled}>
              {props.saveLabel}
            </Button>
            <Text size="sm" c="gray.7" style={{ flex: 1, minWidth: '12rem' }}>
              {props.saveNote}
            </Text>
          </Group>
        )}
      </Stack>
    </form>
  );
}
