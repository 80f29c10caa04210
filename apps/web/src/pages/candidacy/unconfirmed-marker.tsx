import { Badge, Text } from '@mantine/core';

const MEANING =
  'Unconfirmed source: the rule comes from a source OpenIORT could not check against a ' +
  'readable copy of the publication, or it is OpenIORT’s own reading of it. Check the primary ' +
  'publication before relying on it.';

/** Marks a rule whose source could not be checked against a readable publication. */
export function UnconfirmedMarker() {
  return (
    <Badge size="sm" tt="none" variant="outline" color="grape.9" title={MEANING}>
      Unconfirmed source
    </Badge>
  );
}

/** What "Unconfirmed source" means, written on the page once above the results. */
export function UnconfirmedExplanation() {
  return (
    <Text size="sm" className="unconfirmed-explanation">
      <strong>“Unconfirmed source”</strong> means the rule comes from a source OpenIORT could not
      check against a readable copy of the publication, or is OpenIORT’s own reading of it. Check
      the primary publication before relying on it.
    </Text>
  );
}
