// Procedures as timelines: ordered steps, each with a period of the legal-periods kinds
// (A: working days, B: calendar days, C: publicity), chained so that each step counts
// from the previous step's actual end or, when that has not happened yet, its latest.
import { type Calendar, officialCalendar } from '../calendar/calendar.js';
import { type PeriodResult, publicityPeriod, withinDays, withinWorkdays } from '../calendar/periods.js';
import type { Bilingual, Parameter } from './types.js';

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
  /** Happened before the previous step's period was over (approval during publicity). */
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
  asOf: string;
  calendar?: Calendar;
}

/**
 * Dates a procedure: `start` is the first step's event; `done` the dates steps actually
 * happened (a publicity step's date is its first day of publication).
 */
export function timeline(
  steps: readonly StepSpec[],
  start: string,
  done: Readonly<Record<string, string | undefined>>,
  options: TimelineOptions,
): TimelineStep[] {
  const cal = options.calendar ?? officialCalendar;
  const out: TimelineStep[] = [];
  let from = start;
  let projected = false;
  let earliest: string | null = null;
  for (const step of steps) {
    const happened = done[step.id] ?? null;
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
    else if (d.kind === 'publicity')
      status = happened !== null ? (options.asOf > (due as string) ? 'done' : 'pending') : 'pending';
    else if (due === null) status = happened !== null ? 'done' : 'pending';
    else if (happened !== null) {
      status = happened <= due ? 'on_time' : 'late';
      if (status === 'late') lateByWorkdays = cal.workdaysBetween(due, happened);
    } else if (options.asOf > due) {
      status = 'overdue';
      lateByWorkdays = cal.workdaysBetween(due, options.asOf);
    } else status = 'pending';

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
    if (d.kind === 'publicity' && (happened === null || options.asOf <= (due as string))) projected = true;
  }
  return out;
}
