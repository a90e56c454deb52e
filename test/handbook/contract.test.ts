// The handbook's public contract (api.md, "Handbook"): types at compile time, and the doc
// comments' examples at run time.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CaseValidation,
  type Coverage,
  coverage,
  type Module,
  modules,
  type ServiceFunction,
  validateCase,
} from '../../src/handbook/index.js';
import { handbook } from '../../src/index.js';

describe('the handbook contract', () => {
  it('types', () => {
    expectTypeOf(modules).toEqualTypeOf<readonly Module[]>();
    expectTypeOf<Module['title']>().toEqualTypeOf<{ zh: string; en: string }>();
    expectTypeOf<Module['id']>().toExtend<string>();
    expectTypeOf<ServiceFunction['tier']>().toEqualTypeOf<'basic' | 'extended' | 'expanded'>();
    expectTypeOf<Pick<ServiceFunction, 'id' | 'number' | 'title' | 'text'>>().toEqualTypeOf<{
      id: string;
      number: string;
      title: string;
      text: string;
    }>();
    expectTypeOf(validateCase).returns.toEqualTypeOf<CaseValidation>();
    expectTypeOf(coverage).returns.toEqualTypeOf<Coverage>();
    // Both accept what a caller has, unchecked: they never throw.
    expectTypeOf(coverage).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateCase).parameters.toEqualTypeOf<[flowId: unknown, events: unknown]>();
  });

  it('the root entry carries the handbook', () => {
    expect(handbook.modules).toBe(modules);
  });

  it('the doc comments’ examples hold', () => {
    expect(coverage(['information/1.1', '机构（场所）信息']).tiers.basic).toEqual({
      offered: 1,
      partial: 1,
      total: 14,
    });
    expect(
      validateCase('financing', [
        { step: 'introduce', date: '2026-03-02' },
        { step: 'apply', date: '2026-03-02' },
        { step: 'accept', date: '2026-03-03' },
        { step: 'reject', date: '2026-03-05', reason: '申请人不属于贷款扶持对象' },
      ]).valid,
    ).toBe(true);
  });
});
