import { localDateTime, utcDateTime } from './format.ts';

/** A time shown in the reader's local zone, with the UTC value on hover and for machines. */
export function LocalTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={utcDateTime(iso)}>
      {localDateTime(iso)}
    </time>
  );
}
