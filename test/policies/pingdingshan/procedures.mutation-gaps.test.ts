import { afterEach, describe, expect, it, vi } from 'vitest';
import { majorMatterReport, secretBallot } from '../../../src/policies/pingdingshan/index.js';

const cast = (share: string, strict = false) => ({ share, strict, base: 'cast' });
const invalidCount = {
  zh: '计票无效：panel、for、against、abstain 应为非负整数，panel 至少为1',
  en: 'Invalid count: panel, for, against and abstain must be whole numbers, panel at least 1',
};
const invalidRule = {
  zh: '票决规则无效：应为 { share: "n/d", strict, base: "panel" | "cast" }',
  en: 'Invalid ballot rule: expected { share: "n/d", strict, base: "panel" | "cast" }',
};

describe('secret ballot, 第六条（三）: what the panel secretary reads', () => {
  it('the default rule names its base, the votes needed and that it is the library default', () => {
    expect(secretBallot({ panel: 7, for: 4 })).toEqual({
      passed: true,
      required: 4,
      rule: { share: '1/2', strict: true, base: 'panel' },
      provenance: 'default',
      clauses: ['第六条（三）'],
      message: {
        zh: '赞成4票，需超过全体评审专家（7）的1/2，即至少4票：通过（文本未规定票决规则，此为本库默认）',
        en: '4 for; more than 1/2 of the panel (7) needs 4: carried (the text sets no majority; library default)',
      },
    });
    expect(secretBallot({ panel: 7, for: 3 }).message).toEqual({
      zh: '赞成3票，需超过全体评审专家（7）的1/2，即至少4票：未通过（文本未规定票决规则，此为本库默认）',
      en: '3 for; more than 1/2 of the panel (7) needs 4: not carried (the text sets no majority; library default)',
    });
  });
  it("the city's rule: at least a share of the votes cast, no default label", () => {
    expect(secretBallot({ panel: 9, for: 3, against: 2 }, cast('2/3'))).toEqual({
      passed: false,
      required: 4,
      rule: { share: '2/3', strict: false, base: 'cast' },
      provenance: 'text',
      clauses: ['第六条（三）'],
      message: {
        zh: '赞成3票，需达到所投票数（5）的2/3，即至少4票：未通过',
        en: '3 for; at least 2/3 of the votes cast (5) needs 4: not carried',
      },
    });
    expect(
      secretBallot({ panel: 9, for: 4, against: 2 }, { share: '1/2', strict: true, base: 'panel' }).message,
    ).toEqual({
      zh: '赞成4票，需超过全体评审专家（9）的1/2，即至少5票：未通过',
      en: '4 for; more than 1/2 of the panel (9) needs 5: not carried',
    });
  });
  it('abstentions are votes cast: 4 for, 1 against, 1 abstaining need 4 of 6 for two thirds', () => {
    const r = secretBallot({ panel: 9, for: 4, against: 1, abstain: 1 }, cast('2/3'));
    expect(r).toMatchObject({ passed: true, required: 4 });
    expect(secretBallot({ panel: 9, for: 3, against: 1, abstain: 2 }, cast('2/3'))).toMatchObject({
      passed: false,
      required: 4,
    });
  });
  it('no vote for never carries, even when nobody voted', () => {
    expect(secretBallot({ panel: 5, for: 0 }, cast('1/2'))).toMatchObject({ passed: false, required: 0 });
  });
  it('a unanimity rule 1/1 is a valid share; 0/2, 3/2, a share without a slash or with a non-number are not', () => {
    expect(secretBallot({ panel: 5, for: 5 }, { share: '1/1', strict: false, base: 'panel' })).toMatchObject({
      passed: true,
      required: 5,
    });
    expect(secretBallot({ panel: 5, for: 4 }, { share: '1/1', strict: false, base: 'panel' }).passed).toBe(false);
    for (const share of ['0/2', '3/2', '12', '/2', 'x/2', '1/b', '1.5/2', '1/2.5', 7]) {
      const r = secretBallot({ panel: 5, for: 3 }, { share, strict: false, base: 'panel' });
      expect(r, String(share)).toMatchObject({ passed: null, required: null, message: invalidRule });
      // An invalid rule is never shown as the rule applied: the default is shown instead.
      expect(r.rule).toEqual({ share: '1/2', strict: true, base: 'panel' });
    }
  });
  it('a share of 20 characters is read; one of 21 is refused', () => {
    const twenty = `1/${'0'.repeat(17)}2`;
    expect(twenty).toHaveLength(20);
    expect(secretBallot({ panel: 4, for: 2 }, { share: twenty, strict: false, base: 'panel' })).toMatchObject({
      passed: true,
      required: 2,
    });
    expect(
      secretBallot({ panel: 4, for: 2 }, { share: `1/${'0'.repeat(18)}2`, strict: false, base: 'panel' }).passed,
    ).toBeNull();
  });
  it('a rule without a boolean strict or with another base is refused', () => {
    for (const rule of [
      { share: '1/2', strict: 'yes', base: 'panel' },
      { share: '1/2', strict: true, base: 'jury' },
      { share: '1/2', strict: true },
      {},
    ]) {
      expect(secretBallot({ panel: 5, for: 3 }, rule), JSON.stringify(rule)).toMatchObject({
        passed: null,
        provenance: 'text',
        clauses: ['第六条（三）'],
        message: invalidRule,
      });
    }
  });
  it('each part of an impossible count is refused on its own', () => {
    for (const count of [
      { panel: 0, for: 0 },
      { panel: 1.5, for: 1 },
      { panel: '7', for: 4 },
      { panel: 5, for: -1 },
      { panel: 5, for: 1.5 },
      { panel: 5, for: '3' },
      { panel: 5, for: 3, against: -1 },
      { panel: 5, for: 3, against: 0.5 },
      { panel: 5, for: 3, abstain: -1 },
      { panel: 5, for: 3, abstain: 'x' },
      { for: 3 },
      'seven',
      null,
    ]) {
      expect(secretBallot(count), JSON.stringify(count)).toEqual({
        passed: null,
        required: null,
        rule: { share: '1/2', strict: true, base: 'panel' },
        provenance: 'default',
        clauses: ['第六条（三）'],
        message: invalidCount,
      });
    }
  });
  it('more votes than experts: the message counts for, against and abstentions together', () => {
    expect(secretBallot({ panel: 5, for: 3, against: 1, abstain: 2 }).message).toEqual({
      zh: '计票无效：票数6多于专家人数5',
      en: 'Invalid count: 6 votes from 5 experts',
    });
    expect(secretBallot({ panel: 6, for: 3, against: 1, abstain: 2 }).passed).toBe(false);
  });
});

describe('major matters, 第十一条（五）: what the studio is told', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const trigger = { kind: 'major_result' as const, date: '2026-06-01' };
  it('without a deadline: owed, or reported on a day', () => {
    expect(majorMatterReport(trigger)).toEqual({
      trigger,
      clauses: ['第十一条（五）'],
      reportedOn: null,
      due: null,
      status: 'owed',
      message: {
        zh: '应及时向市人力资源和社会保障局报告（文本未规定期限）',
        en: 'To be reported promptly to the city bureau (the text sets no deadline)',
      },
    });
    expect(majorMatterReport(trigger, '2026-06-03')).toEqual({
      trigger,
      clauses: ['第十一条（五）'],
      reportedOn: '2026-06-03',
      due: null,
      status: 'reported',
      message: { zh: '已于2026-06-03报告', en: 'Reported on 2026-06-03' },
    });
  });
  it('the result keeps a copy of the trigger: changing the input afterwards changes nothing', () => {
    const t = { kind: 'mentor_change' as const, date: '2026-06-01' };
    const r = majorMatterReport(t);
    t.date = '2026-07-01';
    expect(r.trigger).toEqual({ kind: 'mentor_change', date: '2026-06-01' });
  });
  it('a deadline that is not a whole number of days, or negative, is no deadline', () => {
    for (const withinWorkdays of [-1, 1.5, Number.NaN]) {
      expect(majorMatterReport(trigger, undefined, { withinWorkdays }), String(withinWorkdays)).toMatchObject({
        status: 'owed',
        due: null,
      });
    }
  });
  it('a deadline of 0 working days means the same day', () => {
    const r = majorMatterReport(trigger, undefined, { withinWorkdays: 0, asOf: '2026-06-01' });
    expect(r).toMatchObject({ due: '2026-06-01', status: 'owed' });
    expect(majorMatterReport(trigger, undefined, { withinWorkdays: 0, asOf: '2026-06-02' }).status).toBe('overdue');
  });
  it('with a deadline: reported on its last day is in time, the day after is late', () => {
    // 2026-06-01 (Mon) + 5 working days = 2026-06-08 (Mon).
    const onLast = majorMatterReport(trigger, '2026-06-08', { withinWorkdays: 5 });
    expect(onLast).toMatchObject({ due: '2026-06-08', status: 'reported', reportedOn: '2026-06-08' });
    expect(onLast.period?.last).toBe('2026-06-08');
    expect(onLast.message).toEqual({
      zh: '按调用方设定的5个工作日期限，应于2026-06-08前报告',
      en: "By the caller's deadline of 5 working days: report by 2026-06-08",
    });
    expect(majorMatterReport(trigger, '2026-06-09', { withinWorkdays: 5 }).status).toBe('late');
    expect(majorMatterReport(trigger, '2026-06-02', { withinWorkdays: 5 }).status).toBe('reported');
  });
  it('not yet reported: owed through the last day, overdue the day after', () => {
    expect(majorMatterReport(trigger, undefined, { withinWorkdays: 5, asOf: '2026-06-08' }).status).toBe('owed');
    expect(majorMatterReport(trigger, undefined, { withinWorkdays: 5, asOf: '2026-06-09' }).status).toBe('overdue');
  });
  it('not yet reported and no asOf: judged today in China, as ProcedureOptions documents', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-08T16:30:00Z')); // 2026-06-09 00:30 in China
    expect(majorMatterReport(trigger, undefined, { withinWorkdays: 5 }).status).toBe('overdue');
    vi.setSystemTime(new Date('2026-06-08T15:30:00Z')); // 2026-06-08 23:30 in China
    expect(majorMatterReport(trigger, undefined, { withinWorkdays: 5 }).status).toBe('owed');
  });
  it('an impossible trigger or date is invalid, with a message saying which', () => {
    const invalidTrigger = { zh: '触发事项无效', en: 'Invalid trigger' };
    for (const t of [null, undefined, 5, 'x']) {
      expect(majorMatterReport(t as never), String(t)).toMatchObject({
        status: 'invalid',
        due: null,
        clauses: ['第十一条（五）'],
        message: invalidTrigger,
      });
    }
    const invalidDate = { zh: '日期无效', en: 'Invalid date' };
    expect(majorMatterReport({ kind: 'major_result', date: '2026-02-30' })).toMatchObject({
      status: 'invalid',
      due: null,
      message: invalidDate,
    });
    expect(majorMatterReport(trigger, '2026-13-01')).toMatchObject({ status: 'invalid', message: invalidDate });
  });
  it('a deadline the calendar cannot count is invalid and says why, never throws', () => {
    const r = majorMatterReport({ kind: 'major_result', date: '1990-01-02' }, undefined, { withinWorkdays: 5 });
    expect(r).toMatchObject({ status: 'invalid', due: null });
    expect(r.message.zh).toContain('1990');
    expect(r.message.en).toBe(r.message.zh);
  });
});
