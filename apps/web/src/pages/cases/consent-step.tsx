import { CONSENT_SCAN_MAX_BYTES } from '@openiort/contract';
import { Alert, Anchor, Button, FileInput, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentScanUrl, useCaseChange } from '../../api/cases.ts';
import { errorMessage } from '../../api/api-error.ts';
import { useCan } from '../../auth/session-context.ts';
import type { CasePageData } from './case-context.ts';
import { EditableRecord } from './editable-record.tsx';
import { Facts, RecordedBy } from './recorded-by.tsx';
import { consentSpec } from './step-specs.ts';

/** The file's bytes as base64, for the JSON body; `unreadable` is the error's message. */
function readBase64(file: File, unreadable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new Error(unreadable));
    };
    reader.readAsDataURL(file);
  });
}

/** Upload of the scanned consent form; the server judges the type by the content. */
function ScanUpload({ data }: { data: CasePageData }) {
  const { t } = useTranslation('clinician');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const change = useCaseChange(data.view.id, data.view.patientId);
  const upload = async () => {
    setProblem(null);
    if (file === null) {
      setProblem(t('cases.consent.chooseFile'));
      return;
    }
    if (file.size > CONSENT_SCAN_MAX_BYTES) {
      setProblem(t('cases.consent.tooLarge'));
      return;
    }
    const dataBase64 = await readBase64(file, t('cases.consent.fileUnreadable'));
    change.mutate(
      { path: 'consent/scan', method: 'PUT', body: { fileName: file.name, dataBase64 } },
      {
        onSuccess: () => {
          setFile(null);
        },
        onError: (error) => {
          setProblem(errorMessage(error));
        },
      },
    );
  };
  return (
    <Group align="flex-end" wrap="wrap">
      <FileInput
        label={t('cases.consent.scanLabel')}
        accept="application/pdf,image/png,image/jpeg"
        value={file}
        onChange={setFile}
        clearable
        style={{ maxWidth: '100%' }}
      />
      <Button variant="default" loading={change.isPending} onClick={() => void upload()}>
        {t('cases.consent.upload')}
      </Button>
      {problem !== null && (
        <Alert color="red" role="alert" title={t('cases.consent.notStored')} w="100%">
          {problem}
        </Alert>
      )}
    </Group>
  );
}

export function ConsentStep({ data }: { data: CasePageData }) {
  const { t } = useTranslation('clinician');
  const c = data.view.consent;
  const scan = data.view.consentScan;
  const canConsent = useCan('case:consent') && data.view.status === 'open';
  return (
    <>
      <EditableRecord
        caseId={data.view.id}
        patientId={data.view.patientId}
        spec={consentSpec(t, data.view)}
        canEdit={canConsent}
        recordLabel={t('cases.consent.record')}
        record={
          c === null ? null : (
            <>
              <Facts
                items={[
                  [t('cases.fact.date'), c.data.consentDate],
                  [t('cases.consent.documentVersion'), c.data.documentVersion],
                  [t('cases.consent.witness'), c.data.witness],
                  [t('cases.consent.explainedFact'), t('cases.consent.yes')],
                ]}
              />
              <RecordedBy by={c.recordedBy} at={c.recordedAt} version={c.version} />
            </>
          )
        }
      />
      {scan !== null && (
        <div>
          <Text size="sm">
            {t('cases.consent.scannedForm')}{' '}
            <Anchor href={consentScanUrl(data.view.id)} download={scan.fileName}>
              {scan.fileName}
            </Anchor>{' '}
            {t('cases.consent.scanSize', { size: Math.ceil(scan.sizeBytes / 1024) })}
          </Text>
          <RecordedBy by={scan.uploadedBy} at={scan.uploadedAt} verb={t('cases.verb.uploaded')} />
        </div>
      )}
      {canConsent && data.view.decision?.data.outcome === 'offer-iort' && (
        <ScanUpload data={data} />
      )}
    </>
  );
}
