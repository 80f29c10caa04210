import type { Finding } from '@openiort/guidelines';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryLabel } from '../../clinical/category-labels.ts';
import { CategoryBadge } from './category-badge.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { publicCitation } from './public-citation.ts';
import { UnconfirmedMarker } from './unconfirmed-marker.tsx';

function Outcome({ ruleSetId, finding }: { ruleSetId: string; finding: Finding }) {
  const { t } = useTranslation('clinician');
  if (finding.outcome === 'decided' && finding.category !== undefined) {
    return <CategoryBadge ruleSetId={ruleSetId} category={finding.category} size="sm" />;
  }
  if (finding.outcome === 'not-applicable') {
    return (
      <Text span size="sm" c="gray.7">
        {t('candidacy.finding.doesNotApply')}
      </Text>
    );
  }
  const possible = finding.possibleCategories ?? [];
  return (
    <Text span size="sm" c="gray.8">
      {possible.length === 0
        ? t('candidacy.finding.unknown')
        : t('candidacy.finding.unknownCouldBe', {
            categories: possible
              .map(categoryLabel)
              .reduce((a, b) => t('candidacy.finding.either', { a, b })),
          })}
    </Text>
  );
}

/** One criterion: what it pointed to, the rule that held, the evidence, and its source. */
export function FindingItem({ ruleSetId, finding }: { ruleSetId: string; finding: Finding }) {
  const { t } = useTranslation('clinician');
  return (
    <Stack component="li" gap={4} className="finding">
      <Group gap="xs">
        <Text fw={600}>{finding.label}</Text>
        <Outcome ruleSetId={ruleSetId} finding={finding} />
        {finding.decisive && (
          <Badge size="sm" tt="none" variant="filled" color="gray.8">
            {t('candidacy.finding.decided')}
          </Badge>
        )}
      </Group>
      {finding.rule !== undefined && (
        <Text size="sm">
          <Text span size="sm" c="gray.7">
            {t('candidacy.finding.rule')}{' '}
          </Text>
          {finding.rule}
        </Text>
      )}
      <EvidenceList evidence={finding.evidence} />
      <Group gap="xs">
        <Text size="xs" c="gray.7">
          {finding.source.detail === ''
            ? t('candidacy.finding.source', { citation: publicCitation(finding.source.citation) })
            : t('candidacy.finding.sourceWithDetail', {
                citation: publicCitation(finding.source.citation),
                detail: finding.source.detail,
              })}
        </Text>
        {finding.source.confidence === 'unconfirmed' && <UnconfirmedMarker />}
      </Group>
    </Stack>
  );
}
