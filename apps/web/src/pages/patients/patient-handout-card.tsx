import { groupedGuidelineLines, programLine, PROGRAM_RULESET } from '@openiort/content';
import { LANGUAGE_NAMES, LANGUAGES, type Language, type Patient } from '@openiort/contract';
import {
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvaluations } from '../../api/evaluations.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

type Paper = 'a4' | 'letter';

/** The handout's candidacy lines in English, for the clinician who hands it over. */
function CandidacySummary({ patientId }: { patientId: string }) {
  const evaluations = useEvaluations(patientId);
  // The clinician app's English instance (appI18n), which holds the public English text too.
  const { t, i18n: english } = useTranslation('clinician');
  if (evaluations.isPending) return <Text size="sm">{t('handoutCard.loadingEvaluation')}</Text>;
  if (evaluations.isError) {
    return <ErrorAlert error={evaluations.error} onRetry={() => void evaluations.refetch()} />;
  }
  const latest = evaluations.data.items[0];
  if (latest === undefined) {
    return <Text size="sm">{t('handoutCard.noEvaluation')}</Text>;
  }
  const program = latest.results.find((r) => r.ruleset === PROGRAM_RULESET);
  const guidelines = groupedGuidelineLines(english, latest.results);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700}>
        {program === undefined ? t('handoutCard.noProgram') : programLine(english, program).text}
      </Text>
      <List size="sm" spacing={2}>
        {guidelines.map((line) => (
          <List.Item key={line.titles.join()}>
            <Text span size="sm" fw={600}>
              {line.titles.join(', ')}:
            </Text>{' '}
            {line.text}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="gray.7">
        {t('handoutCard.fromEvaluation', { time: new Date(latest.createdAt).toLocaleString() })}
      </Text>
    </Stack>
  );
}

/**
 * The printable patient handout: the public comparison in her language, filled with her latest
 * candidacy answers. The server makes the PDF and audits each print.
 */
export function PatientHandoutCard({ patient }: { patient: Patient }) {
  const [language, setLanguage] = useState<Language>(patient.preferredLanguage);
  const [paper, setPaper] = useState<Paper>('a4');
  const { t } = useTranslation('clinician');
  const href = `/api/patients/${encodeURIComponent(patient.id)}/handout.pdf?lang=${language}&paper=${paper}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="handout-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="handout-heading">
          {t('handoutCard.title')}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('handoutCard.language')}
            description={t('handoutCard.preferred', {
              language: LANGUAGE_NAMES[patient.preferredLanguage],
            })}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={language}
            onChange={(value) => {
              if (value !== null) setLanguage(value);
            }}
            allowDeselect={false}
            w={220}
          />
          <SegmentedControl
            aria-label={t('handoutCard.paper')}
            value={paper}
            onChange={(value) => {
              setPaper(value);
            }}
            data={[
              { value: 'a4', label: 'A4' },
              { value: 'letter', label: t('handoutCard.letter') },
            ]}
          />
          <Button component="a" href={href} target="_blank" rel="noopener">
            {t('handoutCard.print')}
          </Button>
        </Group>
        <Text size="sm">{t('handoutCard.preview')}</Text>
        <CandidacySummary patientId={patient.id} />
        <Text size="xs" c="gray.7">
          {t('handoutCard.audited')}
        </Text>
      </Stack>
    </Paper>
  );
}
