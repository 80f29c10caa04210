export const comparison = {
  comparison: {
    title: 'IORT compared with other radiation',
    intro:
      'After surgery that keeps the breast, radiation lowers the chance that the cancer comes back in that breast. Here are four common ways to give it. Your care team can tell you which ones fit your case.',
    decision:
      'The choice is yours to make with your team. It often comes down to how many visits you can manage, the side effects, and how much a small difference in risk matters to you.',
    optionsTitle: 'Four ways to give radiation',
    labels: {
      suits: 'Who it suits',
      visits: 'Visits and weeks',
      treated: 'What is treated',
      common: 'Common side effects',
      rare: 'Rare side effects',
      after: 'After the final report',
    },
    visits_one: '{{count}} treatment visit',
    visits_other: '{{count}} treatment visits',
    weeks_one: 'over {{count}} week',
    weeks_other: 'over {{count}} weeks',
    weeksRange_one: 'over {{from}} to {{to}} week',
    weeksRange_other: 'over {{from}} to {{to}} weeks',
    options: {
      iort: {
        name: 'IORT (one dose during surgery)',
        suits_one:
          'Small, early cancers with a low risk of coming back. In this program: people older than {{count}} with a tumour smaller than {{size}}, among other points.',
        suits_other:
          'Small, early cancers with a low risk of coming back. In this program: people older than {{count}} with a tumour smaller than {{size}}, among other points.',
        visits:
          'No extra visits: the dose is given during the operation, which takes about {{addedMinutes}} longer.',
        treated: 'A small area of tissue around the space where the tumour was.',
        common:
          'A firm area near the scar, which usually settles within 2 years. Fluid under the scar (seroma) is more common than after whole-breast radiation.',
        rare: 'Wound problems that need another operation ({{woundCount}} of {{woundTotal}} people in one large group).',
        after:
          'Some people need whole-breast radiation as well: {{wbiAfterIortCount}} of {{iortTreatedCount}} women ({{wbiAfterIortShare}}) in the TARGIT-A trial.',
      },
      wbi3: {
        name: 'Whole-breast radiation over 3 weeks',
        suits:
          'Most people after breast-keeping surgery, with any tumour size or type. It can also treat lymph nodes.',
        treated: 'The whole breast, and sometimes the lymph nodes nearby.',
        common:
          'Skin redness or soreness like a sunburn, and tiredness during treatment. Some people notice the breast look or feel different years later.',
        rare: 'Lasting hard or swollen breast tissue, and small visible blood vessels in the skin.',
        after:
          'The plan is made after the final report, so it already takes the report into account.',
      },
      wbi5: {
        name: 'Whole-breast radiation over 5 weeks',
        suits:
          'People for whom the team prefers smaller daily doses, for example after breast reconstruction or when lymph nodes are treated.',
        treated:
          'The whole breast, and sometimes the lymph nodes nearby. Sometimes extra doses go to the tumour area (a boost).',
        common:
          'Skin redness or soreness like a sunburn, often a little more than with 3 weeks, and tiredness during treatment.',
        rare: 'Lasting hard or swollen breast tissue, and small visible blood vessels in the skin.',
        after:
          'The plan is made after the final report, so it already takes the report into account.',
        boost: 'plus {{from}} to {{to}} visits when a boost is added',
      },
      pbi5: {
        name: 'Partial-breast radiation in 5 visits',
        suits:
          'Small, early cancers with a low risk of coming back, much like IORT. It is given from outside the body after surgery.',
        treated: 'The part of the breast around where the tumour was.',
        common:
          'Mild skin redness. In the Florence trial there were fewer side effects, and the breast looked better, than after whole-breast radiation.',
        rare: 'Lasting hard breast tissue in the treated area.',
        after:
          'The plan is made after the final report, so it already takes the report into account.',
      },
    },
    recurrence: {
      title: 'How often the cancer came back in the same breast',
      intro:
        'Each block below is one trial. It shows how many women out of 1,000 had the cancer come back in the treated breast, and after how many years. Compare the groups within one trial, not across trials: each trial had different people and different follow-up.',
      perThousand_one: '{{count}} in 1,000 women',
      perThousand_other: '{{count}} in 1,000 women',
      horizon_one: 'after {{count}} year',
      horizon_other: 'after {{count}} years',
      iconLabel:
        '{{arm}}: {{count}} of 1,000 squares are dark. Each dark square is a woman whose cancer came back {{horizon}}.',
      trials: {
        targit: {
          title: 'TARGIT-A trial: IORT with low-energy X-rays',
          note: 'Counted: {{iortEvents}} of {{iortTotal}} women after IORT and {{wbiEvents}} of {{wbiTotal}} after whole-breast radiation. The trial had set in advance how large a difference was acceptable, and this one stayed within that limit.',
        },
        eliot: {
          title: 'ELIOT trial: IORT with electrons',
          note: 'The gap grew with time. After IORT, the cancer came back in {{fiveYear}} in 1,000 women at 5 years and {{fifteenYear}} in 1,000 at 15 years.',
        },
        startB: {
          title: 'START-B trial: whole-breast radiation over 3 or 5 weeks',
          note: 'This count includes cancer coming back near the breast, such as in lymph nodes. The 3-week schedule did at least as well as the 5-week one.',
        },
        florence: {
          title: 'Florence trial: partial-breast radiation in 5 visits',
          note: 'The difference between the groups was small and could be due to chance. The comparison group had whole-breast radiation over 5 weeks plus a boost.',
        },
      },
      arms: {
        targitIort: 'IORT',
        targitWbi: 'Whole-breast radiation',
        eliotIort: 'IORT with electrons',
        eliotWbi: 'Whole-breast radiation',
        startB3w: 'Whole breast, 3 weeks',
        startB5w: 'Whole breast, 5 weeks',
        florencePbi: 'Partial breast, 5 visits',
        florenceWbi: 'Whole breast, 5 weeks',
      },
      source: 'Source: {{citation}}',
    },
    survival: 'In these trials, the choice of radiation did not change how long women lived.',
    askTeam:
      'Questions to ask your team: Which of these options fit my case? What would my own risk be? How likely is it that I would need more radiation after IORT?',
  },
};
