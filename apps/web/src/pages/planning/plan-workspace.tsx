import type { ProgramLimitsDto, SourceModelSummary, StoredPlan } from '@openiort/contract';
import { DEMONSTRATION_LABEL } from '@openiort/dosimetry';
import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import type { FieldErrors } from '../../api/field-errors.ts';
import { useCreatePlan, useUpdatePlan } from '../../api/plans.ts';
import { useCan, useSession } from '../../auth/session-context.ts';
import { DemonstrationBanner } from './demonstration-banner.tsx';
import { InputSummary } from './input-summary.tsx';
import { OrSessionLauncher } from './or-session-launcher.tsx';
import { PlanApproval } from './plan-approval.tsx';
import { PlanReportLink } from './plan-report-link.tsx';
import { PlanForm } from './plan-form.tsx';
import {
  DEFAULT_PLAN_SETTINGS,
  emptyPlanValues,
  formToPlanInput,
  planValues,
  sameValues,
  sortPlanErrors,
  type PlanErrors,
  type PlanField,
  type PlanFormValues,
  type PlanSettings,
} from './plan-form-values.ts';
import { PlanResults } from './plan-results.tsx';
import { PlanStatus } from './plan-status.tsx';
import { browserModel, defaultModelId, demonstrationLabel } from './source-model-info.ts';
import { useModelCheck } from './use-model-check.ts';
import { usePlanPreview } from './use-plan-preview.ts';

interface PlanWorkspaceProps {
  patientId: string;
  /** The stored plan being shown and edited; undefined for a new plan. */
  plan: StoredPlan | undefined;
  models: readonly SourceModelSummary[];
  /** The program's plan limits in force: every save is checked against them. */
  limits: ProgramLimitsDto;
  canWrite: boolean;
  /** Set when `plan` is an earlier version, shown read only for the record. */
  currentVersion?: number;
  onSaved: (plan: StoredPlan) => void;
  /** Someone else saved the plan first; the page reloads it and says so. */
  onConflict: (message: string) => void;
}

/**
 * One plan: its inputs, the result (a preview computed in the browser while the inputs differ
 * from the stored version, the server's stored result otherwise) and its approval.
 */
export function PlanWorkspace(props: PlanWorkspaceProps) {
  const { patientId, plan, models, canWrite } = props;
  const { t } = useTranslation('clinician');
  const [start] = useState<PlanFormValues>(() =>
    plan === undefined
      ? emptyPlanValues(defaultModelId(models))
      : planValues(plan.sourceModelId, plan.input),
  );
  const [values, setValues] = useState(start);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<PlanErrors | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreatePlan(patientId);
  const update = useUpdatePlan(patientId);

  const { user } = useSession();
  const canFollowDelivery = useCan('delivery:read');
  const settings: PlanSettings = {
    ...DEFAULT_PLAN_SETTINGS,
    ...(plan?.input.dwellStepCm === undefined ? {} : { dwellStepCm: plan.input.dwellStepCm }),
    limits: props.limits,
    canOverride: user.role === 'radiation-oncologist',
  };
  const checked = formToPlanInput(t, values, settings);
  const unsaved = plan === undefined || !sameValues(values, start);
  const summary = models.find((m) => m.id === values.sourceId);
  const browserCopy = browserModel(values.sourceId);
  const check = useModelCheck(browserCopy, unsaved ? summary?.checksum : plan.sourceModelChecksum);
  // The browser's copy of the model is used only if it is the server's data (or cannot be checked).
  const modelData = check === 'same' || check === 'unverified' ? browserCopy : undefined;
  const preview = usePlanPreview(
    unsaved ? modelData : undefined,
    unsaved && checked.ok ? checked.input : null,
    settings.limits,
  );

  const change = (next: PlanFormValues) => {
    setValues(next);
    setServerErrors(null);
    setFailure(null);
  };

  // Before "Save", only fields the user has typed in show their errors.
  const fieldErrors: FieldErrors<PlanField> = {};
  if (!checked.ok) {
    for (const [field, message] of Object.entries(checked.errors.fields) as [PlanField, string][]) {
      if (submitted || values[field].trim() !== '') fieldErrors[field] = message;
    }
  }
  Object.assign(fieldErrors, serverErrors?.fields ?? {});
  const messages = [
    ...(submitted && Object.keys(fieldErrors).length > 0
      ? [t('planning.workspace.correctMarkedFields')]
      : []),
    ...(submitted && !checked.ok ? checked.errors.other : []),
    ...(serverErrors?.other ?? []),
    ...(failure === null ? [] : [failure]),
  ];

  const save = async () => {
    setSubmitted(true);
    setFailure(null);
    setServerErrors(null);
    if (!checked.ok) return;
    const request = { sourceId: values.sourceId, input: checked.input };
    try {
      const saved =
        plan === undefined
          ? await create.mutateAsync(request)
          : await update.mutateAsync({ ...request, planId: plan.id, version: plan.version });
      props.onSaved(saved);
    } catch (error) {
      if (!isApiError(error)) setFailure(t('planning.workspace.savingFailed'));
      else if (error.code === 'version-conflict') props.onConflict(error.detail);
      else if (error.fieldErrors.length > 0) setServerErrors(sortPlanErrors(error.fieldErrors));
      else if (error.status !== 401) setFailure(error.detail);
    }
  };

  const shown = unsaved
    ? preview.result === null || preview.input === null
      ? null
      : { output: preview.result, input: preview.input }
    : { output: plan.output, input: plan.input };
  const label =
    demonstrationLabel(summary) ?? (!unsaved && plan.demonstration ? DEMONSTRATION_LABEL : null);
  let placeholder = t('planning.workspace.enterInputs');
  if (check === 'different') {
    placeholder = t('planning.workspace.differentCopy');
  } else if (check === 'checking') {
    placeholder = t('planning.workspace.checkingModel');
  } else if (modelData === undefined && summary !== undefined) {
    placeholder = t('planning.workspace.serverOnly');
  } else if (!checked.ok && Object.keys(fieldErrors).length > 0) {
    placeholder = t('planning.workspace.correctToPreview');
  } else if (preview.error !== null) {
    placeholder = preview.error;
  } else if (checked.ok) {
    placeholder = t('planning.workspace.computing');
  }

  return (
    <Stack gap="md">
      {label !== null && <DemonstrationBanner label={label} />}
      {props.currentVersion !== undefined && plan !== undefined && (
        <Alert
          color="gray"
          title={t('planning.workspace.earlierTitle', { version: String(plan.version) })}
        >
          {t('planning.workspace.earlierBody', { current: String(props.currentVersion) })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }} className="no-print">
          <Paper withBorder p="md">
            <Title order={2} mb="sm">
              {t('planning.workspace.inputs')}
            </Title>
            {!canWrite && (
              <Text size="sm" mb="sm">
                {props.currentVersion === undefined
                  ? t('planning.workspace.readOnlyRole')
                  : t('planning.workspace.readOnlyEarlier')}
              </Text>
            )}
            <PlanForm
              models={models}
              values={values}
              onChange={change}
              errors={fieldErrors}
              messages={messages}
              settings={settings}
              disabled={!canWrite}
              saveLabel={
                plan === undefined
                  ? t('planning.workspace.savePlan')
                  : t('planning.workspace.saveAsVersion', { version: String(plan.version + 1) })
              }
              saveDisabled={!unsaved}
              busy={create.isPending || update.isPending}
              onSave={() => void save()}
              saveNote={
                plan === undefined
                  ? t('planning.workspace.saveNoteNew')
                  : unsaved
                    ? t('planning.workspace.saveNoteUnsaved')
                    : t('planning.workspace.saveNoteUnchanged')
              }
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }} className="print-full-width">
          <Stack component="section" aria-labelledby="plan-result-heading" gap="sm">
            <Title order={2} id="plan-result-heading">
              {t('planning.workspace.result')}
            </Title>
            <PlanStatus saved={unsaved ? null : plan} updating={preview.updating} />
            {check === 'different' && !unsaved && (
              <Alert color="yellow" title={t('planning.workspace.noIsodosePlot')}>
                {t('planning.workspace.differentCopy')}
              </Alert>
            )}
            {check === 'unverified' && browserCopy !== undefined && (
              <Text size="sm" c="gray.7">
                {t('planning.workspace.unverified')}
              </Text>
            )}
            {shown === null ? (
              <Text>{placeholder}</Text>
            ) : (
              <>
                <div className="print-only">
                  <InputSummary
                    input={shown.input}
                    output={shown.output}
                    modelName={summary?.name ?? values.sourceId}
                    saved={unsaved ? undefined : plan}
                  />
                </div>
                <PlanResults
                  plan={shown.output}
                  input={shown.input}
                  model={modelData}
                  noModelNote={
                    check === 'checking'
                      ? t('planning.workspace.checkingModel')
                      : check === 'different'
                        ? t('planning.workspace.noPlotSeeAbove')
                        : t('planning.workspace.noModelData')
                  }
                />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {plan !== undefined && (
        <Stack component="section" aria-labelledby="approval-heading" gap="sm">
          <Title order={2} id="approval-heading">
            {t('planning.workspace.approval')}
          </Title>
          <PlanApproval
            plan={plan}
            unsaved={unsaved}
            historical={props.currentVersion !== undefined}
            onConflict={props.onConflict}
          />
          {props.currentVersion === undefined && (
            <PlanReportLink planId={plan.id} unsaved={unsaved} />
          )}
        </Stack>
      )}
      {plan !== undefined && props.currentVersion === undefined && canFollowDelivery && (
        <OrSessionLauncher plan={plan} unsaved={unsaved} />
      )}
    </Stack>
  );
}
