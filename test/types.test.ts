// The public contract's types (api.md), checked at compile time by the type checker and
// at run time by vitest: a change that breaks users' code breaks this file.
import { describe, expectTypeOf, it } from 'vitest';
import { addWorkdays, calendarRange, isWorkday, workdaysBetween } from '../src/calendar/index.js';
import type {
  Clause,
  EvaluationReport,
  InputOf,
  InputProblem,
  Policy,
  PolicyId,
  Report,
  RuleResult,
  SubjectId,
  SubjectOf,
} from '../src/index.js';
import { check, evaluate, getPolicy, renderReport } from '../src/index.js';
import type { TianjinStudioApplication } from '../src/policies/tianjin/index.js';

describe('the public contract', () => {
  it('check and its report', () => {
    // The input is typed after the policy and subject; anything else is accepted too.
    expectTypeOf<InputOf<'tianjin', 'studio'>>().toEqualTypeOf<TianjinStudioApplication>();
    expectTypeOf(check<'taiyuan', 'expert'>)
      .parameter(1)
      .toEqualTypeOf<'expert'>();
    expectTypeOf(check<'pingdingshan', 'mentor' | 'studio'>)
      .parameter(1)
      .toEqualTypeOf<'mentor' | 'studio'>();
    expectTypeOf<SubjectOf<PolicyId>>().toEqualTypeOf<'studio' | 'mentor' | 'expert'>();
    expectTypeOf<SubjectOf<'national'>>().toEqualTypeOf<'studio'>();
    const notCompiled = () => {
      // @ts-expect-error: the guideline rules no expert
      check('national', 'expert', {});
      // @ts-expect-error: Taiyuan rules no studio
      check('taiyuan', 'studio', {});
    };
    expectTypeOf(notCompiled).toBeFunction();
    // A policy and subject known only at run time still type-check.
    const dynamic = (p: PolicyId, s: SubjectId, x: unknown) => check(p, s as SubjectOf<typeof p>, x);
    expectTypeOf(dynamic).returns.toEqualTypeOf<Report>();
    expectTypeOf(check).returns.toEqualTypeOf<Report>();
    expectTypeOf<Report['verdict']>().toEqualTypeOf<
      'eligible' | 'ineligible' | 'incomplete' | 'invalid' | 'not_applicable'
    >();
    expectTypeOf<RuleResult['status']>().toEqualTypeOf<'pass' | 'fail' | 'unknown' | 'not_applicable'>();
    expectTypeOf<RuleResult['message']>().toEqualTypeOf<{ zh: string; en: string }>();
    expectTypeOf<InputProblem['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<Clause['coverage']>().toEqualTypeOf<
      'rule' | 'declaration' | 'procedure' | 'assessment' | 'informative'
    >();
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
