// Both sides of every numeric threshold of Tianjin's notice (the studio's conditions and
// the evaluation's yearly minimums) and of Pingdingshan's measures, through the test kit (the guideline's are in
// kit.test.ts): each pair sits at the threshold itself, and the kit shows a rule reading
// the parameter passes on one side and fails on the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type Policy, policies } from '../../src/index.js';
import { type Boundary, type PolicyCase, thresholdFindings } from '../../src/testing/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const tianjin = policies.tianjin as Policy;
const AS_OF = '2026-11-22';
const application = read('tianjin/studio-application.json');
const year = read('tianjin/year-record.json');
const studio = (input: unknown, asOf = AS_OF): PolicyCase => ({ subject: 'studio', input, asOf });
const record = (changes: object): PolicyCase => ({
  subject: 'evaluation',
  input: { ...year, ...changes },
  asOf: AS_OF,
  period: { from: '2025-06-20', to: '2026-06-19' },
});
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
type Activity = { kind: string };
const activities = year.activities as Activity[];
/** The activities with `n` of the kinds given kept, the others as they are. */
const keeping = (kinds: string[], n: number) => {
  let kept = 0;
  return activities.filter((a) => !kinds.includes(a.kind) || kept++ < n);
};

// The right of use must run to the date the studio check names (3 years from the as-of date).
const useRight = check('tianjin', 'studio', application, { asOf: AS_OF }).results.find(
  (r) => r.ruleId === 'tianjin.venue.use_right',
);
const neededUntil = (useRight?.expected as { until: string } | undefined)?.until ?? 'not found';
const served = year.servedStartups as { foundedOn: string; firstServedOn: string }[];

const boundaries: Boundary[] = [
  { parameter: 'lead.count', pass: studio(application), fail: studio({ ...application, leads: [] }) },
  // 王海 since 2018-04-01: five years (含) on 2023-04-01.
  { parameter: 'lead.serviceYears', pass: studio(application, '2023-04-01'), fail: studio(application, '2023-03-31') },
  {
    parameter: 'venue.areaSqm',
    pass: studio({ ...application, venue: { ...application.venue, areaSqm: '100' } }),
    fail: studio({ ...application, venue: { ...application.venue, areaSqm: '99.99' } }),
  },
  {
    parameter: 'venue.useRightYears',
    pass: studio({ ...application, venue: { ...application.venue, useRightUntil: neededUntil } }),
    fail: studio({ ...application, venue: { ...application.venue, useRightUntil: dayBefore(neededUntil) } }),
  },
  {
    parameter: 'staff.count',
    pass: studio(application),
    fail: studio({ ...application, staff: application.staff.slice(1) }),
  },
  {
    parameter: 'staff.experienceYears',
    pass: studio({ ...application, staff: [...application.staff.slice(0, 2), { name: '杨帆', experienceYears: 2 }] }),
    fail: studio({
      ...application,
      staff: [...application.staff.slice(0, 2), { name: '杨帆', experienceYears: 1.99 }],
    }),
  },
  // 四（一）4: the year's record holds exactly 5 service activities, 3 "four into" and 1 financing event.
  {
    parameter: 'evaluation.minServiceActivities',
    pass: record({ activities }),
    fail: record({ activities: keeping(['policy_consultation', 'training', 'exchange_guidance'], 4) }),
  },
  {
    parameter: 'evaluation.minFourIntoActivities',
    pass: record({ activities: keeping(['four_into'], 2) }),
    fail: record({ activities: keeping(['four_into'], 1) }),
  },
  {
    parameter: 'evaluation.minFinancingEvents',
    pass: record({ activities }),
    fail: record({ activities: keeping(['financing_matchmaking'], 0) }),
  },
  // 四（一）5: the first ten start-ups are new (founded within 3 years); the eleventh is not.
  {
    parameter: 'evaluation.minNewStartups',
    pass: record({ servedStartups: served.slice(0, 10) }),
    fail: record({ servedStartups: served.slice(0, 9) }),
  },
  // The tenth founded 3 years to the day before it was first served (含), or a day earlier.
  {
    parameter: 'evaluation.startupMaxAgeYears',
    pass: record({ servedStartups: [...served.slice(0, 9), { ...served[10], foundedOn: '2023-05-12' }] }),
    fail: record({ servedStartups: [...served.slice(0, 9), { ...served[10], foundedOn: '2023-05-11' }] }),
  },
  {
    parameter: 'evaluation.minIncubatedProjects',
    pass: record({
      grownStartups: [],
      incubatedProjects: [...year.incubatedProjects, { date: '2026-05-01', name: '东丽智慧物流 完成孵化' }],
    }),
    fail: record({ grownStartups: [] }),
  },
  {
    parameter: 'evaluation.minGrownStartups',
    pass: record({ incubatedProjects: [] }),
    fail: record({ incubatedProjects: [], grownStartups: [] }),
  },
  {
    parameter: 'evaluation.growthFinancingYuan',
    pass: record({ incubatedProjects: [], grownStartups: [{ ...year.grownStartups[0], financingYuan: '1000000' }] }),
    fail: record({ incubatedProjects: [], grownStartups: [{ ...year.grownStartups[0], financingYuan: '999999.99' }] }),
  },
];

describe('Tianjin: every numeric threshold on both of its sides', () => {
  it('each pair flips a rule that reads the parameter; none is missing', () => {
    expect(neededUntil).toMatch(/^2029-/u);
    expect(
      thresholdFindings(tianjin, boundaries, {
        exempt: {
          'evaluation.afterYears':
            'decides whether the year can be evaluated at all (not_applicable before a full year), never fail: evaluation-year.test.ts',
        },
      }),
    ).toEqual([]);
  });
  it('without the exemption, the year of running is named as untested', () => {
    expect(thresholdFindings(tianjin, boundaries).map((f) => `${f.kind} ${f.id}`)).toEqual([
      'threshold_untested evaluation.afterYears',
    ]);
  });
});

const pingdingshan = policies.pingdingshan as Policy;
const pdsStudio = read('pingdingshan/studio-application.json');
const pdsMentor = read('pingdingshan/mentor.json');
const pdsYear = read('pingdingshan/year-record.json');
const pdsRecord = (changes: object): PolicyCase => ({
  subject: 'evaluation',
  input: { ...pdsYear, ...changes },
  asOf: AS_OF,
  period: { from: '2025-01-01', to: '2025-12-31' },
});
const mentor = (input: unknown, asOf = AS_OF): PolicyCase => ({ subject: 'mentor', input, asOf });
const pdsActivities = pdsYear.activities as { date: string; kind: string }[];
const pdsBoundaries: Boundary[] = [
  // 李华 since 2019-03-01, the years alone (no certificate, no commendation): five years (含) on 2024-03-01.
  {
    parameter: 'mentor.serviceYears',
    pass: mentor({ ...pdsMentor, certificates: [], commendations: [] }, '2024-03-01'),
    fail: mentor({ ...pdsMentor, certificates: [], commendations: [] }, '2024-02-29'),
  },
  {
    parameter: 'studio.leadMentors',
    pass: studio(pdsStudio),
    fail: studio({ ...pdsStudio, mentors: pdsStudio.mentors.map((m: object) => ({ ...m, role: 'mentor' })) }),
  },
  {
    parameter: 'studio.mentors',
    pass: studio(pdsStudio),
    fail: studio({ ...pdsStudio, mentors: pdsStudio.mentors.slice(0, 2) }),
  },
  {
    parameter: 'studio.staff',
    pass: studio(pdsStudio),
    fail: studio({ ...pdsStudio, staff: pdsStudio.staff.slice(1) }),
  },
  // 第十条: an exchange in every quarter of 2025 (one each), "four into" twice, two backbones.
  {
    parameter: 'effects.quarterlyExchanges',
    pass: pdsRecord({}),
    fail: pdsRecord({ activities: pdsActivities.filter((a) => a.date !== '2025-09-09') }),
  },
  {
    parameter: 'effects.fourIntoActivities',
    pass: pdsRecord({}),
    fail: pdsRecord({ activities: pdsActivities.filter((a) => a.date !== '2025-10-23') }),
  },
  { parameter: 'effects.backbones', pass: pdsRecord({}), fail: pdsRecord({ backbones: pdsYear.backbones.slice(1) }) },
];

describe('Pingdingshan: every numeric threshold on both of its sides', () => {
  it('each pair flips a rule that reads the parameter; the exempted say why', () => {
    expect(
      thresholdFindings(pingdingshan, pdsBoundaries, {
        exempt: {
          'materials.copies':
            '第七条: a file short of copies is to be supplied (补正): unknown, never fail (rule-statuses.test.ts)',
        },
      }),
    ).toEqual([]);
  });
});
