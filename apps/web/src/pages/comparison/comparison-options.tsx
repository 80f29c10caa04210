import {
  TREATMENT_OPTIONS,
  isLanguage,
  sizeLimitText,
  type TreatmentOption,
  visitsText,
} from '@openiort/content';
import { Box, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSelfCheckCriteria } from '../../api/self-check.ts';
import { useFigures } from '../../i18n/use-figures.ts';

const ROWS = ['suits', 'visits', 'treated', 'common', 'rare', 'after'] as const;

function useVisitsText() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (option: TreatmentOption): string => visitsText(i18n, language, option);
}

/** Who IORT suits comes from the program's criteria in force, never from a copy. */
function useSuitsText() {
  const { t, i18n } = useTranslation();
  const criteria = useSelfCheckCriteria();
  return (option: TreatmentOption): string => {
    if (option.id !== 'iort') return t(`comparison.options.${option.id}.suits`);
    if (criteria.data === undefined) {
      return t(criteria.isError ? 'criteria.loadFailed' : 'criteria.loading');
    }
    return t('comparison.options.iort.suits', {
      count: criteria.data.criteria.minAgeExclusiveYears,
      size: sizeLimitText(i18n, criteria.data.criteria.maxSizeExclusiveMm),
    });
  };
}

/** The four options side by side (one column on a phone), the same rows for each. */
export function ComparisonOptions() {
  const { t } = useTranslation();
  const figures = useFigures();
  const visits = useVisitsText();
  const suits = useSuitsText();
  const cell = (option: TreatmentOption, row: (typeof ROWS)[number]) => {
    if (row === 'visits') return visits(option);
    if (row === 'suits') return suits(option);
    return t(`comparison.options.${option.id}.${row}`, figures);
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {TREATMENT_OPTIONS.map((option) => (
        <Paper
          key={option.id}
          withBorder
          p="md"
          component="section"
          aria-labelledby={`option-${option.id}`}
        >
          <Title order={3} size="h4" id={`option-${option.id}`}>
            {t(`comparison.options.${option.id}.name`)}
          </Title>
          <Text size="sm" c="gray.7" mb="sm">
            {option.regimen}
          </Text>
          <Box component="dl" m={0}>
            {ROWS.map((row) => (
              <Box key={row} mb="xs">
                <Text component="dt" fw={700} size="sm">
                  {t(`comparison.labels.${row}`)}
                </Text>
                <Text component="dd" m={0}>
                  {cell(option, row)}
                </Text>
              </Box>
            ))}
          </Box>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
