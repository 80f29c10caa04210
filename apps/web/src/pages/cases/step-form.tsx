import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChange, type CaseChange } from '../../api/cases.ts';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { sortFieldErrors, type SortedErrors } from '../../api/field-errors.ts';
import { StepField, type FieldSpec } from './step-fields.tsx';

interface StepFormProps {
  caseId: string;
  patientId: string;
  fields: readonly FieldSpec[];
  initial: Record<string, string>;
  submitLabel: string;
  /** The request the values make. */
  toChange: (values: Record<string, string>) => CaseChange;
  onDone: () => void;
  onCancel?: () => void;
  /**
   * Keeps the values (never a password) in this tab's session storage under this key, so that
   * a full-page round trip to the identity provider comes back to the same form.
   */
  draftKey?: string;
  /** In place of the submit and cancel buttons (a re-authentication block); told when busy. */
  actions?: (busy: boolean) => ReactNode;
  /** Extra inputs under the fields (a password, a statement). */
  children?: (
    values: Record<string, string>,
    set: (name: string, value: string) => void,
  ) => ReactNode;
}

/** Words for a refused change that is not about one field; `t` of the clinician namespace. */
function refusalTitle(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('cases.stepForm.notSaved');
  if (error.code === 'version-conflict') return t('cases.stepForm.versionConflict');
  if (error.code === 'step-refused') return t('cases.stepForm.stepRefused');
  return t('cases.stepForm.notSaved');
}

function readDraft(key: string | undefined): Record<string, string> | null {
  if (key === undefined) return null;
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return typeof saved === 'object' && saved !== null ? (saved as Record<string, string>) : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string | undefined, values: Record<string, string> | null): void {
  if (key === undefined) return;
  if (values === null) {
    sessionStorage.removeItem(key);
    return;
  }
  const { password: _password, ...kept } = values;
  sessionStorage.setItem(key, JSON.stringify(kept));
}

/**
 * A form for one step of a case: its fields, the server's answer sorted onto them, and the
 * refusal or conflict said in words above them. Nothing is kept locally (but a draft named by
 * `draftKey`, until it is saved or cancelled): the case the server
 * answers replaces the page's.
 */
export function StepForm(props: StepFormProps) {
  const { t } = useTranslation('clinician');
  const [values, setValues] = useState(() => ({
    ...props.initial,
    ...readDraft(props.draftKey),
  }));
  const [errors, setErrors] = useState<SortedErrors<string>>({ fields: {}, other: [] });
  const [failure, setFailure] = useState<unknown>(null);
  const change = useCaseChange(props.caseId, props.patientId);
  const set = (name: string, value: string) => {
    setValues((old) => {
      const next = { ...old, [name]: value };
      writeDraft(props.draftKey, next);
      return next;
    });
  };
  const names = props.fields.map((f) => f.name);
  const submit = () => {
    setFailure(null);
    setErrors({ fields: {}, other: [] });
    change.mutate(props.toChange(values), {
      onSuccess: () => {
        writeDraft(props.draftKey, null);
        props.onDone();
      },
      onError: (error) => {
        setFailure(error);
        if (isApiError(error))
          setErrors(
            sortFieldErrors(
              error.fieldErrors.map((f) => ({ ...f, path: f.path.replace(/^directive\./, '') })),
              names,
            ),
          );
      },
    });
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {failure !== null && (
          <Alert
            color={isApiError(failure) && failure.code === 'step-refused' ? 'orange' : 'red'}
            role="alert"
            title={refusalTitle(t, failure)}
          >
            <Text size="sm">{errorMessage(failure)}</Text>
            {errors.other.map((m) => (
              <Text size="sm" key={m}>
                {m}
              </Text>
            ))}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {props.fields.map((spec) => (
            <StepField
              key={spec.name}
              spec={spec}
              value={values[spec.name] ?? ''}
              error={errors.fields[spec.name]}
              onChange={(value) => {
                set(spec.name, value);
              }}
            />
          ))}
        </SimpleGrid>
        {props.children?.(values, set)}
        {props.actions === undefined ? (
          <Group>
            <Button type="submit" loading={change.isPending}>
              {props.submitLabel}
            </Button>
            {props.onCancel !== undefined && (
              <Button
                variant="default"
                onClick={() => {
                  writeDraft(props.draftKey, null);
                  props.onCancel?.();
                }}
              >
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        ) : (
          props.actions(change.isPending)
        )}
      </Stack>
    </form>
  );
}
