import { Box } from '@mantine/core';

interface IconArrayProps {
  /** How many of the icons stand for the event (dark). */
  count: number;
  /** How many icons in all: 100 or 1,000. */
  total: 100 | 1000;
  /** Says in words what the picture shows; the same numbers are in the text beside it. */
  label: string;
  color?: string;
}

const CELL = 10;
const GAP = 2;

/** One path of small squares, so that 1,000 icons are two DOM nodes, not a thousand. */
function squares(from: number, to: number, columns: number): string {
  let path = '';
  for (let i = from; i < to; i += 1) {
    const x = (i % columns) * CELL;
    const y = Math.floor(i / columns) * CELL;
    path += `M${x} ${y}h${CELL - GAP}v${CELL - GAP}h${-(CELL - GAP)}z`;
  }
  return path;
}

/**
 * An icon array (pictograph): `total` squares, the first `count` filled, filled row by row from
 * the top left so the eye can count them. Risk-communication practice favours these over
 * percentages (education.md §3.1). The SVG scales to its container, so it never overflows.
 */
export function IconArray({
  count,
  total,
  label,
  color = 'var(--mantine-color-red-8)',
}: IconArrayProps) {
  const columns = total === 1000 ? 40 : 10;
  const rows = total / columns;
  const filled = Math.min(Math.max(Math.round(count), 0), total);
  return (
    <Box maw={total === 1000 ? 320 : 160} w="100%">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${columns * CELL - GAP} ${rows * CELL - GAP}`}
        width="100%"
        style={{ display: 'block', height: 'auto' }}
      >
        <path d={squares(filled, total, columns)} fill="var(--mantine-color-gray-3)" />
        <path d={squares(0, filled, columns)} fill={color} />
      </svg>
    </Box>
  );
}
