import { Badge } from '@mantine/core';

/** Marks a rule whose source could not be checked against a readable publication. */
export function UnconfirmedMarker() {
  return (
    <Badge
      size="sm"
      tt="none"
      variant="outline"
      color="grape.9"
      title="This rule comes from a source marked unconfirmed: check the primary publication before relying on it."
    >
      Unconfirmed source
    </Badge>
  );
}
