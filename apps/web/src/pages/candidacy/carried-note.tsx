import { Trans, useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';
import type { StartingValues } from './starting-values.ts';

/** Says where the form's starting values came from, so nothing looks newer than it is. */
export function CarriedNote({ start, birthDate }: { start: StartingValues; birthDate: string }) {
  const { t } = useTranslation('clinician');
  if (start.carriedFrom === null)
    return start.ageFromBirthDate
      ? t('candidacy.carried.noneWithAge', { birthDate })
      : t('candidacy.carried.none');
  return (
    <Trans
      t={t}
      i18nKey={start.ageFromBirthDate ? 'candidacy.carried.fromWithAge' : 'candidacy.carried.from'}
      values={{ birthDate }}
      components={{ time: <LocalTime iso={start.carriedFrom.createdAt} /> }}
    />
  );
}
