import type { Histology } from '@openiort/guidelines';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deriveTCategory } from '../../clinical/t-category.ts';

/** The T category that follows from histology and invasive size, read-only beside the size. */
export function DerivedTCategory({ histology, sizeText }: { histology: string; sizeText: string }) {
  const { t } = useTranslation('clinician');
  const size = Number(sizeText.trim().replace(',', '.'));
  const category = deriveTCategory({
    histology: histology === '' ? undefined : (histology as Histology),
    invasiveSizeMm: sizeText.trim() === '' || Number.isNaN(size) ? undefined : size,
  });
  return (
    <TextInput
      label={t('candidacy.derivedT.label')}
      description={t('candidacy.derivedT.hint')}
      value={category ?? t('candidacy.derivedT.notKnown')}
      readOnly
      variant="filled"
    />
  );
}
