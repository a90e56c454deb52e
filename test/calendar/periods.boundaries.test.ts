// What the period functions return beyond `last`, asserted whole: every skipped run,
// the first counted day, the legal basis and the flags; the argument checks at their
// bounds; and the window algorithms on more than one shape of input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatIsoDate, LAST_DAY, parseIsoDate } from '../../src/calendar/date.js';
import {
  anniversary,
  createCalendar,
  elapsed,
  InvalidArgumentError,
  MAX_DAYS,
  MAX_WINDOW_MONTHS,
  MAX_YEARS,
  maxInRollingWindow,
  publicityPeriod,
  quartersBetween,
  termPeriod,
  withinDays,
  withinWorkdays,
} from '../../src/calendar/index.js';
import { AFTER_LAST_DAY, busiestWindow, calendarOf, termLastDay } from '../../src/calendar/periods.js';

const weekends = createCalendar({ fallback: 'weekends' });
const NATIONAL_DAY = { zh: '国庆节', en: 'National Day' };
const basis = (r: { basis: string[] }) => r.basis.map((b) => b.slice(0, b.indexOf(' (') > 0 ? b.indexOf(' (') : 40));

describe('kind A: every skipped run, not just the first', () => {
  it('7 working days after 2026-09-30: the holiday block, then one plain Sunday', () => {
    const r = withinWorkdays('2026-09-30', 7);
    expect(r.skipped).toEqual([
      { from: '2026-10-01', to: '2026-10-07', days: 7, holiday: NATIONAL_DAY },
      { from: '2026-10-11', to: '2026-10-11', days: 1 },
    ]);
    expect(r.firstCounted).toBe('2026-10-01');
    expect(r.explanation.en).toBe(
      '7 working days after 2026-09-30 (that day not counted), skipping 2026-10-01…2026-10-07 (National Day), 1 weekend day → 2026-10-15',
    );
    expect(r.explanation.zh).toContain('1个周末日');
    expect(basis(r)).toEqual(['Civil Code art. 201', 'Administrative Licensing Law art. 82']);
    expect(r.provenance).toBe('text');
    expect(r.provisional).toBe(false);
  });
  it('two plain weekends are two runs of two days, described as 4 weekend days', () => {
    const r = withinWorkdays('2026-11-06', 10); // Friday; 10 working days → Friday 11-20
    expect(r.last).toBe('2026-11-20');
    expect(r.skipped).toEqual([
      { from: '2026-11-07', to: '2026-11-08', days: 2 },
      { from: '2026-11-14', to: '2026-11-15', days: 2 },
    ]);
    expect(r.explanation.en).toContain('skipping 4 weekend days');
  });
  it('no rest day on the way, and one working day (singular)', () => {
    const r = withinWorkdays('2026-11-09', 1);
    expect(r).toMatchObject({ last: '2026-11-10', firstCounted: '2026-11-10', skipped: [] });
    expect(r.explanation.en).toBe(
      '1 working day after 2026-11-09 (that day not counted), skipping no rest day → 2026-11-10',
    );
    expect(r.explanation.zh).toContain('无休息日');
  });
  it('zero working days ends on the event day itself', () => {
    expect(withinWorkdays('2026-11-09', 0)).toMatchObject({ last: '2026-11-09', skipped: [] });
  });
});

describe('kind B: first counted day, basis, skipped runs', () => {
  it('the day after the event is the first counted day; a last day on a working day is not moved', () => {
    const r = withinDays('2026-09-20', 20);
    expect(r).toMatchObject({ kind: 'B', start: '2026-09-20', firstCounted: '2026-09-21', last: '2026-10-10' });
    expect(r.movedFrom).toBeUndefined();
    expect(basis(r)).toEqual(['Civil Code art. 201']);
    expect(r.skipped).toEqual([
      { from: '2026-09-25', to: '2026-09-27', days: 3, holiday: { zh: '中秋节', en: 'Mid-Autumn Festival' } },
      { from: '2026-10-01', to: '2026-10-07', days: 7, holiday: NATIONAL_DAY },
    ]);
    expect(r.explanation.en).toBe('20 days after 2026-09-20 (that day not counted) → 2026-10-10');
  });
  it('a moved last day cites art. 201 and art. 203, in that order', () => {
    const r = withinDays('2026-09-01', 30);
    expect(basis(r)).toEqual(['Civil Code art. 201', 'Civil Code art. 203']);
    expect(r.firstCounted).toBe('2026-09-02');
    expect(r.movedFrom).toBe('2026-10-01');
    expect(r.explanation.en).toBe(
      '30 days after 2026-09-01 is 2026-10-01, a rest day; Civil Code art. 203 moves it to 2026-10-08',
    );
  });
  it('the day before a weekend is not moved, the Saturday is', () => {
    expect(withinDays('2026-11-05', 1)).toMatchObject({ last: '2026-11-06', skipped: [] });
    expect(withinDays('2026-11-06', 1)).toMatchObject({
      last: '2026-11-09',
      movedFrom: '2026-11-07',
      skipped: [{ from: '2026-11-07', to: '2026-11-08', days: 2 }],
    });
  });
});

describe('kind C: publicity', () => {
  it('a first day on a holiday: counting starts after it; the skipped runs are those from then on', () => {
    const r = publicityPeriod('2026-10-01', 3);
    expect(r).toMatchObject({ firstCounted: '2026-10-08', last: '2026-10-10', skipped: [] });
    const weekend = publicityPeriod('2026-11-06', 3);
    expect(weekend).toMatchObject({ firstCounted: '2026-11-06', last: '2026-11-10' });
    expect(weekend.skipped).toEqual([{ from: '2026-11-07', to: '2026-11-08', days: 2 }]);
    expect(weekend.basis).toEqual(['interpretation: the first day of publication counts when it is a working day']);
    expect(publicityPeriod('2026-11-06', 3, { countFirstDay: false })).toMatchObject({
      firstCounted: '2026-11-09',
      last: '2026-11-11',
    });
  });
});

describe('kind D: basis, provisional flag and each reading', () => {
  it('the default reading: the day before the anniversary, with its basis', () => {
    const r = termPeriod('2026-02-01', 3);
    expect(r).toMatchObject({
      kind: 'D',
      firstCounted: '2026-02-01',
      last: '2029-01-31',
      provisional: false,
      skipped: [],
      provenance: 'interpretation',
    });
    expect(r.basis[0]).toBe('interpretation: the start day counts; the term ends the day before its anniversary');
    expect(basis(r)[1]).toBe('Civil Code art. 202');
    expect(r.basis).toHaveLength(2);
    expect(r.calendar).toBeUndefined();
    expect(r.explanation.en).toBe('3 years from 2026-02-01, to 2029-01-31 inclusive');
    expect(termPeriod('2026-02-01', 1).explanation.en).toBe('1 year from 2026-02-01, to 2027-01-31 inclusive');
  });
  it('the anniversary reading cites arts. 201 and 202; a stated end cites art. 204', () => {
    expect(basis(termPeriod('2026-02-01', 3, { reading: 'anniversary' }))).toEqual([
      'Civil Code art. 201',
      'Civil Code art. 202',
    ]);
    const stated = termPeriod('2026-02-01', 3, { statedEnd: '2029-03-31', reading: 'anniversary' });
    expect(stated.basis).toEqual(['the end date stated in the appointment (Civil Code art. 204)']);
    expect(stated.provisional).toBe(false);
  });
  it('a term ending on 9999-12-31 is allowed; one day later is refused', () => {
    expect(termPeriod('9998-12-31', 1, { reading: 'anniversary' }).last).toBe('9999-12-31');
    expect(() => termPeriod('9999-01-01', 1, { reading: 'anniversary' })).toThrow(InvalidArgumentError);
    // The day-before reading ends a day earlier, so it can start a day later.
    expect(termPeriod('9999-01-01', 1).last).toBe('9999-12-31');
    expect(() => termPeriod('9999-01-02', 1)).toThrow(InvalidArgumentError);
  });
});

describe('argument checks: negative, fractional and out-of-range counts', () => {
  const bad = [-1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number];
  it.each(bad)('kinds A, B, C, D and E refuse %s', (n) => {
    expect(() => withinWorkdays('2026-01-05', n)).toThrow(InvalidArgumentError);
    expect(() => withinDays('2026-01-05', n)).toThrow(InvalidArgumentError);
    expect(() => publicityPeriod('2026-01-05', n)).toThrow(InvalidArgumentError);
    expect(() => termPeriod('2026-01-05', n)).toThrow(InvalidArgumentError);
    expect(() => anniversary('2026-01-05', n)).toThrow(InvalidArgumentError);
  });
  it('the lowest count each kind allows, and one below it', () => {
    expect(withinWorkdays('2026-01-05', 0).last).toBe('2026-01-05');
    // On a rest day too, no day is counted and none is skipped: the event day is the last.
    expect(withinWorkdays('2026-10-03', 0)).toMatchObject({ last: '2026-10-03', skipped: [] });
    // Kind B moves a last day on a rest day (art. 203): with n = 0 from 10-03, across the holiday.
    const moved = withinDays('2026-10-03', 0);
    expect(moved).toMatchObject({ last: '2026-10-08', movedFrom: '2026-10-03' });
    expect(moved.skipped.map((r) => [r.from, r.to])).toEqual([['2026-10-03', '2026-10-07']]);
    expect(withinDays('2026-01-05', 0).last).toBe('2026-01-05');
    expect(() => publicityPeriod('2026-01-05', 0)).toThrow(/n/);
    expect(publicityPeriod('2026-01-05', 1).last).toBe('2026-01-05');
    expect(() => termPeriod('2026-01-05', 0)).toThrow(/years/);
    expect(termPeriod('2026-01-05', 1).last).toBe('2027-01-04');
    expect(anniversary('2026-01-05', 0)).toBe('2026-01-05');
  });
  it('the highest count each kind allows, and one above it', () => {
    const longest = withinDays('2000-01-01', MAX_DAYS, { calendar: weekends });
    expect(longest.movedFrom ?? longest.last).toBe('2099-12-07');
    expect(() => withinDays('2000-01-01', MAX_DAYS + 1, { calendar: weekends })).toThrow(/n/);
    expect(anniversary('2000-01-01', MAX_YEARS)).toBe('3000-01-01');
    expect(() => anniversary('2000-01-01', MAX_YEARS + 1)).toThrow(/years/);
    expect(() => termPeriod('2000-01-01', MAX_YEARS + 1)).toThrow(/years/);
    expect(() => maxInRollingWindow([], MAX_WINDOW_MONTHS + 1)).toThrow(/months/);
    expect(maxInRollingWindow(['2026-01-01'], MAX_WINDOW_MONTHS).count).toBe(1);
    expect(() => maxInRollingWindow([], 0)).toThrow(/months/);
    expect(maxInRollingWindow(['2026-01-01'], 1)).toMatchObject({ count: 1, to: '2026-01-31' });
  });
  it('an event on the last representable day is refused, the day before is accepted', () => {
    expect(() => withinDays('9999-12-31', 0, { calendar: weekends })).toThrow(/event/);
    expect(withinDays('9999-12-30', 1, { calendar: weekends }).firstCounted).toBe('9999-12-31');
    expect(() => withinDays('9999-12-30', 2, { calendar: weekends })).toThrow(/n/);
    expect(() => withinWorkdays('9999-12-31', 0)).toThrow(/event/);
    expect(() => anniversary('9999-06-01', 1)).toThrow(/years/);
    expect(anniversary('9998-06-01', 1)).toBe('9999-06-01');
  });
});

describe('kind E: years and days around an anniversary', () => {
  it('the day before, on, and after the anniversary; the same day; across a year end', () => {
    expect(elapsed('2021-06-10', '2026-06-09')).toEqual({ years: 4, days: 364 });
    expect(elapsed('2021-06-10', '2026-06-10')).toEqual({ years: 5, days: 0 });
    expect(elapsed('2021-06-10', '2026-06-11')).toEqual({ years: 5, days: 1 });
    expect(elapsed('2026-06-10', '2026-06-10')).toEqual({ years: 0, days: 0 });
    expect(elapsed('2026-06-10', '2026-06-09')).toBeNull();
    expect(elapsed('2025-12-31', '2026-01-01')).toEqual({ years: 0, days: 1 });
    expect(elapsed('2024-02-29', '2025-03-01')).toEqual({ years: 1, days: 1 });
  });
});

describe('quartersBetween from every quarter, bounds on and off the edges', () => {
  const starts = ['01', '04', '07', '10'];
  it.each(starts.map((m, q) => [m, q] as const))('a year from the start of month %s is four whole quarters', (m, q) => {
    const from = `2026-${m}-01`;
    const to = termPeriod(from, 1).last;
    const qs = quartersBetween(from, to);
    expect(qs).toHaveLength(4);
    expect(qs.every((x) => !x.partial)).toBe(true);
    expect(qs[0]).toMatchObject({ quarter: `2026Q${q + 1}`, from });
    expect(qs[3]?.to).toBe(to);
  });
  it.each(starts)('bounds one day inside the quarters of month %s are partial at both ends', (m) => {
    const from = `2026-${m}-02`;
    const to = termPeriod(`2026-${m}-01`, 1, { reading: 'anniversary' }).last;
    const qs = quartersBetween(from, to);
    expect(qs).toHaveLength(5);
    expect(qs.map((x) => x.partial)).toEqual([true, false, false, false, true]);
    expect(qs[4]?.from).toBe(to);
  });
  it('the last day of a quarter alone; one quarter end to the next start', () => {
    expect(quartersBetween('2026-03-31', '2026-03-31')).toEqual([
      { quarter: '2026Q1', from: '2026-01-01', to: '2026-03-31', partial: true },
    ]);
    expect(quartersBetween('2026-12-31', '2027-01-01')).toEqual([
      { quarter: '2026Q4', from: '2026-10-01', to: '2026-12-31', partial: true },
      { quarter: '2027Q1', from: '2027-01-01', to: '2027-03-31', partial: true },
    ]);
    expect(quartersBetween('2026-01-01', '2026-03-31')).toEqual([
      { quarter: '2026Q1', from: '2026-01-01', to: '2026-03-31', partial: false },
    ]);
    expect(() => quartersBetween('2026-01-02', '2026-01-01')).toThrow(/to/);
  });
});

describe('maxInRollingWindow beyond sorted input', () => {
  it('unsorted input whose busiest window is not at the start', () => {
    const r = maxInRollingWindow(['2027-03-01', '2026-01-01', '2027-02-01', '2026-12-01', '2027-01-01']);
    expect(r).toEqual({ count: 4, from: '2026-12-01', to: '2027-11-30' });
  });
  it('an event on the window’s last day counts, one on the anniversary does not', () => {
    expect(maxInRollingWindow(['2026-03-10', '2027-03-09']).count).toBe(2);
    expect(maxInRollingWindow(['2027-03-10', '2026-03-10'])).toEqual({
      count: 1,
      from: '2026-03-10',
      to: '2027-03-09',
    });
  });
  it('the same day twice counts twice; a later equal window does not replace the first', () => {
    expect(maxInRollingWindow(['2026-05-01', '2026-05-01']).count).toBe(2);
    expect(maxInRollingWindow(['2026-01-01', '2028-01-01']).from).toBe('2026-01-01');
  });
  it('agrees with counting every window by hand (property, seeded)', () => {
    // Days within two years, so that windows overlap, with repeats and edges likely.
    const day = fc
      .integer({ min: 0, max: 730 })
      .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 12 }), fc.constantFrom(1, 6, 12), (dates, months) => {
        const r = maxInRollingWindow(dates, months);
        let best = 0;
        for (const start of dates) {
          const end = anniversaryEnd(start, months);
          best = Math.max(best, dates.filter((d) => d >= start && d <= end).length);
        }
        expect(r.count).toBe(best);
        if (best > 0 && r.from !== null && r.to !== null) {
          expect(dates.filter((d) => d >= (r.from as string) && d <= (r.to as string)).length).toBe(best);
        }
      }),
      { seed: 1901, numRuns: 300 },
    );
  });
});

/** The day before `start` moved `months` months on (month-end rule), by Date arithmetic. */
function anniversaryEnd(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const moved = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastOfMonth));
  return new Date(moved - 86_400_000).toISOString().slice(0, 10);
}

describe('options and arguments are checked, naming what is wrong', () => {
  it('the options object and the calendar in it', () => {
    expect(calendarOf(undefined)).toBe(calendarOf({}));
    expect(calendarOf({ calendar: undefined })).toBe(calendarOf(undefined));
    for (const bad of [null, 'x', 5]) expect(() => calendarOf(bad)).toThrow(/^options must be an object/);
    expect(() => calendarOf(null, 'opts')).toThrow(/^opts must be/);
    for (const bad of [null, 5, 'x', {}, { use: 1 }])
      expect(() => calendarOf({ calendar: bad })).toThrow(
        /^options\.calendar must be a Calendar from createCalendar\(\)/,
      );
    const hostile = {
      get calendar() {
        throw new Error('boom');
      },
    };
    expect(() => calendarOf(hostile)).toThrow(/options\.calendar/);
    const weekendsOnly = createCalendar({ fallback: 'weekends' });
    expect(calendarOf({ calendar: weekendsOnly })).toBe(weekendsOnly);
  });
  it('kind C: countFirstDay must be true or false; provisional past the data', () => {
    expect(() => publicityPeriod('2026-06-01', 5, { countFirstDay: 'yes' as never })).toThrow(
      /^options\.countFirstDay must be true or false/,
    );
    expect(publicityPeriod('2026-12-28', 10, { calendar: weekends }).provisional).toBe(true);
    expect(publicityPeriod('2026-11-02', 10, { calendar: weekends }).provisional).toBe(false);
    const one = publicityPeriod('2026-11-09', 1);
    expect(one.explanation).toEqual({
      zh: '公示1个工作日：2026-11-09至2026-11-09，跳过无休息日',
      en: 'publicity of 1 working day: 2026-11-09 to 2026-11-09, skipping no rest day',
    });
    expect(publicityPeriod('2026-11-06', 3).explanation.en).toBe(
      'publicity of 3 working days: 2026-11-06 to 2026-11-10, skipping 2 weekend days',
    );
    expect(publicityPeriod('2026-11-06', 3, { countFirstDay: false }).basis).toHaveLength(2);
    expect(publicityPeriod('2026-11-06', 3).kind).toBe('C');
  });
  it('kind D: options, reading and stated end', () => {
    expect(() => termPeriod('2026-02-01', 3, null as never)).toThrow(/^options must be an object/);
    expect(() => termPeriod('2026-02-01', 3, { reading: 'x' as never })).toThrow(/^options\.reading must be/);
    expect(() => termPeriod('2026-02-01', 3, { statedEnd: '2029-02-30' })).toThrow(/^options\.statedEnd/);
    expect(() => termPeriod('2026-02-30', 3)).toThrow(/^start/);
    expect(termPeriod('2026-02-01', 3).explanation.zh).toBe('自2026-02-01起3年，至2029-01-31止');
    expect(termPeriod('2026-02-01', 3)).toMatchObject({ kind: 'D', provenance: 'interpretation', skipped: [] });
  });
  it('kinds E and F name the argument at fault', () => {
    expect(() => anniversary('2026-13-01', 1)).toThrow(/^start/);
    expect(() => anniversary('2026-01-01', -1)).toThrow(/^years/);
    expect(anniversary('9998-12-31', 1)).toBe('9999-12-31');
    expect(() => elapsed('x', '2026-01-01')).toThrow(/^start/);
    expect(() => elapsed('2026-01-01', 'x')).toThrow(/^asOf/);
    expect(() => quartersBetween('x', '2026-01-01')).toThrow(/^from/);
    expect(() => quartersBetween('2026-01-01', 'x')).toThrow(/^to/);
    expect(() => quartersBetween('2026-01-02', '2026-01-01')).toThrow(/a date on or after from \(2026-01-02\)/);
    expect(() => maxInRollingWindow('2026-01-01' as never)).toThrow(/^dates must be an array/);
    expect(() => maxInRollingWindow(['2026-01-01', '2026-02-30'])).toThrow(/^dates\[1\]/);
  });
  it('a rolling window may end on 9999-12-31, not later', () => {
    expect(maxInRollingWindow(['9998-01-01'], 24)).toEqual({ count: 1, from: '9998-01-01', to: '9999-12-31' });
    expect(() => maxInRollingWindow(['2026-01-01', '9998-01-02'], 24)).toThrow(
      /^dates\[1\] must be a date whose window/,
    );
  });
});

describe('kinds A and B: an event on a rest day, explanations in both languages', () => {
  it('the event day itself is never a skipped day', () => {
    const a = withinWorkdays('2026-10-03', 1);
    expect(a.last).toBe('2026-10-08');
    expect(a.skipped).toEqual([{ from: '2026-10-04', to: '2026-10-07', days: 4, holiday: NATIONAL_DAY }]);
    const b = withinDays('2026-10-03', 10);
    expect(b.firstCounted).toBe('2026-10-04');
    expect(b.skipped[0]).toEqual({ from: '2026-10-04', to: '2026-10-07', days: 4, holiday: NATIONAL_DAY });
  });
  it('kind A names each holiday and counts the weekend days, in Chinese too', () => {
    expect(withinWorkdays('2026-09-30', 7).explanation.zh).toBe(
      '2026-09-30后第7个工作日（当日不计入），跳过2026-10-01…2026-10-07（国庆节）、1个周末日 → 2026-10-15',
    );
    const two = withinWorkdays('2026-09-24', 5);
    expect(two.explanation.zh).toContain('2026-09-25…2026-09-27（中秋节）、2026-10-01…2026-10-07（国庆节）');
    expect(two.explanation.en).toContain(
      '2026-09-25…2026-09-27 (Mid-Autumn Festival), 2026-10-01…2026-10-07 (National Day)',
    );
    expect(two).toMatchObject({ kind: 'A', provenance: 'text' });
  });
  it('kind B says whether the last day moved, in Chinese too; provisional past the data', () => {
    expect(withinDays('2026-09-01', 30).explanation.zh).toBe(
      '2026-09-01后30日为2026-10-01，系休息日，依民法典第二百零三条顺延至2026-10-08',
    );
    expect(withinDays('2026-09-20', 20).explanation.zh).toBe('2026-09-20后20日（当日不计入） → 2026-10-10');
    expect(withinDays('2026-12-20', 20, { calendar: weekends }).provisional).toBe(true);
    expect(withinDays('2026-11-02', 20, { calendar: weekends }).provisional).toBe(false);
    expect(withinDays('2026-11-02', 20)).toMatchObject({ kind: 'B', provenance: 'text' });
  });
  it('each refusal names its argument and what it must be', () => {
    expect(() => withinWorkdays('2026-02-30', 1)).toThrow(/^event/);
    expect(() => withinWorkdays('9999-12-31', 1, { calendar: weekends })).toThrow(
      /^event must be a date before 9999-12-31/,
    );
    expect(() => withinDays('2026-02-30', 1)).toThrow(/^event/);
    expect(() => withinDays('9999-12-31', 1, { calendar: weekends })).toThrow(
      /^event must be a date before 9999-12-31/,
    );
    expect(() => withinDays('9999-12-30', 2, { calendar: weekends })).toThrow(
      /^n must be small enough to end by 9999-12-31/,
    );
    expect(() => termPeriod('2026-02-01', 3, { reading: 'x' as never })).toThrow(
      /^options\.reading must be 'day-before' or 'anniversary'/,
    );
    expect(() => termPeriod('9999-06-01', 1)).toThrow(/^years must be small enough to end by 9999-12-31/);
    expect(() => anniversary('9999-06-01', 1)).toThrow(/^years must be small enough to end by 9999-12-31/);
    expect(() => publicityPeriod('2026-06-01', 1, { countFirstDay: 1 as never })).toThrow(/^options\.countFirstDay/);
    expect(() => calendarOf({ calendar: 'x' })).toThrow(/^options\.calendar/);
  });
});

describe('past the calendar, for checks: a last day after 9999-12-31 is null (never reached)', () => {
  it('termLastDay: the day termPeriod gives, or null where termPeriod throws', () => {
    expect(termLastDay('9997-01-01', 3)).toBe('9999-12-31');
    expect(termLastDay('9997-01-02', 3)).toBeNull();
    expect(() => termPeriod('9997-01-02', 3)).toThrow(/^years must be small enough to end by 9999-12-31/);
    expect(termLastDay('9996-12-31', 3, 'anniversary')).toBe('9999-12-31');
    expect(termLastDay('9997-01-01', 3, 'anniversary')).toBeNull();
    expect(termLastDay('2028-02-29', 3)).toBe('2031-02-28');
    expect(termLastDay('2026-03-01', 3)).toBe('2029-02-28');
    expect(termLastDay('2026-03-01', 10_000)).toBeNull();
    expect(termLastDay('2026-03-01', Number.MAX_SAFE_INTEGER)).toBeNull();
    // No term of 0 years in the texts: under a changed value, it ends before it starts.
    expect(termLastDay('2026-03-01', 0)).toBe('2026-02-28');
    expect(termLastDay('2026-03-01', 0, 'anniversary')).toBe('2026-03-01');
    expect(AFTER_LAST_DAY).toEqual({ zh: '9999-12-31以后', en: 'a day after 9999-12-31' });
  });
  it('termLastDay refuses what it cannot count: a fraction, a negative, a start that is no date', () => {
    for (const years of [2.5, -1, Number.NaN])
      expect(() => termLastDay('2026-03-01', years)).toThrow(/^years must be a whole number, 0 or more/);
    expect(() => termLastDay('2026-02-30', 3)).toThrow(/^start/);
  });
  it('termLastDay at its edges: 9999 years from 0001-01-01 end on 9999-12-31; any more never; 29 February', () => {
    expect(termLastDay('0001-01-01', 9999)).toBe('9999-12-31');
    expect(termLastDay('0001-01-02', 9999)).toBeNull();
    expect(termLastDay('0001-01-01', 10_000)).toBeNull();
    // Past safe arithmetic (12 × 1e308 is Infinity): still null, never 'NaN-NaN-NaN'.
    expect(termLastDay('0001-01-01', 1e308)).toBeNull();
    expect(termLastDay('2024-02-29', 1)).toBe('2025-02-28');
    expect(termLastDay('2024-02-28', 1)).toBe('2025-02-27');
    expect(termLastDay('2024-02-29', 4)).toBe('2028-02-28');
    expect(termLastDay('2024-02-29', 1, 'anniversary')).toBe('2025-02-28');
  });
  it('property: termLastDay agrees with termPeriod wherever that counts, and is null exactly past LAST_DAY', () => {
    const day = fc.integer({ min: parseIsoDate('8900-01-01') as number, max: LAST_DAY });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: MAX_YEARS }), fc.boolean(), (start, years, anniversaryReading) => {
        const reading = anniversaryReading ? 'anniversary' : 'day-before';
        const from = formatIsoDate(start);
        const last = termLastDay(from, years, reading);
        const end = addYears(start, years) - (anniversaryReading ? 0 : 1);
        if (end > LAST_DAY + 1) expect(last).toBeNull();
        if (last === null) expect(() => termPeriod(from, years, { reading })).toThrow(InvalidArgumentError);
        else expect(termPeriod(from, years, { reading }).last).toBe(last);
      }),
    );
  });
  it('busiestWindow: a window running past 9999-12-31 is cut there, the count the same', () => {
    expect(busiestWindow(['9999-02-01', '9999-03-01', '9999-12-31'])).toEqual({
      count: 3,
      from: '9999-02-01',
      to: '9999-12-31',
    });
    expect(() => maxInRollingWindow(['9999-02-01'])).toThrow(/^dates\[0\] must be a date whose window/);
    expect(busiestWindow(['2026-04-01', '2026-09-01', '2027-04-01'])).toEqual(
      maxInRollingWindow(['2026-04-01', '2026-09-01', '2027-04-01']),
    );
    expect(busiestWindow([])).toEqual({ count: 0, from: null, to: null });
    expect(() => busiestWindow(['2026-02-30'])).toThrow(/^dates must be/);
  });
});
