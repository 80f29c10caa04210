import { Container, Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title.ts';
import { LandingSources } from '../landing/landing-sources.tsx';
import { ComparisonOptions } from './comparison-options.tsx';
import { RecurrenceFigures } from './recurrence-figures.tsx';

/** Public: IORT beside whole-breast (3 and 5 weeks) and partial-breast radiation (5 visits). */
export function ComparisonPage() {
  const { t } = useTranslation();
  usePageTitle(t('comparison.title'));
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('comparison.title')}</Title>
        <Text size="lg" maw={760}>
          {t('comparison.intro')}
        </Text>
        <Text maw={760}>{t('comparison.decision')}</Text>
        <Title order={2}>{t('comparison.optionsTitle')}</Title>
        <ComparisonOptions />
        <Divider />
        <RecurrenceFigures />
        <Text maw={760}>{t('comparison.survival')}</Text>
        <Text maw={760} fw={600}>
          {t('comparison.askTeam')}
        </Text>
        <Divider />
        <LandingSources />
      </Stack>
    </Container>
  );
}
