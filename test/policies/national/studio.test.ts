import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, getPolicy, type Report, UnknownPolicyError, UnknownSubjectError } from '../../../src/index.js';
import {
  check as checkNational,
  nationalStudioName,
  serviceContents,
  validateNationalStudioName,
} from '../../../src/policies/national/index.js';
import { arbitraryHostile, arbitraryNationalStudio, leafPaths, mutateAt } from '../../helpers/arbitraries.js';

const AS_OF = '2026-11-22';
const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/national/${name}.json`, import.meta.url), 'utf8'));
const eligible = example('eligible-studio');
const run = (input: unknown, asOf = AS_OF) => check('national', 'studio', input, { asOf });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const withLead = (lead: object) => ({
  ...eligible,
  leads: [{ ...eligible.leads[0], mentoringSince: undefined, ...lead }],
});

describe('the bundled examples', () => {
  it('a complete studio is eligible, every rule passing', () => {
    const r = run(eligible);
    expect(r.verdict).toBe('eligible');
    expect(r.problems).toEqual([]);
    expect(r.results.every((x) => x.status === 'pass')).toBe(true);
  });
  it('an incomplete studio says what to supply', () => {
    const r = run(example('incomplete-studio'));
    expect(r.verdict).toBe('incomplete');
    expect(result(r, 'national.staff.count')).toMatchObject({
      status: 'unknown',
      missing: ['staff.2.experienceSince'],
    });
    expect(result(r, 'national.systems').missing).toEqual(['systems']);
  });
  it('an ineligible studio fails clause by clause', () => {
    const r = run(example('ineligible-studio'));
    expect(r.verdict).toBe('ineligible');
    expect(result(r, 'national.lead.service_years')).toMatchObject({ status: 'fail', clauses: ['一（三）1'] });
    expect(result(r, 'national.naming').expected).toBe('成都市武侯区刘洋创业指导师工作室');
  });
  it('the report is plain JSON data', () => {
    const r = run(eligible);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('lead person: 5 years (inclusive) of guidance service, 一（三）1', () => {
  it('4 years 364 days fail, 5 years to the day pass', () => {
    expect(result(run(withLead({ mentoringSince: '2021-11-23' })), 'national.lead.service_years')).toMatchObject({
      status: 'fail',
      actual: { years: 4, days: 364 },
    });
    expect(result(run(withLead({ mentoringSince: '2021-11-22' })), 'national.lead.service_years').status).toBe('pass');
  });
  it('a 29 February start reaches 5 years on 28 February', () => {
    const lead = withLead({ mentoringSince: '2024-02-29' });
    expect(result(run(lead, '2029-02-27'), 'national.lead.service_years').status).toBe('fail');
    expect(result(run(lead, '2029-02-28'), 'national.lead.service_years').status).toBe('pass');
  });
  it('declared years: 4.99 fail, 5 pass', () => {
    expect(result(run(withLead({ mentoringYears: 4.99 })), 'national.lead.service_years').status).toBe('fail');
    expect(result(run(withLead({ mentoringYears: 5 })), 'national.lead.service_years').status).toBe('pass');
  });
  it('no lead person fails the count; no start date is unknown with its path', () => {
    expect(result(run({ ...eligible, leads: [] }), 'national.lead.count').status).toBe('fail');
    expect(result(run(withLead({})), 'national.lead.service_years')).toMatchObject({
      status: 'unknown',
      missing: ['leads.0.mentoringSince'],
    });
  });
  it('every lead person must qualify', () => {
    const two = {
      ...eligible,
      leads: [eligible.leads[0], { ...eligible.leads[0], mentoringYears: 3, mentoringSince: undefined }],
    };
    expect(result(run(two), 'national.lead.service_years').status).toBe('fail');
  });
  it('an unlisted role waits for the authority, then follows its decision', () => {
    expect(result(run(withLead({ mentoringYears: 9, role: 'other' })), 'national.lead.role')).toMatchObject({
      status: 'unknown',
      missing: ['leads.0.roleAccepted'],
    });
    expect(
      result(run(withLead({ mentoringYears: 9, role: 'other', roleAccepted: false })), 'national.lead.role').status,
    ).toBe('fail');
    expect(
      result(run(withLead({ mentoringYears: 9, role: 'other', roleAccepted: true })), 'national.lead.role').status,
    ).toBe('pass');
  });
  it('social influence is a declaration: unknown until declared, failed when declared false', () => {
    expect(
      result(run(withLead({ mentoringYears: 9, socialInfluence: undefined })), 'national.lead.social_influence').status,
    ).toBe('unknown');
    expect(
      result(run(withLead({ mentoringYears: 9, socialInfluence: false })), 'national.lead.social_influence').status,
    ).toBe('fail');
  });
});

describe('staff: 3 or more, each with 2 years (inclusive), 一（三）3', () => {
  const staff = (...members: object[]) => ({ ...eligible, staff: members });
  const two = { experienceYears: 2 };
  it('2 qualified staff fail, 3 pass', () => {
    expect(result(run(staff(two, two)), 'national.staff.count').status).toBe('fail');
    expect(result(run(staff(two, two, two)), 'national.staff.count').status).toBe('pass');
  });
  it('a member with 1.99 years does not count; 2 years to the day does', () => {
    expect(result(run(staff(two, two, { experienceYears: 1.99 })), 'national.staff.count').status).toBe('fail');
    expect(result(run(staff(two, two, { experienceSince: '2024-11-23' })), 'national.staff.count').status).toBe('fail');
    expect(result(run(staff(two, two, { experienceSince: '2024-11-22' })), 'national.staff.count').status).toBe('pass');
  });
  it('a member without data leaves the count unknown only when it could decide', () => {
    expect(result(run(staff(two, two, {})), 'national.staff.count')).toMatchObject({
      status: 'unknown',
      missing: ['staff.2.experienceSince'],
    });
    expect(result(run(staff(two, {})), 'national.staff.count').status).toBe('fail');
    expect(result(run(staff(two, two, two, {})), 'national.staff.count').status).toBe('pass');
  });
});

describe('staff: who falls short is named, and only when the count fails', () => {
  const staff = (...members: object[]) => ({ ...eligible, staff: members });
  const two = { experienceYears: 2 };
  it('a failing count names the members short of 2 years, trimmed, by name or by place', () => {
    const r = result(
      run(staff(two, { name: ' 陈晨 ', experienceYears: 1 }, { experienceYears: 1 })),
      'national.staff.count',
    );
    expect(r.message.zh).toBe('从业满2年的工作人员人数：要求不少于3名，实际1名；从业不足2年：陈晨（第2名）、第3名');
    expect(r.message.en).toContain('; under 2 years: 陈晨 (no. 2), no. 3');
  });
  it('a passing count names nobody, though one member is short', () => {
    const r = result(run(staff(two, two, two, { name: '陈晨', experienceYears: 1 })), 'national.staff.count');
    expect(r.status).toBe('pass');
    expect(r.message.zh).not.toContain('从业不足');
  });
  it('duplicates are listed only when there are some', () => {
    expect(result(run(staff(two, two, two)), 'national.staff.count')).not.toHaveProperty('duplicates');
    const dup = result(run(staff({ name: '陈晨', ...two }, { name: '陈晨', ...two }, two)), 'national.staff.count');
    expect(dup.duplicates).toHaveLength(1);
  });
});

describe("the subpath's own check", () => {
  it('gives the registry’s report', () => {
    expect(checkNational('studio', eligible, { asOf: AS_OF })).toEqual(run(eligible));
  });
});

describe('venue, resources, systems: 三', () => {
  const venue = (v: object) => ({ ...eligible, venue: { ...eligible.venue, ...v } });
  it('activity room: 29 seats fail, 30 pass (interpretation of "可容纳 30-50 人")', () => {
    expect(result(run(venue({ activityRoomCapacity: 29 })), 'national.venue.activity_room_capacity')).toMatchObject({
      status: 'fail',
      provenance: 'interpretation',
    });
    expect(result(run(venue({ activityRoomCapacity: 30 })), 'national.venue.activity_room_capacity').status).toBe(
      'pass',
    );
  });
  it('a missing zone is named', () => {
    const r = run(venue({ zones: ['individual_consulting_room', 'activity_room', 'display_area', 'back_office'] }));
    expect(result(r, 'national.venue.consulting_zones').message.zh).toContain('缺少自助服务区');
    expect(result(r, 'national.venue.back_office').status).toBe('pass');
  });
  it('four libraries of five fail; seven systems of eight fail', () => {
    expect(result(run({ ...eligible, resources: eligible.resources.slice(1) }), 'national.resources').status).toBe(
      'fail',
    );
    const seven = eligible.systems.filter((s: string) => s !== 'discipline');
    expect(result(run({ ...eligible, systems: seven }), 'national.systems').status).toBe('fail');
    expect(result(run({ ...eligible, systems: seven }), 'national.systems.special_fund').status).toBe('pass');
  });
});

describe('naming, 一（四）', () => {
  it('generates 地区+领办人姓名+创业指导师工作室', () => {
    expect(nationalStudioName({ region: '北京市海淀区', leadName: '张明' })).toBe('北京市海淀区张明创业指导师工作室');
    expect(nationalStudioName({ region: '北京市海淀区', leadName: ' ' })).toBeNull();
  });
  it('validates exactly, allowing extra elements before or after the parts ("可…增加相关要素")', () => {
    const values = { region: '北京市海淀区', leadName: '张明' };
    expect(validateNationalStudioName('北京市海淀区张明创业指导师工作室', values).valid).toBe(true);
    expect(validateNationalStudioName('市级北京市海淀区张明创业指导师工作室', values).valid).toBe(true);
    expect(validateNationalStudioName('北京市海淀区张明创业指导师工作室（一级）', values).valid).toBe(true);
    // The parts stay side by side: what is found between them is said.
    expect(validateNationalStudioName('北京市海淀区市级张明创业指导师工作室', values)).toMatchObject({
      valid: false,
      reason: 'mismatch',
      between: [{ after: { zh: '地区' }, before: { zh: '领办人姓名' }, found: '市级' }],
    });
    expect(validateNationalStudioName('北京市海淀区李四创业指导师工作室', values)).toMatchObject({
      valid: false,
      reason: 'mismatch',
    });
    expect(validateNationalStudioName('北京市海淀区张明工作室', values)).toMatchObject({
      valid: false,
      reason: 'structure',
    });
  });
  it('a name whose parts are unknown is unknown, naming what to supply', () => {
    expect(result(run({ ...eligible, region: undefined }), 'national.naming')).toMatchObject({
      status: 'unknown',
      missing: ['region'],
    });
  });
});

describe('the policy', () => {
  it('is guidance, with its document number and nine service contents', () => {
    const p = getPolicy('national');
    expect(p).toMatchObject({ binding: false, docNumber: '中就培函〔2024〕60号', subjects: ['studio'] });
    expect(serviceContents.map((s) => s.title)).toEqual([
      '开展日常接待',
      '提供创办指导',
      '开展企业咨询',
      '组织创业培训',
      '对接资源平台',
      '促进技能创业',
      '组织相关活动',
      '开展技术研发',
      '成果收集宣传',
    ]);
  });
  it('an unknown policy or subject is a programmer error that throws a typed error', () => {
    expect(() => check('nope' as never, 'studio' as never, {})).toThrow(UnknownPolicyError);
    expect(() => getPolicy('__proto__')).toThrow(UnknownPolicyError);
    // @ts-expect-error: the guideline rules no expert, and the types say so
    expect(() => check('national', 'expert', {})).toThrow(UnknownSubjectError);
  });
});

describe('bad input gets a clear answer', () => {
  it('wrong types, impossible dates and negative numbers are invalid, with paths', () => {
    const r = run({
      ...eligible,
      leads: [{ ...eligible.leads[0], mentoringSince: '2026-02-30' }],
      staff: [{ experienceYears: -1 }, { experienceYears: 'three' }],
      venue: { ...eligible.venue, activityRoomCapacity: 40.5 },
      annualWorkPlan: 'yes',
    });
    expect(r.verdict).toBe('invalid');
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path.join('.'), p.code]));
    expect(byPath).toMatchObject({
      'leads.0.mentoringSince': 'invalid_date',
      'staff.0.experienceYears': 'negative',
      'staff.1.experienceYears': 'invalid_type',
      'venue.activityRoomCapacity': 'not_integer',
      annualWorkPlan: 'invalid_type',
    });
    for (const p of r.problems) {
      expect(p.message.zh.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
    // The rest is still checked: the invalid fields count as missing.
    expect(result(r, 'national.resources').status).toBe('pass');
    expect(result(r, 'national.lead.service_years').status).toBe('unknown');
  });
  it("never mutates the caller's input", () => {
    const input = { ...eligible, staf: [], leads: [{ mentoringSince: '2026-02-30', extra: 1 }] };
    const before = JSON.stringify(input);
    run(input);
    expect(JSON.stringify(input)).toBe(before);
  });
  it('unknown keys are warnings, not silently dropped', () => {
    const r = run({ ...eligible, staf: [], venue: { ...eligible.venue, area: 100 } });
    expect(r.verdict).toBe('eligible');
    expect(r.problems.map((p) => [p.path.join('.'), p.code, p.severity])).toEqual([
      ['staf', 'unknown_key', 'warning'],
      ['venue.area', 'unknown_key', 'warning'],
    ]);
  });
  it('__proto__ and constructor keys are ignored with a warning and pollute nothing', () => {
    const r = run(
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "leads": []}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['forbidden_key', 'forbidden_key']);
  });
  it('an impossible asOf option is reported, not thrown', () => {
    const r = check('national', 'studio', eligible, { asOf: '2026-02-30' });
    expect(r.verdict).toBe('invalid');
    expect(r.problems[0]?.path).toEqual(['options', 'asOf']);
  });
  it('a non-object, a Date, a huge array, deep nesting and a throwing getter each give invalid', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100; i++) deep = { leads: [deep] };
    const hostile = {
      get leads() {
        throw new Error('boom');
      },
    };
    const cases: [unknown, string][] = [
      [42, 'invalid_type'],
      [new Date(), 'invalid_type'],
      [{ staff: new Array(20_000).fill({}) }, 'too_large'],
      [deep, 'too_deep'],
      [hostile, 'unreadable'],
      [{ leads: [{ mentoringYears: Number.NaN }] }, 'not_finite'],
      [{ leads: [{ mentoringYears: 10n }] }, 'unreadable'],
    ];
    for (const [input, code] of cases) {
      const r = run(input);
      expect(r.verdict).toBe('invalid');
      expect(r.problems.map((p) => p.code)).toContain(code);
    }
  });
  it('a cyclic object is cut at the depth limit', () => {
    const a: Record<string, unknown> = {};
    a.venue = a;
    expect(run(a).verdict).toBe('invalid');
  });
});

describe('properties', () => {
  it('never throws on any value, and always returns a well-formed report', () => {
    fc.assert(
      fc.property(arbitraryHostile, (x) => {
        const r = run(x);
        expect(['eligible', 'ineligible', 'incomplete', 'invalid']).toContain(r.verdict);
        expect(r.verdict === 'invalid').toBe(r.problems.some((p) => p.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });
  it('never throws on a valid application with one value replaced by anything', () => {
    fc.assert(
      fc.property(arbitraryNationalStudio, fc.nat(), arbitraryHostile, (app, pick, replacement) => {
        const paths = leafPaths(app);
        const path = paths[pick % paths.length] as (string | number)[];
        const r = run(mutateAt(app, path.slice(0, 1 + (pick % path.length)), replacement));
        expect(r.results.length + r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it('the generated applications are eligible', () => {
    fc.assert(
      fc.property(arbitraryNationalStudio, (app) => {
        expect(run(app).verdict).toBe('eligible');
      }),
      { numRuns: 100 },
    );
  });
  it('monotonicity: improving any single numeric fact never makes an eligible application ineligible', () => {
    fc.assert(
      fc.property(arbitraryNationalStudio, fc.nat(), fc.integer({ min: 1, max: 3650 }), (app, pick, more) => {
        const numeric = leafPaths(app).filter((p) => {
          const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], app);
          return typeof v === 'number' || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
        });
        const path = numeric[pick % numeric.length] as (string | number)[];
        const v = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], app);
        // More seats or years is better; an earlier start date is more experience.
        const better =
          typeof v === 'number'
            ? v + more
            : new Date(Date.parse(`${v}T00:00:00Z`) - more * 86_400_000).toISOString().slice(0, 10);
        expect(run(mutateAt(app, path, better)).verdict).toBe('eligible');
      }),
      { numRuns: 300 },
    );
  });
});
