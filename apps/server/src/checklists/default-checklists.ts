import type { ChecklistItem, ChecklistTemplate } from '@openiort/contract';

/*
 * The checklists OpenIORT ships, in force until an administrator saves a version of their own.
 * WHO items: the WHO Surgical Safety Checklist (2009; implementation manual WHO/IER/PSP/2008.05),
 * 19 items, as summarised in interop.md §5.2 and written here in our own words. IORT items: the
 * issue's IORT time-out, operating-room.md §1.3 (time-out block) and interop.md §5.3 (suggested
 * IORT extension, "derived; for clinical review"): a program adapts them to its procedure.
 */

const WHO = 'WHO Surgical Safety Checklist 2009 (interop.md §5.2)';
const IORT =
  'IORT time-out, operating-room.md §1.3 and interop.md §5.3 (derived; for clinical review)';

const item = (
  id: string,
  text: string,
  passOver: ChecklistItem['passOver'],
  source: string,
): ChecklistItem => ({
  id,
  text,
  passOver,
  source,
});

const WHO_SIGN_IN: ChecklistTemplate = {
  key: 'who-sign-in',
  title: 'WHO sign-in',
  when: 'Before induction of anaesthesia',
  items: [
    item(
      'identity-site-procedure-consent',
      'The patient has confirmed identity, site, procedure and consent.',
      'never',
      WHO,
    ),
    item('site-marked', 'The site is marked, or marking does not apply.', 'with-reason', WHO),
    item(
      'anaesthesia-safety-check',
      'The anaesthesia machine and medication check is complete.',
      'never',
      WHO,
    ),
    item('pulse-oximeter', 'A pulse oximeter is on the patient and working.', 'never', WHO),
    item(
      'known-allergy',
      'Known allergies have been asked about and recorded.',
      'with-reason',
      WHO,
    ),
    item(
      'airway-aspiration-risk',
      'Difficult airway or aspiration risk assessed; equipment and help are available if needed.',
      'with-reason',
      WHO,
    ),
    item(
      'blood-loss-risk',
      'Risk of blood loss over 500 ml assessed; intravenous access and fluids planned if needed.',
      'with-reason',
      WHO,
    ),
  ],
};

const WHO_TIME_OUT: ChecklistTemplate = {
  key: 'who-time-out',
  title: 'WHO time-out',
  when: 'Before skin incision',
  items: [
    item(
      'team-introduced',
      'Every team member has introduced themselves by name and role.',
      'with-reason',
      WHO,
    ),
    item(
      'patient-site-procedure',
      'Surgeon, anaesthetist and nurse confirm the patient, the site and the procedure.',
      'never',
      WHO,
    ),
    item(
      'surgeon-critical-steps',
      'Surgeon: critical or unexpected steps, expected duration and expected blood loss reviewed.',
      'with-reason',
      WHO,
    ),
    item(
      'anaesthesia-concerns',
      'Anaesthesia: patient-specific concerns reviewed.',
      'with-reason',
      WHO,
    ),
    item(
      'nursing-sterility-equipment',
      'Nursing: sterility (including indicator results) confirmed; equipment issues or concerns raised.',
      'with-reason',
      WHO,
    ),
    item(
      'antibiotic-prophylaxis',
      'Antibiotic prophylaxis given within the last 60 minutes, or it does not apply.',
      'with-reason',
      WHO,
    ),
    item(
      'imaging-displayed',
      'Essential imaging is displayed, or none is needed.',
      'with-reason',
      WHO,
    ),
  ],
};

const WHO_SIGN_OUT: ChecklistTemplate = {
  key: 'who-sign-out',
  title: 'WHO sign-out',
  when: 'Before the patient leaves the operating room',
  items: [
    item(
      'procedure-recorded',
      'The nurse confirms aloud the name of the procedure as recorded.',
      'with-reason',
      WHO,
    ),
    item(
      'counts-correct',
      'Instrument, sponge and needle counts are complete and correct.',
      'never',
      WHO,
    ),
    item(
      'specimen-labelled',
      'Specimens are labelled, including the patient’s name (read aloud).',
      'with-reason',
      WHO,
    ),
    item(
      'equipment-problems',
      'Any equipment problems to be addressed are recorded.',
      'with-reason',
      WHO,
    ),
    item(
      'recovery-concerns',
      'Surgeon, anaesthetist and nurse review the key concerns for recovery.',
      'with-reason',
      WHO,
    ),
  ],
};

const IORT_TIME_OUT: ChecklistTemplate = {
  key: 'iort-time-out',
  title: 'IORT time-out',
  when: 'After excision, before beam-on',
  items: [
    item(
      'patient-and-side',
      'Patient identity and the treated side are confirmed again.',
      'never',
      IORT,
    ),
    item(
      'applicator-balloon-size',
      'Applicator type and balloon size match the plan.',
      'never',
      IORT,
    ),
    item(
      'fill-medium-volume',
      'Balloon fill medium and volume (cc) match the plan.',
      'never',
      `${IORT}; saline lowers the balloon-surface dose about 5 % against water (operating-room.md §1.2)`,
    ),
    item(
      'conformance',
      'The cavity conforms to the balloon; how it was checked (ultrasound, visual, CT) is recorded.',
      'with-reason',
      IORT,
    ),
    item(
      'skin-distance',
      'Skin-to-balloon distance measured, with the value and how it was measured.',
      'never',
      IORT,
    ),
    item(
      'prescription-read-back',
      'Prescription read back: dose, reference (surface or depth), one fraction.',
      'never',
      IORT,
    ),
    item(
      'output-check-passed',
      'Today’s output check passed and the final plan uses the measured strength.',
      'never',
      `${IORT}; issue 13 output check`,
    ),
    item(
      'total-time-independent-check',
      'Planned total time agrees with the independent check.',
      'never',
      IORT,
    ),
    item(
      'skin-chest-wall-shielding',
      'Skin or chest-wall shielding is in place as planned, or none is planned.',
      'with-reason',
      IORT,
    ),
    item(
      'shielding-staff-positions',
      'Staff shielding is in place and everyone is in position.',
      'never',
      `${IORT}; staff shielding for sources under 50 kV (operating-room.md §1.1)`,
    ),
    item(
      'patient-observation',
      'The patient will be watched and heard throughout the delivery.',
      'never',
      `${IORT}; continuous aural and visual observation (operating-room.md §1.1)`,
    ),
    item(
      'emergency-stop',
      'The emergency stop and the abnormal-event procedure are known and rehearsed.',
      'never',
      `${IORT}; written abnormal-situation procedures (operating-room.md §1.1)`,
    ),
  ],
};

export const DEFAULT_CHECKLISTS: readonly ChecklistTemplate[] = [
  WHO_SIGN_IN,
  WHO_TIME_OUT,
  WHO_SIGN_OUT,
  IORT_TIME_OUT,
];
