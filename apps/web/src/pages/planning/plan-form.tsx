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
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clinician');
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
  const size = balloonSizeText(t, parseDecimal(values.fillVolumeCc));
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
      aria-label={t('planning.form.inputs')}
      className={props.disabled ? 'plan-readonly' : undefined}
    >
      <Stack gap="md">
        {messages.length > 0 && (
          <Alert color="red" role="alert" title={t('planning.form.notSaved')}>
            {messages.map((message) => (
              <Text size="sm" key={message}>
                {message}
              </Text>
            ))}
          </Alert>
        )}
        <Fieldset legend={t('planning.form.source')} disabled={props.disabled}>
          <Stack gap="sm">
            <NativeSelect
              {...bind('sourceId')}
              label={t('planning.form.sourceModel')}
              data={models.map((m) => ({
                value: m.id,
                label: m.clinicalUse
                  ? m.name
                  : t('planning.form.demonstrationModel', { name: m.name }),
              }))}
            />
            <TextInput
              {...bind('airKermaStrengthU')}
              {...measured('U')}
              label={t('planning.form.strength')}
              description={
                nominal === undefined
                  ? t('planning.form.strengthNoNominal')
                  : t('planning.form.strengthNominal', {
                      band: String(band),
                      nominal: nominal.toLocaleString('en'),
                    })
              }
              placeholder={t('planning.form.notEntered')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('planning.form.applicator')} disabled={props.disabled}>
          <Stack gap="sm">
            <TextInput
              {...bind('fillVolumeCc')}
              {...measured('cc')}
              label={t('planning.form.fill')}
              description={size === null ? t('planning.form.fillDescription') : size}
            />
            <TextInput {...bind('doseGy')} {...measured('Gy')} label={t('planning.form.dose')} />
            <Radio.Group
              value={values.prescriptionTo}
              onChange={(to) => {
                onChange({ ...values, prescriptionTo: to });
              }}
              label={t('planning.form.prescribedTo')}
              error={errors.prescriptionTo}
            >
              <Group gap="lg" mt={4}>
                <Radio value="surface" label={t('planning.form.surface')} />
                <Radio value="depth" label={t('planning.form.depthBeyond')} />
              </Group>
            </Radio.Group>
            {values.prescriptionTo === 'depth' && (
              <TextInput
                {...bind('depthCm')}
                {...measured('cm')}
                label={t('planning.form.depth')}
              />
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('planning.form.distances')} disabled={props.disabled}>
          <Stack gap="sm">
            <TextInput
              {...bind('skinDistanceCm')}
              {...measured('cm')}
              label={t('planning.form.skin')}
              description={t('planning.form.skinDescription', {
                minimum: String(minimum),
                warnAt: String(warnAt),
              })}
            />
            {needsOverride(values, settings) &&
              (settings.canOverride ? (
                <Textarea
                  {...bind('overrideReason')}
                  label={t('planning.form.overrideReason')}
                  description={t('planning.form.overrideDescription', { minimum: String(minimum) })}
                  autosize
                  minRows={2}
                />
              ) : (
                <Alert color="yellow" title={t('planning.form.oncologistMustDecide')}>
                  {t('planning.form.belowMinimum', { minimum: String(minimum) })}
                </Alert>
              ))}
            <TextInput
              {...bind('chestWallDistanceCm')}
              {...measured('cm')}
              label={t('planning.form.chestWall')}
              description={t('planning.form.chestWallDescription')}
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
