import {
  INDETERMINATE,
  type Finding,
  type ProgramCriteria,
  type RuleSetResult,
} from '@openiort/guidelines';
import { Alert, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { missingInPlainWords, notAdvisedReason } from './plain-words.ts';

function decidingAgainst(findings: readonly Finding[]): Finding[] {
  const against = findings.filter((f) => f.outcome === 'decided' && f.category === 'not-candidate');
  const decisive = against.filter((f) => f.decisive);
  return decisive.length > 0 ? decisive : against;
}

interface SelfCheckResultProps {
  result: RuleSetResult;
  criteria: ProgramCriteria | undefined;
}

/** The answer in plain words: may be a candidate, usually not advised because…, or we need to know… */
export function SelfCheckResult({ result, criteria }: SelfCheckResultProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [result]);
  const title = (text: string) => (
    <Text component="h2" fw={700} size="lg" m={0} ref={heading} tabIndex={-1}>
      {text}
    </Text>
  );

  if (result.category === 'candidate') {
    return (
      <Alert color="green" title={title('You may be a good candidate — talk to your breast team')}>
        <Text>
          Your answers match the program’s criteria for IORT. Only your care team can decide, once
          they have looked at all the details of your diagnosis.
        </Text>
      </Alert>
    );
  }
  if (result.category === INDETERMINATE) {
    return (
      <Alert color="blue" title={title('We need to know a little more')}>
        <Text>Still to find out:</Text>
        <List>
          {missingInPlainWords(result.missing).map((words) => (
            <List.Item key={words}>{words}</List.Item>
          ))}
        </List>
        <Text mt="xs">Your breast team can tell you these, or check them with you.</Text>
      </Alert>
    );
  }
  const reasons = [
    ...new Set(
      decidingAgainst(result.findings).map((f) => notAdvisedReason(f.criterion, criteria)),
    ),
  ];
  return (
    <Alert color="orange" title={title('IORT is usually not advised in your situation')}>
      <Text>IORT is usually not advised when:</Text>
      <List>
        {reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Text mt="xs">
        Radiation given over several weeks after surgery is the usual alternative. Your breast team
        can explain which options suit you.
      </Text>
    </Alert>
  );
}
