import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEverywhere, profileInput } from '../../src/compare/index.js';
import { nationalStudioName } from '../../src/policies/national/index.js';
import { pingdingshanStudioName } from '../../src/policies/pingdingshan/index.js';
import { tianjinStudioName } from '../../src/policies/tianjin/index.js';

const profile = JSON.parse(
  readFileSync(new URL('../../examples/compare/studio-profile.json', import.meta.url), 'utf8'),
);
const asOf = '2026-11-22';

describe('checkEverywhere: one studio, every studio policy', () => {
  const r = checkEverywhere(profile, { asOf });
  const of = (id: string) => r.outcomes.find((o) => o.policy === id);

  it('eligible under the guideline; not in Tianjin (80 m²) nor Pingdingshan (3 staff, 1 mentor), with exactly those gaps', () => {
    expect(r.problems).toEqual([]);
    expect(r.outcomes.map((o) => [o.policy, o.verdict])).toEqual([
      ['national', 'eligible'],
      ['tianjin', 'ineligible'],
      ['pingdingshan', 'ineligible'],
    ]);
    expect(of('national')?.gaps).toEqual([]);
    expect(of('tianjin')?.gaps.map((g) => g.text.en)).toEqual(['a venue of at least 100 m²']);
    expect(of('pingdingshan')?.gaps.map((g) => [g.ruleId, g.text.en])).toEqual([
      ['pingdingshan.studio.mentors', '2 more mentors besides the lead mentor'],
      ['pingdingshan.studio.staff', '2 more staff'],
    ]);
    for (const o of r.outcomes) expect(o.toSupply).toEqual([]);
  });

  it('names follow each policy’s own rule, generated from the parts', () => {
    expect(of('national')?.name).toBe(nationalStudioName({ region: profile.region, leadName: profile.lead.name }));
    expect(of('tianjin')?.name).toBe(tianjinStudioName({ leadName: profile.lead.name, specialty: profile.specialty }));
    expect(of('pingdingshan')?.name).toBe(pingdingshanStudioName({ applicantName: profile.lead.name }));
    expect(new Set(r.outcomes.map((o) => o.name)).size).toBe(3);
  });

  it('staff short of the years: "N more staff with at least 2 years each", counted from the rule', () => {
    const young = { ...profile, staff: [{ name: 'a', experienceSince: '2026-01-01' }, ...profile.staff.slice(1, 2)] };
    const n = checkEverywhere(young, { asOf, policies: ['national'] }).outcomes[0];
    expect(n?.gaps.map((g) => g.text.en)).toEqual(['2 more staff with at least 2 years each']);
    // The day before the second anniversary of the 2nd staff member still fails; on it, one short.
    const edge = {
      ...profile,
      staff: [{ experienceSince: '2024-11-22' }, { experienceSince: '2024-11-23' }, { experienceYears: 5 }],
    };
    expect(checkEverywhere(edge, { asOf, policies: ['national'] }).outcomes[0]?.gaps.map((g) => g.text.en)).toEqual([
      '1 more staff with at least 2 years each',
    ]);
  });

  it('area on the threshold passes Tianjin; a use right one day short says the date needed', () => {
    const ok = { ...profile, venue: { ...profile.venue, areaSqm: '100' } };
    expect(checkEverywhere(ok, { asOf, policies: ['tianjin'] }).outcomes[0]?.verdict).toBe('eligible');
    const short = { ...profile, venue: { ...profile.venue, areaSqm: '100', useRightUntil: '2029-11-20' } };
    expect(checkEverywhere(short, { asOf, policies: ['tianjin'] }).outcomes[0]?.gaps.map((g) => g.text.en)).toEqual([
      'a right to use the premises until at least 2029-11-21',
    ]);
  });

  it('a missing fact is to supply, in the profile’s own path', () => {
    const { venue: _venue, ...rest } = profile;
    const t = checkEverywhere(rest, { asOf, policies: ['tianjin'] }).outcomes[0];
    expect(t?.verdict).toBe('incomplete');
    expect(t?.toSupply).toContain('venue.areaSqm');
  });

  it('a host kind Pingdingshan does not list is left to the city (unknown), listed ones pass', () => {
    const vc = { ...profile, host: { ...profile.host, kind: 'venture_capital' } };
    expect(profileInput('pingdingshan', vc).host).toMatchObject({ kind: 'other' });
    expect(profileInput('national', { host: { kind: 'hr_service' } }).carrier).toEqual({ kind: 'other' });
    expect(profileInput('pingdingshan', { host: { kind: 'incubator' } }).host).toEqual({
      kind: 'entrepreneurship_service',
    });
  });

  it('never throws on a hostile profile; problems have profile paths', () => {
    const bad = checkEverywhere(
      JSON.parse('{"staff":"three","lead":{"serviceSince":"2026-02-30"},"__proto__":{"x":1}}'),
      {
        asOf,
      },
    );
    expect(bad.problems.map((p) => p.path[0])).toEqual(expect.arrayContaining(['staff', 'lead']));
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const out = checkEverywhere(v, { asOf });
        expect(out.outcomes).toHaveLength(3);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('the order of staff never changes a verdict', () => {
    const reversed = { ...profile, staff: [...profile.staff].reverse() };
    expect(checkEverywhere(reversed, { asOf }).outcomes.map((o) => o.verdict)).toEqual(
      r.outcomes.map((o) => o.verdict),
    );
  });
});

describe('what each policy asks is what its input is built from', () => {
  const supply = (policy: 'national' | 'tianjin' | 'pingdingshan') =>
    checkEverywhere({ lead: { name: '王海' } }, { asOf: '2026-11-22', policies: [policy] }).outcomes[0]?.toSupply ?? [];
  it('a missing host or venue asks only the fields that policy reads, never another policy’s', () => {
    expect(supply('tianjin')).toEqual(expect.arrayContaining(['host.name', 'host.operatingEntity', 'venue.areaSqm']));
    expect(supply('tianjin')).not.toContain('host.withinCity');
    expect(supply('tianjin')).not.toContain('host.countyLevelStudio');
    expect(supply('national')).toEqual(expect.arrayContaining(['host.kind', 'venue.fixed']));
    for (const field of ['venue.areaSqm', 'venue.useRightUntil', 'host.operatingEntity', 'host.withinCity'])
      expect(supply('national')).not.toContain(field);
  });
  it('Pingdingshan’s candidate pool (第六条（二）) asks whether the host is a county-level master studio', () => {
    expect(supply('pingdingshan')).toContain('host.countyLevelStudio');
    expect(supply('pingdingshan')).not.toContain('host.operatingEntity');
  });
});
