// Periods at the edges the other tests leave (issue 19: mutation gaps in periods.ts):
// adjacent rest runs of different kinds, n = 0 on the data's last day, the provisional
// span of a period crossing the data's end, and each option read that throws, named.
import { describe, expect, it } from 'vitest';
import {
  anniversary,
  createCalendar,
  InvalidArgumentError,
  maxInRollingWindow,
  publicityPeriod,
  termPeriod,
  withinDays,
  withinWorkdays,
} from '../../src/calendar/index.js';

const provisional = createCalendar({ fallback: 'weekends' });
function argument(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e.argument;
    throw e;
  }
  throw new Error('did not throw');
}
const throwingGetter = (key: string, base: object = {}) =>
  Object.defineProperty(base, key, {
    get() {
      throw new Error('boom');
    },
  });
const throwingArray = (key: string) =>
  new Proxy(['2026-01-05'], {
    get(target, k) {
      if (k === key) throw new Error('boom');
      return Reflect.get(target, k);
    },
  });

describe('skipped rest days', () => {
  // The 2014 data name 04-05 and 04-07 for 清明节 but not Sunday 04-06, a plain weekend
  // day there: adjacent rest days of different kinds are separate runs.
  it('a holiday, a plain weekend day, a holiday: three runs (2014-04-05, 06, 07)', () => {
    const r = withinWorkdays('2014-04-04', 1);
    expect(r.last).toBe('2014-04-08');
    const qingming = { zh: '清明节', en: 'Qingming Festival' };
    expect(r.skipped).toEqual([
      { from: '2014-04-05', to: '2014-04-05', days: 1, holiday: qingming },
      { from: '2014-04-06', to: '2014-04-06', days: 1 },
      { from: '2014-04-07', to: '2014-04-07', days: 1, holiday: qingming },
    ]);
  });
});

describe('n = 0 on the last day of the data touches no later day', () => {
  it('withinWorkdays and withinDays, with the weekend fallback: nothing provisional, nothing skipped', () => {
    for (const r of [
      withinWorkdays('2026-12-31', 0, { calendar: provisional }),
      withinDays('2026-12-31', 0, { calendar: provisional }),
    ]) {
      expect(r.last).toBe('2026-12-31');
      expect(r.skipped).toEqual([]);
      expect(r.provisional).toBe(false);
      expect(r.calendar?.provisional).toBeNull();
    }
  });
  it('a period crossing the end is provisional from the first day past the data', () => {
    const r = withinWorkdays('2026-12-28', 10, { calendar: provisional });
    expect(r.calendar?.provisional).toMatchObject({ from: '2027-01-01', to: '2027-01-11', years: [2027] });
  });
});

describe('each option read that throws is named', () => {
  it('options.calendar.use, options.countFirstDay, options.reading, options.statedEnd', () => {
    expect(argument(() => withinWorkdays('2026-01-05', 1, { calendar: throwingGetter('use') as never }))).toBe(
      'options.calendar',
    );
    expect(argument(() => publicityPeriod('2026-01-05', 5, throwingGetter('countFirstDay') as never))).toBe(
      'options.countFirstDay',
    );
    expect(argument(() => termPeriod('2026-01-05', 3, throwingGetter('reading') as never))).toBe('options.reading');
    expect(argument(() => termPeriod('2026-01-05', 3, throwingGetter('statedEnd') as never))).toBe('options.statedEnd');
  });
  it('termPeriod options that are not an object', () => {
    for (const bad of [5, 'anniversary', null]) {
      expect(argument(() => termPeriod('2026-01-05', 3, bad as never))).toBe('options');
    }
  });
  it('maxInRollingWindow: a list whose length or element cannot be read', () => {
    expect(argument(() => maxInRollingWindow(throwingArray('length')))).toBe('dates');
    expect(argument(() => maxInRollingWindow(throwingArray('0')))).toBe('dates[0]');
  });
});

describe('anniversary keeps four-digit years', () => {
  it('0500-03-01 + 1 year is 0501-03-01', () => {
    expect(anniversary('0500-03-01', 1)).toBe('0501-03-01');
  });
});
