import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFigures } from '../../i18n/use-figures.ts';
import { Cite, Section } from './section.tsx';

const STEPS = ['surgery', 'balloon', 'source', 'dose', 'finish'] as const;

export function HowItWorks() {
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <Section id="how-it-works" title={t('landing.how.title')}>
      <List type="ordered" spacing="sm" maw={760}>
        {STEPS.map((step) => (
          <List.Item key={step}>
            {t(`landing.how.steps.${step}`, figures)}
            {step === 'dose' && <Cite>TARGIT-A; balloon IORT multicentre study</Cite>}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}
