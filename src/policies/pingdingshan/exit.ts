// 第十一条（四）: when a recognised studio leaves the list — naturally (the host's legal
// personality ended; a year or more without a qualified mentor and unfit to continue; the
// host's own request) or by force (failed assessment still short after the deadline;
// serious fraud; misuse of the subsidy with serious consequences; serious misconduct).
// "Serious" and "unfit to continue" are judgements the caller attests, never guessed.
import * as z from 'zod/mini';
import type { Calendar } from '../../calendar/calendar.js';
import { anniversaryOfValid, isIsoDate, todayInChina } from '../../calendar/date.js';
import { CalendarRangeError } from '../../calendar/errors.js';
import { calendarOf } from '../../calendar/periods.js';
import { parseFacts, readInput } from '../../core/input.js';
import type { Bilingual, InputProblem } from '../../core/types.js';
import { isoDate } from '../national/schema.js';
import * as p from './parameters.js';

const events = <T extends z.core.$ZodShape>(shape: T) =>
  z.optional(z.array(z.strictObject({ date: isoDate, ...shape })).check(z.maxLength(1000)));

/**
 * A studio's dated history. Reading: the history is complete for events (an event not
 * listed did not happen by the as-of date); a judgement an event needs ("serious",
 * "unfit to continue") is unknown until attested.
 */
export const exitHistorySchema = z.strictObject({
  studio: z.optional(z.string().check(z.maxLength(500))),
  /** The day the host's legal personality ended (机构设置调整等情形终止法人资格). */
  hostLegalPersonEndedOn: z.optional(isoDate),
  /** The day the host applied to deregister the studio (自主申请要求注销). */
  hostRequestedExitOn: z.optional(isoDate),
  /** The day the last qualified mentor left, when none has come since. */
  lastQualifiedMentorLeftOn: z.optional(isoDate),
  /** "不适合存续": the city's judgement, attested. */
  unfitToContinue: z.optional(z.boolean()),
  /** Assessments found failing (经考核评估不合格), with their rectification deadline and result. */
  failedAssessments: events({
    rectificationDeadline: z.optional(isoDate),
    /** Whether the studio met the standard by the deadline (整改达标). */
    rectified: z.optional(z.boolean()),
  }),
  /** Fraud found in the recognition or in reported results (弄虚作假), and whether serious. */
  fraud: events({ serious: z.optional(z.boolean()) }),
  /** Subsidy used against the financial rules, and whether with serious consequences or bad social effect. */
  fundMisuse: events({ seriousConsequences: z.optional(z.boolean()) }),
  /** Breaches of discipline, ethics or norms (违纪失德失范), and whether serious. */
  misconduct: events({ serious: z.optional(z.boolean()) }),
});
export type ExitHistory = z.infer<typeof exitHistorySchema>;

export type GroundStatus = 'met' | 'not_met' | 'unknown';

export interface ExitGround {
  id: string;
  kind: 'natural' | 'forced';
  clauses: string[];
  status: GroundStatus;
  /** The day the ground was first met, where the history dates it. */
  since?: string;
  /** For 'unknown': the input paths that would decide it. */
  missing?: string[];
  message: Bilingual;
}

export interface ExitAssessment {
  asOf: string;
  /** 'yes' when a ground is met; 'unknown' when none is but one is open; else 'no'. */
  mustExit: 'yes' | 'no' | 'unknown';
  /** Forced when a forced ground is met (撤销), else natural (注销); null when no ground is met. */
  kind: 'natural' | 'forced' | null;
  /** Every ground of 第十一条（四）1–2 with its status. */
  grounds: ExitGround[];
  /** 第十一条（四）: the city bureau deregisters or revokes by a document and removes the plaque. */
  consequence: Bilingual | null;
  clauses: string[];
  problems: InputProblem[];
}

const NATURAL = '第十一条（四）1';
const FORCED = '第十一条（四）2';

function dated(
  id: string,
  kind: ExitGround['kind'],
  date: string | undefined,
  asOf: string,
  label: Bilingual,
): ExitGround {
  // Stryker disable next-line ConditionalExpression: both dated grounds are natural today; the kind picks the clause should a forced one come
  const clauses = [kind === 'natural' ? NATURAL : FORCED];
  // Stryker disable next-line ConditionalExpression: undefined <= asOf is false too; the test states the intent and narrows the type
  if (date !== undefined && date <= asOf)
    return {
      id,
      kind,
      clauses,
      status: 'met',
      since: date,
      message: { zh: `${label.zh}（${date}）`, en: `${label.en} (${date})` },
    };
  if (date !== undefined) return { id, kind, clauses, status: 'not_met', message: afterAsOf(label, date, asOf) };
  return { id, kind, clauses, status: 'not_met', message: { zh: `无：${label.zh}`, en: `None: ${label.en}` } };
}

/** A fact dated after the as-of date has not happened yet: not counted, and said. */
function afterAsOf(label: Bilingual, date: string, asOf: string): Bilingual {
  return {
    zh: `${label.zh}：所载日期${date}晚于评估日${asOf}，未计入`,
    en: `${label.en}: dated ${date}, after the as-of date ${asOf}: not counted`,
  };
}

/** Events by `asOf` that meet a ground once their judgement is attested true. */
function judged<E extends { date: string }>(
  id: string,
  list: readonly E[] | undefined,
  key: string,
  judgement: (e: E) => boolean | undefined,
  asOf: string,
  label: Bilingual,
): ExitGround {
  const clauses = [FORCED];
  const open: string[] = [];
  const later: string[] = [];
  for (const [i, e] of (list ?? []).entries()) {
    if (e.date > asOf) {
      later.push(e.date);
      continue;
    }
    const j = judgement(e);
    if (j === true)
      return {
        id,
        kind: 'forced',
        clauses,
        status: 'met',
        since: e.date,
        message: { zh: `${label.zh}（${e.date}）`, en: `${label.en} (${e.date})` },
      };
    if (j === undefined) open.push(`${id}.${i}.${key}`);
  }
  if (open.length > 0)
    return {
      id,
      kind: 'forced',
      clauses,
      status: 'unknown',
      missing: open,
      message: { zh: `${label.zh}：情节是否严重须经认定`, en: `${label.en}: whether it is serious must be attested` },
    };
  return {
    id,
    kind: 'forced',
    clauses,
    status: 'not_met',
    message:
      later.length > 0 ? afterAsOf(label, later.join('、'), asOf) : { zh: `无：${label.zh}`, en: `None: ${label.en}` },
  };
}

function noMentor(h: ExitHistory, asOf: string): ExitGround {
  const id = 'noQualifiedMentor';
  const clauses = [NATURAL];
  const label = {
    zh: '一年及以上无符合条件的创业导师，不适合存续',
    en: 'A year or more without a qualified mentor, unfit to continue',
  };
  const left = h.lastQualifiedMentorLeftOn;
  if (left === undefined || left > asOf)
    return {
      id,
      kind: 'natural',
      clauses,
      status: 'not_met',
      message: left === undefined ? { zh: `无：${label.zh}`, en: `None: ${label.en}` } : afterAsOf(label, left, asOf),
    };
  const reached = anniversaryOfValid(left, p.noMentorYears.value);
  // A year that would end after 9999-12-31 is not reached on any date.
  if (reached === null || asOf < reached)
    return {
      id,
      kind: 'natural',
      clauses,
      status: 'not_met',
      message:
        reached === null
          ? {
              zh: `最后一位符合条件的创业导师于${left}离开，至9999-12-31仍不满一年`,
              en: `The last qualified mentor left on ${left}; a year is not reached by 9999-12-31`,
            }
          : {
              zh: `最后一位符合条件的创业导师于${left}离开，${reached}起方满一年`,
              en: `The last qualified mentor left on ${left}; a year is reached on ${reached}`,
            },
    };
  if (h.unfitToContinue === undefined)
    return {
      id,
      kind: 'natural',
      clauses,
      status: 'unknown',
      since: reached,
      missing: ['unfitToContinue'],
      message: {
        zh: `自${left}起已满一年无符合条件的创业导师；是否“不适合存续”须经认定`,
        en: `No qualified mentor for a year since ${left}; whether it is unfit to continue must be attested`,
      },
    };
  return h.unfitToContinue
    ? {
        id,
        kind: 'natural',
        clauses,
        status: 'met',
        since: reached,
        message: { zh: `${label.zh}（自${left}）`, en: `${label.en} (since ${left})` },
      }
    : {
        id,
        kind: 'natural',
        clauses,
        status: 'not_met',
        message: {
          zh: '已满一年无符合条件的创业导师，但认定适合存续',
          en: 'A year without a qualified mentor, but found fit to continue',
        },
      };
}

/**
 * The last day to rectify: the deadline the bureau set, moved to the next working day when
 * it falls on a rest day (Civil Code art. 203: a time limit for an act). Null when the
 * calendar has no data for it.
 */
function lastDayToRectify(deadline: string, cal: Calendar): string | null {
  try {
    return cal.isWorkday(deadline) ? deadline : cal.nextWorkday(deadline);
  } catch (error) {
    if (error instanceof CalendarRangeError) return null;
    throw error;
  }
}

function rectification(h: ExitHistory, asOf: string, cal: Calendar): ExitGround {
  const id = 'failedAssessments';
  const clauses = [FORCED];
  const label = {
    zh: '考核评估不合格，限期整改仍不达标',
    en: 'Failed assessment, still short after the rectification deadline',
  };
  const open: string[] = [];
  const notes: Bilingual[] = [];
  for (const [i, a] of (h.failedAssessments ?? []).entries()) {
    if (a.date > asOf) {
      notes.push(afterAsOf(label, a.date, asOf));
      continue;
    }
    const deadline = a.rectificationDeadline;
    if (deadline === undefined) {
      open.push(`failedAssessments.${i}.rectificationDeadline`);
      continue;
    }
    // Still within the deadline (its last day included): not yet "仍不达标".
    if (asOf <= deadline || a.rectified === true) continue;
    const last = lastDayToRectify(deadline, cal);
    if (last === null) {
      // Past the nominal day, but whether it moved past a rest day is not known.
      open.push(`failedAssessments.${i}.rectificationDeadline`);
      notes.push({
        zh: `整改期限${deadline}：日历无该年工作日安排，无法判断是否因休息日顺延`,
        en: `Deadline ${deadline}: the calendar has no working days for that year, so whether it moves past a rest day is unknown`,
      });
      continue;
    }
    if (asOf <= last) {
      notes.push({
        zh: `整改期限${deadline}为休息日，依民法典第二百零三条顺延至${last}`,
        en: `The deadline ${deadline} is a rest day: Civil Code art. 203 moves it to ${last}`,
      });
      continue;
    }
    if (a.rectified === false)
      return {
        id,
        kind: 'forced',
        clauses,
        status: 'met',
        since: last,
        message: {
          zh: `${label.zh}（期限${deadline}${last === deadline ? '' : `，顺延至${last}`}）`,
          en: `${label.en} (deadline ${deadline}${last === deadline ? '' : `, moved to ${last}`})`,
        },
      };
    open.push(`failedAssessments.${i}.rectified`);
  }
  const said = (m: Bilingual): Bilingual => ({
    zh: [m.zh, ...notes.map((n) => n.zh)].join('；'),
    en: [m.en, ...notes.map((n) => n.en)].join('; '),
  });
  if (open.length > 0)
    return {
      id,
      kind: 'forced',
      clauses,
      status: 'unknown',
      missing: open,
      message: said({ zh: `${label.zh}：尚待补充`, en: `${label.en}: facts missing` }),
    };
  return {
    id,
    kind: 'forced',
    clauses,
    status: 'not_met',
    message: said({ zh: `无：${label.zh}`, en: `None: ${label.en}` }),
  };
}

/** 第十一条（四）2 "限期整改": a deadline before the assessment it follows cannot be. */
function impossibleDeadlines(h: ExitHistory): InputProblem[] {
  const out: InputProblem[] = [];
  for (const [i, a] of (h.failedAssessments ?? []).entries())
    if (a.rectificationDeadline !== undefined && a.rectificationDeadline < a.date)
      out.push({
        path: ['failedAssessments', i, 'rectificationDeadline'],
        code: 'deadline_before_assessment',
        severity: 'error',
        message: {
          zh: `整改期限${a.rectificationDeadline}早于考核评估日期${a.date}：限期整改在评估不合格之后，请核对`,
          en: `The rectification deadline ${a.rectificationDeadline} is before the assessment of ${a.date}: a deadline follows the failed assessment; check the dates`,
        },
      });
  return out;
}

/**
 * Whether a studio must leave the list at `asOf`, which kind of exit, on which grounds,
 * citing 第十一条（四）. Never throws: bad input gives problems and `mustExit: 'unknown'`.
 * @example
 * exitAssessment({ lastQualifiedMentorLeftOn: '2025-03-01', unfitToContinue: true }, '2026-03-01').kind; // 'natural'
 */
export function exitAssessment(history: unknown, asOf?: string, options?: { calendar?: Calendar }): ExitAssessment {
  // A calendar that is not one is a programmer's mistake: InvalidArgumentError.
  const cal = calendarOf(options);
  const problems: InputProblem[] = [];
  let date = todayInChina();
  if (asOf !== undefined) {
    if (isIsoDate(asOf)) date = asOf;
    else
      problems.push({
        path: ['asOf'],
        code: 'invalid_option',
        severity: 'error',
        message: { zh: '选项无效：asOf 应为 YYYY-MM-DD 日期', en: 'Invalid option: asOf must be a YYYY-MM-DD date' },
      });
  }
  const read = readInput(history);
  const parsed = parseFacts(exitHistorySchema, read.value);
  for (const p of read.problems.concat(parsed.problems)) problems.push(p);
  const clauses = ['第十一条（四）', NATURAL, FORCED];
  const h = parsed.facts;
  if (h !== undefined) for (const p of impossibleDeadlines(h)) problems.push(p);
  // Stryker disable next-line ConditionalExpression: parseFacts leaves no facts only with an error problem, which the second test catches; the first narrows the type.
  if (h === undefined || problems.some((x) => x.severity === 'error'))
    return { asOf: date, mustExit: 'unknown', kind: null, grounds: [], consequence: null, clauses, problems };

  const grounds: ExitGround[] = [
    dated('hostLegalPersonEnded', 'natural', h.hostLegalPersonEndedOn, date, {
      zh: '所在单位终止法人资格，不再继续履行职能',
      en: "The host's legal personality ended",
    }),
    noMentor(h, date),
    dated('hostRequestedExit', 'natural', h.hostRequestedExitOn, date, {
      zh: '所在单位自主申请要求注销',
      en: 'The host applied to deregister the studio',
    }),
    rectification(h, date, cal),
    judged('fraud', h.fraud, 'serious', (e) => e.serious, date, {
      zh: '申报认定、工作成果申报评鉴中弄虚作假，情节严重',
      en: 'Serious fraud in recognition or in reported results',
    }),
    judged('fundMisuse', h.fundMisuse, 'seriousConsequences', (e) => e.seriousConsequences, date, {
      zh: '未按规定使用管理财政补助资金，造成严重后果或恶劣社会影响',
      en: 'Subsidy misused with serious consequences or bad social effect',
    }),
    judged('misconduct', h.misconduct, 'serious', (e) => e.serious, date, {
      zh: '严重违纪失德失范',
      en: 'Serious breach of discipline, ethics or norms',
    }),
  ];
  const met = grounds.filter((g) => g.status === 'met');
  const kind = met.some((g) => g.kind === 'forced') ? 'forced' : met.length > 0 ? 'natural' : null;
  const mustExit = met.length > 0 ? 'yes' : grounds.some((g) => g.status === 'unknown') ? 'unknown' : 'no';
  const consequence =
    kind === null
      ? null
      : kind === 'forced'
        ? {
            zh: '强制退出：由市人力资源和社会保障局发文撤销，并进行摘牌',
            en: 'Forced exit: the city bureau revokes the recognition by a document and removes the plaque',
          }
        : {
            zh: '自然退出：由市人力资源和社会保障局发文注销，并进行摘牌',
            en: 'Natural exit: the city bureau deregisters the studio by a document and removes the plaque',
          };
  return { asOf: date, mustExit, kind, grounds, consequence, clauses, problems };
}
