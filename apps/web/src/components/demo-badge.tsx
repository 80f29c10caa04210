import { Badge } from '@mantine/core';

/** Marks demonstration records so they are never mistaken for real patients. */
export function DemoBadge() {
  return (
    <Badge color="grape.9" variant="outline" title="Demonstration record, not a real patient">
      Demo
    </Badge>
  );
}
