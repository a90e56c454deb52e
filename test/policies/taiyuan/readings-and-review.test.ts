// Issue 26 for Taiyuan (readings through the one `readings` option, read by the rules at
// check time; the 0.x option names as aliases; no cache keyed by caller values) and the
// review's items 8–15 of issue 24, each on both sides of its boundary, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../../../src/index.js';
import {
  checkCandidate,
  checkExpert,
  evaluateExpert,
  matchExperts,
  selectionTimeline,
} from '../../../src/policies/taiyuan/index.js';

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/taiyuan/${f}`, import.meta.url), 'utf8'));
const candidate = read('candidate.json');
const appointed = (more: object = {}) => ({ ...candidate, terms: [{ appointed: '2026-03-01' }], records: [], ...more });
const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const run = (input: unknown, asOf: string, readings?: Record<string, unknown>) =>
  check('taiyuan', 'expert', input, { asOf, ...(readings ? { readings } : {}) });

describe('issue 26: each reading changes a result through check’s `readings`', () => {
  it('term.reading: the day before the anniversary (default) or the anniversary itself', () => {
    const e = appointed();
    expect(result(run(e, '2029-03-01'), 'taiyuan.term').code).toBe('term_ended');
    const r = run(e, '2029-03-01', { 'term.reading': 'anniversary' });
    expect(result(r, 'taiyuan.term')).toMatchObject({ status: 'pass', code: 'term_current' });
    expect(r.parameters).toMatchObject([{ id: 'term.reading', kind: 'reading', value: 'anniversary' }]);
    expect(r.problems).toEqual([]);
  });
  it('dismissal.refusals.window: rolling 12 months (default) or a calendar year', () => {
    const refusal = (id: string, date: string) => ({ id, date, kind: 'duty_refusal', withoutGoodReason: true });
    const e = appointed({
      records: [refusal('a', '2026-11-01'), refusal('b', '2026-12-01'), refusal('c', '2027-01-15')],
    });
    expect(result(run(e, '2027-02-01'), 'taiyuan.ground.refusals').status).toBe('fail');
    const calendar = run(e, '2027-02-01', { 'dismissal.refusals.window': 'calendar_year' });
    expect(result(calendar, 'taiyuan.ground.refusals').status).toBe('pass');
    expect(calendar.verdict).toBe('eligible');
  });
  it('dismissal.scope: this term (default) or every term — never before the first appointment (item 10)', () => {
    const fb = (id: string, date: string) => ({ id, date, kind: 'dissatisfied_feedback', aboutAttitude: true });
    const e = appointed({
      terms: [{ appointed: '2026-03-01' }, { appointed: '2029-03-01' }],
      records: [
        fb('a', '2028-05-01'),
        fb('b', '2028-06-01'),
        fb('c', '2029-04-01'),
        { id: 'u', date: '2025-06-01', kind: 'unlawful_conduct' },
      ],
    });
    expect(result(run(e, '2029-06-01'), 'taiyuan.ground.feedback').status).toBe('pass');
    const all = run(e, '2029-06-01', { 'dismissal.scope': 'all' });
    expect(result(all, 'taiyuan.ground.feedback')).toMatchObject({ status: 'fail', actual: 3 });
    // Conduct before the first appointment was not 聘期内 under either reading.
    expect(result(all, 'taiyuan.ground.unlawful').status).toBe('pass');
    const inTerm = { ...e, records: [{ id: 'u', date: '2026-03-01', kind: 'unlawful_conduct' }] };
    expect(result(run(inTerm, '2029-06-01', { 'dismissal.scope': 'all' }), 'taiyuan.ground.unlawful').status).toBe(
      'fail',
    );
  });
  it('the 0.x option names are aliases giving the same report; a misspelt value is a problem at its path', () => {
    const e = appointed();
    const viaAlias = checkExpert(e, { asOf: '2029-03-01', termReading: 'anniversary' });
    const viaReadings = checkExpert(e, { asOf: '2029-03-01', readings: { 'term.reading': 'anniversary' } });
    expect(viaAlias).toEqual(viaReadings);
    const bad = checkExpert(e, { asOf: '2029-03-01', recordScope: 'everything' as never });
    expect(bad.verdict).toBe('invalid');
    expect(bad.problems).toMatchObject([
      {
        path: ['options', 'recordScope'],
        code: 'reading_choice',
        severity: 'error',
        message: {
          zh: '选项无效：解读“dismissal.scope”的取值"everything"不在可选范围内（"term" | "all"）',
          en: 'Invalid option: reading "dismissal.scope" = "everything" is not one of "term" | "all"',
        },
      },
    ]);
    const twice = checkExpert(e, {
      asOf: '2029-03-01',
      termReading: 'anniversary',
      readings: { 'term.reading': 'day-before' },
    });
    expect(twice.problems).toMatchObject([{ path: ['options', 'termReading'], code: 'parameter_twice' }]);
  });
  it('a reading the measures do not have, or an informative parameter, is refused by name', () => {
    const r = run(candidate, '2026-11-22', { 'evaluation.scheme': {}, nope: 1 });
    expect(r.problems.map((x) => [x.path, x.code])).toEqual([
      [['options', 'readings', 'evaluation.scheme'], 'parameter_not_read'],
      [['options', 'readings', 'nope'], 'unknown_parameter'],
    ]);
  });
  it('distinct caller values keep nothing: every call resolves its readings afresh', () => {
    for (let i = 0; i < 500; i++) {
      const r = checkExpert(candidate, { asOf: '2026-11-22', recordScope: `scope-${i}` as never });
      expect(r.problems[0]?.path).toEqual(['options', 'recordScope']);
    }
  });
});

describe('matchExperts: the same readings; fresh results', () => {
  const roster = read('roster.json');
  const request = read('request.json');
  it('term.reading decides who is matched on the anniversary', () => {
    const at = { ...request, date: '2029-03-01' };
    expect(matchExperts(at, roster).matched.map((m) => m.id)).toEqual([]);
    const r = matchExperts(at, roster, { readings: { 'term.reading': 'anniversary' } });
    expect(r.matched.map((m) => m.id)).toEqual(['TY-001', 'TY-002']);
    expect(r.parameters).toMatchObject([{ id: 'term.reading', value: 'anniversary' }]);
    expect(matchExperts(at, roster, { termReading: 'anniversary' }).matched).toEqual(r.matched);
  });
  it('a misspelt reading is a problem, never a throw', () => {
    const r = matchExperts(request, roster, { termReading: 'yearly' as never });
    expect(r.problems).toMatchObject([{ path: ['options', 'termReading'], code: 'reading_choice' }]);
    expect(r.matched).toEqual([]);
  });
  it('message objects are fresh on every call (issue 27.1)', () => {
    const first = matchExperts(request, roster);
    const message = first.excluded[0]?.reasons[0]?.message as { zh: string };
    message.zh = 'changed';
    expect(matchExperts(request, roster).excluded[0]?.reasons[0]?.message.zh).toBe('已决定解聘');
  });
});

describe('item 8: a leak dismisses only with adverse consequences (第十二条（五）); 第四条 is reported', () => {
  const leak = (adverseConsequences: boolean) =>
    appointed({ records: [{ id: 'L', date: '2026-06-01', kind: 'secret_leak', adverseConsequences }] });
  it('no adverse consequence: eligible, the duty reported in both languages', () => {
    const r = run(leak(false), '2026-11-22');
    expect(r.verdict).toBe('eligible');
    expect(result(r, 'taiyuan.ground.secret_leak').status).toBe('pass');
    const duty = result(r, 'taiyuan.duty.confidentiality');
    expect(duty.status).toBe('not_applicable');
    expect(duty.message.zh).toContain('第十二条（五）');
    expect(duty.message.en).toContain('art. 12(5)');
  });
  it('with adverse consequences: the ground is met', () => {
    const r = run(leak(true), '2026-11-22');
    expect(r.verdict).toBe('ineligible');
    expect(r.results.filter((x) => x.status === 'fail').map((x) => x.ruleId)).toEqual(['taiyuan.ground.secret_leak']);
  });
});

describe('item 9: 第十二条（二） needs 服务态度恶劣', () => {
  const fb = (n: number, aboutAttitude?: boolean) =>
    appointed({
      records: Array.from({ length: n }, (_, i) => ({
        id: `F${i}`,
        date: `2026-0${4 + i}-01`,
        kind: 'dissatisfied_feedback',
        ...(aboutAttitude === undefined ? {} : { aboutAttitude }),
      })),
    });
  const ground = (e: object) => result(run(e, '2026-11-22'), 'taiyuan.ground.feedback');
  it('three about other things: not a ground; 2 about the attitude: not; 3: met', () => {
    expect(ground(fb(3, false)).status).toBe('pass');
    expect(ground(fb(2, true)).status).toBe('pass');
    expect(ground(fb(3, true)).status).toBe('fail');
    expect(ground(fb(3))).toMatchObject({
      status: 'unknown',
      missing: ['records.0.aboutAttitude', 'records.1.aboutAttitude', 'records.2.aboutAttitude'],
    });
  });
  it('the labels carry the words in both languages', () => {
    const g = ground(fb(3, true));
    expect(g.message.zh).toContain('服务态度恶劣');
    expect(g.message.en).toContain('poor service attitude');
  });
});

describe('item 11: evaluateExpert takes asOf and withholds the outcome until the period has ended', () => {
  const record = read('evaluation-record.json');
  const PERIOD = { from: '2026-03-01', to: '2027-02-28' };
  it('on the last day of the period: withheld; the day after: decided', () => {
    const last = evaluateExpert(record, { ...PERIOD, asOf: '2027-02-28' });
    expect(last).toMatchObject({ outcome: null, notDecided: { code: 'period_not_over' } });
    expect(last.outcomeLabel.zh).toContain('尚未结束');
    expect(last.outcomeLabel.en).toContain('has not ended');
    const after = evaluateExpert(record, { ...PERIOD, asOf: '2027-03-01' });
    expect(after.outcome).toBe('commendation');
    expect(after.outcomeLabel.zh).toContain('本库默认方案');
    expect(after.outcomeLabel.en).toContain("library's default scheme");
    expect(after.thresholds).toMatchObject({ renewal: '60', commendation: '90', provenance: 'default' });
  });
  it('a progress query scores so far and decides nothing; services after asOf are not counted, and said', () => {
    const mid = evaluateExpert(record, { ...PERIOD, asOf: '2026-06-30', progress: true });
    expect(mid).toMatchObject({ outcome: null, notDecided: { code: 'progress' } });
    expect(mid.areas[0]?.items[0]).toMatchObject({ id: 'services' });
    expect(mid.problems.map((p) => p.code)).toContain('services_later');
  });
  it('a survey of another period, or not yet done, is not counted', () => {
    const other = { ...record, satisfaction: { ...record.satisfaction, from: '2025-03-01', to: '2026-02-28' } };
    const r = evaluateExpert(other, { ...PERIOD, asOf: '2027-03-15' });
    expect(r.problems.map((p) => p.code)).toEqual(['satisfaction_other_period']);
    expect(r.missing).toEqual(['satisfaction']);
    expect(evaluateExpert(record, { ...PERIOD, asOf: '2027-03-15' }).satisfactionPeriod).toEqual({
      ...PERIOD,
      stated: true,
    });
  });
  it('a bad asOf is a problem at its path', () => {
    expect(evaluateExpert(record, { ...PERIOD, asOf: 'zzz' }).problems).toMatchObject([
      { path: ['options', 'asOf'], severity: 'error' },
    ]);
  });
});

describe('item 13: a candidate check apart from the serving check', () => {
  it('a former expert after the term: not serving, yet qualified for re-selection', () => {
    const e = appointed();
    const serving = checkExpert(e, { asOf: '2029-06-01' });
    expect(serving.verdict).toBe('ineligible');
    expect(result(serving, 'taiyuan.term').message.zh).toContain('这不涉及是否符合选聘条件');
    const again = checkCandidate(e, { asOf: '2029-06-01' });
    expect(again.verdict).toBe('eligible');
    expect(again.results.map((r) => r.ruleId)).not.toContain('taiyuan.term');
    expect(again.subjectLabel?.zh).toContain('候选人');
    expect(serving.subjectLabel?.en).toContain('serving');
  });
});

describe('item 14: outside 第十五条 not applicable, with one result citing it', () => {
  it.each([
    ['2026-01-31', 'not_applicable', '第十五条', 'Art. 15'],
    ['2026-02-01', 'pass', '第十五条', 'Art. 15'],
    ['2031-01-31', 'pass', '第十五条', 'Art. 15'],
    ['2031-02-01', 'not_applicable', '第十五条', 'Art. 15'],
  ])('%s: %s', (asOf, status, zh, en) => {
    const r = checkCandidate(candidate, { asOf });
    const v = result(r, 'taiyuan.validity');
    expect(v.status).toBe(status);
    expect(v.clauses).toEqual(['第十五条']);
    if (status !== 'pass') {
      expect(v.message.zh).toContain(zh);
      expect(v.message.en).toContain(en);
    }
    expect(r.verdict).not.toBe('ineligible');
  });
});

describe('item 15: 第十一条 publicity and objection; 第五条（四）（五） asked', () => {
  it('an objection at publicity stops the selection before the appointment', () => {
    const dates = { application: '2026-02-10', publicity: '2026-03-02' };
    const clean = selectionTimeline({ ...dates, appointment: '2026-03-20' }, { asOf: '2026-04-01' });
    expect(clean.outcome).toBeUndefined();
    expect(clean.steps.map((s) => s.id)).toContain('appointment');
    const stopped = selectionTimeline({ ...dates, objection: '2026-03-02' }, { asOf: '2026-04-01' });
    expect(stopped.outcome).toMatchObject({ status: 'stopped', clauses: ['第十一条'] });
    expect(stopped.outcome?.reason.zh).toContain('经公示无异议者');
    expect(stopped.steps.map((s) => s.id)).not.toContain('appointment');
    const early = selectionTimeline({ ...dates, objection: '2026-03-01' }, { asOf: '2026-04-01' });
    expect(early.outcome).toBeUndefined();
    expect(early.problems.map((p) => p.code)).toEqual(['objection_outside_publicity']);
  });
  it('从事投融资运作 and 熟悉…法规政策 are facts asked, each deciding its category', () => {
    const category = (b: object) =>
      result(checkCandidate({ ...candidate, backgrounds: [b] }, { asOf: '2026-11-22' }), 'taiyuan.category');
    const finance = { category: 'finance', financialInstitution: 'bank', since: '2018-01-01' };
    expect(category(finance)).toMatchObject({ status: 'unknown', missing: ['backgrounds.0.investmentWork'] });
    expect(category({ ...finance, investmentWork: false }).status).toBe('fail');
    expect(category({ ...finance, investmentWork: true }).status).toBe('pass');
    const pub = { category: 'public_sector', publicBody: 'public_institution', since: '2018-01-01' };
    expect(category({ ...pub, policyFamiliar: false }).status).toBe('fail');
    expect(category({ ...pub, policyFamiliar: true }).status).toBe('pass');
  });
});

describe('the two principles within Taiyuan', () => {
  it('a record dated after asOf does not exist yet, and the report says so', () => {
    const fb = (id: string, date: string) => ({ id, date, kind: 'dissatisfied_feedback', aboutAttitude: true });
    const e = appointed({ records: [fb('a', '2026-04-01'), fb('b', '2026-05-01'), fb('c', '2026-11-23')] });
    const before = result(run(e, '2026-11-22'), 'taiyuan.ground.feedback');
    expect(before.status).toBe('pass');
    expect(before.message.zh).toContain('晚于审查日期，尚未发生，不计入');
    expect(before.message.en).toContain('not yet happened, not counted');
    expect(result(run(e, '2026-11-23'), 'taiyuan.ground.feedback').status).toBe('fail');
  });
  it('a dismissal decided after asOf has not been made on that day', () => {
    const e = appointed({ dismissal: { decided: '2026-11-23' } });
    expect(result(run(e, '2026-11-22'), 'taiyuan.dismissal.procedure').code).toBe('dismissal_later');
    expect(result(run(e, '2026-11-23'), 'taiyuan.dismissal.procedure').code).toBe('procedure_defective');
  });
  it('a term is a lasting state: its last day on a rest day does not move (Civil Code 第二百零三条 is for acts)', () => {
    // 2026-10-02 + three years: the last day 2029-10-01 is National Day; the term still ends then.
    const e = appointed({ terms: [{ appointed: '2026-10-02' }] });
    expect(result(run(e, '2029-10-01'), 'taiyuan.term').status).toBe('pass');
    expect(result(run(e, '2029-10-02'), 'taiyuan.term').code).toBe('term_ended');
  });
});
