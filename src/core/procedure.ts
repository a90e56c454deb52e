// Procedures as timelines: ordered steps, each with a period of the legal-periods kinds
// (A: working days, B: calendar days, C: publicity), chained so that each step counts
// from the previous step's actual end or, when that has not happened yet, its latest.

import * as z from 'zod/mini';
import { type Calendar, type CalendarUse, officialCalendar } from '../calendar/calendar.js';
import { isIsoDate, requireIsoDate, todayInChina } from '../calendar/date.js';
import { InvalidArgumentError, readArgument } from '../calendar/errors.js';
import { calendarOf, type PeriodResult, publicityPeriod, withinDays, withinWorkdays } from '../calendar/periods.js';
import { parseFacts, readInput } from './input.js';
import { render } from './messages.js';
import type { Bilingual, InputProblem, Parameter } from './types.js';

export type StepDuration =
  | { kind: 'workdays'; n: Parameter<number> }
  | { kind: 'days'; n: Parameter<number> }
  | { kind: 'publicity'; n: Parameter<number> }
  | { kind: 'none' };

export interface StepSpec {
  id: string;
  label: Bilingual;
  clauses: string[];
  duration: StepDuration;
}

export type StepStatus =
  /** A step without a deadline that has happened. */
  | 'done'
  | 'on_time'
  | 'late'
  /** Happened before the previous step's period was over (approval during publicity), or before the previous step. */
  | 'premature'
  /** Not yet happened, not yet due. */
  | 'pending'
  /** Not yet happened and past due at the as-of date. */
  | 'overdue'
  /** An earlier step has not happened: dates are projections from its latest end. */
  | 'projected';

export interface TimelineStep {
  id: string;
  label: Bilingual;
  clauses: string[];
  /** The date the step's period counts from (the previous step's end, or a publicity's first day). */
  from: string;
  /** The last permitted day; null for a step without a deadline. */
  due: string | null;
  /** When the step actually happened, as given. */
  done: string | null;
  status: StepStatus;
  /** For 'late' and 'overdue': working days past `due` (to `done`, or to the as-of date). */
  lateByWorkdays?: number;
  period?: PeriodResult;
}

export interface TimelineOptions {
  /** The date to judge pending steps at; today in China by default. */
  asOf?: string;
  calendar?: Calendar;
}

/**
 * Reads the options of a procedure function: `asOf` a real date (today in China when
 * absent), `calendar` a Calendar. A bad one throws `InvalidArgumentError` naming it.
 */
export function procedureOptions(options: unknown): { asOf: string; calendar: Calendar } {
  const calendar = calendarOf(options);
  const asOf = readArgument(() => (options as TimelineOptions | undefined)?.asOf, 'options.asOf');
  if (asOf === undefined) return { asOf: todayInChina(), calendar };
  requireIsoDate(asOf, 'options.asOf');
  return { asOf, calendar };
}

/** A dated procedure and the calendar its dates were counted on. */
export interface DatedTimeline {
  steps: TimelineStep[];
  /** Built-in or supplied calendar, and the provisional days when a date reached past the data. */
  calendar: CalendarUse;
}

/**
 * Dates a procedure: `start` is the first step's event; `done` the dates steps actually
 * happened (a publicity step's date is its first day of publication). The steps only;
 * `procedureTimeline` gives the calendar used as well.
 */
export function timeline(
  steps: readonly StepSpec[],
  start: string,
  done: Readonly<Record<string, string | undefined>>,
  options: TimelineOptions = {},
): TimelineStep[] {
  return procedureTimeline(steps, start, done, options).steps;
}

/**
 * `timeline` with the calendar it counted on. Arguments are checked: `start` and every
 * date in `done` real `YYYY-MM-DD` dates, else `InvalidArgumentError` naming it
 * (`done.cityReview`).
 */
export function procedureTimeline(
  steps: readonly StepSpec[],
  start: string,
  done: Readonly<Record<string, string | undefined>>,
  options: TimelineOptions = {},
): DatedTimeline {
  if (!Array.isArray(steps)) throw new InvalidArgumentError('steps', 'an array of steps', steps);
  requireIsoDate(start, 'start');
  if (done === null || typeof done !== 'object') throw new InvalidArgumentError('done', 'an object of dates', done);
  // Read once, own keys only: a getter or a Proxy is not read again below.
  const dates: Record<string, string | undefined> = {};
  for (const step of steps) {
    const d = readArgument(() => (Object.hasOwn(done, step.id) ? done[step.id] : undefined), `done.${step.id}`);
    if (d !== undefined) requireIsoDate(d, `done.${step.id}`);
    dates[step.id] = d;
  }
  const { asOf, calendar: cal } = procedureOptions(options);
  const spans: [string, string][] = [];
  const out: TimelineStep[] = [];
  let from = start;
  let projected = false;
  let earliest: string | null = null;
  for (const step of steps) {
    const happened = dates[step.id] ?? null;
    const d = step.duration;
    let period: PeriodResult | undefined;
    if (d.kind === 'workdays') period = withinWorkdays(from, d.n.value, { calendar: cal });
    else if (d.kind === 'days') period = withinDays(from, d.n.value, { calendar: cal });
    else if (d.kind === 'publicity')
      period = publicityPeriod(happened ?? cal.nextWorkday(from), d.n.value, { calendar: cal });
    const due = period?.last ?? null;
    const stepFrom = d.kind === 'publicity' ? (period?.firstCounted ?? from) : from;

    let status: StepStatus;
    let lateByWorkdays: number | undefined;
    if (projected && happened === null) status = 'projected';
    else if (happened !== null && earliest !== null && happened <= earliest) status = 'premature';
    // Time runs forward: a step recorded before the step it follows cannot be on time.
    else if (happened !== null && d.kind !== 'publicity' && happened < from) status = 'premature';
    else if (d.kind === 'publicity')
      status = happened !== null ? (asOf > (due as string) ? 'done' : 'pending') : 'pending';
    else if (due === null) status = happened !== null ? 'done' : 'pending';
    else if (happened !== null) {
      status = happened <= due ? 'on_time' : 'late';
      if (status === 'late') lateByWorkdays = cal.workdaysBetween(due, happened);
    } else if (asOf > due) {
      status = 'overdue';
      lateByWorkdays = cal.workdaysBetween(due, asOf);
    } else status = 'pending';

    if (period) spans.push([period.start, period.last]);
    if (lateByWorkdays !== undefined && due !== null) spans.push([due, happened ?? asOf]);
    out.push({
      id: step.id,
      label: step.label,
      clauses: step.clauses,
      from: stepFrom,
      due,
      done: happened,
      status,
      ...(lateByWorkdays !== undefined ? { lateByWorkdays } : {}),
      ...(period ? { period } : {}),
    });
    // A publicity must be over before the next step; other steps only order what follows.
    earliest = d.kind === 'publicity' ? due : null;
    if (d.kind === 'publicity') from = due as string;
    else from = happened ?? due ?? from;
    if (happened === null && d.kind !== 'publicity') projected = true;
    if (d.kind === 'publicity' && (happened === null || asOf <= (due as string))) projected = true;
  }
  return { steps: out, calendar: cal.use(spans) };
}

/** A timeline read from untrusted input: the steps, and the problems with the dates given. */
export interface TimelineResult {
  steps: TimelineStep[];
  problems: InputProblem[];
}

/**
 * `timeline` over a record of step dates that has not been validated: each date must be
 * `YYYY-MM-DD`, unknown step ids are reported, and the first step's date is required.
 * Never throws on bad dates; a date outside the calendar's years is a problem too.
 */
export function timelineFromInput(
  steps: readonly StepSpec[],
  dates: unknown,
  options: { asOf?: string; calendar?: Calendar },
): TimelineResult {
  const schema = z.strictObject(Object.fromEntries(steps.map((s) => [s.id, z.optional(isoDateSchema)])));
  const read = readInput(dates);
  const parsed = parseFacts(schema, read.value);
  const problems = [...read.problems, ...parsed.problems];
  const facts = (parsed.facts ?? {}) as Record<string, string | undefined>;
  const first = steps[0]?.id ?? '';
  const start = facts[first];
  if (start === undefined) {
    problems.push({
      path: [first],
      code: 'missing',
      severity: 'error',
      message: { zh: `缺少起始日期 ${first}`, en: `The starting date ${first} is missing` },
    });
    return { steps: [], problems };
  }
  // Time runs forward: a step recorded before an earlier step happened is a problem.
  let latest: { id: string; date: string } | null = null;
  for (const step of steps) {
    const date = facts[step.id];
    if (date === undefined) continue;
    if (latest !== null && date < latest.date)
      problems.push({
        path: [step.id],
        code: 'out_of_order',
        severity: 'error',
        message: {
          zh: `${step.id}（${date}）早于之前的步骤 ${latest.id}（${latest.date}）`,
          en: `${step.id} (${date}) is before the earlier step ${latest.id} (${latest.date})`,
        },
      });
    else latest = { id: step.id, date };
  }
  const asOf = options.asOf !== undefined && isIsoDate(options.asOf) ? options.asOf : todayInChina();
  try {
    return { steps: timeline(steps, start, facts, { asOf, calendar: options.calendar ?? officialCalendar }), problems };
  } catch (error) {
    problems.push({
      path: [],
      code: 'invalid_input',
      severity: 'error',
      message: render('invalid_input', { detail: error instanceof Error ? error.message : String(error) }),
    });
    return { steps: [], problems };
  }
}

const isoDateSchema = z.string().check(z.refine(isIsoDate, { params: { code: 'invalid_date' } }));
