export const landing = {
  landing: {
    pageTitle: 'Breast IORT explained',
    title: 'Radiation therapy during breast cancer surgery',
    intro:
      'Intraoperative radiation therapy (IORT) treats early breast cancer in the operating room. The dose is given right after the surgeon takes out the tumour. For some people, this one treatment takes the place of weeks of radiation visits after surgery.',
    facts: {
      dose: 'one dose, given during surgery',
      doseMinutes: 'to give the dose',
      addedMinutes: 'added to the operation',
    },
    notAdviceTitle: 'General facts, not medical advice',
    notAdvice:
      'This page explains IORT in general. It cannot say if IORT is right for you. You decide that with your own care team, who know the details of your case.',
    selfCheckButton: 'Could IORT be an option for me? Take the self-check',
    compareButton: 'Compare IORT with other radiation',
    how: {
      title: 'What happens during IORT',
      steps: {
        surgery:
          'During a lumpectomy (surgery that keeps the breast), the surgeon first takes out the tumour.',
        balloon:
          'The radiation doctor puts a soft balloon in the space left behind. It is filled with sterile salt water.',
        source:
          'A tiny X-ray source goes into a thin tube in the middle of the balloon. It works at a low energy ({{sourceKilovolts}} kilovolts). The radiation reaches mostly the tissue close to where the tumour was, not the whole breast.',
        dose: 'With a medical physicist, the radiation doctor gives one dose, often {{doseGy}} Gy at the balloon surface. Gy (gray) is the unit of radiation dose. This takes about {{doseMinutes}}.',
        finish:
          'The balloon comes out and the surgeon finishes the operation. In all, IORT makes the surgery about {{addedMinutes}} longer.',
      },
    },
    suits: {
      title: 'Who IORT usually suits',
      intro:
        'IORT is for small, early cancers with a low risk of coming back. The program starts from these criteria. Someone may be a good candidate when all of them apply:',
      team: 'Meeting these points does not mean IORT will be offered. A team of breast surgeon, cancer doctor and radiation doctor looks at each case. They talk the options through with the patient.',
      clinicians:
        'For doctors who refer patients: guidelines do not all draw these lines in the same place. The program’s team can explain how its criteria compare with published guidance.',
    },
    after: {
      title: 'When the final results change the plan',
      body: 'After surgery, a lab doctor looks closely at the tissue that was removed. Sometimes this final report finds something that could not be seen before, like a lobular cancer or cancer in several lymph nodes. The team then usually advises whole-breast radiation once the breast has healed, on top of the IORT.',
      figure:
        'In the TARGIT-A trial, {{wbiAfterIortCount}} of {{iortTreatedCount}} women who had IORT ({{wbiAfterIortShare}}) also had whole-breast radiation. When IORT was given during the lumpectomy itself, the share was {{wbiAfterIortAtSurgeryShare}}.',
      extra:
        'This added radiation usually means {{addedVisitsMin}} to {{addedVisitsMax}} more visits over {{addedWeeksMin}} to {{addedWeeksMax}} weeks.',
    },
    tradeOffs: {
      title: 'The trade-offs, honestly',
      goodTitle: 'What IORT can offer',
      good: {
        oneDay:
          'For most people, radiation is done on the day of surgery. Whole-breast radiation means a series of visits instead: from 5 visits in one week to 25 or more over 5 to 6 weeks.',
        small: 'The radiation goes to a small area around the tumour site, not the whole breast.',
        fibrosis:
          'Hardening of the breast tissue later on may be less common. At one German center, it was seen at 3 years in {{fibrosisIortShare}} of women after IORT alone, and in {{fibrosisWbiShare}} after whole-breast radiation.',
      },
      weighTitle: 'What to weigh against it',
      weigh: {
        recurrence:
          'The cancer is a little more likely to come back in the same breast after IORT. The comparison page shows the numbers per 1,000 women, with the time and the trial.',
        guideline:
          'The 2023 ASTRO guideline on partial-breast radiation says IORT alone is linked with more cancers coming back in the same breast than whole-breast radiation.',
        extraRadiation:
          'Some people still need whole-breast radiation later, when the final report shows risk features.',
        seroma:
          'Fluid under the scar (a seroma) is more common after IORT, but uncommon with both. A firm area near the scar usually settles within {{firmAreaMonthsMin}} to {{firmAreaMonthsMax}} months.',
        wound:
          'In one large group of patients, {{woundCount}} of {{woundTotal}} needed another operation for a wound problem.',
      },
      survival:
        'Survival did not differ in the trials. The trial evidence for low-energy X-ray IORT comes from TARGIT-A, which used a different applicator from the balloon described here. We found no published results of 5 years or more for the balloon system itself.',
    },
    sources: {
      title: 'Sources',
      intro:
        'The figures on these pages come from these papers. Each figure depends on who took part and how long they were followed. It may not match any one person’s risk.',
    },
    questions:
      'Your breast surgeon or radiation doctor can best answer questions about your own care.',
  },
};
