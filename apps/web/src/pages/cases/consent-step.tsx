import { CONSENT_SCAN_MAX_BYTES } from '@openiort/contract';
import { Alert, Anchor, Button, FileInput, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { consentScanUrl, useCaseChange } from '../../api/cases.ts';
import { errorMessage } from '../../api/api-error.ts';
import { useCan } from '../../auth/session-context.ts';
import type { CasePageData } from './case-context.ts';
import { EditableRecord } from './editable-record.tsx';
import { Facts, RecordedBy } from './recorded-by.tsx';
import { consentSpec } from './step-specs.ts';

/** The file's bytes as base64, for the JSON body. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new Error('The file could not be read.'));
    };
    reader.readAsDataURL(file);
  });
}

/** Upload of the scanned consent form; the server judges the type by the content. */
function ScanUpload({ data }: { data: CasePageData }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const change = useCaseChange(data.view.id, data.view.patientId);
  const upload = async () => {
    setProblem(null);
    if (file === null) {
      setProblem('Choose a file first.');
      return;
    }
    if (file.size > CONSENT_SCAN_MAX_BYTES) {
      setProblem('The file is larger than 10 MB. Scan it at a lower resolution.');
      return;
    }
    const dataBase64 = await readBase64(file);
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
        label="Scanned consent form (PDF, PNG or JPEG, at most 10 MB)"
        accept="application/pdf,image/png,image/jpeg"
        value={file}
        onChange={setFile}
        clearable
        style={{ maxWidth: '100%' }}
      />
      <Button variant="default" loading={change.isPending} onClick={() => void upload()}>
        Upload scan
      </Button>
      {problem !== null && (
        <Alert color="red" role="alert" title="Scan not stored" w="100%">
          {problem}
        </Alert>
      )}
    </Group>
  );
}

export function ConsentStep({ data }: { data: CasePageData }) {
  const c = data.view.consent;
  const scan = data.view.consentScan;
  const canConsent = useCan('case:consent') && data.view.status === 'open';
  return (
    <>
      <EditableRecord
        caseId={data.view.id}
        patientId={data.view.patientId}
        spec={consentSpec(data.view)}
        canEdit={canConsent}
        recordLabel="Record the consent"
        record={
          c === null ? null : (
            <>
              <Facts
                items={[
                  ['Date', c.data.consentDate],
                  ['Document version', c.data.documentVersion],
                  ['Witness', c.data.witness],
                  ['Whole-breast radiation explained', 'Yes'],
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
            Scanned form:{' '}
            <Anchor href={consentScanUrl(data.view.id)} download={scan.fileName}>
              {scan.fileName}
            </Anchor>{' '}
            ({Math.ceil(scan.sizeBytes / 1024)} KB)
          </Text>
          <RecordedBy by={scan.uploadedBy} at={scan.uploadedAt} verb="Uploaded" />
        </div>
      )}
      {canConsent && data.view.decision?.data.outcome === 'offer-iort' && (
        <ScanUpload data={data} />
      )}
    </>
  );
}
