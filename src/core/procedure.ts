// Procedures as timelines: ordered steps, each with a period of the legal-periods kinds
// (A: working days, B: calendar days, C: publicity), chained so that each step counts
// from the previous step's actual end or, when that has not happened yet, its latest.

import * as z from 'zod/mini';
import type { Calendar, CalendarUse } from '../calendar/calendar.js';
import { isIsoDate, parseIsoDate, requireCount, requireIsoDate, todayInChina } from '../calendar/date.js';
import { CalendarRangeError, InvalidArgumentError, readArgument } from '../calendar/errors.js';
import { calendarOf, type PeriodResult, publicityPeriod, withinDays, withinWorkdays } from '../calendar/periods.js';
import { parseFacts, readInput } from './input.js';
import { render } from './messages.js';
import type { Bilingual, InputProblem, Parameter, ProcedureSpec } from './types.js';

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
  /** When the step actually happened, as given; null while it has not happened at the as-of date. */
  done: string | null;
  /**
   * A date recorded for the step that is after the as-of date: the step has not happened
   * yet on that date (a fact dated after asOf does not exist yet), so it is judged as not
   * happened (`done` null, `pending`, `overdue` or `projected`) and later steps count from
   * its latest end, as if the date were not recorded. A date equal to asOf has happened.
   */
  planned?: string;
  status: StepStatus;
  /**
   * For 'late' and 'overdue': working days past `due`, counted to the first working day on
   * or after `done` (or the as-of date) — a filing on a rest day is received the next
   * working day — so a late step is late by at least 1 (see `lateness`).
   */
  lateByWorkdays?: number;
  /** For 'late' and 'overdue': calendar days past `due` (at least 1). */
  lateByDays?: number;
  period?: PeriodResult;
}

/**
 * How late a step done (or judged) on `on` is against its last day `due`, `on` after
 * `due`: calendar days, and working days to the first working day on or after `on` (a
 * document handed in on a rest day is received on the next working day). Both are at
 * least 1: late means at least one day late.
 */
export function lateness(
  cal: Pick<Calendar, 'isWorkday' | 'nextWorkday' | 'workdaysBetween'>,
  due: string,
  on: string,
): { lateByWorkdays: number; lateByDays: number } {
  const received = cal.isWorkday(on) ? on : cal.nextWorkday(on);
  return {
    lateByWorkdays: cal.workdaysBetween(due, received),
    lateByDays: (parseIsoDate(on) as number) - (parseIsoDate(due) as number),
  };
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
 * happened (a publicity step's date is its first day of publication; a date after `asOf`
 * has not happened yet, see `TimelineStep.planned`). The steps only;
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

const DURATION_KINDS = ['workdays', 'days', 'publicity', 'none'] as const;
/** More steps than any procedure of a text has, few enough that a timeline stays quick to build. */
export const MAX_STEPS = 100;

/**
 * The caller's steps read once into the library's own copy, each checked: an id, a
 * label in zh and en, clause ids, and a duration of a known kind with a whole number of
 * days. The functions that take steps are exported, so a step that is not one is the
 * typed error naming it (`steps[2].duration`), never a TypeError from deep inside.
 */
export function readSteps(steps: unknown, name = 'steps'): StepSpec[] {
  const list = readArgument(() => (Array.isArray(steps) ? steps.slice(0, MAX_STEPS + 1) : null), name);
  if (list === null || list.length > MAX_STEPS)
    throw new InvalidArgumentError(name, `an array of at most ${MAX_STEPS} steps`, steps);
  return list.map((raw, i) => {
    const at = `${name}[${i}]`;
    return readArgument(() => {
      const step = raw as Partial<StepSpec> | null;
      if (step === null || typeof step !== 'object') throw new InvalidArgumentError(at, 'a step', raw);
      const { id, label, clauses, duration } = step;
      if (typeof id !== 'string' || id === '') throw new InvalidArgumentError(`${at}.id`, 'a non-empty string', id);
      const zh = label?.zh;
      const en = label?.en;
      if (typeof zh !== 'string' || typeof en !== 'string')
        throw new InvalidArgumentError(`${at}.label`, 'an object of zh and en strings', label);
      if (!Array.isArray(clauses) || clauses.some((c) => typeof c !== 'string'))
        throw new InvalidArgumentError(`${at}.clauses`, 'an array of clause ids', clauses);
      const kind = duration?.kind;
      if (!(DURATION_KINDS as readonly unknown[]).includes(kind))
        throw new InvalidArgumentError(`${at}.duration`, `a duration of kind ${DURATION_KINDS.join(', ')}`, duration);
      const copy: StepSpec = { id, label: { zh, en }, clauses: [...clauses], duration: { kind: 'none' } };
      if (kind !== 'none') {
        const n = (duration as { n?: Parameter<number> }).n;
        // The periods check their own ranges; here only that n is a parameter holding a whole number.
        requireCount(n?.value, `${at}.duration.n.value`, 0, Number.MAX_SAFE_INTEGER);
        copy.duration = { kind, n } as StepDuration;
      }
      return copy;
    }, at);
  });
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
  const specs = readSteps(steps);
  requireIsoDate(start, 'start');
  if (done === null || typeof done !== 'object') throw new InvalidArgumentError('done', 'an object of dates', done);
  // Read once, own keys only: a getter or a Proxy is not read again below.
  const dates: Record<string, string | undefined> = {};
  for (const step of specs) {
    const d = readArgument(() => (Object.hasOwn(done, step.id) ? done[step.id] : undefined), `done.${step.id}`);
    if (d !== undefined) requireIsoDate(d, `done.${step.id}`);
    dates[step.id] = d;
  }
  const { asOf, calendar: cal } = procedureOptions(options);
  const spans: [string, string][] = [];
  const out: TimelineStep[] = [];
  let from = start;
  let projected = false;
  // '' is before every date: no bound yet.
  let earliest = ''; // the last day of a publicity just passed: the next step must come after it
  let lastDone = ''; // the latest date recorded so far
  for (const step of specs) {
    const recorded = dates[step.id] ?? null;
    // A fact dated after asOf does not exist yet: on asOf the step has not happened.
    const planned = recorded !== null && recorded > asOf ? recorded : null;
    const happened = planned === null ? recorded : null;
    const d = step.duration;
    let period: PeriodResult | undefined;
    if (d.kind === 'workdays') period = withinWorkdays(from, d.n.value, { calendar: cal });
    else if (d.kind === 'days') period = withinDays(from, d.n.value, { calendar: cal });
    else if (d.kind === 'publicity')
      period = publicityPeriod(happened ?? cal.nextWorkday(from), d.n.value, { calendar: cal });
    const due = period?.last ?? null;
    if (period) spans.push([period.start, period.last]);
    const stepFrom = d.kind === 'publicity' ? (period?.firstCounted ?? from) : from;

    let status: StepStatus;
    let late: { lateByWorkdays: number; lateByDays: number } | undefined;
    if (happened === null) {
      if (projected) status = 'projected';
      else if (due !== null && d.kind !== 'publicity' && asOf > due) {
        status = 'overdue';
        late = lateness(cal, due, asOf);
        spans.push([due, asOf]);
      } else status = 'pending';
    } else if (
      // Time runs forward: a step done during the publicity before it, before the step it
      // follows (a publicity counts from its own first day), or before any earlier recorded
      // step cannot be on time.
      happened <= earliest ||
      (d.kind !== 'publicity' && happened < from) ||
      happened < lastDone
    )
      status = 'premature';
    else if (due === null) status = 'done';
    else if (d.kind === 'publicity') status = asOf > due ? 'done' : 'pending';
    else if (happened <= due) status = 'on_time';
    else {
      status = 'late';
      late = lateness(cal, due, happened);
      spans.push([due, happened]);
    }

    out.push({
      id: step.id,
      label: step.label,
      clauses: step.clauses,
      from: stepFrom,
      due,
      done: happened,
      ...(planned === null ? {} : { planned }),
      status,
      ...(late ?? {}),
      ...(period ? { period } : {}),
    });
    // A publicity must be over before the next step; other steps only order what follows.
    earliest = d.kind === 'publicity' ? (due as string) : '';
    if ((happened ?? '') > lastDone) lastDone = happened ?? '';
    // Time runs forward: a premature step does not pull the next step's count backwards.
    const next = d.kind === 'publicity' ? (due as string) : (happened ?? due ?? from);
    // Stryker disable next-line EqualityOperator: on equal dates either is the same from
    if (next > from) from = next;
    // Later steps are projections while this one has not happened, or while its publicity runs.
    if (happened === null || (d.kind === 'publicity' && asOf <= (due as string))) projected = true;
  }
  return { steps: out, calendar: cal.use(spans) };
}

/**
 * Time runs forward: each step recorded before an earlier recorded step is an error of
 * the record, citing the step and its clauses.
 */
export function outOfOrder(
  steps: readonly StepSpec[],
  facts: Readonly<Record<string, string | undefined>>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  let latest: { id: string; date: string } | null = null;
  for (const step of steps) {
    const date = Object.hasOwn(facts, step.id) ? facts[step.id] : undefined;
    if (date === undefined) continue;
    if (latest !== null && date < latest.date) {
      const cited = step.clauses.join('、');
      problems.push({
        path: [step.id],
        code: 'out_of_order',
        severity: 'error',
        message: {
          zh: `${step.id}（${date}）早于之前的步骤 ${latest.id}（${latest.date}）（${cited}）`,
          en: `${step.id} (${date}) is before the earlier step ${latest.id} (${latest.date}) (${cited})`,
        },
      });
    } else latest = { id: step.id, date };
  }
  return problems;
}

/** A timeline read from untrusted input: the steps, and the problems with the dates given. */
export interface TimelineResult {
  steps: TimelineStep[];
  problems: InputProblem[];
  /** The calendar the dates were counted on; `provisional` when a date reached past its data. */
  calendar: CalendarUse;
}

/** How a procedure ended other than by running every step, where a policy's dating says (citing its clause). */
export interface ProcedureOutcome {
  /**
   * refused: the text does not allow it (Tianjin: a second recognition in a year, 三（一）);
   * stopped: halted at a step (an objection during publicity, the next step needs "公示无异议");
   * no_publicity: a step left out (a 不合格 evaluation is not published, 四（二）4).
   */
  status: 'refused' | 'stopped' | 'no_publicity';
  clauses: string[];
  reason: Bilingual;
  /** What follows, where the text says; null where it does not (the report says so in `reason`). */
  next: Bilingual | null;
}

/** A procedure dated from a record: its steps, the problems with the record, and how it ended. */
export interface DatedProcedure extends TimelineResult {
  /** Set when the procedure ends other than by running every step. */
  outcome?: ProcedureOutcome;
}

/** The options a procedure's dating may read (ProcedureSpec.reads says which beyond asOf and calendar). */
export interface ProcedureDatingOptions extends TimelineOptions {
  /** Dates of earlier recognitions of the same applicant (a policy that recognises once a year). */
  earlierRecognitions?: readonly string[];
  /** The grade proposed in an evaluation (a policy that publishes only some grades). */
  grade?: 'excellent' | 'good' | 'pass' | 'fail';
}

/**
 * Dates a procedure from a record of dates: with the policy's own `date` where the spec
 * has one, else as a chain of its steps (`timelineFromInput`). The same result as calling
 * the policy's function with the same record and options. Never throws on bad dates.
 */
export function dateProcedure(
  spec: ProcedureSpec,
  dates: unknown,
  options: ProcedureDatingOptions = {},
): DatedProcedure {
  const { steps, date } = readArgument(() => {
    if (spec === null || typeof spec !== 'object') throw new InvalidArgumentError('spec', 'a procedure', spec);
    const own = spec.date;
    if (own !== undefined && typeof own !== 'function') throw new InvalidArgumentError('spec.date', 'a function', own);
    return { steps: readSteps(spec.steps, 'spec.steps'), date: own };
  }, 'spec');
  // Checked before the dating, so that a bad option is the caller's error, never a date problem.
  const { calendar } = procedureOptions(options);
  try {
    return date ? date.call(spec, dates, options) : timelineFromInput(steps, dates, options);
  } catch (error) {
    // A policy's own dating may count past the calendar's data (an order of 20 December
    // with a deadline in January): a problem of the record, as in timelineFromInput.
    if (!(error instanceof CalendarRangeError)) throw error;
    return { steps: [], problems: [outsideCalendar(error)], calendar: calendar.use([]) };
  }
}

/** A date past the calendar's data, recorded or reached by counting, as a problem of the record. */
function outsideCalendar(error: CalendarRangeError): InputProblem {
  const { date, range, missingYear } = error;
  return {
    path: [],
    code: 'outside_calendar',
    severity: 'error',
    message: render('outside_calendar', { year: missingYear, date, from: range.from, to: range.to }),
  };
}

/**
 * `timeline` over a record of step dates that has not been validated: each date must be
 * `YYYY-MM-DD`, unknown step ids are reported, and the first step's date is required.
 * Never throws on bad dates; a date the calendar has no data for is a problem too
 * (`outside_calendar`). The options are the caller's code, not the record: a bad one throws
 * `InvalidArgumentError`.
 */
export function timelineFromInput(
  steps: readonly StepSpec[],
  dates: unknown,
  options: TimelineOptions,
  /** A publicity "公示无异议" ends: the record may carry an `objection`, which stops the procedure there. */
  objection?: { nextClause: string },
): DatedProcedure {
  const { asOf, calendar: cal } = procedureOptions(options);
  const shape = Object.fromEntries(steps.map((s) => [s.id, z.optional(isoDateSchema)]));
  const schema = z.strictObject(objection ? { ...shape, objection: z.optional(isoDateSchema) } : shape);
  const read = readInput(dates);
  const parsed = parseFacts(schema, read.value);
  const problems = [...read.problems, ...parsed.problems];
  const { objection: objectedOn, ...facts } = (parsed.facts ?? {}) as Record<string, string | undefined>;
  const first = steps[0]?.id ?? '';
  const start = facts[first];
  if (start === undefined) {
    problems.push({
      path: [first],
      code: 'missing',
      severity: 'error',
      message: { zh: `缺少起始日期 ${first}`, en: `The starting date ${first} is missing` },
    });
    return { steps: [], problems, calendar: cal.use([]) };
  }
  for (const p of outOfOrder(steps, facts)) problems.push(p);
  try {
    const result = { ...procedureTimeline(steps, start, facts, { asOf, calendar: cal }), problems };
    return objection ? stopOnObjection(result, objectedOn, objection.nextClause, asOf) : result;
  } catch (error) {
    // A date past the calendar's data, recorded or reached by counting: a problem, like a bad date.
    if (!(error instanceof CalendarRangeError)) throw error;
    problems.push(outsideCalendar(error));
    return { steps: [], problems, calendar: cal.use([]) };
  }
}

const isoDateSchema = z.string().check(z.refine(isIsoDate, { params: { code: 'invalid_date' } }));

const AFTER_OBJECTION_NOT_SET: Bilingual = {
  zh: '文件未规定异议之后如何处理（复核、撤回或重新公示），以主管部门决定为准',
  en: 'The text does not say what follows an objection (review, withdrawal or a new publicity): the authority decides',
};

/**
 * An objection dated after `asOf` has not been raised on that date (a fact dated after
 * asOf does not exist yet): the warning a procedure gives instead of stopping.
 */
export function objectionNotYetRaised(objection: string, asOf: string): InputProblem {
  return {
    path: ['objection'],
    code: 'objection_after_as_of',
    severity: 'warning',
    message: {
      zh: `异议日期${objection}晚于检查日期${asOf}，截至检查日期尚未提出，未作为异议处理`,
      en: `The objection of ${objection} is after the as-of date ${asOf}: not yet raised on that date, not treated as one`,
    },
  };
}

/**
 * An objection dated inside the publicity (the step `publicity`, its first to its last
 * day) stops the procedure there when the next step needs "公示无异议" (`nextClause`).
 * The steps after the publicity are left out; a date recorded for one of them is a
 * warning, and an objection outside the publicity is one too. An objection dated after
 * `asOf` has not been raised yet on that date: a warning, and the procedure goes on.
 */
export function stopOnObjection(
  result: DatedProcedure,
  objection: string | undefined,
  nextClause: string,
  asOf: string,
): DatedProcedure {
  if (objection === undefined) return result;
  if (objection > asOf) {
    result.problems.push(objectionNotYetRaised(objection, asOf));
    return result;
  }
  const at = result.steps.findIndex((s) => s.id === 'publicity');
  const publicity = result.steps[at];
  if (!publicity?.done || !publicity.due || objection < publicity.done || objection > publicity.due) {
    result.problems.push({
      path: ['objection'],
      code: 'objection_outside_publicity',
      severity: 'warning',
      message: {
        zh: `异议日期${objection}不在公示期内，未作为公示期异议处理`,
        en: `The objection of ${objection} is not inside the publicity period: not treated as one`,
      },
    });
    return result;
  }
  for (const later of result.steps.slice(at + 1)) {
    if (later.done !== null)
      result.problems.push({
        path: [later.id],
        code: 'after_objection',
        severity: 'warning',
        message: {
          zh: `公示期内有异议（${objection}），${later.id}（${later.done}）须待异议处理`,
          en: `An objection was raised during publicity (${objection}); ${later.id} (${later.done}) waits on it`,
        },
      });
  }
  return {
    ...result,
    steps: result.steps.slice(0, at + 1),
    outcome: {
      status: 'stopped',
      clauses: [...publicity.clauses, nextClause],
      reason: {
        zh: `公示期内有异议（${objection}）：${nextClause}以“公示无异议”为前提，程序在公示后停止。${AFTER_OBJECTION_NOT_SET.zh}`,
        en: `An objection during publicity (${objection}): ${nextClause} needs a publicity without objection, so the procedure stops after it. ${AFTER_OBJECTION_NOT_SET.en}`,
      },
      next: null,
    },
  };
}
