import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, getPolicy, type Report } from '../../../src/index.js';
import * as national from '../../../src/policies/national/parameters.js';
import { tianjinStudioName, validateTianjinStudioName } from '../../../src/policies/tianjin/index.js';
import * as tianjin from '../../../src/policies/tianjin/parameters.js';
import { specialtyUnbracketed } from '../../../src/policies/tianjin/studio.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const AS_OF = '2026-11-22';
const app = JSON.parse(
  readFileSync(new URL('../../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
const run = (input: unknown) => check('tianjin', 'studio', input, { asOf: AS_OF });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const venue = (v: object) => ({ ...app, venue: { ...app.venue, ...v } });

describe('the example application', () => {
  it('is eligible with no problem', () => {
    const r = run(app);
    expect(r.problems).toEqual([]);
    expect(r.verdict).toBe('eligible');
  });
});

describe('carrier, 二（一）2', () => {
  it('floor area: 99.99 m² fails, 100 m² passes (exact decimals, strings or numbers)', () => {
    expect(result(run(venue({ areaSqm: '99.99' })), 'tianjin.venue.area').status).toBe('fail');
    expect(result(run(venue({ areaSqm: 99.99 })), 'tianjin.venue.area').status).toBe('fail');
    expect(result(run(venue({ areaSqm: '99.999999' })), 'tianjin.venue.area').status).toBe('fail');
    expect(result(run(venue({ areaSqm: '100' })), 'tianjin.venue.area').status).toBe('pass');
    expect(result(run(venue({ areaSqm: 100 })), 'tianjin.venue.area').status).toBe('pass');
  });
  it('use right: 2 years 364 days fail, 3 years pass (counted from the as-of date)', () => {
    expect(result(run(venue({ useRightUntil: '2029-11-20' })), 'tianjin.venue.use_right').status).toBe('fail');
    expect(result(run(venue({ useRightUntil: '2029-11-21' })), 'tianjin.venue.use_right').status).toBe('pass');
    expect(
      result(run(venue({ useRightUntil: undefined, useRightYears: 2.99 })), 'tianjin.venue.use_right').status,
    ).toBe('fail');
    expect(result(run(venue({ useRightUntil: undefined, useRightYears: 3 })), 'tianjin.venue.use_right').status).toBe(
      'pass',
    );
  });
  it('an area given as a malformed string is invalid, not guessed', () => {
    const r = run(venue({ areaSqm: '100m2' }));
    expect(r.verdict).toBe('invalid');
    expect(r.problems[0]?.path).toEqual(['venue', 'areaSqm']);
  });
  it('location is a declaration: unknown until declared', () => {
    expect(result(run(venue({ convenientLocation: undefined })), 'tianjin.venue.location')).toMatchObject({
      status: 'unknown',
      missing: ['venue.convenientLocation'],
    });
  });
  it('an operating entity is required (二（一）4)', () => {
    expect(
      result(run({ ...app, carrier: { ...app.carrier, operatingEntity: false } }), 'tianjin.operating_entity').status,
    ).toBe('fail');
  });
});

describe('staff, 二（一）3', () => {
  it('2 staff with 2 years fail, 3 pass', () => {
    const two = { experienceYears: 2 };
    expect(result(run({ ...app, staff: [two, two] }), 'tianjin.staff.count').status).toBe('fail');
    expect(result(run({ ...app, staff: [two, two, two] }), 'tianjin.staff.count').status).toBe('pass');
    expect(result(run({ ...app, staff: [two, two, { experienceYears: 1.99 }] }), 'tianjin.staff.count').status).toBe(
      'fail',
    );
  });
});

describe('lead person, 二（一）1', () => {
  it('5 years inclusive: 4 years 364 days fail, 5 years pass', () => {
    const lead = (since: string) => ({ ...app, leads: [{ ...app.leads[0], mentoringSince: since }] });
    expect(result(run(lead('2021-11-23')), 'tianjin.lead.service_years').status).toBe('fail');
    expect(result(run(lead('2021-11-22')), 'tianjin.lead.service_years').status).toBe('pass');
  });
});

describe('years past the calendar: a start whose anniversary is after 9999-12-31 never reaches it', () => {
  const lead = (since: string) => ({ ...app, leads: [{ ...app.leads[0], mentoringSince: since }] });
  it('a start in 9999 does not reach 5 years in 2026 (it sorted as reached: eligible)', () => {
    const r = run(lead('9999-01-01'));
    expect(result(r, 'tianjin.lead.service_years')).toMatchObject({ status: 'fail', actual: { years: 0, days: 0 } });
    expect(r.verdict).toBe('ineligible');
    const staff = run({ ...app, staff: [...app.staff.slice(0, 2), { name: '杨帆', experienceSince: '9999-01-01' }] });
    expect(result(staff, 'tianjin.staff.count').status).toBe('fail');
  });
  it('5 years from 9994-12-31 are reached on 9999-12-31; from 9995-01-01 they never are', () => {
    const at = (since: string) =>
      result(check('tianjin', 'studio', lead(since), { asOf: '9999-12-31' }), 'tianjin.lead.service_years').status;
    expect(at('9994-12-31')).toBe('pass');
    expect(at('9995-01-01')).toBe('fail');
  });
  it('changed years: 10,000 and 2.5 are refused (they passed); 1000 years from 2018-04-01 are reached on 3018-04-01', () => {
    for (const years of [10_000, 2.5]) {
      const r = check('tianjin', 'studio', app, { asOf: AS_OF, parameters: { 'lead.serviceYears': years } });
      expect(r.verdict).toBe('invalid');
      expect(r.problems).toMatchObject([
        { path: ['options', 'parameters', 'lead.serviceYears'], code: 'parameter_type' },
      ]);
    }
    const many = (asOf: string, years: number) =>
      result(
        check('tianjin', 'studio', app, { asOf, parameters: { 'lead.serviceYears': years } }),
        'tianjin.lead.service_years',
      ).status;
    // The lead started on 2018-04-01.
    expect(many('3018-04-01', 1000)).toBe('pass');
    expect(many('3018-03-31', 1000)).toBe('fail');
    expect(many(AS_OF, 1000)).toBe('fail');
  });
});

describe('where Tianjin differs from the national guideline', () => {
  it('its parameters show the difference', () => {
    expect(national.managementSystems.value).toHaveLength(7);
    expect(national.appointmentSystem.value).toHaveLength(1);
    // 二（四）lists seven: the annual plan (1) and six systems (2–7).
    expect(tianjin.managementSystems.value).toHaveLength(6);
    expect(tianjin.venueArea.value).toBe('100');
    expect(getPolicy('national').parameters.some((p) => p.id === 'venue.areaSqm')).toBe(false);
    expect(tianjin.consultingZones.value.map((o) => o.id)).not.toContain('self_service_area');
    expect(tianjin.leadServiceYears.value).toBe(national.leadServiceYears.value);
    expect(tianjin.leadServiceYears.clause).toBe('二（一）1');
  });
  it('the same studio without a self-service area passes in Tianjin and fails nationally', () => {
    const zones = ['individual_consulting_room', 'activity_room', 'display_area', 'back_office'];
    expect(result(run(venue({ zones })), 'tianjin.venue.consulting_zones').status).toBe('pass');
    const n = check('national', 'studio', { venue: { zones } }, { asOf: AS_OF });
    expect(result(n, 'national.venue.consulting_zones').status).toBe('fail');
  });
  it('Tianjin-only facts are unknown keys to the national guideline, reported as warnings', () => {
    const n = check('national', 'studio', app, { asOf: AS_OF });
    expect(n.problems.every((p) => p.severity === 'warning' && p.code === 'unknown_key')).toBe(true);
    expect(n.problems.map((p) => p.path.join('.'))).toContain('venue.areaSqm');
  });
});

describe('naming, 三（一）5', () => {
  it('generates 天津市+领办人姓名+创业指导师工作室+专业领域', () => {
    expect(tianjinStudioName({ leadName: '王海', specialty: '科技创业' })).toBe('天津市王海创业指导师工作室科技创业');
  });
  it('validates exactly', () => {
    const values = { leadName: '王海', specialty: '科技创业' };
    expect(validateTianjinStudioName('天津市王海创业指导师工作室科技创业', values).valid).toBe(true);
    expect(validateTianjinStudioName('天津市王海创业指导师工作室', values)).toMatchObject({
      valid: false,
      reason: 'structure',
    });
    expect(validateTianjinStudioName('天津市滨海新区王海创业指导师工作室科技创业', values)).toMatchObject({
      valid: false,
      reason: 'mismatch',
    });
  });
  it('a name without its specialty is advice to the applicant, never 不符合条件 (三（一）5 is the bureau’s act)', () => {
    const r = run({ ...app, name: '天津市王海创业指导师工作室' });
    expect(result(r, 'tianjin.naming')).toMatchObject({ status: 'fail', severity: 'advice' });
    expect(result(r, 'tianjin.naming').message.zh).toContain('不是认定条件，仅供申报参考');
    expect(result(r, 'tianjin.naming').message.en).toContain('not a condition of recognition, advice to the applicant');
    expect(r.verdict).toBe(run(app).verdict);
  });
  it('the specialty may be written in brackets; the name is shown as written', () => {
    for (const name of [
      '天津市王海创业指导师工作室（科技创业）',
      '天津市王海创业指导师工作室(科技创业)',
      '天津市王海创业指导师工作室【科技创业】',
    ]) {
      const r = result(run({ ...app, name }), 'tianjin.naming');
      expect(r).toMatchObject({ status: 'pass', actual: name });
      expect(r.message.zh).toContain(name);
      expect(validateTianjinStudioName(name, { leadName: '王海', specialty: '科技创业' }).valid).toBe(true);
    }
    // An empty bracket or another specialty is not the rule's name.
    expect(result(run({ ...app, name: '天津市王海创业指导师工作室（）' }), 'tianjin.naming').status).toBe('fail');
    expect(result(run({ ...app, name: '天津市王海创业指导师工作室（文化创业）' }), 'tianjin.naming').status).toBe(
      'fail',
    );
  });
});

describe('specialtyUnbracketed: the brackets around a specialty taken off', () => {
  // The reference: the text after the last "创业指导师工作室", unbracketed when a pair of
  // brackets encloses something (the function reads it in place, without slicing first).
  const PAIRS = [
    ['（', '）'],
    ['(', ')'],
    ['【', '】'],
    ['[', ']'],
    ['〔', '〕'],
  ] as const;
  function reference(name: string): string {
    const trimmed = name.trim();
    const at = trimmed.lastIndexOf('创业指导师工作室');
    if (at < 0) return trimmed;
    const head = trimmed.slice(0, at + 8);
    const tail = trimmed.slice(at + 8);
    for (const [open, close] of PAIRS)
      if (tail.length > 2 && tail.startsWith(open) && tail.endsWith(close)) return head + tail.slice(1, -1).trim();
    return trimmed;
  }
  it('property: the same name as the reference', () => {
    const piece = fc.constantFrom(
      '天津市',
      '王海',
      '创业指导师工作室',
      '科技',
      ' ',
      '（',
      '）',
      '(',
      ')',
      '【',
      '】',
      '[',
      ']',
      '〔',
      '〕',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const name = parts.join('');
        expect(specialtyUnbracketed(name)).toBe(reference(name));
      }),
      { seed: 20261206, numRuns: 5000 },
    );
  });
  it('examples', () => {
    expect(specialtyUnbracketed(' 天津市王海创业指导师工作室〔 科技创业 〕 ')).toBe(
      '天津市王海创业指导师工作室科技创业',
    );
    expect(specialtyUnbracketed('天津市王海创业指导师工作室[科技创业]')).toBe('天津市王海创业指导师工作室科技创业');
    expect(specialtyUnbracketed('天津市王海创业指导师工作室（）')).toBe('天津市王海创业指导师工作室（）');
    expect(specialtyUnbracketed('天津市王海创业指导师工作室（科技')).toBe('天津市王海创业指导师工作室（科技');
    expect(specialtyUnbracketed('天津市王海工作室（科技）')).toBe('天津市王海工作室（科技）');
  });
});

describe('application materials, 三（二）', () => {
  it('a report missing one of its five contents fails and names it', () => {
    const r = run({
      ...app,
      materials: { ...app.materials, applicationReport: { ...app.materials.applicationReport, advantages: false } },
    });
    expect(result(r, 'tianjin.materials.report')).toMatchObject({ status: 'fail' });
    expect(result(r, 'tianjin.materials.report').message.zh).toContain('申报工作室的优势');
  });
  it('missing documents are listed as paths to supply', () => {
    const r = run({ ...app, materials: { applicationForm: true } });
    expect(result(r, 'tianjin.materials.documents').missing).toEqual([
      'materials.memberDocuments',
      'materials.businessLicence',
      'materials.premisesProof',
    ]);
    expect(r.verdict).toBe('incomplete');
  });
});

describe('properties', () => {
  it('never throws on any value', () => {
    fc.assert(
      fc.property(arbitraryHostile, (x) => {
        const r = run(x);
        expect(r.verdict === 'invalid').toBe(r.problems.some((p) => p.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });
  it('a larger area or a longer use right never turns the example ineligible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), fc.integer({ min: 0, max: 20_000 }), (area, days) => {
        const until = new Date(Date.parse('2029-11-21T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
        expect(run(venue({ areaSqm: area, useRightUntil: until })).verdict).toBe('eligible');
      }),
    );
  });
});
