// Boundaries and exact results of records.ts that the main tests reach only in part: the
// order of terms, the dismissal date, the dedupe of records sharing a key, the calendar-year
// reading of "一年内", the duty of confidentiality on its first day, and the procedure and
// grounds outcomes (codes, messages, actual/expected) an official reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpert, type Expert, type GroundId } from '../../../src/policies/taiyuan/index.js';
import {
  confidentialityOutcome,
  dismissedOn,
  groundOutcome,
  groundsSupportedOutcome,
  procedureOutcome,
  termsOf,
} from '../../../src/policies/taiyuan/records.js';
import { textValues, under } from './readings.js';

const candidate = JSON.parse(
  readFileSync(new URL('../../../examples/taiyuan/candidate.json', import.meta.url), 'utf8'),
);
/** In term 1 (2026-03-01 … 2029-02-28). */
const expert = (records: object[] | undefined, more: object = {}): Expert =>
  ({ ...candidate, terms: [{ appointed: '2026-03-01' }], records, ...more }) as Expert;
const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe('terms in date order, numbered from 1 (第十一条)', () => {
  it('whatever order the letters are listed in', () => {
    const letters = [{ appointed: '2029-03-01' }, { appointed: '2032-03-01' }, { appointed: '2026-03-01' }];
    for (const order of permutations(letters)) {
      expect(termsOf({ terms: order }, textValues).map((t) => [t.number, t.from, t.to])).toEqual([
        [1, '2026-03-01', '2029-02-28'],
        [2, '2029-03-01', '2032-02-29'],
        [3, '2032-03-01', '2035-02-28'],
      ]);
    }
  });
  it('two letters of the same day keep the order they were listed in', () => {
    const terms = [
      { appointed: '2026-03-01', ends: '2026-12-31' },
      { appointed: '2026-03-01' },
      { appointed: '2026-03-01', ends: '2027-06-30' },
    ];
    // The measures set the length: each counts three years; a letter's other end is shown beside it.
    expect(termsOf({ terms }, textValues).map((t) => [t.number, t.index, t.to, t.letterEnds, t.mismatch])).toEqual([
      [1, 0, '2029-02-28', '2026-12-31', true],
      [2, 1, '2029-02-28', undefined, false],
      [3, 2, '2029-02-28', '2027-06-30', true],
    ]);
  });
});

describe('dismissedOn: a decision counts from its own day', () => {
  const d = { dismissal: { decided: '2026-08-10' } } as Pick<Expert, 'dismissal'>;
  it('the day before, the day, the day after', () => {
    expect(dismissedOn(d, '2026-08-09')).toBeUndefined();
    expect(dismissedOn(d, '2026-08-10')).toBe('2026-08-10');
    expect(dismissedOn(d, '2026-08-11')).toBe('2026-08-10');
  });
  it('no dismissal, or one not yet dated, is no dismissal', () => {
    expect(dismissedOn({}, '2030-01-01')).toBeUndefined();
    expect(dismissedOn({ dismissal: {} } as Pick<Expert, 'dismissal'>, '2030-01-01')).toBeUndefined();
  });
});

describe('records sharing a key: the one whose finding counts is kept, in any order', () => {
  const refusal = (id: string, date: string, withoutGoodReason?: boolean) => ({
    id,
    date,
    kind: 'duty_refusal',
    ...(withoutGoodReason === undefined ? {} : { withoutGoodReason }),
  });
  const two = [refusal('R1', '2026-04-01', true), refusal('R2', '2026-05-01', true)];
  const asOf = '2026-12-01';

  it('（三） the same third refusal recorded with and without good reason counts as without', () => {
    const copies = [refusal('R3', '2026-06-01', false), refusal('R3', '2026-06-01', true)];
    for (const order of permutations(copies)) {
      const o = groundOutcome(expert([...two, ...order]), '三', asOf, textValues);
      expect(o?.status).toBe('fail');
      expect(o?.actual).toEqual({ count: 3, window: 'rolling', from: '2026-04-01', to: '2027-03-31' });
    }
  });
  it('（三） a copy not yet judged beats a copy with good reason: the ground is open, with that copy’s path', () => {
    const copies = [refusal('R3', '2026-06-01', false), refusal('R3', '2026-06-01')];
    for (const order of permutations(copies)) {
      const records = [...two, ...order];
      const o = groundOutcome(expert(records), '三', asOf, textValues);
      const open = records.findIndex((r) => !('withoutGoodReason' in r));
      expect(o).toMatchObject({ status: 'unknown', missing: [`records.${open}.withoutGoodReason`] });
    }
    // All three findings of one record: it counts.
    const three = [refusal('R3', '2026-06-01', false), refusal('R3', '2026-06-01'), refusal('R3', '2026-06-01', true)];
    for (const order of permutations(three))
      expect(groundOutcome(expert([...two, ...order]), '三', asOf, textValues)?.status).toBe('fail');
  });
  it('（五） the same leak recorded with and without adverse consequences is a ground', () => {
    const leak = (adverseConsequences?: boolean) => ({
      id: 'L1',
      date: '2026-06-01',
      kind: 'secret_leak',
      ...(adverseConsequences === undefined ? {} : { adverseConsequences }),
    });
    for (const order of permutations([leak(false), leak(), leak(true)]))
      expect(groundOutcome(expert(order), '五', asOf, textValues)).toMatchObject({ status: 'fail', actual: 1 });
    for (const order of permutations([leak(false), leak()]))
      expect(groundOutcome(expert(order), '五', asOf, textValues)?.status).toBe('unknown');
  });
  it('ids compare trimmed; a blank id is no id; a record with an id never merges with one without', () => {
    const fb = (date: string, more: object) => ({ date, kind: 'dissatisfied_feedback', aboutAttitude: true, ...more });
    const count = (records: object[]) => groundOutcome(expert(records), '二', asOf, textValues)?.actual;
    expect(count([fb('2026-04-01', { id: 'F1' }), fb('2026-04-01', { id: ' F1 ' })])).toBe(1);
    // Blank ids: told apart by recipient.
    expect(count([fb('2026-04-01', { id: ' ', from: '王某' }), fb('2026-04-01', { id: '', from: '李某' })])).toBe(2);
    expect(count([fb('2026-04-01', { id: ' ', from: '王某' }), fb('2026-04-01', { from: '王某' })])).toBe(1);
    // Without ids, notes compare trimmed.
    expect(count([fb('2026-04-01', { note: '电话回访' }), fb('2026-04-01', { note: ' 电话回访 ' })])).toBe(1);
    expect(count([fb('2026-04-01', { id: 'x' }), fb('2026-04-01', { from: '', note: 'x' })])).toBe(2);
    expect(count([fb('2026-04-01', { id: 'x' }), fb('2026-04-01', { from: 'id', note: 'x' })])).toBe(2);
  });
});

describe('（三） "一年内" read as a calendar year', () => {
  const refusal = (id: string, date: string) => ({ id, date, kind: 'duty_refusal', withoutGoodReason: true });
  const outcome = (records: object[], asOf = '2028-12-31') =>
    groundOutcome(expert(records), '三', asOf, under({ refusalWindow: 'calendar_year' }));

  it('the busiest year is reported, with its first and last day', () => {
    const o = outcome([
      refusal('A', '2026-05-01'),
      refusal('B', '2026-06-01'),
      refusal('C', '2027-05-01'),
      refusal('D', '2027-06-01'),
      refusal('E', '2027-07-01'),
    ]);
    expect(o).toMatchObject({
      status: 'fail',
      code: 'ground_met',
      actual: { count: 3, window: 'calendar_year', from: '2027-01-01', to: '2027-12-31' },
      expected: { atLeast: 3 },
    });
    expect(o?.message?.zh).toContain('按自然年计（解释）：最多3次（2027-01-01…2027-12-31）');
    expect(o?.message?.en).toContain('read as a calendar year (interpretation): at most 3 (2027-01-01…2027-12-31)');
  });
  it('a busier later year met first is not replaced by a quieter earlier one', () => {
    // Ids sort the 2027 refusals first.
    const o = outcome([
      refusal('A1', '2027-05-01'),
      refusal('A2', '2027-06-01'),
      refusal('A3', '2027-07-01'),
      refusal('Z1', '2026-05-01'),
      refusal('Z2', '2026-06-01'),
    ]);
    expect(o?.actual).toEqual({ count: 3, window: 'calendar_year', from: '2027-01-01', to: '2027-12-31' });
  });
  it('two years with as many: the earlier is reported, whichever is listed first', () => {
    // The ids decide the order the years are met in: both orders are tried.
    for (const [a, b] of [
      ['A', 'Z'],
      ['Z', 'A'],
    ]) {
      const o = outcome([
        refusal(`${a}1`, '2026-05-01'),
        refusal(`${a}2`, '2026-06-01'),
        refusal(`${b}1`, '2027-05-01'),
        refusal(`${b}2`, '2027-06-01'),
      ]);
      expect(o).toMatchObject({
        status: 'pass',
        actual: { count: 2, window: 'calendar_year', from: '2026-01-01', to: '2026-12-31' },
        expected: { atLeast: 3 },
      });
    }
  });
  it('no refusal: a count of 0 and no window', () => {
    const o = outcome([]);
    expect(o).toMatchObject({ status: 'pass', actual: { count: 0, window: 'calendar_year', from: null, to: null } });
    expect(o?.message?.zh).toBe(
      '第十二条（三）无正当理由一年内累计3次及以上不履职或拒绝工作安排：未构成（按自然年计（解释）：最多0次）',
    );
    expect(o?.message?.en).toBe(
      'Art. 12(3): duties unperformed or assignments refused without good reason 3+ times within one year: not met (read as a calendar year (interpretation): at most 0)',
    );
  });
});

describe('the grounds: actual, expected and the dates an official reads', () => {
  const asOf = '2026-12-31';
  it('（一）（四）（六） the count found and the dates in order, in both languages', () => {
    const records = [
      { id: 'b', date: '2026-04-01', kind: 'resignation_request' },
      { id: 'a', date: '2026-05-01', kind: 'resignation_request' },
    ];
    const o = groundOutcome(expert(records), '一', asOf, textValues);
    expect(o).toMatchObject({ status: 'fail', code: 'ground_met', actual: 2 });
    expect(o?.message?.zh).toBe(
      '第十二条（一）本人主动提出不再担任专家：已构成解聘情形（2026-04-01、2026-05-01），经市人社部门确认后予以解聘',
    );
    expect(o?.message?.en).toContain('(2026-04-01, 2026-05-01)');
    expect(groundOutcome(expert([]), '四', asOf, textValues)).toMatchObject({
      status: 'pass',
      code: 'ground_clear',
      actual: 0,
    });
    expect(groundOutcome(expert([]), '四', asOf, textValues)?.message?.en).toBe(
      'Art. 12(4): using the role for personal gain: not met (none recorded)',
    );
    const unlawful = [
      { date: '2026-07-01', kind: 'criminal_penalty' },
      { date: '2026-06-01', kind: 'unlawful_conduct' },
    ];
    expect(groundOutcome(expert(unlawful), '六', asOf, textValues)).toMatchObject({ status: 'fail', actual: 2 });
    expect(groundOutcome(expert([]), '六', asOf, textValues)).toMatchObject({ status: 'pass', actual: 0 });
  });
  it('（二） the count against at least 3, at 2 and at 3', () => {
    const fb = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `F${i}`,
        date: `2026-0${4 + i}-01`,
        kind: 'dissatisfied_feedback',
        aboutAttitude: true,
      }));
    expect(groundOutcome(expert(fb(2)), '二', asOf, textValues)).toMatchObject({
      status: 'pass',
      actual: 2,
      expected: { atLeast: 3 },
    });
    const three = groundOutcome(expert(fb(3)), '二', asOf, textValues);
    expect(three).toMatchObject({ status: 'fail', actual: 3, expected: { atLeast: 3 } });
    expect(three?.message?.zh).toContain('（关于服务态度的不满意反馈3次）');
    expect(three?.message?.en).toContain('(3 times about the attitude)');
    expect(groundOutcome(expert(fb(1)), '二', asOf, textValues)?.message?.en).toContain('(1 time about the attitude)');
  });
  it('（三） rolling: the window found, on both outcomes', () => {
    const r = (id: string, date: string) => ({ id, date, kind: 'duty_refusal', withoutGoodReason: true });
    const pass = groundOutcome(expert([r('a', '2026-04-01'), r('b', '2026-09-01')]), '三', asOf, textValues);
    expect(pass).toMatchObject({
      status: 'pass',
      actual: { count: 2, window: 'rolling', from: '2026-04-01', to: '2027-03-31' },
      expected: { atLeast: 3 },
    });
  });
  it('（三） an open ground lists every refusal not yet judged, each path once, in the message too', () => {
    const records = [
      { id: 'a', date: '2026-04-01', kind: 'duty_refusal', withoutGoodReason: true },
      { id: 'b', date: '2026-05-01', kind: 'duty_refusal' },
      { id: 'c', date: '2026-06-01', kind: 'duty_refusal' },
    ];
    const o = groundOutcome(expert(records), '三', asOf, textValues);
    expect(o).toMatchObject({
      status: 'unknown',
      code: 'ground_open',
      missing: ['records.1.withoutGoodReason', 'records.2.withoutGoodReason'],
    });
    expect(o?.message?.en).toContain('supply records.1.withoutGoodReason, records.2.withoutGoodReason');
    expect(o?.message?.zh).toContain('请补充 records.1.withoutGoodReason, records.2.withoutGoodReason');
  });
  it('（五） a leak with adverse consequences, one not yet judged, none', () => {
    const leak = (adverseConsequences: boolean) => ({ date: '2026-06-01', kind: 'secret_leak', adverseConsequences });
    expect(groundOutcome(expert([leak(true)]), '五', asOf, textValues)).toMatchObject({ status: 'fail', actual: 1 });
    expect(groundOutcome(expert([leak(false)]), '五', asOf, textValues)).toMatchObject({ status: 'pass', actual: 0 });
    expect(groundOutcome(expert([leak(false)]), '五', asOf, textValues)?.message?.en).toContain('not met (2026-06-01)');
  });
  it('every term’s records: a record after the as-of date is still not yet known', () => {
    const e = expert([
      { id: 'a', date: '2026-04-01', kind: 'dissatisfied_feedback', aboutAttitude: true },
      { id: 'b', date: '2026-05-01', kind: 'dissatisfied_feedback', aboutAttitude: true },
      { id: 'c', date: '2026-07-01', kind: 'dissatisfied_feedback', aboutAttitude: true },
    ]);
    expect(groundOutcome(e, '二', '2026-06-30', under({ recordScope: 'all' }))).toMatchObject({
      status: 'pass',
      actual: 2,
    });
    expect(groundOutcome(e, '二', '2026-07-01', under({ recordScope: 'all' }))).toMatchObject({
      status: 'fail',
      actual: 3,
    });
  });
});

describe('第四条 confidentiality from the first day of appointment', () => {
  it('not owed the day before; owed and kept on the first day', () => {
    expect(confidentialityOutcome(expert([]), '2026-02-28', textValues)).toBeUndefined();
    expect(confidentialityOutcome(expert([]), '2026-03-01', textValues)).toEqual({
      status: 'pass',
      code: 'duty_kept',
      message: {
        zh: '保密义务：自2026-03-01首次聘任起承担，聘期终止后仍不解除；未记录泄密',
        en: 'Confidentiality: owed since the first appointment on 2026-03-01, and not released when a term ends; no leak recorded',
      },
      expected: { from: '2026-03-01', to: 'indefinite' },
    });
  });
  it('a leak on the first day or on the as-of date counts; one the day before or after does not; dates in order', () => {
    const leak = (date: string) => ({ date, kind: 'secret_leak' });
    const e = expert([leak('2026-09-01'), leak('2026-03-01'), leak('2026-02-28'), leak('2026-09-02')]);
    const o = confidentialityOutcome(e, '2026-09-01', textValues);
    // Reported, never a failed condition: dismissal follows 第十二条（五） alone (issue 24.8).
    expect(o).toMatchObject({ status: 'not_applicable', code: 'duty_breached', actual: ['2026-03-01', '2026-09-01'] });
    expect(o?.message?.zh).toBe(
      '保密义务：2026-03-01、2026-09-01记录泄露服务对象商业秘密；该义务不因聘期终止而解除。是否解聘依第十二条（五）（须造成不良后果），见该项结果',
    );
    expect(o?.message?.en).toContain('leaked on 2026-03-01, 2026-09-01;');
  });
  it('records not given: the duty is stated; ground （五） asks for the records', () => {
    expect(confidentialityOutcome(expert(undefined), '2026-09-01', textValues)).toEqual({
      status: 'pass',
      code: 'duty_owed',
      message: {
        zh: '保密义务：自2026-03-01首次聘任起承担，聘期终止后仍不解除',
        en: 'Confidentiality: owed since the first appointment on 2026-03-01, and not released when a term ends',
      },
      expected: { from: '2026-03-01', to: 'indefinite' },
    });
  });
});

const valid = {
  grounds: ['二'] as GroundId[],
  notice: { date: '2026-08-01', facts: true, reasons: true, basis: true },
  hearing: { date: '2026-08-05', outcome: 'heard' },
  confirmation: { date: '2026-08-10', by: 'city_hrss_bureau' },
  decided: '2026-08-10',
};
type D = NonNullable<Expert['dismissal']>;

describe('the dismissal procedure (第十二条第二款): codes and messages', () => {
  it('followed: the decision date is named', () => {
    expect(procedureOutcome(valid as D)).toEqual({
      status: 'pass',
      code: 'procedure_ok',
      message: {
        zh: '解聘程序：已告知事实、理由和依据，已听取陈述和申辩，经市人社部门确认，于2026-08-10作出决定',
        en: 'Dismissal procedure: facts, reasons and basis told, statement and defence heard, confirmed by the city bureau, decided on 2026-08-10',
      },
    });
  });
  it('no decision date yet: open, and no step is said to be late', () => {
    const { decided: _, ...undated } = valid;
    expect(procedureOutcome(undated as D)).toEqual({
      status: 'unknown',
      code: 'procedure_open',
      message: {
        zh: '解聘程序：尚不能确定，请补充 dismissal.decided',
        en: 'Dismissal procedure: not yet known; supply dismissal.decided',
      },
      missing: ['dismissal.decided'],
    });
  });
  it('undated steps: open with each path, and no order defect is invented', () => {
    const o = procedureOutcome({
      ...valid,
      notice: { facts: true, reasons: true, basis: true },
      hearing: { outcome: 'heard' },
      confirmation: { by: 'city_hrss_bureau' },
    } as D);
    expect(o).toMatchObject({
      status: 'unknown',
      missing: ['dismissal.notice.date', 'dismissal.hearing.date', 'dismissal.confirmation.date'],
    });
    expect(procedureOutcome({ ...valid, notice: { facts: true, reasons: true, basis: true } } as D)).toMatchObject({
      status: 'unknown',
      missing: ['dismissal.notice.date'],
    });
  });
  it('a confirmation after the decision is a defect; on the day is not', () => {
    const late = procedureOutcome({ ...valid, confirmation: { date: '2026-08-11', by: 'city_hrss_bureau' } } as D);
    expect(late.actual).toEqual({ defects: ['confirmed_after_decision'] });
    expect(late.message?.zh).toBe('解聘程序存在瑕疵（第十二条第二款）：确认晚于解聘决定');
  });
});

describe('whether the records support the grounds cited', () => {
  const fb = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `F${i}`,
      date: `2026-0${4 + i}-01`,
      kind: 'dissatisfied_feedback',
      aboutAttitude: true,
    }));
  const resign = { id: 'Q', date: '2026-07-01', kind: 'resignation_request' };

  it('no dismissal: nothing to check', () => {
    expect(groundsSupportedOutcome(expert([]), textValues)).toBeUndefined();
  });
  it('a decision citing no ground: not applicable, left to the procedure check', () => {
    expect(groundsSupportedOutcome(expert([], { dismissal: { ...valid, grounds: [] } }), textValues)).toEqual({
      status: 'not_applicable',
      code: 'grounds_none',
      message: {
        zh: '解聘依据：决定未引用任何情形（见程序审查）',
        en: 'Grounds of the dismissal: the decision cites none (see the procedure check)',
      },
    });
  });
  it('grounds or date not given: open with both paths', () => {
    const { grounds: _g, decided: _d, ...neither } = valid;
    expect(groundsSupportedOutcome(expert([], { dismissal: neither }), textValues)).toEqual({
      status: 'unknown',
      code: 'grounds_open',
      message: {
        zh: '解聘依据：尚不能确定，请补充 dismissal.grounds, dismissal.decided',
        en: 'Grounds of the dismissal: not yet known; supply dismissal.grounds, dismissal.decided',
      },
      missing: ['dismissal.grounds', 'dismissal.decided'],
    });
  });
  it('supported: every ground named once, in the text’s order', () => {
    const e = expert([...fb(3), resign], { dismissal: { ...valid, grounds: ['二', '一', '二'] } });
    expect(groundsSupportedOutcome(e, textValues)).toEqual({
      status: 'pass',
      code: 'grounds_supported',
      message: {
        zh: '解聘依据：所引第十二条（一）本人主动提出不再担任专家、第十二条（二）服务态度恶劣，经服务对象累计3次及以上反馈不满意均有记录支持',
        en: "Grounds of the dismissal: Art. 12(1): the expert asks to stand down, Art. 12(2): a poor service attitude, with recipients' dissatisfied feedback about it 3 or more times in total supported by the records",
      },
    });
  });
  it('unsupported: the grounds not met, in the text’s order', () => {
    const e = expert(fb(2), { dismissal: { ...valid, grounds: ['二', '一'] } });
    const o = groundsSupportedOutcome(e, textValues);
    expect(o).toMatchObject({ status: 'fail', code: 'grounds_unsupported', actual: ['一', '二'] });
    expect(o?.message?.zh).toBe(
      '解聘依据：所引第十二条（一）本人主动提出不再担任专家、第十二条（二）服务态度恶劣，经服务对象累计3次及以上反馈不满意在决定日的记录中不成立',
    );
  });
  it('a decision outside every term supports no ground', () => {
    const e = expert([resign], { dismissal: { ...valid, grounds: ['一'], decided: '2029-03-01' } });
    expect(groundsSupportedOutcome(e, textValues)).toMatchObject({ status: 'fail', actual: ['一'] });
  });
  it('open: the paths of the records that would decide', () => {
    const e = expert([{ date: '2026-06-01', kind: 'secret_leak' }], { dismissal: { ...valid, grounds: ['五'] } });
    expect(groundsSupportedOutcome(e, textValues)).toEqual({
      status: 'unknown',
      code: 'grounds_open',
      message: {
        zh: '解聘依据：尚不能确定，请补充 records.0.adverseConsequences',
        en: 'Grounds of the dismissal: not yet known; supply records.0.adverseConsequences',
      },
      missing: ['records.0.adverseConsequences'],
    });
  });
  it('open on two records: both paths, in the message too', () => {
    const leak = { kind: 'secret_leak' };
    const e = expert(
      [
        { ...leak, date: '2026-06-01' },
        { ...leak, date: '2026-07-01' },
      ],
      {
        dismissal: { ...valid, grounds: ['五'] },
      },
    );
    expect(groundsSupportedOutcome(e, textValues)?.message?.en).toBe(
      'Grounds of the dismissal: not yet known; supply records.0.adverseConsequences, records.1.adverseConsequences',
    );
  });
  it('through checkExpert: the same outcomes under a reading', () => {
    const e = expert([...fb(3)], { dismissal: valid });
    const r = checkExpert(e, { asOf: '2026-12-31', recordScope: 'all' });
    expect(r.results.find((x) => x.ruleId === 'taiyuan.dismissal.grounds')?.code).toBe('grounds_supported');
  });
});
