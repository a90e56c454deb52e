// Deadlines into people's calendars: iCalendar (RFC 5545) with one all-day event per
// due date, so an official imports a studio's due dates into Outlook or WPS. Each event's
// description carries the clause, the rule of counting and the calendar it was counted
// on (and says so when the date is provisional). Pure: no clock, no policy lookups.
import type { CalendarUse } from '../calendar/calendar.js';
import { formatIsoDate, parseIsoDate } from '../calendar/date.js';
import type { PeriodResult } from '../calendar/periods.js';
import type { TimelineStep } from '../core/procedure.js';
import type { Bilingual, Lang } from '../core/types.js';

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
   * DTSTAMP, the moment the file was made, as `YYYY-MM-DDTHH:MM:SSZ`. RFC 5545 requires
   * it; by default midnight UTC of the earliest event date, so output is reproducible.
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
    } else if (c.charCodeAt(0) < 32 && c !== '\t') out += ' ';
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

function uidPart(text: string): string {
  let out = '';
  for (const ch of text) out += /[A-Za-z0-9.-]/u.test(ch) ? ch : '_';
  return out.slice(0, 120);
}

/** An iCalendar document (CRLF line ends, folded at 75 octets) of all-day events. */
export function renderIcs(events: readonly IcsEvent[], options: IcsOptions = {}): string {
  const earliest = events.reduce<string | null>((a, e) => (a === null || e.date < a ? e.date : a), null);
  const stamp = options.stamp ?? `${earliest ?? '1970-01-01'}T00:00:00Z`;
  const dtstamp = stamp.replace(/[-:]/gu, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//chuangye-rules//deadlines//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeIcsText(options.name)}`] : []),
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
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

/**
 * One line saying which calendar a result was counted on, for report footers:
 * built-in (data version, last official year) or supplied (file names), and the
 * provisional days when there are any.
 */
export function describeCalendarUse(use: CalendarUse, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const base =
    use.source === 'built-in'
      ? zh
        ? `日历：内置数据 ${use.dataVersion}，正式数据至${use.lastOfficialYear}年`
        : `Calendar: built-in ${use.dataVersion}, official to ${use.lastOfficialYear}`
      : zh
        ? `日历：内置数据 ${use.dataVersion}，另加 ${use.supplied.join('、')}，数据至${use.lastOfficialYear}年`
        : `Calendar: built-in ${use.dataVersion} plus ${use.supplied.join(', ')}, data to ${use.lastOfficialYear}`;
  const fallback =
    use.fallback === 'weekends'
      ? zh
        ? '；数据以外按周末推算（暂定）'
        : '; past the data: weekends only (provisional)'
      : '';
  const provisional = use.provisional
    ? zh
      ? `\n${use.provisional.message.zh}`
      : `\n${use.provisional.message.en}`
    : '';
  return base + fallback + provisional;
}

const KIND_LABEL: Record<string, Bilingual> = {
  A: { zh: '工作日期限', en: 'working-day period' },
  B: { zh: '日历日期限', en: 'calendar-day period' },
  C: { zh: '公示期', en: 'publicity period' },
  D: { zh: '任期', en: 'term' },
  E: { zh: '届满日', en: 'anniversary' },
};

function countingRule(period: PeriodResult, lang: Lang): string {
  const lines = [period.explanation[lang], ...period.basis.map((b) => `· ${b}`)];
  if (period.calendar) lines.push(describeCalendarUse(period.calendar, lang));
  return lines.join('\n');
}

/** A single deadline (a period's last day) as an iCalendar document. */
export function deadlineToIcs(
  period: PeriodResult,
  options: IcsOptions & { title?: string; clause?: string } = {},
): string {
  const lang = options.lang ?? 'zh';
  const label = KIND_LABEL[period.kind] ?? { zh: '期限', en: 'period' };
  const summary =
    (options.title ?? (lang === 'zh' ? `${label.zh}届满` : `Last day of the ${label.en}`)) +
    (period.provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : '');
  const description = [...(options.clause ? [options.clause] : []), countingRule(period, lang)].join('\n');
  return renderIcs(
    [
      {
        uid: `${uidPart(`${period.kind}-${period.start}-${period.last}-${options.clause ?? ''}`)}@chuangye-rules`,
        date: period.last,
        summary,
        description,
      },
    ],
    options,
  );
}

/**
 * A procedure's timeline as an iCalendar document: one event per step with a due date,
 * its description giving the step's clauses, its status and the rule of counting.
 */
export function timelineToIcs(
  timeline: { steps: readonly TimelineStep[]; calendar?: CalendarUse },
  options: IcsOptions & { procedure: { id: string; label: Bilingual }; policy?: string; subject?: string },
): string {
  const lang = options.lang ?? 'zh';
  const events: IcsEvent[] = [];
  for (const step of timeline.steps) {
    if (step.due === null) continue;
    const provisional = step.period?.provisional === true;
    const clauses = step.clauses.join(lang === 'zh' ? '、' : ', ');
    const summary = `${options.procedure.label[lang]}：${step.label[lang]}${lang === 'zh' ? '截止' : ' due'}${
      provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : ''
    }`;
    const description = [
      `${options.policy ? `${options.policy} ` : ''}${lang === 'zh' ? '条款' : 'clause'} ${clauses}`,
      `${lang === 'zh' ? '状态' : 'status'}: ${step.status}${step.done ? ` (${step.done})` : ''}`,
      ...(step.period ? [countingRule(step.period, lang)] : []),
    ].join('\n');
    events.push({
      uid: `${uidPart(`${options.policy ?? 'procedure'}-${options.subject ?? ''}-${options.procedure.id}-${step.id}-${step.from}`)}@chuangye-rules`,
      date: step.due,
      summary,
      description,
    });
  }
  return renderIcs(events, options);
}
