// The caller's readings and changed values: each applied, or refused with a problem at
// its path; never a throw, never silence; the report says what it was computed under.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkPolicy, REFORM_NOTICE } from '../../src/core/check.js';
import { resolveParameters, sameShape, textOf, textValues } from '../../src/core/parameters.js';
import { atLeast, rule } from '../../src/core/rules.js';
import type { InputProblem, Parameter, Policy } from '../../src/core/types.js';

const area: Parameter<string> = {
  id: 'venue.areaSqm',
  value: '100',
  clause: '一',
  quote: '面积不小于100m2',
  provenance: 'text',
  label: { zh: '场所面积', en: 'Floor area' },
};
const lead: Parameter<boolean> = {
  id: 'lead.counts',
  value: false,
  clause: '二',
  quote: '1位领衔及2名',
  provenance: 'interpretation',
  label: { zh: '领衔是否计入', en: 'Lead counts' },
  choices: [false, true],
};
const staff: Parameter<number> = {
  id: 'staff.count',
  value: 3,
  clause: '二',
  quote: '不少于3名',
  provenance: 'text',
  label: { zh: '工作人员', en: 'Staff' },
};
const quoted: Parameter<number> = { ...staff, id: 'procedure.days', informative: true };

const policy = {
  id: 'national',
  title: { zh: 'T', en: 'T' },
  issuer: { zh: 'I', en: 'I' },
  docNumber: null,
  binding: true,
  effective: { from: null, to: null },
  repeals: [],
  subjects: ['studio'],
  clauses: [],
  parameters: [area, lead, staff, quoted],
  procedures: [],
  checks: {
    studio: {
      label: { zh: '工作室', en: 'Studio' },
      schema: z.object({ staff: z.optional(z.number()), lead: z.optional(z.boolean()) }),
      rules: [
        rule<{ staff?: number; lead?: boolean }>({
          id: 'staff',
          clauses: ['二'],
          provenance: 'text',
          title: { zh: '工作人员', en: 'Staff' },
          check: (s, ctx) => {
            const counted = (s.staff ?? 0) + (s.lead && ctx.param(lead).value ? 1 : 0);
            return atLeast(ctx.param(staff), counted, 'staff');
          },
        }),
      ],
    },
  },
} as unknown as Policy;

const run = (options: object) =>
  checkPolicy(policy, 'studio', { staff: 2, lead: true }, { asOf: '2026-11-22', ...options });
const problemsOf = (options: { readings?: unknown; parameters?: unknown }): InputProblem[] => {
  const problems: InputProblem[] = [];
  resolveParameters(policy, options, problems);
  return problems;
};

describe('whole numbers, and years the calendar counts', () => {
  const years: Parameter<number> = { ...staff, id: 'lead.years', value: 5, unit: { zh: '年', en: 'years' } };
  const withYears = { ...policy, parameters: [...policy.parameters, years] } as Policy;
  const refused = (id: string, value: unknown) => {
    const problems: InputProblem[] = [];
    const r = resolveParameters(withYears, { parameters: { [id]: value } }, problems);
    return problems.length === 0 ? r.param(id === 'lead.years' ? years : staff).value : problems[0];
  };
  it('a parameter in years (unit 年) takes a whole number from 0 to MAX_YEARS (1000): 1000 taken, 1001 refused', () => {
    expect(refused('lead.years', 0)).toBe(0);
    expect(refused('lead.years', 1000)).toBe(1000);
    expect(refused('lead.years', 1001)).toMatchObject({
      path: ['options', 'parameters', 'lead.years'],
      code: 'parameter_type',
    });
    expect(refused('lead.years', 1e300)).toMatchObject({ code: 'parameter_type' });
  });
  it('5 taken, 5.5 refused, saying a whole number of years in both languages', () => {
    expect(refused('lead.years', 5)).toBe(5);
    expect((refused('lead.years', 5.5) as InputProblem).message).toEqual({
      zh: '选项无效：参数“lead.years”的取值5.5不符，应为0至1000的整数年数（原值 5）',
      en: 'Invalid option: parameter "lead.years" = 5.5 does not fit: expected a whole number of years from 0 to 1000 (the text\'s 5)',
    });
  });
  it('another whole count has no upper bound, but is whole: 2.5 persons refused', () => {
    expect(refused('staff.count', 5000)).toBe(5000);
    expect((refused('staff.count', 2.5) as InputProblem).message).toEqual({
      zh: '选项无效：参数“staff.count”的取值2.5不符，应为0或以上的整数（原值 3）',
      en: 'Invalid option: parameter "staff.count" = 2.5 does not fit: expected a whole number, 0 or more (the text\'s 3)',
    });
  });
  it('the words follow the text’s number: negative, zero, a fraction; a decimal string in years has no bound', () => {
    const message = (value: unknown, given: unknown, unit?: { zh: string; en: string }) => {
      const param = { ...staff, id: 'x', value, ...(unit ? { unit } : {}) } as Parameter;
      const problems: InputProblem[] = [];
      resolveParameters({ ...policy, parameters: [param] } as Policy, { parameters: { x: given } }, problems);
      return problems[0]?.message;
    };
    expect(message(-1, 0.5)).toEqual({
      zh: '选项无效：参数“x”的取值0.5不符，应为整数（原值 -1）',
      en: 'Invalid option: parameter "x" = 0.5 does not fit: expected a whole number (the text\'s -1)',
    });
    expect(message(0, -1)?.en).toContain("expected a whole number, 0 or more (the text's 0)");
    expect(message(0, -1)?.zh).toContain('应为0或以上的整数（原值 0）');
    expect(message(2.5, -1)?.en).toContain("expected a number, 0 or more (the text's 2.5)");
    expect(message(-2.5, 'a')?.zh).toContain('应为数（原值 -2.5）');
    expect(message('2.5', '2000', { zh: '年', en: 'years' })).toBeUndefined();
    expect(message(5, 1001, { zh: '年', en: 'years' })?.en).toContain('from 0 to 1000');
  });
  it('a value of another type names the text’s value', () => {
    expect(problemsOf({ parameters: { 'venue.areaSqm': 80 } })[0]?.message).toEqual({
      zh: '选项无效：参数“venue.areaSqm”的取值80不符，应为与原值同类型的值（原值 "100"）',
      en: 'Invalid option: parameter "venue.areaSqm" = 80 does not fit: expected a value shaped like the text\'s "100"',
    });
  });
});

describe('resolveParameters', () => {
  it('under the text, every parameter is itself and nothing is listed', () => {
    const r = resolveParameters(policy, {}, []);
    expect(r.param).toBe(textOf(policy));
    expect(r.applied).toEqual([]);
    expect(r.param(staff)).toBe(staff);
    // By id in the policy: another object of the same id reads the policy's own.
    expect(r.param({ ...staff, value: 99 })).toBe(staff);
    // A parameter the policy does not declare is read as its object holds it.
    const other = { ...staff, id: 'not.declared' };
    expect(r.param(other)).toBe(other);
    expect(textValues(other)).toBe(other);
  });
  it('a reading is applied and listed with the value it replaced; a rule reads it at check time', () => {
    expect(run({}).verdict).toBe('ineligible');
    const report = run({ readings: { 'lead.counts': true } });
    expect(report.verdict).toBe('eligible');
    expect(report.parameters).toEqual([
      {
        id: 'lead.counts',
        kind: 'reading',
        value: true,
        replaced: false,
        clause: '二',
        quote: '1位领衔及2名',
        provenance: 'interpretation',
        label: lead.label,
      },
    ]);
    expect(report.reform).toBeUndefined();
  });
  it('a changed value is a reform: applied, listed, and the report says it is not the text’s verdict', () => {
    const at2 = run({ parameters: { 'staff.count': 2 } });
    expect(at2.verdict).toBe('eligible');
    expect(at2.reform).toEqual(REFORM_NOTICE);
    expect(at2.parameters).toMatchObject([{ id: 'staff.count', kind: 'reform', value: 2, replaced: 3 }]);
    // One above the count: the rule now fails on the changed value.
    expect(run({ parameters: { 'staff.count': 4 } }).verdict).toBe('ineligible');
  });
  it('the value in force is the caller’s copy, frozen: changing the caller’s object later changes nothing', () => {
    const parameters = { 'staff.count': 2 };
    const r = resolveParameters(policy, { parameters }, []);
    parameters['staff.count'] = 9;
    expect(r.param(staff).value).toBe(2);
    expect(Object.isFrozen(r.param(staff))).toBe(true);
  });

  it.each([
    [{ readings: { nope: 1 } }, ['options', 'readings', 'nope'], 'unknown_parameter'],
    [{ parameters: { nope: 1 } }, ['options', 'parameters', 'nope'], 'unknown_parameter'],
    [{ readings: { 'procedure.days': 3 } }, ['options', 'readings', 'procedure.days'], 'parameter_not_read'],
    [{ parameters: { 'procedure.days': 3 } }, ['options', 'parameters', 'procedure.days'], 'parameter_not_read'],
    [{ readings: { 'staff.count': 2 } }, ['options', 'readings', 'staff.count'], 'reading_of_text'],
    [{ readings: { 'lead.counts': 'yes' } }, ['options', 'readings', 'lead.counts'], 'reading_choice'],
    [{ parameters: { 'staff.count': '2' } }, ['options', 'parameters', 'staff.count'], 'parameter_type'],
    [{ parameters: { 'staff.count': -1 } }, ['options', 'parameters', 'staff.count'], 'parameter_type'],
    [{ parameters: { 'venue.areaSqm': 80 } }, ['options', 'parameters', 'venue.areaSqm'], 'parameter_type'],
    [{ parameters: { 'venue.areaSqm': '8e1' } }, ['options', 'parameters', 'venue.areaSqm'], 'parameter_type'],
    [
      { readings: { 'lead.counts': true }, parameters: { 'lead.counts': true } },
      ['options', 'parameters', 'lead.counts'],
      'parameter_twice',
    ],
    [{ readings: 'term' }, ['options', 'readings'], 'invalid_option'],
    [{ parameters: [1] }, ['options', 'parameters'], 'invalid_option'],
    [{ parameters: null }, ['options', 'parameters'], 'invalid_option'],
  ])('%j is refused at %j (%s), in both languages', (options, path, code) => {
    const problems = problemsOf(options);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, code, severity: 'error' });
    expect(problems[0]?.message.zh).toMatch(/^选项无效：/u);
    expect(problems[0]?.message.en).toMatch(/^Invalid option: /u);
  });
  it('the messages name the policy, the id and the choices', () => {
    expect(problemsOf({ readings: { 'lead.counts': 'yes' } })[0]?.message).toEqual({
      zh: '选项无效：解读“lead.counts”的取值"yes"不在可选范围内（false | true）',
      en: 'Invalid option: reading "lead.counts" = "yes" is not one of false | true',
    });
    expect(problemsOf({ parameters: { nope: 1 } })[0]?.message.en).toBe(
      'Invalid option: national has no parameter "nope" (chuangye rules national lists them)',
    );
  });
  it('hostile options are problems, never throws: Proxies, getters, cycles, __proto__, too many entries', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const getter = Object.defineProperty({}, 'staff.count', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 1]));
    for (const value of [throwing, proxy, cycle, getter, many, () => 1, Symbol('x'), 1n]) {
      const problems = problemsOf({ parameters: value });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.path[0] === 'options' && p.severity === 'error')).toBe(true);
    }
    expect(problemsOf({ parameters: JSON.parse('{"__proto__": 1}') })).toMatchObject([
      { path: ['options', 'parameters'], code: 'invalid_option' },
    ]);
  });
  it('a getter is read once: the value checked is the value applied', () => {
    let reads = 0;
    const parameters = Object.defineProperty({}, 'staff.count', {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? 2 : 'x';
      },
    });
    const report = run({ parameters });
    expect(reads).toBe(1);
    expect(report.verdict).toBe('eligible');
  });
});

describe('sameShape: a changed value stands where the text’s does', () => {
  it.each([
    [3, 0, true],
    // A whole number for a whole number: the texts count persons, times, days and years.
    [3, 2.5, false],
    [3, 2, true],
    [3, 1e21, true],
    [2.5, 3, true],
    [2.5, 0.25, true],
    [-1, -1.5, false],
    [-1.5, -1.25, true],
    [3, -1, false],
    [3, Number.NaN, false],
    ['100', '99.99', true],
    ['100', '1e2', false],
    ['2026-02-01', '2026-02-28', true],
    ['2026-02-01', '2026-02-30', false],
    ['文字', '其他', true],
    [true, false, true],
    [true, 'true', false],
    [[{ id: 'a', n: 1 }], [{ id: 'b', n: 2 }], true],
    [[{ id: 'a', n: 1 }], [{ id: 'b' }], false],
    [[{ id: 'a' }, { id: 'b', extra: 1 }], [{ id: 'c', extra: 2 }], true],
    [{ a: 1 }, { a: 2, b: 3 }, false],
    [[], ['x', 1], true],
    [[], [{}], false],
  ])('%j ← %j: %s', (template, given, ok) => {
    expect(sameShape(given as never, template)).toBe(ok);
  });
});
