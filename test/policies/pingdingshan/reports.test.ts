// Every Pingdingshan studio and mentor report, pinned: a change made for speed (issue 30)
// must not move one word of any report. The corpus is the bundled examples with each value
// removed or moved to an edge, studios assembled from varied mentors (a person listed
// twice, as lead and mentor, without a name), each under the readings and changed values
// the rules read and at dates on either side of the measures and of a 5th anniversary.
// Each line of reports/*.txt is a group of reports and the digest of their JSON; after a
// deliberate change of wording, `npx vitest run -u` rewrites them (review the diff).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/index.js';
import { variants } from '../../helpers/corpus.js';

// Thousands of checks: seconds, more on a loaded machine.
const TIMEOUT = 120_000;

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/pingdingshan/${path}`, import.meta.url), 'utf8'));
const studio = read('studio-application.json');
const mentor = read('mentor.json');

const OPTIONS: Record<string, object> = {
  text: {},
  'lead counts': { readings: { 'studio.leadCountsAsMentor': true } },
  'day after anniversary': { readings: { 'mentor.serviceYearsReached': 'day-after-anniversary' } },
  'counts changed': { parameters: { 'studio.leadMentors': 2, 'studio.mentors': 1, 'mentor.serviceYears': 7 } },
  'a record dropped': {
    parameters: {
      'mentor.disqualifyingRecords': [
        { id: 'criminalPunishment', label: { zh: '因犯罪受过刑事处罚', en: 'criminal punishment for a crime' } },
      ],
    },
  },
  'lists changed': {
    parameters: {
      'mentor.certificateKinds': [{ id: 'hr_practitioner', label: { zh: '人力资源师', en: 'HR' } }],
      'mentor.commendationLevels': [{ id: 'provincial', label: { zh: '省级', en: 'provincial' } }],
    },
  },
  'issued 2024-05-01': { effectiveFrom: '2024-05-01' },
};
// The check date, the day before and of the lead's 5th anniversary, before the measures' year, before the measures.
const DATES = ['2026-11-22', '2024-02-29', '2024-03-01', '2024-06-01', '2020-01-01'];

/** Mentors of every standing: the example's, with values removed, failing, open, late. */
function mentorPool(): object[] {
  const [lead, m1, m2] = studio.mentors;
  return [
    lead,
    m1,
    m2,
    { ...mentor, role: 'lead' },
    { ...m1, role: 'lead' },
    { ...lead, role: 'mentor' },
    { ...m2, name: undefined, idNumber: undefined },
    { ...m2, name: ` ${m2.name} `, idNumber: undefined },
    { ...m1, records: { ...m1.records, criminalPunishment: true } },
    { ...m1, records: undefined },
    { ...m1, volunteers: false },
    { ...m1, fitForDuty: undefined, lawAbiding: undefined },
    { ...lead, certificates: undefined },
    { ...lead, certificates: [{ kind: 'other' }] },
    { ...lead, certificates: [{ kind: 'other', accepted: false }], outstandingResults: false },
    { ...lead, serviceSince: '2027-01-01' },
    { ...lead, serviceSince: undefined },
    { ...m1, commendations: [{ level: 'municipal', date: '2027-01-01', forEntrepreneurshipWork: true }] },
    { ...m1, commendations: [{ level: 'provincial' }] },
    { role: 'mentor', name: '甲' },
    { role: 'lead' },
  ];
}

/** Studios assembled from the pool: a fixed seed, so the same studios every run. */
function assembled(): object[] {
  const pool = mentorPool();
  const mentors = fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 6 });
  return fc.sample(mentors, { seed: 30, numRuns: 120 }).map((list) => ({ ...studio, mentors: list }));
}

const digest = (reports: unknown[]) => createHash('sha256').update(JSON.stringify(reports)).digest('hex').slice(0, 32);

function lines(subject: 'studio' | 'mentor', groups: [string, unknown[]][], runs: [string, string, object][]): string {
  const out: string[] = [];
  for (const [group, inputs] of groups)
    for (const [label, asOf, options] of runs) {
      const reports = inputs.map((x) => check('pingdingshan', subject, x, { asOf, ...options }));
      out.push(`${group} | ${label} | ${asOf}: ${inputs.length} ${digest(reports)}`);
    }
  return `${out.join('\n')}\n`;
}

const everyOption = (dates: string[]) =>
  dates.flatMap((asOf) => Object.entries(OPTIONS).map(([label, o]) => [label, asOf, o] as [string, string, object]));

describe('every Pingdingshan report is what it was (issue 30: faster, not different)', () => {
  it('the assembled studios reach every verdict, and every status of both mentor counts', () => {
    const seen = new Set<string>();
    for (const x of assembled())
      for (const options of Object.values(OPTIONS)) {
        const r = check('pingdingshan', 'studio', x, { asOf: '2026-11-22', ...options });
        seen.add(r.verdict);
        for (const res of r.results) if (res.ruleId.endsWith('mentors')) seen.add(`${res.ruleId} ${res.status}`);
      }
    expect([...seen].sort()).toEqual([
      'eligible',
      'incomplete',
      'ineligible',
      'pingdingshan.studio.lead_mentors fail',
      'pingdingshan.studio.lead_mentors pass',
      'pingdingshan.studio.lead_mentors unknown',
      'pingdingshan.studio.mentors fail',
      'pingdingshan.studio.mentors pass',
      'pingdingshan.studio.mentors unknown',
    ]);
  });

  it(
    'studios: the example varied, at the check date under every option; assembled studios at every date',
    async () => {
      const pinned = lines(
        'studio',
        [
          ['example varied', [...variants(studio)]],
          ['assembled', assembled()],
        ],
        everyOption(['2026-11-22']),
      );
      const dated = lines('studio', [['assembled', assembled()]], everyOption(DATES.slice(1)));
      await expect(pinned + dated).toMatchFileSnapshot('reports/studio.txt');
    },
    TIMEOUT,
  );

  it(
    'mentors: the example varied and the pool, at every date under every option',
    async () => {
      const pool = mentorPool().map(({ role: _, ...m }: { role?: string }) => m);
      const pinned = lines(
        'mentor',
        [
          ['example varied', [...variants(mentor)]],
          ['pool', pool],
        ],
        everyOption(DATES),
      );
      await expect(pinned).toMatchFileSnapshot('reports/mentor.txt');
    },
    TIMEOUT,
  );
});
