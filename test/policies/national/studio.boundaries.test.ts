// The national studio rules where a list is absent or empty: absent asks for it, empty
// is a fact decided once (by the lead-count rule), and each missing path is the value
// that would decide the rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../../../src/index.js';

const eligible = JSON.parse(
  readFileSync(new URL('../../../examples/national/eligible-studio.json', import.meta.url), 'utf8'),
);
const run = (input: unknown) => check('national', 'studio', input, { asOf: '2026-11-22' });
const result = (r: Report, id: string) => r.results.find((x) => x.ruleId === id);

describe('no lead listed, or no list of leads at all', () => {
  it('without the list, the name waits for the lead’s name and each lead rule asks for the list', () => {
    const r = run({ ...eligible, leads: undefined });
    expect(result(r, 'national.naming')).toMatchObject({ status: 'unknown', missing: ['leads.0.name'] });
    expect(result(r, 'national.lead.count')).toMatchObject({ status: 'unknown', missing: ['leads'] });
    for (const id of ['service_years', 'role', 'social_influence', 'local_contribution'])
      expect(result(r, `national.lead.${id}`)).toMatchObject({ status: 'unknown', missing: ['leads'] });
  });
  it('an empty list fails the count once; the other lead rules and the name do not apply', () => {
    const r = run({ ...eligible, leads: [] });
    expect(result(r, 'national.lead.count')).toMatchObject({ status: 'fail', actual: 0 });
    expect(result(r, 'national.naming')?.status).toBe('not_applicable');
    expect(result(r, 'national.lead.role')?.status).toBe('not_applicable');
  });
});

describe('staff: 3 with 2 years each', () => {
  const staff = (list: object[]) => run({ ...eligible, staff: list });
  it('without the list asks for it; a member without dates is named by their start date', () => {
    expect(result(run({ ...eligible, staff: undefined }), 'national.staff.count')).toMatchObject({
      status: 'unknown',
      missing: ['staff'],
    });
    const r = staff([{ experienceYears: 2 }, { experienceYears: 3 }, {}]);
    expect(result(r, 'national.staff.count')).toMatchObject({
      status: 'unknown',
      missing: ['staff.2.experienceSince'],
    });
  });
  it('2 qualified of 3 fail; 3 pass; 1.99 years do not qualify', () => {
    expect(
      result(staff([{ experienceYears: 2 }, { experienceYears: 2 }, { experienceYears: 1.99 }]), 'national.staff.count')
        ?.status,
    ).toBe('fail');
    expect(
      result(staff([{ experienceYears: 2 }, { experienceYears: 2 }, { experienceYears: 2 }]), 'national.staff.count')
        ?.status,
    ).toBe('pass');
  });
});

describe('the activity room seats 30–50', () => {
  it('29 fail, 30 pass, missing asks for the capacity', () => {
    const room = (activityRoomCapacity: number | undefined) =>
      result(
        run({ ...eligible, venue: { ...eligible.venue, activityRoomCapacity } }),
        'national.venue.activity_room_capacity',
      );
    expect(room(29)?.status).toBe('fail');
    expect(room(30)?.status).toBe('pass');
    expect(room(undefined)).toMatchObject({ status: 'unknown', missing: ['venue.activityRoomCapacity'] });
  });
  it('an unlisted carrier waits for the authority, naming the acceptance', () => {
    const r = run({ ...eligible, carrier: { kind: 'other' } });
    expect(result(r, 'national.carrier.kind')).toMatchObject({ status: 'unknown', missing: ['carrier.kindAccepted'] });
    expect(result(run({ ...eligible, carrier: {} }), 'national.carrier.kind')?.missing).toEqual(['carrier.kind']);
  });
});
