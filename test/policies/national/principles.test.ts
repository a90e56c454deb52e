// The principles of issue 24 in the guideline: a fact dated after the as-of date does not
// exist yet. (The guideline sets no time limit for an act, so no deadline moves.) And its
// parameters are read at check time (issue 26): a reading or a reform changes the result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/index.js';

const eligible = JSON.parse(
  readFileSync(new URL('../../../examples/national/eligible-studio.json', import.meta.url), 'utf8'),
);
const AS_OF = '2026-11-22';
const result = (input: unknown, id: string, options: object = {}) =>
  check('national', 'studio', input, { asOf: AS_OF, ...options }).results.find((r) => r.ruleId === id);

describe('a fact dated after the as-of date does not exist yet', () => {
  it('a lead whose guidance work starts the day after the as-of date has no years; the day itself, none either', () => {
    const lead = (since: string) => ({
      ...eligible,
      leads: [{ ...eligible.leads[0], mentoringSince: since, mentoringYears: undefined }],
    });
    expect(result(lead('2026-11-23'), 'national.lead.service_years')?.status).toBe('fail');
    expect(result(lead('2021-11-22'), 'national.lead.service_years')?.status).toBe('pass');
    expect(result(lead('2021-11-23'), 'national.lead.service_years')?.status).toBe('fail');
  });
});

describe('parameters read at check time', () => {
  it('a reform of the staff count moves the result, and the report says it is not the text', () => {
    const r = check('national', 'studio', eligible, { asOf: AS_OF, parameters: { 'staff.count': 10 } });
    expect(r.results.find((x) => x.ruleId === 'national.staff.count')?.status).toBe('fail');
    expect(r.reform?.en).toBe("Computed with changed parameters — not the text's verdict");
    expect(r.parameters).toMatchObject([{ id: 'staff.count', kind: 'reform', value: 10, replaced: 3 }]);
  });
  it('a changed list of systems is the list the check asks for', () => {
    const r = check('national', 'studio', eligible, {
      asOf: AS_OF,
      parameters: { 'resources.libraries': [{ id: 'another', label: { zh: '其他库', en: 'another library' } }] },
    });
    expect(r.results.find((x) => x.ruleId === 'national.resources')?.status).toBe('fail');
  });
  it('staff.distinctBy "entry": the same name listed twice counts twice', () => {
    const staff = [eligible.staff[0], eligible.staff[0], eligible.staff[1]];
    expect(result({ ...eligible, staff }, 'national.staff.count')?.status).toBe('fail');
    expect(
      result({ ...eligible, staff }, 'national.staff.count', { readings: { 'staff.distinctBy': 'entry' } })?.status,
    ).toBe('pass');
  });
});
