/**
 * The candidacy page's strings (`clinician` namespace, under `candidacy`): the clinical-facts
 * form, the result by rule set, the history and the printed summary. The rule sets' own words
 * (titles, criteria, rules, meanings) and the fact and category labels are not here.
 */
export const candidacy = {
  page: {
    title: 'Candidacy',
    titleWithPatient: 'Candidacy · {{name}}',
    loading: 'Loading the candidacy record…',
    printWithEvidence: 'Print with full evidence',
    print: 'Print',
    clinicalFacts: 'Clinical facts',
    readOnly: 'Your role can read evaluations but not make new ones.',
    resultByRuleSet: 'Result by rule set',
    noEvaluation: 'No evaluation yet. The result appears here after “Evaluate”.',
    phases: 'Before and after surgery',
    phasesIntro: 'The latest preoperative and final-pathology evaluations.',
    evaluations: 'Evaluations',
  },
  afterPathology: {
    title: 'After final pathology: what usually follows',
    changed: 'Final pathology changed the answer:',
    margin:
      'A margin with tumour at ink usually leads to re-excision (the TARGIT protocol’s trigger list as commonly summarised; unconfirmed source).',
    riskAdapted:
      'Under the risk-adapted approach, whole-breast radiation (without a boost) is added after IORT when final pathology shows such features. In TARGIT-A it was added for 15.2% of the patients who received IORT.',
    team: 'The multidisciplinary team decides with the patient.',
    source: 'Source: {{citation}} (TARGIT-A, risk-adapted approach)',
  },
  ageCheck: {
    title: 'Check the age',
    body: 'Born {{birthDate}}, the patient is {{computed}} on {{date}}, not {{typed}}. Correct the age or the date of birth before evaluating.',
  },
  carried: {
    none: 'No earlier evaluation: fields start empty, which means not known.',
    noneWithAge:
      'No earlier evaluation: fields start empty, which means not known. Age computed from the date of birth ({{birthDate}}) on today’s date.',
    from: 'Values carried from the evaluation of <time/>. Update what has changed; an empty field means not known.',
    fromWithAge:
      'Values carried from the evaluation of <time/>. Update what has changed; an empty field means not known. Age computed from the date of birth ({{birthDate}}) on today’s date.',
  },
  form: {
    label: 'Clinical facts',
    notEvaluated: 'Not evaluated',
    failed: 'Evaluating failed. Please try again.',
    mainFinal: 'Main findings from final pathology',
    mainPreoperative: 'Main findings before surgery',
    evaluate: 'Evaluate',
    evaluateHint: 'The server evaluates every rule set and records the result with its versions.',
    moreFindings: 'More findings ({{filled}} of {{total}} filled)',
  },
  groups: {
    patient: 'Patient',
    tumour: 'Tumour',
    margins: 'Margins and pathology',
    nodes: 'Lymph nodes',
    treatment: 'Treatment and context',
  },
  values: {
    chooseYesNo: 'Choose yes, no or not known',
    chooseListed: 'Choose one of the listed values',
    wholeNumber: 'Enter a whole number',
    number: 'Enter a number in {{unit}}, such as 12.5',
  },
  field: {
    notKnown: 'Not known',
    yes: 'Yes',
    no: 'No',
    grade: 'Grade {{n}}',
    withUnit: '{{label}} ({{unit}})',
  },
  phase: {
    label: 'Phase',
    hint: 'Preoperative: core biopsy, imaging and clinical nodes. Final pathology: after surgery.',
    preoperative: 'Preoperative',
    finalPathology: 'Final pathology',
    notGiven: 'Phase not given',
  },
  derivedT: {
    label: 'T category (derived)',
    hint: 'From the invasive size alone (Tis for pure DCIS); not entered, not sent.',
    notKnown: 'Not known',
  },
  history: {
    none: 'No evaluations yet. Enter what is known and choose “Evaluate”.',
    date: 'Date',
    phase: 'Phase',
    by: 'By',
    programCriteria: 'Program criteria',
    programResult: 'Program result',
    show: 'Show the evaluation of {{time}}',
  },
  summary: {
    evaluationOf: '{{phase}} evaluation of <time/>',
    by: 'by {{name}}',
    versions: 'Engine {{engine}} · program criteria {{program}}',
    versionsWithRuleSets:
      'Engine {{engine}} · program criteria {{program}} · rule sets: {{ruleSets}}',
  },
  phaseTable: {
    ruleSet: 'Rule set',
    preoperative: 'Preoperative <when>(<time/>)</when>',
    finalPathology: 'Final pathology <when>(<time/>)</when>',
  },
  ruleSet: {
    assumed: 'Assumed where unknown, as the source allows: {{facts}}',
    version: 'version {{version}}',
    needs: '<strong>Needs:</strong> {{facts}}',
    couldBe: '<strong>Could be:</strong> {{categories}}',
    hideCriteria: 'Hide criteria',
    showCriteria: 'Show criteria ({{n}})',
    toggleFor: '{{action}}: {{title}}',
    source: 'Source: {{citation}}',
  },
  finding: {
    doesNotApply: 'Does not apply',
    unknown: 'Unknown',
    unknownCouldBe: 'Unknown — could be {{categories}}',
    either: '{{a}} or {{b}}',
    decided: 'Decided the result',
    rule: 'Rule:',
    source: 'Source: {{citation}}',
    sourceWithDetail: 'Source: {{citation}} — {{detail}}',
  },
  evidence: {
    label: 'Evidence:',
  },
  unconfirmed: {
    badge: 'Unconfirmed source',
    meaning:
      'Unconfirmed source: the rule comes from a source OpenIORT could not check against a readable copy of the publication, or it is OpenIORT’s own reading of it. Check the primary publication before relying on it.',
    explanation:
      '<strong>“Unconfirmed source”</strong> means the rule comes from a source OpenIORT could not check against a readable copy of the publication, or is OpenIORT’s own reading of it. Check the primary publication before relying on it.',
  },
  print: {
    decisionSupport: 'Decision support only: the multidisciplinary team decides.',
    printed: 'Printed from OpenIORT on {{time}}. {{note}}',
    summaryTitle: 'Candidacy summary',
    patientLine: '{{name}} · MRN {{mrn}} · born {{birthDate}}',
    evaluationLine: '{{phase}} evaluation of {{time}} by {{name}}',
    ruleSet: 'Rule set',
    answer: 'Answer',
    deciding: 'Deciding criteria',
    needs: 'Needs: {{facts}}',
  },
};
