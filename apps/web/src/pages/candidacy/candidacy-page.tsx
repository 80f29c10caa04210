import type { Patient } from '@openiort/contract';
import { Button, Checkbox, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  useCreateEvaluation,
  useEvaluations,
  type StoredEvaluation,
} from '../../api/evaluations.ts';
import { usePatient } from '../../api/patients.ts';
import { useCan } from '../../auth/session-context.ts';
import { localToday, patientName } from '../../components/format.ts';
import { QueriesState } from '../../components/queries-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PatientHeading, PatientRecordLink } from '../patients/patient-subpage.tsx';
import { AfterPathologyNote } from './after-pathology-note.tsx';
import { CarriedNote } from './carried-note.tsx';
import { ClinicalFactsForm } from './clinical-facts-form.tsx';
import { EvaluationHistory } from './evaluation-history.tsx';
import { EvaluationSummary } from './evaluation-summary.tsx';
import { PhaseComparison, latestByPhase } from './phase-comparison.tsx';
import { PrintStamp } from './print-stamp.tsx';
import { PrintSummary } from './print-summary.tsx';
import { ResultPanel } from './result-panel.tsx';
import { startingValues } from './starting-values.ts';

/** A patient's candidacy: the facts, every rule set's answer side by side, and the history. */
export function CandidacyPage() {
  const { id = '' } = useParams();
  const patient = usePatient(id);
  const evaluations = useEvaluations(id);
  const { t } = useTranslation('clinician');
  usePageTitle(
    patient.data === undefined
      ? t('candidacy.page.title')
      : t('candidacy.page.titleWithPatient', { name: patientName(patient.data) }),
  );
  return (
    <Stack>
      <PatientRecordLink patientId={id} />
      <QueriesState queries={[patient, evaluations]} loadingLabel={t('candidacy.page.loading')} />
      {patient.data !== undefined && evaluations.data !== undefined && (
        <CandidacyRecord patient={patient.data} evaluations={evaluations.data.items} />
      )}
    </Stack>
  );
}

function CandidacyRecord({
  patient,
  evaluations,
}: {
  patient: Patient;
  evaluations: StoredEvaluation[];
}) {
  const { t } = useTranslation('clinician');
  const canEvaluate = useCan('evaluation:write');
  const create = useCreateEvaluation(patient.id);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [today] = useState(localToday);
  const [withEvidence, setWithEvidence] = useState(false);
  const [start] = useState(() => startingValues(patient.birthDate, evaluations[0], today));
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const selected = evaluations.find((e) => e.id === selectedId) ?? evaluations[0];
  const phases = latestByPhase(evaluations);

  const evaluate = async (facts: Parameters<typeof create.mutateAsync>[0]) => {
    const created = await create.mutateAsync(facts);
    setSelectedId(created.id);
    resultHeading.current?.focus();
    resultHeading.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <PatientHeading title={t('candidacy.page.title')} patient={patient} />
        <Group className="no-print" gap="sm">
          <Checkbox
            label={t('candidacy.page.printWithEvidence')}
            checked={withEvidence}
            onChange={(e) => {
              setWithEvidence(e.currentTarget.checked);
            }}
          />
          <Button
            variant="default"
            onClick={() => {
              window.print();
            }}
          >
            {t('candidacy.page.print')}
          </Button>
        </Group>
      </Group>
      <PrintStamp />
      {selected !== undefined && <PrintSummary patient={patient} evaluation={selected} />}
      <div className={withEvidence ? 'print-evidence' : 'print-evidence print-evidence-off'}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }} className="no-print">
            <Paper withBorder p="md">
              <Title order={2} mb="sm">
                {t('candidacy.page.clinicalFacts')}
              </Title>
              {canEvaluate ? (
                <ClinicalFactsForm
                  initial={start.values}
                  origin={<CarriedNote start={start} birthDate={patient.birthDate} />}
                  birthDate={patient.birthDate}
                  evaluationDate={today}
                  onEvaluate={evaluate}
                />
              ) : (
                <Text>{t('candidacy.page.readOnly')}</Text>
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }} className="print-full-width">
            <Stack component="section" aria-labelledby="result-heading" gap="sm">
              <Title order={2} id="result-heading" ref={resultHeading} tabIndex={-1}>
                {t('candidacy.page.resultByRuleSet')}
              </Title>
              {selected === undefined ? (
                <Text>{t('candidacy.page.noEvaluation')}</Text>
              ) : (
                <>
                  <EvaluationSummary evaluation={selected} />
                  <AfterPathologyNote facts={selected.facts} results={selected.results} />
                  <ResultPanel results={selected.results} />
                </>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
        {phases !== null && (
          <Stack component="section" aria-labelledby="phases-heading" gap="sm">
            <Title order={2} id="phases-heading">
              {t('candidacy.page.phases')}
            </Title>
            <Text size="sm">{t('candidacy.page.phasesIntro')}</Text>
            <PhaseComparison {...phases} />
          </Stack>
        )}
      </div>
      <Stack component="section" aria-labelledby="history-heading" gap="sm" className="no-print">
        <Title order={2} id="history-heading">
          {t('candidacy.page.evaluations')}
        </Title>
        <EvaluationHistory
          evaluations={evaluations}
          selectedId={selected?.id}
          onSelect={setSelectedId}
        />
      </Stack>
    </>
  );
}
