// Issue 10, "Done when": deadlines that cross into 2027, with an invented 2027 year file,
// without it (a one-line error naming the missing year and how to supply it), and
// provisionally (weekends only past the data, every such answer marked).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarRangeError, createCalendar, publicityPeriod } from '../../src/calendar/index.js';
import { requireYearFile } from '../../src/calendar/year-file.js';
import { changeFiling, recognitionTimeline } from '../../src/policies/tianjin/index.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
// INVENTED test data: 2027-01-01 (a Friday) a rest day; not the real 2027 arrangement.
const invented = createCalendar({ years: [requireYearFile(fixture('invented-2027.json'), 'invented-2027.json')] });
const provisional = createCalendar({ fallback: 'weekends' });
const asOf = '2026-12-01';

describe('a change filing from 2026-12-28 (五（三）, 10 working days)', () => {
  it('with the invented 2027 file: 12-29, 30, 31, then 01-04…08 and 01-11, 12 (01-01 a rest day)', () => {
    const r = changeFiling('2026-12-28', undefined, { asOf, calendar: invented });
    expect(r.due).toBe('2027-01-12');
    expect(r.calendar).toMatchObject({ source: 'supplied', supplied: ['invented-2027.json'], provisional: null });
    expect(r.period.provisional).toBe(false);
  });
  it('without it: CalendarRangeError in one line, naming 2027 and how to supply it', () => {
    let error: unknown;
    try {
      changeFiling('2026-12-28', undefined, { asOf });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarRangeError);
    const e = error as CalendarRangeError;
    expect(e.missingYear).toBe(2027);
    expect(e.message).not.toContain('\n');
    expect(e.message).toMatch(/no working-day data for 2027/);
    for (const how of ['--calendar FILE', 'CHUANGYE_CALENDAR', '{ year, offDays, workdays }', '--provisional'])
      expect(e.message).toContain(how);
  });
  it('provisionally: 01-01 counted as a working day, the answer marked with its dates and year', () => {
    const r = changeFiling('2026-12-28', undefined, { asOf, calendar: provisional });
    expect(r.due).toBe('2027-01-11');
    expect(r.calendar.provisional).toMatchObject({ from: '2027-01-01', to: '2027-01-11', years: [2027] });
    expect(r.calendar.provisional?.message.en).toMatch(/may move when it is published/);
    expect(r.period.provisional).toBe(true);
  });
  it('a period that stays inside the data is not provisional, even on a provisional calendar', () => {
    const r = changeFiling('2026-11-02', undefined, { asOf, calendar: provisional });
    expect(r.calendar.provisional).toBeNull();
  });
});

describe('a recognition timeline from 2026-12-15 (三（一）)', () => {
  const step = (r: ReturnType<typeof recognitionTimeline>, id: string) => r.steps.find((s) => s.id === id);
  it('with the invented file: the city review, 7 working days after 12-24, is due 2027-01-05', () => {
    const r = recognitionTimeline({ application: '2026-12-15' }, { asOf, calendar: invented });
    expect(r.problems).toEqual([]);
    expect(step(r, 'initialReview')?.due).toBe('2026-12-24');
    expect(step(r, 'cityReview')?.due).toBe('2027-01-05');
    expect(r.calendar.provisional).toBeNull();
  });
  it('without it: a problem of the record naming 2027 and how to supply it (a record never throws)', () => {
    const r = recognitionTimeline({ application: '2026-12-15' }, { asOf });
    expect(r.steps).toEqual([]);
    expect(r.problems).toMatchObject([
      {
        code: 'outside_calendar',
        message: { en: expect.stringMatching(/^No working-day data for 2027 .*--calendar FILE.*--provisional/) },
      },
    ]);
  });
  it('provisionally: due 2027-01-04 and marked, with the publicity after it', () => {
    const r = recognitionTimeline({ application: '2026-12-15' }, { asOf, calendar: provisional });
    expect(step(r, 'cityReview')?.due).toBe('2027-01-04');
    expect(step(r, 'cityReview')?.period?.provisional).toBe(true);
    expect(step(r, 'initialReview')?.period?.provisional).toBe(false);
    expect(r.calendar.provisional).toMatchObject({ from: '2027-01-01', years: [2027] });
    expect(step(r, 'publicity')?.due).toBe('2027-01-11');
  });
});

describe('a 5-working-day publicity from 2026-12-28 (kind C)', () => {
  it('with the invented file: 12-28…31 and 2027-01-04', () => {
    const r = publicityPeriod('2026-12-28', 5, { calendar: invented });
    expect(r.last).toBe('2027-01-04');
    expect(r.skipped.find((s) => s.from === '2027-01-01')?.holiday?.zh).toBe('元旦');
  });
  it('without it: CalendarRangeError for 2027', () => {
    expect(() => publicityPeriod('2026-12-28', 5)).toThrow(CalendarRangeError);
  });
  it('provisionally: 2027-01-01, marked as such', () => {
    const r = publicityPeriod('2026-12-28', 5, { calendar: provisional });
    expect(r.last).toBe('2027-01-01');
    expect(r.calendar?.provisional).toMatchObject({ from: '2027-01-01', to: '2027-01-01', years: [2027] });
  });
});

describe('the two year-file formats', () => {
  it('the minimal format gives the same calendar as the holiday-cn one', () => {
    const minimal = createCalendar({ years: [requireYearFile(fixture('invented-2027-minimal.json'), 'min.json')] });
    for (let d = 0; d < 365; d++) {
      const date = new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10);
      expect(minimal.dayInfo(date).workday).toBe(invented.dayInfo(date).workday);
    }
    expect(minimal.dayInfo('2027-02-20').kind).toBe('makeup_workday');
  });
});
