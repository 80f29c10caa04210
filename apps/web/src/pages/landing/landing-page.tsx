import { Button, Container, Divider, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AfterPathology } from './after-pathology.tsx';
import { HowItWorks } from './how-it-works.tsx';
import { LandingHero } from './landing-hero.tsx';
import { LandingSources } from './landing-sources.tsx';
import { TradeOffs } from './trade-offs.tsx';
import { WhoItSuits } from './who-it-suits.tsx';

/** Public page: breast IORT in plain words for patients and referring clinicians. */
export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('landing.pageTitle'));
  return (
    <Container size="lg">
      <LandingHero />
      <Divider />
      <HowItWorks />
      <Divider />
      <WhoItSuits />
      <Divider />
      <AfterPathology />
      <Divider />
      <TradeOffs />
      <Divider />
      <LandingSources />
      <Divider />
      <Group py="lg" justify="space-between">
        <Text maw={640}>{t('landing.questions')}</Text>
        <Button component={Link} to="/signin" variant="default">
          {t('layout.staffSignIn')}
        </Button>
      </Group>
    </Container>
  );
}
