import {
  ELIOT_IORT_PER_THOUSAND,
  RECURRENCE_FIGURES,
  TARGIT_COUNTS,
  formatNumber,
  isLanguage,
  type RecurrenceFigure,
} from '@openiort/content';
import { Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconArray } from '../../components/icon-array.tsx';

function useNoteValues(): Record<string, string> {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...TARGIT_COUNTS, ...ELIOT_IORT_PER_THOUSAND })) {
    values[name] = formatNumber(language, value);
  }
  return values;
}

function Trial({ figure }: { figure: RecurrenceFigure }) {
  const { t } = useTranslation();
  const notes = useNoteValues();
  const horizon = t('comparison.recurrence.horizon', { count: figure.horizonYears });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`trial-${figure.id}`}>
      <Title order={3} size="h4" id={`trial-${figure.id}`} mb="xs">
        {t(`comparison.recurrence.trials.${figure.id}.title`)}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" mb="sm">
        {figure.arms.map((arm) => {
          const name = t(`comparison.recurrence.arms.${arm.id}`);
          return (
            <Stack key={arm.id} gap={4}>
              <Text fw={700}>{name}</Text>
              <Text>
                {t('comparison.recurrence.perThousand', { count: arm.perThousand })}, {horizon}
              </Text>
              <IconArray
                count={arm.perThousand}
                total={1000}
                label={t('comparison.recurrence.iconLabel', {
                  arm: name,
                  count: arm.perThousand,
                  horizon,
                })}
              />
            </Stack>
          );
        })}
      </SimpleGrid>
      <Text size="sm" mb={4}>
        {t(`comparison.recurrence.trials.${figure.id}.note`, notes)}
      </Text>
      <Text size="sm" c="gray.7">
        {t('comparison.recurrence.source', { citation: figure.citation })}
      </Text>
    </Paper>
  );
}

/** Local recurrence per 1,000 women, trial by trial, with its time horizon and source. */
export function RecurrenceFigures() {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="recurrence-heading">
      <Title order={2} id="recurrence-heading" mb="sm">
        {t('comparison.recurrence.title')}
      </Title>
      <Text mb="md" maw={760}>
        {t('comparison.recurrence.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {RECURRENCE_FIGURES.map((figure) => (
          <Trial key={figure.id} figure={figure} />
        ))}
      </SimpleGrid>
    </Box>
  );
}
