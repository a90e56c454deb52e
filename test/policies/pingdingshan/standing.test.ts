// A studio counts its mentors (第五条（三）1) from each mentor's standing on the conditions of
// 第五条（一）（二）, taken without wording any message (issue 30): it must be what the mentor
// rules themselves say, under every reading and changed value they read.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRules, verdictOf } from '../../../src/core/check.js';
import { resolveParameters, textValues } from '../../../src/core/parameters.js';
import { policyBehind } from '../../../src/core/public.js';
import { policies } from '../../../src/index.js';
import { mentorConditionRules, mentorStanding } from '../../../src/policies/pingdingshan/mentor.js';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/pingdingshan/${path}`, import.meta.url), 'utf8'));
const studio = read('studio-application.json');
const [lead, m1] = studio.mentors;

/** Mentors of every standing: qualified, without a route, with an open route, a record, a late start. */
const MENTORS = [
  ...studio.mentors,
  { ...read('mentor.json'), role: 'mentor' },
  { ...lead, certificates: undefined, serviceSince: '2025-01-01' },
  { role: 'mentor', name: '甲', records: { criminalPunishment: true } },
  { role: 'mentor' },
  { ...m1, serviceYears: undefined, serviceSince: '2027-01-01' },
  { ...m1, serviceYears: undefined, serviceSince: '2021-11-22' },
  { ...m1, records: { ...m1.records, expelledFromParty: undefined }, volunteers: false },
  { ...lead, certificates: [{ kind: 'other' }, { kind: 'other', accepted: false }] },
  { ...m1, commendations: [{ level: 'municipal', date: '2027-01-01', forEntrepreneurshipWork: true }] },
  { ...m1, commendations: [{ level: 'provincial' }], outstandingResults: false },
];

const OPTIONS = [
  {},
  { readings: { 'mentor.serviceYearsReached': 'day-after-anniversary' } },
  { parameters: { 'mentor.serviceYears': 3 } },
  { parameters: { 'mentor.disqualifyingRecords': [] } },
  { parameters: { 'mentor.certificateKinds': [], 'mentor.commendationLevels': [] } },
];

/** What a studio reads of a mentor, from the mentor rules' own results. */
function fromTheRules(facts: object, ctx: { asOf: string; param: typeof textValues }) {
  const results = runRules(mentorConditionRules, facts, ctx);
  const route = results.find((r) => r.ruleId === 'pingdingshan.mentor.route')?.actual as { qualifiedBy: string[] };
  return {
    verdict: verdictOf(results, []),
    failed: results.filter((r) => r.status === 'fail').map((r) => r.ruleId),
    open: results.filter((r) => r.status === 'unknown').map((r) => r.ruleId),
    missing: results.flatMap((r) => r.missing ?? []),
    qualifiedBy: route.qualifiedBy,
  };
}

describe("a mentor's standing is what the mentor rules say (issue 30)", () => {
  const policy = policyBehind(policies.pingdingshan);

  it('every mentor, at dates either side of the 5th anniversaries, under every reading and changed value', () => {
    const verdicts = new Set<string>();
    for (const options of OPTIONS) {
      const { param } = resolveParameters(policy, options, []);
      for (const m of MENTORS)
        for (const asOf of ['2026-11-22', '2026-11-21', '2024-06-01', '2025-06-15', '2024-03-01']) {
          const facts = JSON.parse(JSON.stringify(m));
          const ctx = { asOf, param };
          const standing = mentorStanding(facts, ctx);
          expect(standing).toEqual(fromTheRules(facts, ctx));
          verdicts.add(standing.verdict);
        }
    }
    // The corpus reaches every verdict a mentor can have.
    expect([...verdicts].sort()).toEqual(['eligible', 'incomplete', 'ineligible']);
  });

  it('property: any mix of the example mentors’ facts', () => {
    const facts = fc.record(
      {
        role: fc.constant('mentor' as const),
        supportsConstitution: fc.boolean(),
        lawAbiding: fc.boolean(),
        volunteers: fc.boolean(),
        records: fc.record({ criminalPunishment: fc.boolean(), otherStatutoryBar: fc.boolean() }, { requiredKeys: [] }),
        serviceSince: fc.constantFrom('2019-03-01', '2021-11-22', '2030-01-01'),
        serviceYears: fc.integer({ min: 0, max: 9 }),
        certificates: fc.array(
          fc.record(
            { kind: fc.constantFrom('entrepreneurship_trainer', 'other'), accepted: fc.boolean() },
            { requiredKeys: ['kind'] },
          ),
          { maxLength: 2 },
        ),
        commendations: fc.array(
          fc.record(
            {
              level: fc.constantFrom('municipal', 'county'),
              forEntrepreneurshipWork: fc.boolean(),
              date: fc.constantFrom('2020-01-01', '2027-01-01'),
            },
            { requiredKeys: ['level'] },
          ),
          { maxLength: 2 },
        ),
        outstandingResults: fc.boolean(),
      },
      { requiredKeys: ['role'] },
    );
    fc.assert(
      fc.property(facts, fc.constantFrom('2026-11-22', '2024-06-01'), (m, asOf) => {
        const ctx = { asOf, param: textValues };
        expect(mentorStanding(m as never, ctx)).toEqual(fromTheRules(m, ctx));
      }),
      { numRuns: 300 },
    );
  });
});
