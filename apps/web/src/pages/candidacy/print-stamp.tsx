import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { localDateTime } from '../../components/format.ts';

const DECISION_SUPPORT = 'Decision support only: the multidisciplinary team decides.';

/** "Printed … from OpenIORT", shown only on paper, with the time the page was printed. */
export function PrintStamp({ note = DECISION_SUPPORT }: { note?: string }) {
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
      Printed from OpenIORT on {localDateTime(printedAt)}. {note}
    </Text>
  );
}
