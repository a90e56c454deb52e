import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../../../src/index.js';
import { checkExpert, type Expert } from '../../../src/policies/taiyuan/index.js';
import { procedureOutcome, termsOf } from '../../../src/policies/taiyuan/records.js';
import { textValues, under } from './readings.js';

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/taiyuan/${f}`, import.meta.url), 'utf8'));
const candidate = read('candidate.json');
const run = (input: unknown, asOf: string) => check('taiyuan', 'expert', input, { asOf });
/** A check past 第十五条's five years (then not applicable): under a reform that keeps the measures in force. */
const runLater = (input: unknown, asOf: string) =>
  check('taiyuan', 'expert', input, { asOf, parameters: { 'validity.years': 10 } });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const appointed = (more: object = {}) => ({
  ...candidate,
  terms: [{ appointed: '2026-03-01' }],
  records: [],
  ...more,
});

describe('terms, 第三条 and 第十一条', () => {
  it('a term from 2026-03-01 ends 2029-02-28; one from 2028-02-29 ends 2031-02-28', () => {
    expect(termsOf({ terms: [{ appointed: '2026-03-01' }] }, textValues)[0]?.to).toBe('2029-02-28');
    expect(termsOf({ terms: [{ appointed: '2028-02-29' }] }, textValues)[0]?.to).toBe('2031-02-28');
    // The Civil Code reading, selectable: the last day is the anniversary.
    expect(termsOf({ terms: [{ appointed: '2026-03-01' }] }, under({ termReading: 'anniversary' }))[0]?.to).toBe(
      '2029-03-01',
    );
  });
  it('the appointment stands on its last day and ends by itself the day after', () => {
    const e = appointed();
    expect(result(run(e, '2029-02-28'), 'taiyuan.term')).toMatchObject({ status: 'pass', code: 'term_current' });
    expect(result(run(e, '2029-03-01'), 'taiyuan.term')).toMatchObject({ status: 'fail', code: 'term_ended' });
    expect(result(run(e, '2026-02-28'), 'taiyuan.term')).toMatchObject({ status: 'fail', code: 'term_not_started' });
    expect(result(run(e, '2026-03-01'), 'taiyuan.term').status).toBe('pass');
    const leap = appointed({ terms: [{ appointed: '2028-02-29' }] });
    expect(result(runLater(leap, '2031-02-28'), 'taiyuan.term').status).toBe('pass');
    expect(result(runLater(leap, '2031-03-01'), 'taiyuan.term').status).toBe('fail');
  });
  it("a letter's other end date is reported, the term counted as the measures set it (issue 24.12)", () => {
    // 2026-03-01 → 2031-01-31 in the letter: the measures say three years, to 2029-02-28.
    const e = appointed({ terms: [{ appointed: '2026-03-01', ends: '2031-01-31' }] });
    expect(result(run(e, '2029-02-28'), 'taiyuan.term')).toMatchObject({
      status: 'pass',
      expected: { years: 3, letterMismatch: [1] },
      actual: [{ number: 1, from: '2026-03-01', to: '2029-02-28', letterEnds: '2031-01-31' }],
    });
    const ended = result(run(e, '2030-06-01'), 'taiyuan.term');
    expect(ended.code).toBe('term_ended');
    expect(ended.message.zh).toContain('聘书载明届满日2031-01-31，与“每届聘期为三年”不符，按本办法计');
    expect(ended.message.en).toContain('the letter of appointment states 2031-01-31');
    const short = appointed({ terms: [{ appointed: '2026-03-01', ends: '2026-12-31' }] });
    expect(result(run(short, '2027-01-01'), 'taiyuan.term').status).toBe('pass');
    // A letter that states the measures' own end is no mismatch.
    const same = appointed({ terms: [{ appointed: '2026-03-01', ends: '2029-02-28' }] });
    expect(result(run(same, '2027-01-01'), 'taiyuan.term').message.zh).not.toContain('聘书载明');
  });
  it('reappointment is a new term: no gap, numbered, and the grounds count afresh', () => {
    const e = appointed({
      terms: [{ appointed: '2029-03-01' }, { appointed: '2026-03-01' }],
      records: [
        { id: 'a', date: '2028-05-01', kind: 'dissatisfied_feedback', aboutAttitude: true },
        { id: 'b', date: '2028-06-01', kind: 'dissatisfied_feedback', aboutAttitude: true },
        { id: 'c', date: '2029-04-01', kind: 'dissatisfied_feedback', aboutAttitude: true },
      ],
    });
    const t = result(run(e, '2029-03-01'), 'taiyuan.term');
    expect(t.status).toBe('pass');
    expect(t.message.en).toContain('Term 2');
    expect(result(run(e, '2029-02-28'), 'taiyuan.term').message.en).toContain('Term 1');
    expect(result(run(e, '2029-06-01'), 'taiyuan.ground.feedback').status).toBe('pass');
    // Counting every term's records instead (the other reading, selectable): 3 in total.
    const all = checkExpert(e, { asOf: '2029-06-01', recordScope: 'all' });
    expect(result(all, 'taiyuan.ground.feedback').status).toBe('fail');
  });
  it('grounds do not apply outside a term', () => {
    expect(result(run(appointed(), '2029-03-01'), 'taiyuan.ground.request').status).toBe('not_applicable');
  });
});

const feedback = (n: number, from = '2026-04-01') =>
  Array.from({ length: n }, (_, i) => ({
    id: `F${i}`,
    date: `2026-${String(4 + i).padStart(2, '0')}-01`,
    kind: 'dissatisfied_feedback',
    aboutAttitude: true,
    from,
  }));

describe('grounds for dismissal, 第十二条（一）–（六）', () => {
  it('（一） the expert’s own request', () => {
    const e = appointed({ records: [{ date: '2026-05-01', kind: 'resignation_request' }] });
    expect(result(run(e, '2026-04-30'), 'taiyuan.ground.request').status).toBe('pass');
    expect(result(run(e, '2026-05-01'), 'taiyuan.ground.request').status).toBe('fail');
  });
  it('（二） 2 dissatisfied feedbacks are not a ground, 3 are', () => {
    expect(result(run(appointed({ records: feedback(2) }), '2026-12-31'), 'taiyuan.ground.feedback').status).toBe(
      'pass',
    );
    expect(result(run(appointed({ records: feedback(3) }), '2026-12-31'), 'taiyuan.ground.feedback').status).toBe(
      'fail',
    );
  });
  it('（二） the same feedback recorded twice counts once (distinct by id, else by date and recipient)', () => {
    const twice = [...feedback(2), ...feedback(2)];
    expect(result(run(appointed({ records: twice }), '2026-12-31'), 'taiyuan.ground.feedback').status).toBe('pass');
    const noIds = [
      { date: '2026-04-01', kind: 'dissatisfied_feedback', aboutAttitude: true, from: '王某' },
      { date: '2026-04-01', kind: 'dissatisfied_feedback', aboutAttitude: true, from: ' 王某 ' },
      { date: '2026-04-01', kind: 'dissatisfied_feedback', aboutAttitude: true, from: '李某' },
      { date: '2026-05-01', kind: 'dissatisfied_feedback', aboutAttitude: true, from: '王某' },
    ];
    expect(result(run(appointed({ records: noIds }), '2026-12-31'), 'taiyuan.ground.feedback').status).toBe('fail');
    expect(result(run(appointed({ records: noIds.slice(0, 3) }), '2026-12-31'), 'taiyuan.ground.feedback').status).toBe(
      'pass',
    );
  });
  it('a record after the as-of date is not yet known', () => {
    expect(result(run(appointed({ records: feedback(3) }), '2026-05-31'), 'taiyuan.ground.feedback').status).toBe(
      'pass',
    );
    expect(result(run(appointed({ records: feedback(3) }), '2026-06-01'), 'taiyuan.ground.feedback').status).toBe(
      'fail',
    );
  });
  it('records missing make the grounds unknown; an empty list is a fact', () => {
    const e = { ...appointed(), records: undefined };
    expect(result(run(e, '2026-12-31'), 'taiyuan.ground.feedback')).toMatchObject({
      status: 'unknown',
      missing: ['records'],
    });
    expect(result(run(appointed(), '2026-12-31'), 'taiyuan.ground.feedback').status).toBe('pass');
  });

  const refusals = (...dates: string[]) =>
    dates.map((date, i) => ({ id: `R${i}`, date, kind: 'duty_refusal', withoutGoodReason: true }));
  const ground3 = (records: object[], asOf: string, refusalWindow?: 'rolling' | 'calendar_year') =>
    result(
      checkExpert(appointed({ records }), { asOf, ...(refusalWindow ? { refusalWindow } : {}) }),
      'taiyuan.ground.refusals',
    );

  it('（三） 2 refusals inside 12 months are not a ground, 3 are', () => {
    expect(ground3(refusals('2026-04-01', '2026-09-01'), '2027-06-01').status).toBe('pass');
    expect(ground3(refusals('2026-04-01', '2026-09-01', '2027-03-31'), '2027-06-01').status).toBe('fail');
  });
  it('（三） rolling 12 months: the third on the window’s last day counts, the day after does not', () => {
    expect(ground3(refusals('2026-04-01', '2026-09-01', '2027-03-31'), '2027-06-01', 'rolling').status).toBe('fail');
    expect(ground3(refusals('2026-04-01', '2026-09-01', '2027-04-01'), '2027-06-01', 'rolling').status).toBe('pass');
  });
  it('（三） 3 refusals spread over more than 12 months are no ground under either reading', () => {
    const spread = refusals('2026-04-01', '2026-12-01', '2027-04-02');
    expect(ground3(spread, '2027-06-01', 'rolling').status).toBe('pass');
    expect(ground3(spread, '2027-06-01', 'calendar_year').status).toBe('pass');
  });
  it('（三） the readings differ: inside 12 months across a new year, or inside one calendar year', () => {
    const acrossNewYear = refusals('2026-10-01', '2026-12-01', '2027-02-01');
    expect(ground3(acrossNewYear, '2027-06-01', 'rolling').status).toBe('fail');
    expect(ground3(acrossNewYear, '2027-06-01', 'calendar_year').status).toBe('pass');
    const inOneYear = refusals('2026-03-01', '2026-07-01', '2026-12-31');
    expect(ground3(inOneYear, '2027-01-10', 'calendar_year').status).toBe('fail');
    expect(ground3(inOneYear, '2027-01-10', 'calendar_year').message.zh).toContain('按自然年计（解释）');
    expect(ground3(inOneYear, '2027-01-10', 'rolling').message.zh).toContain('按任意连续12个月计（解释）');
  });
  it('（三） a refusal with good reason does not count; one not yet judged leaves the ground open', () => {
    const r = refusals('2026-04-01', '2026-05-01', '2026-06-01');
    const good = [...r.slice(0, 2), { ...r[2], withoutGoodReason: false }];
    expect(ground3(good, '2026-12-01').status).toBe('pass');
    const open = [...r.slice(0, 2), { ...r[2], withoutGoodReason: undefined }];
    expect(ground3(open, '2026-12-01')).toMatchObject({ status: 'unknown', missing: ['records.2.withoutGoodReason'] });
    // A known third refusal decides even when another is open.
    expect(ground3([...r, { id: 'x', date: '2026-07-01', kind: 'duty_refusal' }], '2026-12-01').status).toBe('fail');
  });
  it('（四） personal gain', () => {
    const e = appointed({ records: [{ date: '2026-06-01', kind: 'personal_gain' }] });
    expect(result(run(e, '2026-06-01'), 'taiyuan.ground.personal_gain').status).toBe('fail');
    expect(result(run(e, '2026-05-31'), 'taiyuan.ground.personal_gain').status).toBe('pass');
  });
  it('（五） a leaked business secret is a ground only with adverse consequences', () => {
    const leak = (adverseConsequences?: boolean) =>
      appointed({
        records: [
          {
            date: '2026-06-01',
            kind: 'secret_leak',
            ...(adverseConsequences === undefined ? {} : { adverseConsequences }),
          },
        ],
      });
    expect(result(run(leak(true), '2026-07-01'), 'taiyuan.ground.secret_leak').status).toBe('fail');
    expect(result(run(leak(false), '2026-07-01'), 'taiyuan.ground.secret_leak').status).toBe('pass');
    expect(result(run(leak(), '2026-07-01'), 'taiyuan.ground.secret_leak')).toMatchObject({
      status: 'unknown',
      missing: ['records.0.adverseConsequences'],
    });
  });
  it('（六） unlawful conduct or a criminal penalty during the term; not before it', () => {
    const e = (date: string, kind: string) => appointed({ records: [{ date, kind }] });
    expect(result(run(e('2026-06-01', 'criminal_penalty'), '2026-07-01'), 'taiyuan.ground.unlawful').status).toBe(
      'fail',
    );
    expect(result(run(e('2026-06-01', 'unlawful_conduct'), '2026-07-01'), 'taiyuan.ground.unlawful').status).toBe(
      'fail',
    );
    expect(result(run(e('2026-02-28', 'unlawful_conduct'), '2026-07-01'), 'taiyuan.ground.unlawful').status).toBe(
      'pass',
    );
  });
  it('第四条: the duty of confidentiality outlives the term', () => {
    const e = appointed({ records: [{ date: '2030-01-10', kind: 'secret_leak', adverseConsequences: true }] });
    // After the term: no dismissal ground (no appointment), but the duty was breached.
    const r = run(e, '2030-02-01');
    expect(result(r, 'taiyuan.ground.secret_leak').status).toBe('not_applicable');
    // Reported beside the grounds, never failing the check (issue 24.8).
    expect(result(r, 'taiyuan.duty.confidentiality')).toMatchObject({
      status: 'not_applicable',
      code: 'duty_breached',
    });
    expect(result(runLater(appointed(), '2035-01-01'), 'taiyuan.duty.confidentiality').message.zh).toContain(
      '聘期终止后仍不解除',
    );
  });

  const kinds = fc.constantFrom(
    'dissatisfied_feedback',
    'duty_refusal',
    'resignation_request',
    'secret_leak',
    'personal_gain',
  );
  const day = fc
    .integer({ min: 0, max: 1094 })
    .map((d) => new Date(Date.UTC(2026, 2, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const record = fc.record({
    id: fc.string({ maxLength: 3 }),
    date: day,
    kind: kinds,
    withoutGoodReason: fc.option(fc.boolean(), { nil: undefined }),
    adverseConsequences: fc.option(fc.boolean(), { nil: undefined }),
  });
  const clean = (r: object) => JSON.parse(JSON.stringify(r));

  it('property: adding a dissatisfied feedback or a refusal never removes a dismissal ground', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        fc.string({ maxLength: 3 }),
        day,
        fc.constantFrom('dissatisfied_feedback', 'duty_refusal'),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.constantFrom('rolling', 'calendar_year') as fc.Arbitrary<'rolling' | 'calendar_year'>,
        (records, id, date, kind, withoutGoodReason, refusalWindow) => {
          const asOf = '2029-02-28';
          const before = checkExpert(appointed({ records: clean(records) }), { asOf, refusalWindow });
          const added = {
            id,
            date,
            kind,
            ...(withoutGoodReason === undefined ? {} : { withoutGoodReason }),
          };
          const after = checkExpert(appointed({ records: [...clean(records), added] }), { asOf, refusalWindow });
          for (const r of before.results.filter((x) => x.ruleId.startsWith('taiyuan.ground.') && x.status === 'fail'))
            expect(result(after, r.ruleId).status).toBe('fail');
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
  it('property: the order of the records never changes a result', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 10 }), (records) => {
        const asOf = '2028-12-31';
        const a = run(appointed({ records: clean(records) }), asOf);
        const b = run(appointed({ records: clean(records).reverse() }), asOf);
        expect(b.results.map((x) => [x.ruleId, x.status])).toEqual(a.results.map((x) => [x.ruleId, x.status]));
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

const validDismissal = {
  grounds: ['二'],
  notice: { date: '2026-08-01', facts: true, reasons: true, basis: true },
  hearing: { date: '2026-08-05', outcome: 'heard' },
  confirmation: { date: '2026-08-10', by: 'city_hrss_bureau' },
  decided: '2026-08-10',
};
const dismissed = (d: object = validDismissal) => appointed({ records: feedback(3), dismissal: d });
const procedure = (d: object) => result(run(dismissed(d), '2026-12-31'), 'taiyuan.dismissal.procedure');

describe('due process, 第十二条 second paragraph', () => {
  it('a dismissal told, heard and confirmed before the decision follows the procedure, and ends the term', () => {
    const r = run(dismissed(), '2026-12-31');
    expect(result(r, 'taiyuan.dismissal.procedure')).toMatchObject({
      status: 'pass',
      clauses: ['第十二条', '第十二条第二款'],
    });
    expect(result(r, 'taiyuan.dismissal.grounds').status).toBe('pass');
    expect(result(r, 'taiyuan.term').code).toBe('term_dismissed');
    expect(result(run(dismissed(), '2026-08-09'), 'taiyuan.term').status).toBe('pass');
  });
  it('a reappointment after a dismissal in an earlier term stands', () => {
    const again = { ...dismissed(), terms: [{ appointed: '2026-03-01' }, { appointed: '2029-03-01' }] };
    expect(result(run(again, '2029-03-01'), 'taiyuan.term').status).toBe('pass');
    expect(result(run(again, '2029-02-28'), 'taiyuan.term').code).toBe('term_dismissed');
  });
  it('a decision without a hearing is defective, citing the clause', () => {
    const { hearing: _, ...noHearing } = validDismissal;
    const r = procedure(noHearing);
    expect(r).toMatchObject({ status: 'fail', code: 'procedure_defective', actual: { defects: ['no_hearing'] } });
    expect(r.message.zh).toContain('第十二条第二款');
    expect(r.message.zh).toContain('未听取陈述和申辩');
  });
  it('each missing step or element is a defect', () => {
    const { notice: _n, ...noNotice } = validDismissal;
    const { confirmation: _c, ...noConfirmation } = validDismissal;
    expect(procedure(noNotice).actual).toEqual({ defects: ['no_notice'] });
    expect(procedure(noConfirmation).actual).toEqual({ defects: ['not_confirmed'] });
    expect(procedure({ ...validDismissal, notice: { ...validDismissal.notice, basis: false } }).actual).toEqual({
      defects: ['notice_lacks_basis'],
    });
    expect(
      procedure({ ...validDismissal, confirmation: { ...validDismissal.confirmation, by: 'other' } }).actual,
    ).toEqual({ defects: ['confirmed_by_other'] });
    expect(procedure({ ...validDismissal, grounds: [] }).actual).toEqual({ defects: ['no_ground'] });
  });
  it('time runs forward: notice and hearing on or before the decision day; a hearing before the notice is defective', () => {
    expect(procedure({ ...validDismissal, hearing: { date: '2026-08-10', outcome: 'heard' } }).status).toBe('pass');
    expect(procedure({ ...validDismissal, hearing: { date: '2026-08-11', outcome: 'heard' } }).actual).toEqual({
      defects: ['hearing_after_decision'],
    });
    expect(procedure({ ...validDismissal, hearing: { date: '2026-07-31', outcome: 'heard' } }).actual).toEqual({
      defects: ['hearing_before_notice'],
    });
    expect(procedure({ ...validDismissal, notice: { ...validDismissal.notice, date: '2026-08-11' } }).actual).toEqual({
      defects: ['notice_after_decision', 'hearing_before_notice'],
    });
  });
  it('an expert who, once told, declines to be heard has been given the hearing', () => {
    expect(procedure({ ...validDismissal, hearing: { date: '2026-08-05', outcome: 'waived' } }).status).toBe('pass');
  });
  it('a recorded step with a field left out is unknown, with that path', () => {
    expect(procedure({ ...validDismissal, hearing: { date: '2026-08-05' } })).toMatchObject({
      status: 'unknown',
      missing: ['dismissal.hearing.outcome'],
    });
  });
  it('a cited ground the records do not meet is reported', () => {
    const e = appointed({ records: feedback(2), dismissal: validDismissal });
    expect(result(run(e, '2026-12-31'), 'taiyuan.dismissal.grounds')).toMatchObject({ status: 'fail', actual: ['二'] });
  });
  it('property: removing the hearing from a valid dismissal always makes it defective', () => {
    const date = fc
      .integer({ min: 0, max: 1000 })
      .map((d) => new Date(Date.UTC(2026, 2, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 4, maxLength: 4 }),
        fc.constantFrom('heard', 'waived'),
        fc.subarray(['一', '二', '三', '四', '五', '六'], { minLength: 1 }),
        (dates, outcome, grounds) => {
          const [notice, hearing, confirmation, decided] = [...dates].sort() as [string, string, string, string];
          const valid = {
            grounds,
            notice: { date: notice, facts: true, reasons: true, basis: true },
            hearing: { date: hearing, outcome },
            confirmation: { date: confirmation, by: 'city_hrss_bureau' as const },
            decided,
          };
          expect(procedureOutcome(valid as Expert['dismissal'] & object).status).toBe('pass');
          const { hearing: _, ...without } = valid;
          const o = procedureOutcome(without as Expert['dismissal'] & object);
          expect(o.status).toBe('fail');
          expect((o.actual as { defects: string[] }).defects).toContain('no_hearing');
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('terms: bad data', () => {
  it('a stated end before the appointment is an input error on that path', () => {
    const r = run(appointed({ terms: [{ appointed: '2026-03-01', ends: '2026-02-28' }] }), '2026-06-01');
    expect(r.verdict).toBe('invalid');
    expect(r.problems[0]).toMatchObject({ path: ['terms', 0, 'ends'], severity: 'error' });
    expect(run(appointed({ terms: [{ appointed: '2026-03-01', ends: '2026-03-01' }] }), '2026-03-01').verdict).toBe(
      'eligible',
    );
  });
});

describe('terms, windows and validity past the calendar: never ended, never a throw', () => {
  // In force from 9998-01-01 (a reform), so that dates near 9999-12-31 are checked at all.
  const late = (more: object, asOf: string, parameters: Record<string, unknown> = {}) =>
    check('taiyuan', 'expert', appointed(more), {
      asOf,
      parameters: { 'validity.from': '9998-01-01', 'validity.years': 5, ...parameters },
    });
  it('a term ending after 9999-12-31 covers every later date, and no letter names its end', () => {
    expect(termsOf({ terms: [{ appointed: '9997-01-01' }] }, textValues)[0]).toMatchObject({
      to: '9999-12-31',
      mismatch: false,
    });
    expect(termsOf({ terms: [{ appointed: '9997-01-02' }] }, textValues)[0]).toMatchObject({
      to: '9999-12-31',
      mismatch: false,
    });
    const beyond = termsOf({ terms: [{ appointed: '9997-01-02', ends: '9999-12-31' }] }, textValues)[0];
    expect(beyond).toMatchObject({ to: '9999-12-31', mismatch: true });
    const r = late({ terms: [{ appointed: '9998-06-01' }] }, '9999-12-31');
    expect(result(r, 'taiyuan.term')).toMatchObject({ status: 'pass', code: 'term_current' });
  });
  it('3 refusals in the last 12 months of the calendar are a ground under the rolling reading (it threw)', () => {
    const refused = ['9999-02-01', '9999-03-01', '9999-04-01'].map((date, i) => ({
      id: `R${i}`,
      date,
      kind: 'duty_refusal',
      withoutGoodReason: true,
    }));
    // Rolling 12 months is the default reading: the first refusal's window runs to 10000-01-31.
    const r = late({ terms: [{ appointed: '9998-06-01' }], records: refused }, '9999-12-31');
    expect(result(r, 'taiyuan.ground.refusals').status).toBe('fail');
  });
  it('validity past 9999-12-31 is in force to the end; 0 years never in force', () => {
    const open = late({}, '9999-12-31', { 'validity.years': 1000 });
    expect(result(open, 'taiyuan.validity')).toMatchObject({
      status: 'pass',
      code: 'validity_in_force',
      expected: { from: '9998-01-01', to: null },
    });
    expect(result(open, 'taiyuan.validity').message.en).toContain('to a day after 9999-12-31');
    const none = check('taiyuan', 'expert', appointed(), { asOf: '2026-06-01', parameters: { 'validity.years': 0 } });
    expect(none.verdict).toBe('not_applicable');
  });
  it('changed years beyond the calendar or not whole are refused (validity.years threw)', () => {
    for (const [id, years] of [
      ['validity.years', 1001],
      ['validity.years', 2.5],
      ['term.years', 1001],
      ['term.years', 2.5],
    ] as const) {
      const r = check('taiyuan', 'expert', appointed(), { asOf: '2026-06-01', parameters: { [id]: years } });
      expect(r.problems).toMatchObject([{ path: ['options', 'parameters', id], code: 'parameter_type' }]);
    }
  });
});
