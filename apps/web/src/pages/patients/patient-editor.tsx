import type { Patient } from '@openiort/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { useUpdatePatient } from '../../api/patients.ts';
import { PatientForm } from './patient-form.tsx';
import { formValuesOf } from './patient-form-values.ts';
import { VersionConflictAlert } from './version-conflict-alert.tsx';

/**
 * Edits one patient. `current` is the newest record the cache holds; `base` is the version the
 * user started from. A version conflict keeps the typed values and lets the user choose.
 */
export function PatientEditor({ current }: { current: Patient }) {
  const navigate = useNavigate();
  const update = useUpdatePatient(current.id);
  const [base, setBase] = useState(current);
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState(false);
  const { t } = useTranslation('clinician');

  const reloadCurrent = () => {
    setBase(current);
    setFormKey((key) => key + 1);
    setConflict(false);
  };
  const keepMine = () => {
    // The form keeps the typed values (same key); the next save names the newest version.
    setBase(current);
    setConflict(false);
  };

  return (
    <>
      {conflict && (
        <VersionConflictAlert
          base={base}
          current={current}
          onReload={reloadCurrent}
          onKeepMine={keepMine}
        />
      )}
      <PatientForm
        key={formKey}
        initial={formValuesOf(base)}
        submitLabel={t('patients.form.saveChanges')}
        onSubmit={async (input) => {
          try {
            await update.mutateAsync({ ...input, version: base.version });
          } catch (error) {
            if (isApiError(error) && error.code === 'version-conflict') {
              setConflict(true);
              window.scrollTo({ top: 0 });
            }
            throw error;
          }
          await navigate(`/app/patients/${current.id}`);
        }}
        onCancel={() => void navigate(`/app/patients/${current.id}`)}
      />
    </>
  );
}
