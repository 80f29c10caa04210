import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateTime } from '../../components/format.ts';

/**
 * "Printed … from OpenIORT", shown only on paper, with the time the page was printed. Without
 * a `note`, the candidacy's "decision support only".
 */
export function PrintStamp({ note }: { note?: string }) {
  const { t } = useTranslation('clinician');
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const update = () => {
      setPrintedAt(new Date().toISOString());
    };
    window.addEventListener('beforeprint', update);
    return () => {
      window.removeEventListener('beforeprint', update);
    };
  }, []);
  return (
    <Text className="print-only" size="sm">
      {t('candidacy.print.printed', {
        time: localDateTime(printedAt),
        note: note ?? t('candidacy.print.decisionSupport'),
      })}
    </Text>
  );
}
