import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFigures } from '../../i18n/use-figures.ts';
import { Cite, Section } from './section.tsx';

export function AfterPathology() {
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <Section id="after-pathology" title={t('landing.after.title')}>
      <Text maw={760} mb="sm">
        {t('landing.after.body')}
      </Text>
      <Text maw={760} mb="sm">
        {t('landing.after.figure', figures)}
        <Cite>TARGIT-A, Lancet 2014</Cite>
      </Text>
      <Text maw={760}>{t('landing.after.extra', figures)}</Text>
    </Section>
  );
}
