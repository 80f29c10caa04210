import type { AuditOutcome } from '@openiort/contract';
import { Badge } from '@mantine/core';
import { TEXT_COLORS } from '../../theme.ts';

const COLORS: Record<AuditOutcome, string> = {
  success: TEXT_COLORS.green,
  failure: 'red.9',
  denied: TEXT_COLORS.orange,
};

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return (
    <Badge variant="outline" color={COLORS[outcome]} tt="none">
      {outcome}
    </Badge>
  );
}
