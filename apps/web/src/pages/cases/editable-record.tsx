import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepForm } from './step-form.tsx';
import type { StepSpec } from './step-specs.ts';

interface EditableRecordProps {
  caseId: string;
  patientId: string;
  /** The record as shown, or null when there is none yet. */
  record: ReactNode | null;
  spec: StepSpec;
  canEdit: boolean;
  /** Whether the step has a record yet (default: a record is shown). */
  recorded?: boolean;
  /** "Record the team decision". */
  recordLabel: string;
  editLabel?: string;
}

/** A step record with a button that opens its form (for the roles that take the step). */
export function EditableRecord(props: EditableRecordProps) {
  const { t } = useTranslation('clinician');
  const [editing, setEditing] = useState(false);
  const recorded = props.recorded ?? props.record !== null;
  const close = () => {
    setEditing(false);
  };
  return (
    <>
      {props.record}
      {props.canEdit && !editing && (
        <Button
          variant={recorded ? 'default' : 'filled'}
          className="wrap-button wrap-button-start"
          onClick={() => {
            setEditing(true);
          }}
        >
          {recorded ? (props.editLabel ?? t('cases.edit')) : props.recordLabel}
        </Button>
      )}
      {editing && (
        <StepForm
          caseId={props.caseId}
          patientId={props.patientId}
          fields={props.spec.fields}
          initial={props.spec.initial}
          submitLabel={t('cases.save')}
          toChange={props.spec.toChange}
          onDone={close}
          onCancel={close}
        />
      )}
    </>
  );
}
