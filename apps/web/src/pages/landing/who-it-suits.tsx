import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSelfCheckCriteria } from '../../api/self-check.ts';
import { CriteriaExplainer } from '../self-check/criteria-explainer.tsx';
import { Section } from './section.tsx';

/** The program's criteria in force (the same public API as the self-check), never a copy. */
export function WhoItSuits() {
  const { t } = useTranslation();
  const criteria = useSelfCheckCriteria();
  return (
    <Section id="who-it-suits" title={t('landing.suits.title')}>
      <Text maw={760} mb="sm">
        {t('landing.suits.intro')}
      </Text>
      <div style={{ maxWidth: 760, marginBottom: 'var(--mantine-spacing-md)' }}>
        {criteria.data !== undefined && <CriteriaExplainer criteria={criteria.data.criteria} />}
        {criteria.isPending && <Text>{t('criteria.loading')}</Text>}
        {criteria.isError && <Text>{t('criteria.loadFailed')}</Text>}
      </div>
      <Text maw={760} mb="sm">
        {t('landing.suits.team')}
      </Text>
      <Text maw={760} c="gray.8">
        {t('landing.suits.clinicians')}
      </Text>
    </Section>
  );
}
