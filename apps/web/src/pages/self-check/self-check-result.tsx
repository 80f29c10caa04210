import { missingInPlainWords, notAdvisedReason, type PublicCriteria } from '@openiort/content';
import { INDETERMINATE, type Finding, type RuleSetResult } from '@openiort/guidelines';
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePagePath } from '../../i18n/use-page-path.ts';

function decidingAgainst(findings: readonly Finding[]): Finding[] {
  const against = findings.filter((f) => f.outcome === 'decided' && f.category === 'not-candidate');
  const decisive = against.filter((f) => f.decisive);
  return decisive.length > 0 ? decisive : against;
}

interface SelfCheckResultProps {
  result: RuleSetResult;
  criteria: PublicCriteria | undefined;
}

/** The answer in plain words: may be a candidate, usually not advised because…, or we need to know… */
export function SelfCheckResult({ result, criteria }: SelfCheckResultProps) {
  const { t, i18n } = useTranslation();
  const pagePath = usePagePath();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [result]);
  const title = (text: string) => (
    <Text component="h2" fw={700} size="lg" m={0} ref={heading} tabIndex={-1}>
      {text}
    </Text>
  );
  const compare = (
    <Anchor
      component={Link}
      to={pagePath('comparison')}
      display="inline-block"
      mt="xs"
      c="dark.9"
      underline="always"
    >
      {t('selfCheck.result.compareLink')}
    </Anchor>
  );

  if (result.category === 'candidate') {
    return (
      <Alert color="green" title={title(t('selfCheck.result.candidateTitle'))}>
        <Text>{t('selfCheck.result.candidate')}</Text>
        {compare}
      </Alert>
    );
  }
  if (result.category === INDETERMINATE) {
    return (
      <Alert color="blue" title={title(t('selfCheck.result.needMoreTitle'))}>
        <Text>{t('selfCheck.result.stillToFind')}</Text>
        <List>
          {missingInPlainWords(i18n, result.missing).map((words) => (
            <List.Item key={words}>{words}</List.Item>
          ))}
        </List>
        <Text mt="xs">{t('selfCheck.result.teamCanTell')}</Text>
      </Alert>
    );
  }
  const reasons = [
    ...new Set(
      decidingAgainst(result.findings).map((f) => notAdvisedReason(i18n, f.criterion, criteria)),
    ),
  ];
  return (
    <Alert color="orange" title={title(t('selfCheck.result.notAdvisedTitle'))}>
      <Text>{t('selfCheck.result.notAdvisedWhen')}</Text>
      <List>
        {reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Text mt="xs">{t('selfCheck.result.alternative')}</Text>
      {compare}
    </Alert>
  );
}
