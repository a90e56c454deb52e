// When a text is in force, and which version (core/force.ts): the gaps mutation testing
// found — an open end of the range ("…"), a policy citing no clause for its period, an
// input with only warnings outside the force, the version's title, an empty version list.
// Each assertion is of the exact output, so a changed word, date or branch fails it.
import { check, type Policy } from 'chuangye-rules';
import { atLeast, definePolicy, policyVersions, rule, subject } from 'chuangye-rules/define';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { outside, periodOf, versionAt } from '../../src/core/force.js';
import { textValues } from '../../src/core/parameters.js';
import { policyBehind } from '../../src/core/public.js';
import { definition, examplePolicy, mentors } from './fixture.js';

const withPeriod = (effective: object) => definePolicy({ ...definition(), effective } as never);
const inForce = (p: Policy, asOf: string, input: object = { mentors: 3 }) => check(p, 'studio', input, { asOf });

describe('a check dated outside the text’s force', () => {
  it('an open end is written “…”: the range says the text has no end (or no start)', () => {
    const noEnd = inForce(withPeriod({ from: '2026-01-01', to: null, clause: '第三条' }), '2025-12-31');
    expect(noEnd.results.map((r) => [r.message, r.expected, r.actual])).toEqual([
      [
        {
          zh: '不适用（第三条）：2025-12-31不在本文件有效期内（2026-01-01 – …）',
          en: "Not applicable (第三条): 2025-12-31 is outside this text's period of validity (2026-01-01 – …)",
        },
        { from: '2026-01-01', to: null },
        '2025-12-31',
      ],
    ]);
    const noStart = inForce(withPeriod({ from: null, to: '2027-12-31', clause: '第三条' }), '2028-01-01');
    expect(noStart.verdict).toBe('not_applicable');
    expect(noStart.results[0]?.message.zh).toBe('不适用（第三条）：2028-01-01不在本文件有效期内（… – 2027-12-31）');
  });

  it('a policy whose period cites no clause: the words say so without a citation, and no clause is cited', () => {
    const r = inForce(withPeriod({ from: '2026-01-01', to: '2027-12-31' }), '2028-01-01');
    expect(r.verdict).toBe('not_applicable');
    expect(r.results).toEqual([
      {
        ruleId: 'example-city.in_force',
        status: 'not_applicable',
        clauses: [],
        provenance: 'text',
        code: 'not_in_force',
        message: {
          zh: '不适用：2028-01-01不在本文件有效期内（2026-01-01 – 2027-12-31）',
          en: "Not applicable: 2028-01-01 is outside this text's period of validity (2026-01-01 – 2027-12-31)",
        },
        expected: { from: '2026-01-01', to: '2027-12-31' },
        actual: '2028-01-01',
        severity: 'requirement',
      },
    ]);
    expect(r.cited).toEqual([]);
    expect(r.notApplicable).toEqual(r.results[0]?.message);
  });

  it('an input with only warnings stays not_applicable; an input error makes it invalid', () => {
    const p = withPeriod({ from: '2026-01-01', to: '2027-12-31', clause: '第三条' });
    const warned = inForce(p, '2025-12-31', { mentors: 3, office: 'x' });
    expect(warned.verdict).toBe('not_applicable');
    expect(warned.problems.map((x) => [x.path, x.code, x.severity])).toEqual([[['office'], 'unknown_key', 'warning']]);
    const wrong = inForce(p, '2025-12-31', { mentors: 'three' });
    expect(wrong.verdict).toBe('invalid');
    expect(wrong.problems.map((x) => [x.path, x.severity])).toEqual([[['mentors'], 'error']]);
    // The result is the same not-applicable one either way.
    expect(wrong.results.map((x) => x.status)).toEqual(['not_applicable']);
  });
});

describe('the version a report names', () => {
  const v1 = definePolicy({
    ...definition(),
    title: { zh: '示例市办法（2020，虚构）', en: 'Example City measures 2020 (invented)' },
    docNumber: '示人社〔2020〕9号',
    effective: { from: '2020-01-01', to: null, clause: '第三条' },
  });
  const v2 = definePolicy({ ...definition(), effective: { from: '2026-01-01', to: '2027-12-31', clause: '第三条' } });
  const both = policyVersions([v1, v2]);
  const first = {
    title: { zh: '示例市办法（2020，虚构）', en: 'Example City measures 2020 (invented)' },
    docNumber: '示人社〔2020〕9号',
    effective: { from: '2020-01-01', to: '2025-12-31' },
  };
  const second = {
    title: { zh: '示例市创业指导工作室管理办法（虚构）', en: 'Measures of Example City (invented)' },
    docNumber: '示人社〔2026〕1号',
    effective: { from: '2026-01-01', to: '2027-12-31' },
  };

  it('its title, number and period, exactly: in force, on the day a version begins, before and after all', () => {
    expect(inForce(both, '2020-01-01').version).toEqual(first);
    expect(inForce(both, '2025-12-31').version).toEqual(first);
    expect(inForce(both, '2026-01-01').version).toEqual(second);
    expect(inForce(both, '2019-12-31').version).toEqual(first);
    expect(inForce(both, '2028-01-01').version).toEqual(second);
    expect(inForce(both, '2028-01-01').verdict).toBe('not_applicable');
    // A policy without versions names none.
    expect(Object.hasOwn(inForce(v2, '2026-01-01'), 'version')).toBe(false);
  });

  it('versionAt: the policy itself with no versions, or an empty list of them', () => {
    const p = policyBehind(v2);
    expect(versionAt(p, '2026-01-01')).toEqual({ policy: p });
    const empty = { ...p, versions: [] };
    expect(versionAt(empty, '2026-01-01')).toEqual({ policy: empty });
    const behind = policyBehind(both);
    expect(versionAt(behind, '2019-12-31').policy).toBe(behind.versions?.[0]);
    expect(versionAt(behind, '2026-01-01').policy).toBe(behind.versions?.[1]);
  });
});

describe('outside and periodOf', () => {
  it('both ends belong to the period; an open end is no limit', () => {
    const period = { from: '2026-01-01', to: '2027-12-31' };
    expect(['2025-12-31', '2026-01-01', '2027-12-31', '2028-01-01'].map((d) => outside(period, d))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(outside({ from: null, to: null }, '1900-01-01')).toBe(false);
    expect(outside({ from: '2026-01-01', to: null }, '2999-12-31')).toBe(false);
    expect(outside({ from: null, to: '2027-12-31' }, '1900-01-01')).toBe(false);
  });

  it('a computed period is the one the policy computes under the check; else the fixed dates', () => {
    const p = policyBehind(withPeriod({ from: '2026-01-01', to: null, clause: '第三条' }));
    expect(periodOf(p, { asOf: '2026-01-01', param: textValues })).toEqual({ from: '2026-01-01', to: null });
    const computed = {
      ...p,
      effective: { ...p.effective, period: () => ({ from: '2030-01-01', to: '2030-12-31' }) },
    };
    expect(periodOf(computed, { asOf: '2026-01-01', param: textValues })).toEqual({
      from: '2030-01-01',
      to: '2030-12-31',
    });
  });
});

describe('what a not-in-force report keeps of the check', () => {
  const schema = z.strictObject({
    name: z.optional(z.string()),
    carrier: z.optional(z.strictObject({ name: z.optional(z.string()) })),
    mentors: z.optional(z.int()),
  });
  const labelled = subject(schema, {
    label: { zh: '示例市工作室', en: 'Example studio' },
    rules: [
      rule({
        id: 'example.mentors',
        clauses: ['第二条'],
        provenance: 'text',
        title: { zh: '3名以上创业导师', en: 'At least 3 mentors' },
        check: (s, ctx) => atLeast(ctx.param(mentors), s.mentors, 'mentors'),
      }),
    ],
    labels: { subjectName: 'name', applicant: 'carrier.name', fields: {} },
  });
  const guidance = definePolicy({
    ...definition(),
    binding: false,
    effective: { from: '2026-01-01', to: null, clause: '第三条' },
    checks: { studio: labelled },
  } as never);
  const input = { name: '示例工作室', carrier: { name: '示例创业园' }, mentors: 3 };

  it('the name and the applicant the input gives, and none where it gives none', () => {
    const r = check(guidance, 'studio', input, { asOf: '2025-12-31' });
    expect(r.verdict).toBe('not_applicable');
    expect([r.name, r.applicant]).toEqual(['示例工作室', '示例创业园']);
    const bare = check(guidance, 'studio', { mentors: 3 }, { asOf: '2025-12-31' });
    expect([Object.hasOwn(bare, 'name'), Object.hasOwn(bare, 'applicant')]).toEqual([false, false]);
  });

  it('a guideline’s notice, and the readings and changed values the check ran under', () => {
    const r = check(guidance, 'studio', input, { asOf: '2025-12-31', parameters: { 'mentors.min': 2 } });
    expect(r.guidance?.zh).toBe('本指引为技术指引，以供参考：结果为参考意见，不构成认定结论');
    expect(r.parameters?.map((a) => [a.id, a.kind, a.value, a.replaced])).toEqual([['mentors.min', 'reform', 2, 3]]);
    expect(r.reform?.zh).toBe('按调整后的参数计算，非政策原文结论');
    const binding = check(examplePolicy, 'studio', { mentors: 3 }, { asOf: '2025-12-31' });
    expect([binding.verdict, Object.hasOwn(binding, 'guidance'), Object.hasOwn(binding, 'reform')]).toEqual([
      'not_applicable',
      false,
      false,
    ]);
  });
});
