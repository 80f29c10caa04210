import { Badge } from '@mantine/core';
import { categoryLabel, categoryTone, TONE_COLORS } from '../../clinical/category-labels.ts';

interface CategoryBadgeProps {
  ruleSetId: string;
  category: string;
  size?: 'sm' | 'md' | 'lg';
}

/** A rule set's category: coloured along its scale (best green, worst red), always in words. */
export function CategoryBadge({ ruleSetId, category, size = 'lg' }: CategoryBadgeProps) {
  const tone = categoryTone(ruleSetId, category);
  return (
    <Badge
      size={size}
      tt="none"
      radius="sm"
      variant={tone === 'neutral' ? 'outline' : 'light'}
      color={tone === 'neutral' ? 'gray.8' : TONE_COLORS[tone]}
      className={`category-badge tone-${tone}`}
    >
      {categoryLabel(category)}
    </Badge>
  );
}
