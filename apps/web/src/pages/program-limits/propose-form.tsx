import type { ProgramLimitsDto } from '@openiort/contract';
import { Alert, Button, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useProposeLimits } from '../../api/program-limits.ts';
import { parseDecimal } from '../planning/plan-form-values.ts';
import { LIMIT_ROWS } from './limit-rows.ts';

type Values = Record<keyof ProgramLimitsDto, string>;

/** A medical physicist's proposal: every limit and the reason; nothing changes until co-signed. */
export function ProposeForm({ current }: { current: ProgramLimitsDto }) {
  const propose = useProposeLimits();
  const { t } = useTranslation('clinician');
  const [values, setValues] = useState<Values>(() => ({
    minSkinDistanceCm: String(current.minSkinDistanceCm),
    warnSkinDistanceCm: String(current.warnSkinDistanceCm),
    secondCheckTolerancePercent: String(current.secondCheckTolerancePercent),
    strengthTolerancePercent: String(current.strengthTolerancePercent),
    outputTolerancePercent: String(current.outputTolerancePercent),
    reportableDeviationPercent: String(current.reportableDeviationPercent),
  }));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setDone(false);
    const limits = Object.fromEntries(
      LIMIT_ROWS.map((row) => [row.key, parseDecimal(values[row.key])]),
    ) as unknown as ProgramLimitsDto;
    try {
      await propose.mutateAsync({ limits, reason });
      setDone(true);
    } catch (error) {
      if (!isApiError(error)) setFailure(t('programLimits.form.sendingFailed'));
      else if (error.fieldErrors.length > 0)
        setErrors(
          Object.fromEntries(
            error.fieldErrors.map((e) => [e.path.replace(/^limits\./, ''), e.message]),
          ),
        );
      else setFailure(error.detail);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('programLimits.propose')}>
      <Stack gap="sm">
        {done && (
          <Alert color="green" role="status" title={t('programLimits.form.proposed')}>
            {t('programLimits.form.proposedBody')}
          </Alert>
        )}
        {failure !== null && (
          <Alert color="red" role="alert" title={t('programLimits.form.notProposed')}>
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {LIMIT_ROWS.map((row) => (
            <TextInput
              key={row.key}
              label={`${t(row.label)} (${row.unit})`}
              inputMode="decimal"
              value={values[row.key]}
              error={errors[row.key]}
              onChange={(e) => {
                setValues({ ...values, [row.key]: e.currentTarget.value });
              }}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('programLimits.form.reason')}
          description={t('programLimits.form.reasonHint')}
          value={reason}
          error={errors.reason}
          autosize
          minRows={2}
          onChange={(e) => {
            setReason(e.currentTarget.value);
          }}
        />
        <Button type="submit" loading={propose.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('programLimits.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
