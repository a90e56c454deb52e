// Issue 10, item 3: every period, deadline and timeline result records the calendar it
// used. The test walks the exported functions, so a new day-counting export that is not
// listed here, with a call, fails it.
import { describe, expect, it } from 'vitest';
import { type CalendarUse, createCalendar } from '../../src/calendar/index.js';
import type { ProcedureSpec } from '../../src/core/types.js';
import * as root from '../../src/index.js';
import { recognitionSteps } from '../../src/policies/tianjin/procedures.js';

const supplied = createCalendar({
  years: [{ year: 2027, source: 'invented-2027.json', days: [{ date: '2027-01-01', name: '元旦', isOffDay: true }] }],
});
const provisional = createCalendar({ fallback: 'weekends' });
const asOf = '2026-12-01';

/** Each exported function that counts days, called on a calendar; returns the provenance it carries. */
const COUNTING: Record<string, (calendar: root.calendar.Calendar) => CalendarUse | undefined> = {
  'calendar.withinWorkdays': (calendar) => root.calendar.withinWorkdays('2026-12-28', 10, { calendar }).calendar,
  'calendar.withinDays': (calendar) => root.calendar.withinDays('2026-12-28', 10, { calendar }).calendar,
  'calendar.publicityPeriod': (calendar) => root.calendar.publicityPeriod('2026-12-28', 5, { calendar }).calendar,
  timeline: (calendar) =>
    root.timeline(recognitionSteps, '2026-12-15', {}, { asOf, calendar }).find((s) => s.id === 'cityReview')?.period
      ?.calendar,
  procedureTimeline: (calendar) =>
    root.procedureTimeline(recognitionSteps, '2026-12-15', {}, { asOf, calendar }).calendar,
  'tianjin.changeFiling': (calendar) => root.tianjin.changeFiling('2026-12-28', undefined, { asOf, calendar }).calendar,
  'tianjin.rectification': (calendar) => root.tianjin.rectification('2026-12-20', {}, { asOf, calendar }).calendar,
  'tianjin.recognitionTimeline': (calendar) =>
    root.tianjin.recognitionTimeline({ application: '2026-12-15' }, { asOf, calendar }).calendar,
  'tianjin.evaluationTimeline': (calendar) =>
    // Dated on the publicity day: a date after asOf would be a planned step, not a start.
    root.tianjin.evaluationTimeline({ launch: '2026-12-01', publicity: '2026-12-28' }, { asOf: '2026-12-28', calendar })
      .calendar,
  'tianjin.supervisionTimeline': (calendar) =>
    root.tianjin.supervisionTimeline({ changedOn: '2026-12-28' }, { asOf, calendar }).calendar,
  // A chain (no dating of its own), and a spec that dates itself.
  dateProcedure: (calendar) =>
    root.dateProcedure(
      { id: 'p', label: { zh: 'p', en: 'p' }, steps: recognitionSteps },
      { application: '2026-12-15' },
      {
        asOf,
        calendar,
      },
    ).calendar,
  'dateProcedure (own dating)': (calendar) =>
    root.dateProcedure(
      root.tianjin.tianjinPolicy.procedures.find((p) => p.id === 'supervision') as ProcedureSpec,
      { orderedOn: '2026-12-20' },
      { asOf, calendar },
    ).calendar,
};

/** Exported functions that do not count working days, and why. */
const NOT_COUNTING = new Set([
  // The calendar's own primitives return a date, a number or a day: no result object to carry it.
  'calendar.isWorkday',
  'calendar.addWorkdays',
  'calendar.workdaysBetween',
  'calendar.nextWorkday',
  'calendar.previousWorkday',
  'calendar.dayInfo',
  'calendar.calendarRange',
  'calendar.createCalendar',
  'calendar.isIsoDate',
  'calendar.todayInChina',
  'calendar.crossCheckYear',
  // The statutory holidays of a year, by the 放假办法: a list of days, no period.
  'calendar.statutoryHolidays',
  // Kinds D, E and F count years, months and quarters, never working days (Civil Code arts. 201–202).
  'calendar.termPeriod',
  'calendar.termYear',
  'calendar.termYearOn',
  'calendar.anniversary',
  'calendar.elapsed',
  'calendar.quartersBetween',
  'calendar.maxInRollingWindow',
  // Counts spot checks per calendar year.
  'tianjin.yearsWithoutSpotCheck',
  'tianjin.spotCheckYears',
  // Tianjin's names and checks: no dates counted.
  'tianjin.tianjinStudioName',
  'tianjin.validateTianjinStudioName',
  // Check and grade: their reports carry dates judged, not periods counted on the calendar.
  'tianjin.check',
  'tianjin.evaluate',
  // Renderers of results that carry their own provenance.
  'timelineToIcs',
  'deadlineToIcs',
]);

function exportedFunctions(): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (typeof value === 'function' && !/^[A-Z]/u.test(key)) names.push(key);
    if (key === 'calendar' || key === 'tianjin' || key === 'national') {
      for (const [k, v] of Object.entries(value as object))
        if (typeof v === 'function' && !/^[A-Z]/u.test(k)) names.push(`${key}.${k}`);
    }
  }
  return names;
}

describe('calendar provenance on every day-counting result', () => {
  it('every exported function is either checked here or listed as not counting days', () => {
    // Every function of the calendar and of Tianjin, and any other whose name speaks of dates.
    const candidates = exportedFunctions().filter(
      (n) =>
        n.startsWith('calendar.') || n.startsWith('tianjin.') || /timeline|deadline|period|workday|filing/iu.test(n),
    );
    expect(candidates.length).toBeGreaterThan(25);
    expect(candidates.filter((n) => !(n in COUNTING) && !NOT_COUNTING.has(n))).toEqual([]);
  });
  for (const [name, call] of Object.entries(COUNTING)) {
    it(`${name}: built-in, supplied and provisional`, () => {
      // The built-in calendar alone cannot reach 2027: a result inside 2026 carries its provenance.
      const builtIn = (() => {
        try {
          return call(root.calendar.officialCalendar);
        } catch (e) {
          expect(e).toBeInstanceOf(root.calendar.CalendarRangeError);
          return 'range';
        }
      })();
      if (builtIn !== 'range') expect(builtIn).toMatchObject({ source: 'built-in', provisional: null });
      expect(call(supplied)).toMatchObject({
        source: 'supplied',
        supplied: ['invented-2027.json'],
        lastOfficialYear: 2027,
        provisional: null,
      });
      const p = call(provisional);
      expect(p).toMatchObject({ source: 'built-in', fallback: 'weekends', builtInLastYear: 2026 });
      expect(p?.dataVersion).toMatch(/^holiday-cn 2007–2026 sha256:[0-9a-f]{12}$/u);
      expect(p?.provisional?.years).toEqual([2027]);
    });
  }
  it('a result inside the data on the official calendar says built-in, not provisional', () => {
    const r = root.tianjin.changeFiling('2026-02-10', '2026-03-02', { asOf: '2026-03-10' });
    expect(r.calendar).toMatchObject({
      source: 'built-in',
      lastOfficialYear: 2026,
      fallback: 'error',
      provisional: null,
    });
  });
  it('lateness counted past the data makes a deadline provisional too', () => {
    const r = root.tianjin.changeFiling('2026-11-02', undefined, { asOf: '2027-01-20', calendar: provisional });
    expect(r.period.provisional).toBe(false);
    expect(r.status).toBe('overdue');
    expect(r.calendar.provisional).toMatchObject({ from: '2027-01-01', to: '2027-01-20' });
  });
});
