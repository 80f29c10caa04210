import type { ProgramLimitsDto, SourceModelSummary, StoredPlan } from '@openiort/contract';
import { DEMONSTRATION_LABEL } from '@openiort/dosimetry';
import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import type { FieldErrors } from '../../api/field-errors.ts';
import { useCreatePlan, useUpdatePlan } from '../../api/plans.ts';
import { useSession } from '../../auth/session-context.ts';
import { DemonstrationBanner } from './demonstration-banner.tsx';
import { InputSummary } from './input-summary.tsx';
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

const DIFFERENT_COPY =
  'This browser’s copy of the source model differs from the data the server computes with (the checksums differ), so nothing is computed in the browser. Reload the page; if this stays, tell the administrator.';

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
  const settings: PlanSettings = {
    ...DEFAULT_PLAN_SETTINGS,
    ...(plan?.input.dwellStepCm === undefined ? {} : { dwellStepCm: plan.input.dwellStepCm }),
    limits: props.limits,
    canOverride: user.role === 'radiation-oncologist',
  };
  const checked = formToPlanInput(values, settings);
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
      ? ['Please correct the marked fields.']
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
      if (!isApiError(error)) setFailure('Saving failed. Please try again.');
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
  let placeholder = 'Enter the balloon fill and the skin distance to see a preview.';
  if (check === 'different') {
    placeholder = DIFFERENT_COPY;
  } else if (check === 'checking') {
    placeholder = 'Checking the source model…';
  } else if (modelData === undefined && summary !== undefined) {
    placeholder =
      'This model’s data are on the server only: there is no preview in the browser. Save to compute the plan.';
  } else if (!checked.ok && Object.keys(fieldErrors).length > 0) {
    placeholder = 'Correct the marked fields to see a preview.';
  } else if (preview.error !== null) {
    placeholder = preview.error;
  } else if (checked.ok) {
    placeholder = 'Computing the preview…';
  }

  return (
    <Stack gap="md">
      {label !== null && <DemonstrationBanner label={label} />}
      {props.currentVersion !== undefined && plan !== undefined && (
        <Alert color="gray" title={`Version ${String(plan.version)}: an earlier version`}>
          Kept for the record and shown read only, with the signatures it was given. The current
          version is {props.currentVersion}; only its signatures count.
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }} className="no-print">
          <Paper withBorder p="md">
            <Title order={2} mb="sm">
              Inputs
            </Title>
            {!canWrite && (
              <Text size="sm" mb="sm">
                {props.currentVersion === undefined
                  ? 'Your role can read plans but not make or change them.'
                  : 'An earlier version is read only: show the current version to change the plan.'}
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
                plan === undefined ? 'Save plan' : `Save as version ${String(plan.version + 1)}`
              }
              saveDisabled={!unsaved}
              busy={create.isPending || update.isPending}
              onSave={() => void save()}
              saveNote={
                plan === undefined
                  ? 'The server computes the plan again and stores it with the engine version and the model checksum.'
                  : unsaved
                    ? 'Saving makes a new version; signatures of this version will no longer apply.'
                    : 'Change an input to edit this plan.'
              }
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }} className="print-full-width">
          <Stack component="section" aria-labelledby="plan-result-heading" gap="sm">
            <Title order={2} id="plan-result-heading">
              Result
            </Title>
            <PlanStatus saved={unsaved ? null : plan} updating={preview.updating} />
            {check === 'different' && !unsaved && (
              <Alert color="yellow" title="No isodose plot">
                {DIFFERENT_COPY}
              </Alert>
            )}
            {check === 'unverified' && browserCopy !== undefined && (
              <Text size="sm" c="gray.7">
                This browser could not check the source model’s checksum (that needs HTTPS); the
                preview and the isodose plot use the copy of the model built into OpenIORT.
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
                      ? 'Checking the source model…'
                      : check === 'different'
                        ? 'No isodose plot: see above.'
                        : 'The isodose plot is drawn in the browser from the source model’s data, which the browser has only for the models shipped with OpenIORT.'
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
            Approval
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
    </Stack>
  );
}
