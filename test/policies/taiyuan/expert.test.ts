import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, getPolicy, type Report } from '../../../src/index.js';
import { checkExpert, expertSchema } from '../../../src/policies/taiyuan/index.js';
import { TAIYUAN_MESSAGES } from '../../../src/policies/taiyuan/messages.js';
import * as p from '../../../src/policies/taiyuan/parameters.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const AS_OF = '2026-11-22';
const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/taiyuan/${f}`, import.meta.url), 'utf8'));
const candidate = read('candidate.json');
const run = (input: unknown, asOf = AS_OF) => check('taiyuan', 'expert', input, { asOf });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const category = (input: unknown, asOf = AS_OF) => result(run(input, asOf), 'taiyuan.category');
/** The category rule at dates outside 第十五条's window: under a reform that puts them inside it. */
const categoryAnyDay = (input: unknown, asOf: string) =>
  result(
    check('taiyuan', 'expert', input, { asOf, parameters: { 'validity.from': '2020-01-01', 'validity.years': 20 } }),
    'taiyuan.category',
  );
const only = (background: object) => ({ ...candidate, backgrounds: [background] });

describe('the example candidate', () => {
  it('is eligible with no problem, and the report names both qualifying categories', () => {
    const r = run(candidate);
    expect(r.problems).toEqual([]);
    expect(r.verdict).toBe('eligible');
    const c = result(r, 'taiyuan.category');
    expect(c.message.zh).toContain('成功创业者');
    expect(c.message.zh).toContain('创业培训讲师');
    expect(c.message.en).toContain('entrepreneurship-training lecturer');
  });
  it('terms, grounds and the dismissal procedure do not apply to a candidate', () => {
    const r = run(candidate);
    for (const id of [
      'taiyuan.term',
      'taiyuan.ground.feedback',
      'taiyuan.dismissal.procedure',
      'taiyuan.duty.confidentiality',
    ])
      expect(result(r, id).status).toBe('not_applicable');
  });
});

describe('in force, 第十五条', () => {
  it('from 2026-02-01 to 2031-01-31 (kind D), each end tested on both sides: outside, not applicable', () => {
    // The window is the rule's (第十五条), not the generic in-force result's: one result.
    expect(getPolicy('taiyuan').effective).toMatchObject({ from: null, to: null });
    const status = (asOf: string) => result(run(candidate, asOf), 'taiyuan.validity').status;
    expect(status('2026-01-31')).toBe('not_applicable');
    expect(status('2026-02-01')).toBe('pass');
    expect(status('2031-01-31')).toBe('pass');
    expect(status('2031-02-01')).toBe('not_applicable');
    for (const asOf of ['2026-01-31', '2031-02-01', '2031-01-31']) {
      const r = run(candidate, asOf);
      expect(r.results.filter((x) => x.clauses.includes('第十五条')).map((x) => x.ruleId)).toEqual([
        'taiyuan.validity',
      ]);
      expect(r.results.some((x) => x.ruleId === 'taiyuan.in_force')).toBe(false);
      // Outside the window nothing is judged: the validity result is the report's only one.
      expect(r.verdict).toBe(asOf === '2031-01-31' ? 'eligible' : 'not_applicable');
      if (asOf !== '2031-01-31') {
        expect(r.results).toHaveLength(1);
        expect(r.notApplicable?.zh).toContain('第十五条');
        expect(r.notApplicable?.en).toContain('Art. 15');
      }
    }
  });
  it('before 2026-02-01 the report says the measures are not in force and the repealed 2020 measures are not encoded', () => {
    const r = run(candidate, '2025-06-01');
    expect(r.verdict).toBe('not_applicable');
    const v = result(r, 'taiyuan.validity');
    expect(v.message.zh).toContain('尚未施行');
    expect(v.message.zh).toContain('并人社发〔2020〕30号');
    expect(v.message.zh).toContain('不予编码');
    expect(v.message.en).toContain('not encoded');
    expect(getPolicy('taiyuan').repeals).toEqual(['并人社发〔2020〕30号']);
  });
  it('after 2031-01-31 the report says the validity has expired', () => {
    expect(result(run(candidate, '2031-02-01'), 'taiyuan.validity').code).toBe('validity_expired');
  });
});

describe('categories, 第五条: each of the eight', () => {
  it('（一） a successful entrepreneur of some renown: attested', () => {
    expect(category(only({ category: 'entrepreneur', renowned: true })).status).toBe('pass');
    expect(category(only({ category: 'entrepreneur', renowned: false })).status).toBe('fail');
    expect(category(only({ category: 'entrepreneur' }))).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds.0.renowned'],
    });
  });
  it('（一） a prize-winning finalist of the Shanxi or Taiyuan 创业星火大赛 run by HRSS', () => {
    const contest = { contest: 'taiyuan', organisedByHrss: true, reachedFinal: true, prizeWinner: true };
    const e = (c: object) => only({ category: 'entrepreneur', renowned: false, sparkContest: { ...contest, ...c } });
    expect(category(e({})).status).toBe('pass');
    expect(category(e({ contest: 'shanxi' })).status).toBe('pass');
    expect(category(e({ contest: 'other' })).status).toBe('fail');
    expect(category(e({ organisedByHrss: false })).status).toBe('fail');
    expect(category(e({ reachedFinal: false })).status).toBe('fail');
    expect(category(e({ prizeWinner: false })).status).toBe('fail');
    expect(category(e({ prizeWinner: undefined }))).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds.0.sparkContest.prizeWinner'],
    });
  });
  it('（二） a professional manager needs no title; a professional needs a listed field and 中级或以上', () => {
    expect(
      category(
        only({ category: 'manager_or_professional', role: 'professional_manager', employer: 'private_non_enterprise' }),
      ).status,
    ).toBe('pass');
    expect(
      category(only({ category: 'manager_or_professional', role: 'professional_manager', employer: 'other' })).status,
    ).toBe('fail');
    const pro = (x: object) =>
      only({ category: 'manager_or_professional', role: 'professional', profession: 'audit', ...x });
    expect(category(pro({ title: 'junior' })).status).toBe('fail');
    expect(category(pro({ title: 'intermediate' })).status).toBe('pass');
    expect(category(pro({ title: 'senior' })).status).toBe('pass');
    for (const profession of ['law', 'accounting', 'human_resources', 'property_rights'])
      expect(category(pro({ profession, title: 'intermediate' })).status).toBe('pass');
    // The list ends in 等: another field waits for the bureau.
    expect(category(pro({ profession: 'other', title: 'intermediate' }))).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds.0.professionAccepted'],
    });
    expect(category(pro({ profession: 'other', professionAccepted: true, title: 'intermediate' })).status).toBe('pass');
  });
  it('（三） lecturers or above, at a university or research institute, in the two areas', () => {
    const a = (x: object) =>
      only({ category: 'academic', institution: 'research_institute', researchArea: 'business_management', ...x });
    expect(category(a({ rank: 'assistant' })).status).toBe('fail');
    expect(category(a({ rank: 'lecturer' })).status).toBe('pass');
    expect(category(a({ rank: 'professor' })).status).toBe('pass');
    expect(category(a({ rank: 'lecturer', researchArea: 'other' })).status).toBe('fail');
    expect(category(a({ rank: 'lecturer', institution: 'other' })).status).toBe('fail');
  });
  it.each([
    ['finance', { financialInstitution: 'venture_capital', investmentWork: true }],
    ['public_sector', { publicBody: 'administrative_organ', policyFamiliar: true }],
    ['trainer', { recognisedTrainer: true }],
    ['carrier_manager', { organisation: 'labour_brand_operator', position: 'core_department_head' }],
  ])('%s: the day before the 4th anniversary fails, the anniversary passes', (cat, facts) => {
    const b = only({ category: cat, ...facts, since: '2022-11-22' });
    expect(category(b, '2026-11-21').status).toBe('fail');
    expect(category(b, '2026-11-22').status).toBe('pass');
    expect(category(only({ category: cat, ...facts, years: 3.9 })).status).toBe('fail');
    expect(category(only({ category: cat, ...facts, years: 4 })).status).toBe('pass');
    expect(category(only({ category: cat, ...facts }))).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds.0.since'],
    });
  });
  it('（四）–（七）: the place of work is required too', () => {
    expect(category(only({ category: 'finance', financialInstitution: 'non_financial', years: 9 })).status).toBe(
      'fail',
    );
    expect(category(only({ category: 'public_sector', publicBody: 'other', years: 9 })).status).toBe('fail');
    expect(category(only({ category: 'trainer', recognisedTrainer: false, years: 9 })).status).toBe('fail');
    expect(
      category(only({ category: 'carrier_manager', organisation: 'startup_carrier', position: 'other', years: 9 }))
        .status,
    ).toBe('fail');
    // A known failing fact decides even with the years missing.
    expect(category(only({ category: 'finance', financialInstitution: 'non_financial' })).status).toBe('fail');
  });
  it('a 29 February start reaches 4 years on 28 February', () => {
    const b = only({ category: 'trainer', recognisedTrainer: true, since: '2024-02-29' });
    expect(categoryAnyDay(b, '2028-02-28').status).toBe('fail');
    expect(categoryAnyDay(b, '2028-02-29').status).toBe('pass');
    const c = only({ category: 'trainer', recognisedTrainer: true, since: '2020-02-29' });
    expect(categoryAnyDay(c, '2024-02-28').status).toBe('fail');
    expect(categoryAnyDay(c, '2024-02-29').status).toBe('pass');
    const d = only({ category: 'trainer', recognisedTrainer: true, since: '2028-02-29' });
    expect(categoryAnyDay(d, '2032-02-28').status).toBe('fail');
    expect(categoryAnyDay(d, '2032-02-29').status).toBe('pass');
  });
  it('（八） an outstanding contribution: a declaration', () => {
    expect(category(only({ category: 'contributor', outstandingContribution: true })).status).toBe('pass');
    expect(category(only({ category: 'contributor', outstandingContribution: false })).status).toBe('fail');
    expect(category(only({ category: 'contributor' })).code).toBe('category_open');
  });
  it('"主要由…构成": another background is left to the bureau, labelled as an interpretation', () => {
    expect(category(only({ category: 'other', description: '律师事务所合伙人' }))).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds.0.accepted'],
      provenance: 'interpretation',
    });
    expect(category(only({ category: 'other', accepted: true })).status).toBe('pass');
    expect(category(only({ category: 'other', accepted: false })).status).toBe('fail');
    expect(p.categories.note).toContain('open');
  });
  it('one qualifying background suffices; an empty list fails; a missing list is unknown', () => {
    const two = {
      ...candidate,
      backgrounds: [
        { category: 'finance', financialInstitution: 'bank', years: 1 },
        { category: 'contributor', outstandingContribution: true },
      ],
    };
    expect(category(two).status).toBe('pass');
    expect(category({ ...candidate, backgrounds: [] })).toMatchObject({ status: 'fail', code: 'category_empty' });
    expect(category({ ...candidate, backgrounds: undefined })).toMatchObject({
      status: 'unknown',
      missing: ['backgrounds'],
    });
    // One failing and one open: unknown, with the open background's path.
    const mixed = {
      ...candidate,
      backgrounds: [{ category: 'finance', financialInstitution: 'non_financial' }, { category: 'contributor' }],
    };
    expect(category(mixed)).toMatchObject({ status: 'unknown', missing: ['backgrounds.1.outstandingContribution'] });
  });
  it('selection is open regardless of region, status and age: the schema has no such field', () => {
    const shape = Object.keys((expertSchema as unknown as { _zod: { def: { shape: object } } })._zod.def.shape);
    for (const word of ['region', 'age', 'birthDate', 'birthYear', 'hukou', 'status', 'identity', 'nationality'])
      expect(shape).not.toContain(word);
    expect(shape.filter((k) => /region|^age|birth|hukou|status|identity/iu.test(k))).toEqual([]);
  });
  it('property: adding region, status or age never changes any rule result', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 120 }), fc.string(), (region, age, status) => {
        const r = run({ ...candidate, region, age, status });
        const base = run(candidate);
        expect(r.results).toEqual(base.results);
        expect(r.problems.every((x) => x.severity === 'warning')).toBe(true);
      }),
      { seed: 42, numRuns: 50 },
    );
  });
  it('list order and surrounding whitespace never change the verdict', () => {
    const reversed = { ...candidate, backgrounds: [...candidate.backgrounds].reverse() };
    expect(run(reversed).verdict).toBe(run(candidate).verdict);
    expect(category(reversed).message).toEqual(category(candidate).message);
  });
});

describe('basic conditions, 第六条', () => {
  it('4 years of work or service: the day before the anniversary fails, the anniversary passes', () => {
    const e = { ...candidate, experienceSince: '2022-11-22' };
    expect(result(run(e, '2026-11-21'), 'taiyuan.basic.experience').status).toBe('fail');
    expect(result(run(e, '2026-11-22'), 'taiyuan.basic.experience').status).toBe('pass');
  });
  it('founding or managing an enterprise is a fact; a coaching record is at least one success', () => {
    expect(result(run({ ...candidate, managedEnterprise: false }), 'taiyuan.basic.managed_enterprise').status).toBe(
      'fail',
    );
    expect(result(run({ ...candidate, coachedStartups: 0 }), 'taiyuan.basic.coaching_record').status).toBe('fail');
    expect(result(run({ ...candidate, coachedStartups: 1 }), 'taiyuan.basic.coaching_record').status).toBe('pass');
    expect(p.coachingRecord.provenance).toBe('interpretation');
  });
  it('the rest are declarations: unknown until declared, failing when declared not met', () => {
    const r = run({ ...candidate, declarations: { ...candidate.declarations, integrity: undefined, standing: false } });
    expect(result(r, 'taiyuan.basic.integrity')).toMatchObject({
      status: 'unknown',
      missing: ['declarations.integrity'],
    });
    expect(result(r, 'taiyuan.basic.standing').status).toBe('fail');
  });
});

describe('hostile input', () => {
  it('never throws, and reports problems with paths in both languages', () => {
    fc.assert(
      fc.property(arbitraryHostile, (input) => {
        const r = run(input);
        for (const x of r.problems) {
          expect(Array.isArray(x.path)).toBe(true);
          expect(x.message.zh.length > 0 && x.message.en.length > 0).toBe(true);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it('an impossible date is an error with its path', () => {
    const r = run({ ...candidate, terms: [{ appointed: '2026-02-30' }] });
    expect(r.verdict).toBe('invalid');
    expect(r.problems[0]?.path).toEqual(['terms', 0, 'appointed']);
  });
  it('checkExpert with readings gives the same report shape', () => {
    expect(checkExpert(candidate, { asOf: AS_OF, refusalWindow: 'calendar_year' }).verdict).toBe('eligible');
  });
});

describe('messages', () => {
  it('the zh and en tables have the same keys', () => {
    expect(Object.keys(TAIYUAN_MESSAGES.en).sort()).toEqual(Object.keys(TAIYUAN_MESSAGES.zh).sort());
  });
});

describe('exported data', () => {
  it('every exported value is deeply frozen (zod schemas aside)', async () => {
    const mod = await import('../../../src/policies/taiyuan/index.js');
    const unfrozen: string[] = [];
    const walk = (v: unknown, path: string, seen: Set<object>) => {
      if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) return;
      if (Object.hasOwn(v, '_zod')) return;
      seen.add(v);
      if (!Object.isFrozen(v)) unfrozen.push(path);
      for (const key of Reflect.ownKeys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (d && 'value' in d) walk(d.value, `${path}.${String(key)}`, seen);
      }
    };
    for (const [name, value] of Object.entries(mod))
      if (typeof value === 'object' && value !== null) walk(value, name, new Set());
    expect(unfrozen, unfrozen.join(' ')).toEqual([]);
  });
});
