import { Alert, Box, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFigures } from '../../i18n/use-figures.ts';
import { usePagePath } from '../../i18n/use-page-path.ts';

export function LandingHero() {
  const { t } = useTranslation();
  const figures = useFigures();
  const pagePath = usePagePath();
  const facts = [
    { value: '1', label: t('landing.facts.dose') },
    { value: `≈ ${figures.doseMinutes}`, label: t('landing.facts.doseMinutes') },
    { value: `≈ ${figures.addedMinutes}`, label: t('landing.facts.addedMinutes') },
  ];
  return (
    <Box py="xl">
      <Title order={1} mb="md" maw={760}>
        {t('landing.title')}
      </Title>
      <Text size="lg" maw={760} mb="lg">
        {t('landing.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} maw={760} mb="lg">
        {facts.map((fact) => (
          <Paper key={fact.label} withBorder p="md">
            <Text fz={28} fw={700} c="blue.9">
              {fact.value}
            </Text>
            <Text size="sm">{fact.label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Alert color="blue" title={t('landing.notAdviceTitle')} maw={760}>
        {t('landing.notAdvice')}
      </Alert>
      <Group mt="lg" gap="sm">
        <Button component={Link} to={pagePath('self-check')} size="md" className="wrap-button">
          {t('landing.selfCheckButton')}
        </Button>
        <Button
          component={Link}
          to={pagePath('comparison')}
          size="md"
          variant="default"
          className="wrap-button"
        >
          {t('landing.compareButton')}
        </Button>
      </Group>
    </Box>
  );
}
