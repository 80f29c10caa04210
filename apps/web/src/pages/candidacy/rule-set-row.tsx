import {
  INDETERMINATE,
  type FactName,
  type FactValue,
  type ResultNote,
  type RuleSetResult,
} from '@openiort/guidelines';
import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { categoryLabel } from '../../clinical/category-labels.ts';
import { factLabel, formatFactValue } from '../../clinical/fact-labels.ts';
import { CategoryBadge } from './category-badge.tsx';
import { FindingItem } from './finding-item.tsx';
import { publicCitation } from './public-citation.ts';
import { shownMeaning } from './shown-meaning.ts';
import { UnconfirmedMarker } from './unconfirmed-marker.tsx';

function Assumed({ assumed }: { assumed: Partial<Record<FactName, FactValue>> }) {
  const { t } = useTranslation('clinician');
  const entries = Object.entries(assumed);
  if (entries.length === 0) return null;
  return (
    <Text size="sm" c="gray.8">
      {t('candidacy.ruleSet.assumed', {
        facts: entries
          .map(([name, value]) => `${factLabel(name)} ${formatFactValue(name, value)}`)
          .join('; '),
      })}
    </Text>
  );
}

/** Statements the rule set makes beside its category (ASTRO 2023 with IORT), in words. */
function Notes({ notes }: { notes: readonly ResultNote[] }) {
  return notes.map((note) => (
    <Text key={note.id} size="sm" fw={600} className="result-note">
      {note.text}
    </Text>
  ));
}

/**
 * One rule set's answer: its category and, for "indeterminate", what is missing. Expands to the
 * criteria (decisive first). The criteria stay in the page while collapsed so printing shows them.
 */
export function RuleSetRow({ result }: { result: RuleSetResult }) {
  const { t } = useTranslation('clinician');
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const indeterminate = result.category === INDETERMINATE;
  const findings = [...result.findings].sort((a, b) => Number(b.decisive) - Number(a.decisive));
  const meaning = shownMeaning(result);
  const toggleLabel = open
    ? t('candidacy.ruleSet.hideCriteria')
    : t('candidacy.ruleSet.showCriteria', { n: findings.length });
  return (
    <Paper component="li" withBorder p="md" className="rule-set-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} flex={1} miw={0}>
          <Group gap="xs" align="baseline">
            <Text component="h3" fw={650} size="md" m={0}>
              {result.title}
            </Text>
            <Text span size="sm" c="gray.7">
              {t('candidacy.ruleSet.version', { version: result.version })}
            </Text>
          </Group>
          <Group gap="xs">
            <CategoryBadge ruleSetId={result.ruleset} category={result.category} />
            {result.includesUnconfirmed && <UnconfirmedMarker />}
          </Group>
          <Notes notes={result.notes ?? []} />
          {meaning !== null && <Text size="sm">{meaning}</Text>}
          {indeterminate && result.missing.length > 0 && (
            <Text size="sm">
              <Trans
                t={t}
                i18nKey={'candidacy.ruleSet.needs'}
                values={{ facts: result.missing.map(factLabel).join(', ') }}
                components={{ strong: <strong /> }}
              />
            </Text>
          )}
          {indeterminate && result.possibleCategories.length > 0 && (
            <Text size="sm">
              <Trans
                t={t}
                i18nKey={'candidacy.ruleSet.couldBe'}
                values={{ categories: result.possibleCategories.map(categoryLabel).join(', ') }}
                components={{ strong: <strong /> }}
              />
            </Text>
          )}
          <Assumed assumed={result.assumed} />
        </Stack>
        {findings.length > 0 && (
          <Button
            variant="default"
            size="xs"
            className="no-print"
            flex="none"
            aria-label={t('candidacy.ruleSet.toggleFor', {
              action: toggleLabel,
              title: result.title,
            })}
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => {
              setOpen(!open);
            }}
          >
            {toggleLabel}
          </Button>
        )}
      </Group>
      <Box id={detailsId} hidden={!open} className="rule-set-details" mt="sm">
        <Stack component="ul" gap="sm" className="plain-list">
          {findings.map((finding) => (
            <FindingItem key={finding.criterion} ruleSetId={result.ruleset} finding={finding} />
          ))}
        </Stack>
        <Text size="xs" c="gray.7" mt="sm">
          {t('candidacy.ruleSet.source', { citation: publicCitation(result.citation) })}
        </Text>
      </Box>
    </Paper>
  );
}
