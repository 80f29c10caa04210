import type { Histology } from '@openiort/guidelines';
import { TextInput } from '@mantine/core';
import { deriveTCategory } from '../../clinical/t-category.ts';

/** The T category that follows from histology and invasive size, read-only beside the size. */
export function DerivedTCategory({ histology, sizeText }: { histology: string; sizeText: string }) {
  const size = Number(sizeText.trim().replace(',', '.'));
  const category = deriveTCategory({
    histology: histology === '' ? undefined : (histology as Histology),
    invasiveSizeMm: sizeText.trim() === '' || Number.isNaN(size) ? undefined : size,
  });
  return (
    <TextInput
      label="T category (derived)"
      description="From the invasive size alone (Tis for pure DCIS); not entered, not sent."
      value={category ?? 'Not known'}
      readOnly
      variant="filled"
    />
  );
}
