import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The header of a history table's last column, which holds each row's `ShowRowCell`. */
export function ShowColumnHeader() {
  const { t } = useTranslation('clinician');
  return (
    <Table.Th scope="col">
      <span className="visually-hidden">{t('showRow.show')}</span>
    </Table.Th>
  );
}

interface ShowRowCellProps {
  selected: boolean;
  /** The button's accessible name, naming the row (e.g. "Show the plan of …"). */
  label: string;
  onShow: () => void;
}

/** A history row's last cell: "Shown" for the row on display, a "Show" button otherwise. */
export function ShowRowCell({ selected, label, onShow }: ShowRowCellProps) {
  const { t } = useTranslation('clinician');
  return (
    <Table.Td>
      {selected ? (
        <Text size="sm" fw={600}>
          {t('showRow.shown')}
        </Text>
      ) : (
        <Button size="xs" variant="default" aria-label={label} onClick={onShow}>
          {t('showRow.show')}
        </Button>
      )}
    </Table.Td>
  );
}
