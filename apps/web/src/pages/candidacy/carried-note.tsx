import { LocalTime } from '../../components/local-time.tsx';
import type { StartingValues } from './starting-values.ts';

/** Says where the form's starting values came from, so nothing looks newer than it is. */
export function CarriedNote({ start, birthDate }: { start: StartingValues; birthDate: string }) {
  return (
    <>
      {start.carriedFrom === null ? (
        'No earlier evaluation: fields start empty, which means not known.'
      ) : (
        <>
          Values carried from the evaluation of <LocalTime iso={start.carriedFrom.createdAt} />.
          Update what has changed; an empty field means not known.
        </>
      )}
      {start.ageFromBirthDate &&
        ` Age computed from the date of birth (${birthDate}) on today’s date.`}
    </>
  );
}
