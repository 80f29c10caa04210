import { Anchor, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFigures } from '../../i18n/use-figures.ts';
import { usePagePath } from '../../i18n/use-page-path.ts';
import { Cite, Section } from './section.tsx';

const GOOD: [key: string, cite?: string][] = [
  ['oneDay', 'FAST-Forward, START'],
  ['small'],
  ['fibrosis', 'Sperk et al. 2012'],
];
const WEIGH: [key: string, cite?: string][] = [
  ['recurrence', 'TARGIT-A, ELIOT'],
  ['guideline', 'ASTRO 2024'],
  ['extraRadiation', 'TARGIT-A'],
  ['seroma', 'TARGIT'],
  ['wound', 'Berger et al. 2024'],
];

export function TradeOffs() {
  const { t } = useTranslation();
  const figures = useFigures();
  const pagePath = usePagePath();
  const items = (group: 'good' | 'weigh', list: typeof GOOD) =>
    list.map(([key, cite]) => (
      <List.Item key={key}>
        {t(`landing.tradeOffs.${group}.${key}`, figures)}
        {cite !== undefined && <Cite>{cite}</Cite>}
        {key === 'recurrence' && (
          <>
            {' '}
            <Anchor component={Link} to={pagePath('comparison')}>
              {t('layout.comparison')}
            </Anchor>
          </>
        )}
      </List.Item>
    ));
  return (
    <Section id="trade-offs" title={t('landing.tradeOffs.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <div>
          <Title order={3} size="h4" mb="xs">
            {t('landing.tradeOffs.goodTitle')}
          </Title>
          <List spacing="sm">{items('good', GOOD)}</List>
        </div>
        <div>
          <Title order={3} size="h4" mb="xs">
            {t('landing.tradeOffs.weighTitle')}
          </Title>
          <List spacing="sm">{items('weigh', WEIGH)}</List>
        </div>
      </SimpleGrid>
      <Text maw={760} mt="lg">
        {t('landing.tradeOffs.survival')}
      </Text>
    </Section>
  );
}
