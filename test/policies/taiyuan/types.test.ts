// The Taiyuan subpath's public types, checked by the type checker and run by vitest.
import { describe, expectTypeOf, it } from 'vitest';
import type { Report } from '../../../src/index.js';
import {
  checkExpert,
  type EvaluationOutcome,
  type ExclusionCode,
  type Expert,
  evaluateExpert,
  matchExperts,
} from '../../../src/policies/taiyuan/index.js';

describe('chuangye-rules/taiyuan types', () => {
  it('checkExpert takes the check options and the readings, and returns a Report', () => {
    expectTypeOf(checkExpert).returns.toEqualTypeOf<Report>();
    expectTypeOf(checkExpert).parameter(1).toMatchTypeOf<
      | {
          asOf?: string;
          refusalWindow?: 'rolling' | 'calendar_year';
          recordScope?: 'term' | 'all';
          termReading?: 'day-before' | 'anniversary';
          readings?: Readonly<Record<string, unknown>>;
        }
      | undefined
    >();
    // @ts-expect-error: the window has two readings only
    checkExpert({}, { refusalWindow: 'fiscal_year' });
  });
  it('evaluation and matching results', () => {
    expectTypeOf(evaluateExpert).returns.toHaveProperty('outcome').toEqualTypeOf<EvaluationOutcome | null>();
    expectTypeOf<EvaluationOutcome>().toEqualTypeOf<'commendation' | 'renewal' | 'none'>();
    expectTypeOf(matchExperts).returns.toHaveProperty('excluded');
    expectTypeOf<ExclusionCode>().toMatchTypeOf<string>();
  });
  it('the expert type has no region, status or age', () => {
    expectTypeOf<Expert>().not.toHaveProperty('region');
    expectTypeOf<Expert>().not.toHaveProperty('age');
    expectTypeOf<Expert>().not.toHaveProperty('status');
  });
});
