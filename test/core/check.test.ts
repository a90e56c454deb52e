// checkPolicy's own work, apart from any policy's rules: its options become problems with
// paths, the period in force is a result tested at both ends, a subject it lacks is a typed
// error, and each result is shaped the same way whatever the rule returned.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkPolicy } from '../../src/core/check.js';
import { UnknownSubjectError } from '../../src/core/errors.js';
import type { Outcome, Policy, Rule } from '../../src/core/types.js';
import { policies } from '../../src/index.js';
import { thrown } from '../helpers/thrown.js';

const rule = (id: string, outcome: Outcome, severity?: 'advice'): Rule<{ n: number }> => ({
  id,
  clauses: ['一'],
  provenance: 'text',
  title: { zh: id, en: id },
  ...(severity ? { severity } : {}),
  check: () => outcome,
});

const policyWith = (effective: Policy['effective'], rules: Rule<{ n: number }>[] = []): Policy => ({
  id: 'national',
  title: { zh: '试验文件', en: 'A test text' },
  issuer: { zh: '某部门', en: 'An office' },
  docNumber: null,
  binding: true,
  effective,
  repeals: [],
  subjects: ['studio'],
  clauses: [{ id: '一', text: '一、试验条款。' } as never],
  parameters: [],
  checks: { studio: { label: { zh: '工作室', en: 'Studio' }, schema: z.object({ n: z.number() }), rules } },
  procedures: [],
});

const open = policyWith({ from: null, to: null });
const pass: Outcome = { status: 'pass', code: 'ok', message: { zh: '符合', en: 'Met' } };

describe('the period in force, 施行期间', () => {
  const bounded = policyWith({ from: '2026-02-01', to: '2031-01-31' });
  const inForce = (policy: Policy, asOf: string) =>
    checkPolicy(policy, 'studio', { n: 1 }, { asOf }).results.find((r) => r.ruleId === 'national.in_force');

  it('is no result for a text without dates', () => {
    expect(checkPolicy(open, 'studio', { n: 1 }, { asOf: '2026-03-01' }).results).toEqual([]);
  });
  it('includes its first and its last day; the day before and the day after: not applicable', () => {
    expect(inForce(bounded, '2026-01-31')?.status).toBe('not_applicable');
    expect(inForce(bounded, '2026-02-01')?.status).toBe('pass');
    expect(inForce(bounded, '2031-01-31')?.status).toBe('pass');
    expect(inForce(bounded, '2031-02-01')?.status).toBe('not_applicable');
  });
  it('is a requirement citing no clause of the text, with the dates it was judged against', () => {
    expect(inForce(bounded, '2026-02-01')).toEqual({
      ruleId: 'national.in_force',
      status: 'pass',
      clauses: [],
      provenance: 'text',
      code: 'in_force',
      message: {
        zh: '施行期间：2026-02-01在本文件有效期内（2026-02-01 – 2031-01-31）',
        en: "Period in force: 2026-02-01 is within this text's period of validity (2026-02-01 – 2031-01-31)",
      },
      expected: { from: '2026-02-01', to: '2031-01-31' },
      actual: '2026-02-01',
      severity: 'requirement',
      missing: undefined,
    });
    // Outside it nothing is judged: the verdict is not_applicable, with this one result.
    expect(inForce(bounded, '2031-02-01')).toMatchObject({
      code: 'not_in_force',
      status: 'not_applicable',
      message: {
        zh: '不适用：2031-02-01不在本文件有效期内（2026-02-01 – 2031-01-31）',
        en: "Not applicable: 2031-02-01 is outside this text's period of validity (2026-02-01 – 2031-01-31)",
      },
    });
    const after = checkPolicy(bounded, 'studio', { n: 0 }, { asOf: '2031-02-01' });
    expect(after.verdict).toBe('not_applicable');
    expect(after.results).toHaveLength(1);
    expect(after.notApplicable).toEqual(after.results[0]?.message);
    // Bad input is still invalid there.
    expect(checkPolicy(bounded, 'studio', { n: 'x' }, { asOf: '2031-02-01' }).verdict).toBe('invalid');
  });
  it('with one end open: only the other end limits it, and the open end reads …', () => {
    const from = policyWith({ from: '2026-02-01', to: null });
    expect(inForce(from, '2026-01-31')?.status).toBe('not_applicable');
    expect(inForce(from, '9999-12-31')).toMatchObject({ status: 'pass', expected: { from: '2026-02-01', to: null } });
    expect(inForce(from, '9999-12-31')?.message.zh).toContain('（2026-02-01 – …）');
    const to = policyWith({ from: null, to: '2031-01-31' });
    expect(inForce(to, '2007-01-01')?.status).toBe('pass');
    expect(inForce(to, '2031-02-01')?.status).toBe('not_applicable');
    expect(inForce(to, '2007-01-01')?.message.en).toContain('(… – 2031-01-31)');
  });
});

describe('options become problems with paths, never throws', () => {
  const problems = (options: object, policy: Policy = open) =>
    checkPolicy(policy, 'studio', { n: 1 }, { asOf: '2026-03-01', ...options }).problems;

  it('an impossible asOf: judged today, and an error naming the option and the value', () => {
    const r = checkPolicy(open, 'studio', { n: 1 }, { asOf: '2026-02-30' });
    expect(r.verdict).toBe('invalid');
    expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.problems).toEqual([
      {
        path: ['options', 'asOf'],
        code: 'invalid_option',
        severity: 'error',
        message: { zh: '选项无效：asOf = "2026-02-30"', en: 'Invalid option: asOf = "2026-02-30"' },
      },
    ]);
  });
  it('an impossible effectiveFrom', () => {
    expect(problems({ effectiveFrom: '2024-13-01' })).toEqual([
      {
        path: ['options', 'effectiveFrom'],
        code: 'invalid_option',
        severity: 'error',
        message: { zh: '选项无效：effectiveFrom = "2024-13-01"', en: 'Invalid option: effectiveFrom = "2024-13-01"' },
      },
    ]);
  });
  it('readings that are not an object of readings', () => {
    for (const readings of ['remaining', null, [], 3]) {
      const [p, ...rest] = problems({ readings });
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: ['options', 'readings'], code: 'invalid_option', severity: 'error' });
      expect(p?.message.en).toMatch(/^Invalid option: readings = /);
    }
  });
  it('readings that cannot be listed (a Proxy that throws)', () => {
    const readings = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(problems({ readings })).toEqual([
      {
        path: ['options', 'readings'],
        code: 'invalid_option',
        severity: 'error',
        message: { zh: '选项无效：readings = object', en: 'Invalid option: readings = object' },
      },
    ]);
  });

  describe('a reading, against the policy’s interpretation parameters (Tianjin)', () => {
    const tianjin = policies.tianjin as Policy;
    const at = (readings: object) => problems({ readings }, tianjin).filter((p) => p.path[0] === 'options');
    it('an id the policy lacks, or a parameter the text fixes, is refused by name', () => {
      expect(at({ nope: 1 })).toEqual([
        {
          path: ['options', 'readings', 'nope'],
          code: 'unknown_parameter',
          severity: 'error',
          message: {
            zh: '选项无效：tianjin没有参数“nope”（可用 chuangye rules tianjin 查看参数）',
            en: 'Invalid option: tianjin has no parameter "nope" (chuangye rules tianjin lists them)',
          },
        },
      ]);
      const fixed = tianjin.parameters.find((p) => p.provenance === 'text' && !p.informative);
      expect(at({ [fixed?.id as string]: 1 })).toMatchObject([
        { path: ['options', 'readings', fixed?.id], code: 'reading_of_text', severity: 'error' },
      ]);
    });
    it('a value of another type, or not one of its choices', () => {
      expect(at({ 'venue.useRightReading': 3 })).toMatchObject([
        {
          path: ['options', 'readings', 'venue.useRightReading'],
          code: 'reading_choice',
          message: { en: 'Invalid option: reading "venue.useRightReading" = 3 is not one of "remaining" | "term"' },
        },
      ]);
      expect(at({ 'venue.useRightReading': 'lease' })).toMatchObject([
        {
          path: ['options', 'readings', 'venue.useRightReading'],
          message: {
            en: 'Invalid option: reading "venue.useRightReading" = "lease" is not one of "remaining" | "term"',
          },
        },
      ]);
    });
    it('a valid one is no problem and is applied', () => {
      expect(at({ 'venue.useRightReading': 'term' })).toEqual([]);
    });
  });
});

describe('the subject', () => {
  it.each([['toString'], ['__proto__'], ['mentor'], [1], [undefined]])('%s is not one the policy rules', (subject) => {
    const e = thrown(() => checkPolicy(open, subject as never, { n: 1 }));
    expect(e).toBeInstanceOf(UnknownSubjectError);
    expect((e as UnknownSubjectError).known).toEqual(['studio']);
  });
});

describe('results', () => {
  it('carry duplicates only when a rule found some', () => {
    const dup = { path: 'members.1', sameAs: 'members.0', key: 'x' };
    const policy = policyWith({ from: null, to: null }, [
      rule('none', { ...pass, duplicates: [] }),
      rule('one', { ...pass, duplicates: [dup] }),
      rule('absent', pass),
    ]);
    for (const input of [{ n: 1 }, { n: 1, extra: new Date(0) }]) {
      const [none, one, absent] = checkPolicy(policy, 'studio', input, { asOf: '2026-03-01' }).results;
      expect(none && 'duplicates' in none).toBe(false);
      expect(absent && 'duplicates' in absent).toBe(false);
      expect(one?.duplicates).toEqual([dup]);
    }
  });
});
