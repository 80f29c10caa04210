import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { StepForm } from './step-form.tsx';
import type { StepSpec } from './step-specs.ts';

interface EditableRecordProps {
  caseId: string;
  patientId: string;
  /** The record as shown, or null when there is none yet. */
  record: ReactNode | null;
  spec: StepSpec;
  canEdit: boolean;
  /** "Record the team decision". */
  recordLabel: string;
  editLabel?: string;
}

/** A step record with a button that opens its form (for the roles that take the step). */
export function EditableRecord(props: EditableRecordProps) {
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
  };
  return (
    <>
      {props.record}
      {props.canEdit && !editing && (
        <Button
          variant={props.record === null ? 'filled' : 'default'}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setEditing(true);
          }}
        >
          {props.record === null ? props.recordLabel : (props.editLabel ?? 'Edit')}
        </Button>
      )}
      {editing && (
        <StepForm
          caseId={props.caseId}
          patientId={props.patientId}
          fields={props.spec.fields}
          initial={props.spec.initial}
          submitLabel="Save"
          toChange={props.spec.toChange}
          onDone={close}
          onCancel={close}
        />
      )}
    </>
  );
}
