// Deadlines into people's calendars: iCalendar (RFC 5545) with one all-day event per
// due date, so an official imports a studio's due dates into Outlook or WPS. Each event's
// description carries the clause, the rule of counting and the calendar it was counted
// on (and says so when the date is provisional). The one clock read is DTSTAMP's default
// (RFC 5545 §3.8.7.2: when the file was made); pass `stamp` for reproducible output.
import type { CalendarUse } from '../calendar/calendar.js';
import { formatIsoDate, LAST_DAY, parseIsoDate } from '../calendar/date.js';
import { InvalidArgumentError, readArgument, requireArray } from '../calendar/errors.js';
import type { PeriodResult } from '../calendar/periods.js';
import type { TimelineStep } from '../core/procedure.js';
import type { Bilingual, Lang } from '../core/types.js';
import { basisWords } from './labels.js';

/** One all-day event. */
export interface IcsEvent {
  /** Unique and stable for the same deadline, so a re-import updates rather than duplicates. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
}

export interface IcsOptions {
  lang?: Lang;
  /**
   * DTSTAMP, the moment the file was made (RFC 5545 §3.8.7.2), as `YYYY-MM-DDTHH:MM:SSZ`;
   * by default now. Give it for reproducible output (a build's SOURCE_DATE_EPOCH, a test).
   */
  stamp?: string;
  /** The calendar's display name (X-WR-CALNAME), read by Outlook and most clients. */
  name?: string;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped in TEXT values. */
export function escapeIcsText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\') out += '\\\\';
    else if (c === ';') out += '\\;';
    else if (c === ',') out += '\\,';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') {
      if (text[i + 1] !== '\n') out += '\\n';
      // C0 (but tab), DEL and C1 controls: none may reach a client that obeys them.
    } else if ((c.charCodeAt(0) < 32 && c !== '\t') || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f)) out += ' ';
    else out += c;
  }
  return out;
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) as number;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

function compact(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** DTEND of an all-day event is the next day, exclusive (2026-12-31 → 20270101). */
function nextDay(date: string): string {
  return compact(formatIsoDate((parseIsoDate(date) as number) + 1));
}

/** 32-bit FNV-1a of the UTF-16 units, as 8 hex digits: tells apart ids the readable part folds together. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A UID from what an event is for: a readable ASCII part (bounded) and a hash of the whole. */
function uidOf(parts: readonly string[]): string {
  const whole = parts.join('|');
  let out = '';
  for (const ch of whole.slice(0, 120)) out += /[A-Za-z0-9.-]/u.test(ch) ? ch : '_';
  return `${out}-${hash(whole)}@chuangye-rules`;
}

function twoDigits(value: string, from: number): number {
  const a = value.charCodeAt(from) - 48;
  const b = value.charCodeAt(from + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, checked character by character, as DTSTAMP's `YYYYMMDDTHHMMSSZ`; null otherwise. */
export function stampOf(value: string): string | null {
  if (value.length !== 20 || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[19] !== 'Z') {
    return null;
  }
  if (parseIsoDate(value.slice(0, 10)) === null) return null;
  const h = twoDigits(value, 11);
  const m = twoDigits(value, 14);
  const sec = twoDigits(value, 17);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return null;
  return `${value.slice(0, 4)}${value.slice(5, 7)}${value.slice(8, 10)}T${value.slice(11, 13)}${value.slice(14, 16)}${value.slice(17, 19)}Z`;
}

function nowStamp(): string {
  return stampOf(`${new Date().toISOString().slice(0, 19)}Z`) as string;
}

/** The options, checked and read once: `InvalidArgumentError` naming what is wrong. */
function readOptions(options: unknown): { lang: Lang; stamp: string; name?: string } {
  if (options === undefined) return { lang: 'zh', stamp: nowStamp() };
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const o = options as IcsOptions;
  const lang = readArgument(() => o.lang, 'options.lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new InvalidArgumentError('options.lang', "'zh' or 'en'", lang);
  const given = readArgument(() => o.stamp, 'options.stamp');
  let stamp = nowStamp();
  if (given !== undefined) {
    const checked = typeof given === 'string' ? stampOf(given) : null;
    if (checked === null) throw new InvalidArgumentError('options.stamp', 'a UTC time YYYY-MM-DDTHH:MM:SSZ', given);
    stamp = checked;
  }
  const name = readArgument(() => o.name, 'options.name');
  if (name !== undefined && typeof name !== 'string') throw new InvalidArgumentError('options.name', 'a string', name);
  return { lang, stamp, ...(name ? { name } : {}) };
}

/** The most events one document holds (a procedure has a dozen steps). */
const MAX_EVENTS = 10_000;
/** The longest text one event carries. */
const MAX_TEXT = 100_000;

function textArgument(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT) {
    throw new InvalidArgumentError(name, `a string of at most ${MAX_TEXT} characters`, value);
  }
  return value;
}

/** An iCalendar document (CRLF line ends, folded at 75 octets) of all-day events. */
export function renderIcs(events: readonly IcsEvent[], options: IcsOptions = {}): string {
  requireArray(events, 'events', 'an array of { uid, date, summary, description }');
  const count = readArgument(() => events.length, 'events');
  if (count > MAX_EVENTS) throw new InvalidArgumentError('events', `at most ${MAX_EVENTS} events`, events);
  const { stamp: dtstamp, name } = readOptions(options);
  const checked: IcsEvent[] = [];
  for (let i = 0; i < count; i++) {
    const at = `events[${i}]`;
    const e = readArgument(() => {
      const v = events[i] as IcsEvent | null;
      return v !== null && typeof v === 'object'
        ? { uid: v.uid, date: v.date, summary: v.summary, description: v.description }
        : v;
    }, at);
    if (e === null || typeof e !== 'object')
      throw new InvalidArgumentError(at, '{ uid, date, summary, description }', e);
    const day = parseIsoDate(e.date);
    if (day === null || day >= LAST_DAY) {
      throw new InvalidArgumentError(`${at}.date`, 'a real YYYY-MM-DD date before 9999-12-31', e.date);
    }
    checked.push({
      uid: textArgument(e.uid, `${at}.uid`),
      date: e.date,
      summary: textArgument(e.summary, `${at}.summary`),
      description: textArgument(e.description, `${at}.description`),
    });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//chuangye-rules//deadlines//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeIcsText(name)}`] : []),
  ];
  for (const e of checked) {
    lines.push(
      'BEGIN:VEVENT',
      // UID is TEXT (RFC 5545 §3.8.4.7): escaped, so a CR or LF in it cannot start a line.
      `UID:${escapeIcsText(e.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${nextDay(e.date)}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      `DESCRIPTION:${escapeIcsText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** The most supplied sources and cross-year changes a calendar's description reads. */
const MAX_USE_ENTRIES = 2000;

/** What `describeCalendarUse` prints, read once. */
interface UseText {
  source: 'built-in' | 'supplied';
  dataVersion: string;
  lastOfficialYear: number;
  supplied: readonly string[];
  fallback: CalendarUse['fallback'];
  changes: readonly { source: string; date: string; workday: boolean }[];
  provisional: { zh: string; en: string } | null;
}

/**
 * A CalendarUse (a result's `calendar`) read once into plain values: anything else, and
 * a value whose reading throws (a revoked Proxy, a throwing getter), is
 * `InvalidArgumentError` naming `name`.
 */
function readUse(use: unknown, name: string): UseText {
  const wrong = (): never => {
    throw new InvalidArgumentError(name, "a result's calendar (CalendarUse, as Calendar.use returns)", use);
  };
  if (use === null || typeof use !== 'object') return wrong();
  const read = readArgument((): UseText | null => {
    const u = use as CalendarUse;
    const source: unknown = u.source;
    const dataVersion: unknown = u.dataVersion;
    const lastOfficialYear: unknown = u.lastOfficialYear;
    const fallback: unknown = u.fallback;
    const given: unknown = u.supplied;
    const changesGiven: unknown = u.changes;
    const provisionalGiven: unknown = u.provisional;
    if (
      (source !== 'built-in' && source !== 'supplied') ||
      typeof dataVersion !== 'string' ||
      typeof lastOfficialYear !== 'number' ||
      (fallback !== 'error' && fallback !== 'weekends' && fallback !== 'statutory')
    ) {
      return null;
    }
    const supplied: string[] = [];
    if (given !== undefined) {
      if (!Array.isArray(given) || given.length > MAX_USE_ENTRIES) return null;
      for (let i = 0; i < given.length; i++) {
        const s: unknown = given[i];
        if (typeof s !== 'string') return null;
        supplied.push(s);
      }
    }
    if (source === 'supplied' && given === undefined) return null;
    const changes: { source: string; date: string; workday: boolean }[] = [];
    if (changesGiven !== undefined) {
      if (!Array.isArray(changesGiven) || changesGiven.length > MAX_USE_ENTRIES) return null;
      // Only the first five are printed: only they are read.
      for (let i = 0; i < Math.min(changesGiven.length, 5); i++) {
        const c: unknown = changesGiven[i];
        if (c === null || typeof c !== 'object') return null;
        const change = c as { source: unknown; date: unknown; workday: unknown };
        const cs = change.source;
        const cd = change.date;
        const cw = change.workday;
        if (typeof cs !== 'string' || typeof cd !== 'string' || typeof cw !== 'boolean') return null;
        changes.push({ source: cs, date: cd, workday: cw });
      }
    }
    let provisional: { zh: string; en: string } | null = null;
    if (provisionalGiven !== undefined && provisionalGiven !== null) {
      if (typeof provisionalGiven !== 'object') return null;
      const message: unknown = (provisionalGiven as { message: unknown }).message;
      if (message === null || typeof message !== 'object') return null;
      const zh: unknown = (message as { zh: unknown }).zh;
      const en: unknown = (message as { en: unknown }).en;
      if (typeof zh !== 'string' || typeof en !== 'string') return null;
      provisional = { zh, en };
    }
    return { source, dataVersion, lastOfficialYear, supplied, fallback, changes, provisional };
  }, name);
  return read ?? wrong();
}

/**
 * One line saying which calendar a result was counted on, for report footers:
 * built-in (data version, last official year) or supplied (file names), and the
 * provisional days when there are any.
 * @throws InvalidArgumentError naming `use` or `lang` when either is not what it must be.
 */
export function describeCalendarUse(use: CalendarUse, lang: Lang = 'zh'): string {
  if (lang !== 'zh' && lang !== 'en') throw new InvalidArgumentError('lang', "'zh' or 'en'", lang);
  return describeUse(readUse(use, 'use'), lang);
}

function describeUse(use: UseText, lang: Lang): string {
  const zh = lang === 'zh';
  const base =
    use.source === 'built-in'
      ? zh
        ? // The data version (a source name and a hash) is for audit, in the JSON; the official reads whose days these are.
          `日历：内置国务院办公厅放假安排，正式数据至${use.lastOfficialYear}年`
        : `Calendar: built-in ${use.dataVersion}, official to ${use.lastOfficialYear}`
      : zh
        ? `日历：内置国务院办公厅放假安排，另加 ${use.supplied.join('、')}，数据至${use.lastOfficialYear}年`
        : `Calendar: built-in ${use.dataVersion} plus ${use.supplied.join(', ')}, data to ${use.lastOfficialYear}`;
  const fallback =
    use.fallback === 'statutory'
      ? zh
        ? '；数据以外按周末及法定节假日推算（暂定，调休未计）'
        : '; past the data: weekends and statutory holidays (provisional, bridges unknown)'
      : use.fallback === 'weekends'
        ? zh
          ? '；数据以外按周末推算（暂定）'
          : '; past the data: weekends only (provisional)'
        : '';
  // One line: report footers print it as one (a newline inside came out as a literal \n).
  const changes = use.changes
    .map((c) =>
      zh
        ? `；${c.source} 改变了${c.date}（改为${c.workday ? '工作日' : '休息日'}）`
        : `; ${c.source} changes ${c.date} (now a ${c.workday ? 'working' : 'rest'} day)`,
    )
    .join('');
  const provisional = use.provisional ? (zh ? `。${use.provisional.zh}` : `. ${use.provisional.en}`) : '';
  return base + fallback + changes + provisional;
}

const KIND_LABEL: Record<string, Bilingual> = {
  A: { zh: '工作日期限', en: 'working-day period' },
  B: { zh: '日历日期限', en: 'calendar-day period' },
  C: { zh: '公示期', en: 'publicity period' },
  D: { zh: '任期', en: 'term' },
  E: { zh: '届满日', en: 'anniversary' },
};

/** A period as far as the ICS reads it, read once; its calendar already put into words. */
interface ReadPeriod {
  kind: PeriodResult['kind'];
  start: string;
  last: string;
  provisional: boolean;
  explanation: string;
  basis: readonly string[];
  calendarLine?: string;
}

function countingRule(period: ReadPeriod): string {
  const lines = [period.explanation, ...period.basis.map((b) => `· ${b}`)];
  if (period.calendarLine !== undefined) lines.push(period.calendarLine);
  return lines.join('\n');
}

/** The period as far as the ICS reads it, checked: a value that is not a period is refused by name. */
function readPeriod(period: unknown, name: string, lang: Lang): ReadPeriod {
  const wrong = (): never => {
    throw new InvalidArgumentError(
      name,
      'a period result (withinWorkdays, withinDays, publicityPeriod, termPeriod)',
      period,
    );
  };
  if (period === null || typeof period !== 'object') return wrong();
  const p = readArgument(() => {
    const v = period as PeriodResult;
    return {
      kind: v.kind,
      start: v.start,
      last: v.last,
      provisional: v.provisional,
      explanation: v.explanation?.[lang],
      // The legal basis in the event's language (calendar/periods words it in English).
      basis: Array.isArray(v.basis) ? v.basis.map((b) => (typeof b === 'string' ? basisWords(b, lang) : b)) : null,
      calendar: v.calendar,
    };
  }, name);
  if (
    !Object.hasOwn(KIND_LABEL, String(p.kind)) ||
    parseIsoDate(p.start) === null ||
    parseIsoDate(p.last) === null ||
    typeof p.explanation !== 'string' ||
    !Array.isArray(p.basis) ||
    p.basis.some((b) => typeof b !== 'string')
  ) {
    return wrong();
  }
  return {
    kind: p.kind,
    start: p.start,
    last: p.last,
    provisional: p.provisional === true,
    explanation: p.explanation,
    basis: p.basis,
    // Read once, here: no calendar adds no line; anything else must be one.
    ...(p.calendar !== undefined ? { calendarLine: describeUse(readUse(p.calendar, `${name}.calendar`), lang) } : {}),
  };
}

/**
 * A single deadline (a period's last day) as an iCalendar document. Its UID comes from
 * what the deadline is for (`id`, else the kind, the start and the clause), never from
 * the computed day: re-importing once the official arrangement moves it updates the event.
 */
export function deadlineToIcs(
  period: PeriodResult,
  options: IcsOptions & { title?: string; clause?: string; id?: string } = {},
): string {
  const { lang } = readOptions(options);
  const p = readPeriod(period, 'period', lang);
  const read = (key: 'title' | 'clause' | 'id') => {
    const v = readArgument(() => options[key], `options.${key}`);
    if (v !== undefined && typeof v !== 'string') throw new InvalidArgumentError(`options.${key}`, 'a string', v);
    return v;
  };
  const title = read('title');
  const clause = read('clause');
  const id = read('id');
  const label = KIND_LABEL[p.kind] ?? { zh: '期限', en: 'period' };
  const summary =
    (title ?? (lang === 'zh' ? `${label.zh}届满` : `Last day of the ${label.en}`)) +
    (p.provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : '');
  const description = [...(clause ? [clause] : []), countingRule(p)].join('\n');
  return renderIcs(
    [
      {
        uid: uidOf(id !== undefined ? ['deadline', id] : ['deadline', p.kind, p.start, clause ?? '']),
        date: p.last,
        summary,
        description,
      },
    ],
    options,
  );
}

const STATUS_WORDS: Readonly<Record<string, Bilingual>> = Object.freeze({
  done: { zh: '已完成', en: 'done' },
  on_time: { zh: '按期完成', en: 'on time' },
  late: { zh: '逾期完成', en: 'late' },
  premature: { zh: '早于前一步骤', en: 'premature' },
  pending: { zh: '待办', en: 'pending' },
  overdue: { zh: '已逾期', en: 'overdue' },
  projected: { zh: '预计', en: 'projected' },
});

/**
 * A procedure's timeline as an iCalendar document: one event per step with a due date,
 * its description giving the step's clauses, its status and the rule of counting. A
 * step's UID comes from what it is for (policy, subject, procedure, step and `instance`,
 * by default the first step's date), not from its computed dates.
 */
export function timelineToIcs(
  timeline: { steps: readonly TimelineStep[]; calendar?: CalendarUse },
  options: IcsOptions & {
    procedure: { id: string; label: Bilingual };
    policy?: string;
    subject?: string;
    /** What this run of the procedure is for (an application date, a case number). */
    instance?: string;
  },
): string {
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const { lang } = readOptions(options);
  if (timeline === null || typeof timeline !== 'object') {
    throw new InvalidArgumentError('timeline', 'a dated timeline (dateProcedure, procedureTimeline)', timeline);
  }
  const events = readArgument(() => {
    const procedure = options.procedure;
    const strings = [options.policy, options.subject, options.instance, procedure.id, procedure.label[lang]];
    if (strings.some((v) => v !== undefined && typeof v !== 'string') || typeof procedure.id !== 'string') {
      throw new TypeError('options');
    }
    const out: IcsEvent[] = [];
    const steps = timeline.steps;
    if (!Array.isArray(steps) || steps.length > MAX_EVENTS) throw new TypeError('timeline');
    const instance = options.instance ?? String(steps[0]?.from ?? '');
    for (const step of steps) {
      if (step.due === null) continue;
      const provisional = step.period?.provisional === true;
      const clauses = step.clauses.join(lang === 'zh' ? '、' : ', ');
      const summary = `${procedure.label[lang]}：${step.label[lang]}${lang === 'zh' ? '截止' : ' due'}${
        provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : ''
      }`;
      const status = STATUS_WORDS[step.status]?.[lang] ?? String(step.status);
      const description = [
        // The policy's id is for the UID, not for the official reading the event.
        `${lang === 'zh' ? '条款' : 'clause'} ${clauses}`,
        `${lang === 'zh' ? '状态' : 'status'}: ${status}${step.done ? ` (${step.done})` : ''}`,
        ...(step.period ? [countingRule(readPeriod(step.period, 'timeline.steps[].period', lang))] : []),
      ].join('\n');
      out.push({
        uid: uidOf([options.policy ?? 'procedure', options.subject ?? '', procedure.id, String(step.id), instance]),
        date: step.due,
        summary,
        description,
      });
    }
    return out;
  }, 'timeline');
  return renderIcs(events, options);
}
