// iCalendar export: RFC 5545 all-day events, checked by a maintained parser (ical.js):
// the dates round-trip, lines end in CRLF and are folded at 75 octets, text is escaped.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCalendar, publicityPeriod, withinWorkdays } from '../../src/calendar/index.js';
import { recognitionTimeline } from '../../src/policies/tianjin/index.js';
import { procedures } from '../../src/policies/tianjin/procedures.js';
import { deadlineToIcs, escapeIcsText, foldIcsLine, renderIcs, timelineToIcs } from '../../src/report/ics.js';

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
    };
  });
}

const recognition = procedures.find((p) => p.id === 'recognition') as (typeof procedures)[number];

describe('a Tianjin recognition timeline as iCalendar', () => {
  const timeline = recognitionTimeline(
    { application: '2026-09-28', initialReview: '2026-10-14', cityReview: '2026-10-23', publicity: '2026-10-26' },
    { asOf: '2026-11-22' },
  );
  const ics = timelineToIcs(timeline, {
    procedure: recognition,
    policy: 'tianjin',
    lang: 'zh',
    stamp: '2026-11-22T00:00:00Z',
  });
  const events = parse(ics);

  it('parses, one all-day event per step with a due date, and the dates round-trip', () => {
    const due = timeline.steps.filter((s) => s.due !== null);
    expect(events.map((e) => e.start)).toEqual(due.map((s) => s.due));
    for (const e of events) expect(e.isDate).toBe(true);
    // DTEND is exclusive: the next day.
    expect(events[0]).toMatchObject({ start: '2026-10-13', end: '2026-10-14' });
  });
  it('the description carries the clause, the rule of counting and the calendar', () => {
    const first = events[0];
    expect(first?.summary).toBe('认定程序：区级初审及现场核实截止');
    expect(first?.description).toContain('三（一）2');
    expect(first?.description).toContain('行政许可法第八十二条：期限以工作日计算');
    expect(first?.description).not.toContain('Licensing Law');
    expect(first?.description).toContain('2026-10-01…2026-10-07（国庆节）');
    expect(first?.description).toContain('日历：内置国务院办公厅放假安排，正式数据至2026年');
  });
  it('CRLF line ends, no line over 75 octets, unique UIDs', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});

describe('deadlines past 2026', () => {
  it('a provisional deadline says so in its summary and description', () => {
    const cal = createCalendar({ fallback: 'weekends' });
    const [event] = parse(deadlineToIcs(publicityPeriod('2026-12-28', 5, { calendar: cal }), { lang: 'en' }));
    expect(event).toMatchObject({
      start: '2027-01-01',
      end: '2027-01-02',
      summary: 'Last day of the publicity period (provisional)',
    });
    expect(event?.description).toMatch(/provisional: 2027-01-01 … 2027-01-01 counted as weekends only/);
  });
  it('a date on 31 December ends on 1 January', () => {
    const [event] = parse(deadlineToIcs(withinWorkdays('2026-12-30', 1)));
    expect(event).toMatchObject({ start: '2026-12-31', end: '2027-01-01' });
  });
});

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks, and round-trips through the parser', () => {
    const text = 'a\\b;c,d\ne\r\nf\rg';
    expect(escapeIcsText(text)).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    const [event] = parse(renderIcs([{ uid: 'x@y', date: '2026-01-05', summary: text, description: '' }]));
    expect(event?.summary).toBe('a\\b;c,d\ne\nf\ng');
  });
  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same text', () => {
    const long = `DESCRIPTION:${'公示期为5个工作日'.repeat(20)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replaceAll('\r\n ', '')).toBe(long);
    const [event] = parse(renderIcs([{ uid: 'x@y', date: '2026-01-05', summary: 's', description: long }]));
    expect(event?.description).toBe(long);
  });
});
