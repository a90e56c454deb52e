// The public contract's types (api.md), checked at compile time by the type checker and
// at run time by vitest: a change that breaks users' code breaks this file.
import { describe, expectTypeOf, it } from 'vitest';
import { addWorkdays, calendarRange, isWorkday, workdaysBetween } from '../src/calendar/index.js';
import type { Clause, EvaluationReport, InputProblem, Policy, Report, RuleResult } from '../src/index.js';
import { check, evaluate, getPolicy, renderReport } from '../src/index.js';

describe('the public contract', () => {
  it('check and its report', () => {
    expectTypeOf(check).parameters.toEqualTypeOf<
      [
        policy: 'national' | 'tianjin' | 'pingdingshan' | 'taiyuan',
        subject: 'studio' | 'mentor' | 'expert',
        input: unknown,
        options?: { asOf?: string; lang?: 'zh' | 'en' },
      ]
    >();
    expectTypeOf(check).returns.toEqualTypeOf<Report>();
    expectTypeOf<Report['verdict']>().toEqualTypeOf<'eligible' | 'ineligible' | 'incomplete' | 'invalid'>();
    expectTypeOf<RuleResult['status']>().toEqualTypeOf<'pass' | 'fail' | 'unknown' | 'not_applicable'>();
    expectTypeOf<RuleResult['message']>().toEqualTypeOf<{ zh: string; en: string }>();
    expectTypeOf<InputProblem['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<Clause['coverage']>().toEqualTypeOf<'rule' | 'declaration' | 'procedure' | 'informative'>();
  });
  it('policies, evaluation, rendering', () => {
    expectTypeOf(getPolicy).returns.toEqualTypeOf<Policy>();
    expectTypeOf<Policy['docNumber']>().toEqualTypeOf<string | null>();
    expectTypeOf(evaluate).returns.toEqualTypeOf<EvaluationReport>();
    expectTypeOf<EvaluationReport['grade']>().toEqualTypeOf<'excellent' | 'good' | 'pass' | 'fail' | null>();
    expectTypeOf(renderReport).returns.toEqualTypeOf<string>();
    const notCompiled = () =>
      // @ts-expect-error: a subject the contract does not have
      check('national', 'company', {});
    expectTypeOf(notCompiled).toBeFunction();
  });
  it('the calendar takes and returns YYYY-MM-DD strings', () => {
    expectTypeOf(isWorkday).toEqualTypeOf<(date: string) => boolean>();
    expectTypeOf(addWorkdays).toEqualTypeOf<(date: string, n: number) => string>();
    expectTypeOf(workdaysBetween).toEqualTypeOf<(start: string, end: string) => number>();
    expectTypeOf(calendarRange).returns.toEqualTypeOf<{ from: string; to: string }>();
  });
});
