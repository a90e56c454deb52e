// Issue 29 item 10 and issue 27 items 3 and 5 for iCalendar: DTSTAMP is when the file was
// made (RFC 5545 §3.8.7.2), the UID comes from what a deadline is for so a re-import
// updates it, and nothing a caller passes can add a line, a component or a control.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCalendar, InvalidArgumentError, withinWorkdays } from '../../src/calendar/index.js';
import { recognitionTimeline } from '../../src/policies/tianjin/index.js';
import { procedures } from '../../src/policies/tianjin/procedures.js';
import { deadlineToIcs, escapeIcsText, renderIcs, timelineToIcs } from '../../src/report/ics.js';

const recognition = procedures.find((p) => p.id === 'recognition') as (typeof procedures)[number];
const lines = (ics: string) => ics.replaceAll('\r\n ', '').split('\r\n');
const field = (ics: string, name: string) => lines(ics).filter((l) => l.startsWith(`${name}:`));
const invalid = (f: () => unknown, argument: string) => {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect((error as InvalidArgumentError).argument).toBe(argument);
};
const HOSTILE = ['\u001b[31m', '\r', '\n', '\u202e', '\u2028', '<script>', '|', '\u007f', '\u0085', '\u009b'];

describe('DTSTAMP', () => {
  it('is the stamp given, whatever the due date', () => {
    const ics = deadlineToIcs(withinWorkdays('2026-09-30', 7), { stamp: '2026-12-06T01:02:03Z' });
    expect(field(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20261206T010203Z']);
    expect(field(ics, 'DTSTART;VALUE=DATE')).toEqual(['DTSTART;VALUE=DATE:20261015']);
  });
  it('is now by default, not the due date', () => {
    const before = new Date().toISOString().replace(/[-:]/gu, '').slice(0, 15);
    const ics = deadlineToIcs(withinWorkdays('2026-09-30', 7));
    const after = new Date().toISOString().replace(/[-:]/gu, '').slice(0, 15);
    const stamp = (field(ics, 'DTSTAMP')[0] as string).slice('DTSTAMP:'.length, -1);
    expect(stamp >= before && stamp <= after).toBe(true);
  });
  it('a stamp that is not a UTC time is refused: a CRLF cannot add a component', () => {
    for (const stamp of [
      '2026-12-06T00:00:00Z\r\nBEGIN:VALARM',
      '2026-12-06',
      '2026-12-06T24:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-12-06T00:00:00+08',
      '２026-12-06T00:00:00Z',
    ]) {
      invalid(() => renderIcs([], { stamp }), 'options.stamp');
    }
    invalid(() => renderIcs([], { stamp: 1 as never }), 'options.stamp');
    expect(
      field(
        renderIcs([{ uid: 'u', date: '2026-01-05', summary: '', description: '' }], { stamp: '2026-12-31T23:59:60Z' }),
        'DTSTAMP',
      ),
    ).toEqual(['DTSTAMP:20261231T235960Z']);
  });
});

describe('UID from what the deadline is for', () => {
  it('a deadline: the same UID when the official arrangement moves the day', () => {
    const provisional = withinWorkdays('2026-12-28', 10, { calendar: createCalendar({ fallback: 'weekends' }) });
    const official = withinWorkdays('2026-12-28', 10, {
      calendar: createCalendar({
        years: [{ year: 2027, days: [{ date: '2027-01-01', name: '元旦', isOffDay: true }] }],
      }),
    });
    expect(provisional.last).not.toBe(official.last);
    const a = field(deadlineToIcs(provisional, { stamp: '2026-12-06T00:00:00Z' }), 'UID');
    const b = field(deadlineToIcs(official, { stamp: '2026-12-07T00:00:00Z' }), 'UID');
    expect(a).toEqual(b);
    // Different things to be done give different UIDs, also where the readable part folds.
    const c = field(deadlineToIcs(official, { id: '甲' }), 'UID');
    const d = field(deadlineToIcs(official, { id: '乙' }), 'UID');
    expect(c).not.toEqual(d);
    expect(field(deadlineToIcs(withinWorkdays('2026-09-29', 10)), 'UID')).not.toEqual(
      field(deadlineToIcs(withinWorkdays('2026-09-30', 10)), 'UID'),
    );
  });
  it('a timeline: each step keeps its UID when a later record moves its computed start', () => {
    const opts = { procedure: recognition, policy: 'tianjin', stamp: '2026-12-06T00:00:00Z' } as const;
    const early = timelineToIcs(recognitionTimeline({ application: '2026-09-28' }, { asOf: '2026-10-01' }), opts);
    const later = timelineToIcs(
      recognitionTimeline({ application: '2026-09-28', initialReview: '2026-10-14' }, { asOf: '2026-10-15' }),
      opts,
    );
    const uids = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids(later).slice(-3)).toEqual(uids(early).slice(-3));
    expect(new Set(uids(later)).size).toBe(uids(later).length);
    const other = timelineToIcs(recognitionTimeline({ application: '2026-09-29' }, { asOf: '2026-10-01' }), opts);
    expect(uids(other)[0]).not.toBe(uids(early)[0]);
  });
  it('the description names the status in the report language', () => {
    const zh = timelineToIcs(recognitionTimeline({ application: '2026-09-28' }, { asOf: '2026-10-01' }), {
      procedure: recognition,
      stamp: '2026-12-06T00:00:00Z',
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(zh)).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.description).toContain('状态: 待办');
    expect(event.description).not.toMatch(/pending|projected/u);
  });
});

describe('nothing a caller passes becomes a line, a component or a control', () => {
  it.each(HOSTILE)('%j in a UID, a summary, a description and a name', (bad) => {
    const ics = renderIcs(
      [
        {
          uid: `u${bad}\r\nBEGIN:VALARM`,
          date: '2026-01-05',
          summary: `s${bad}`,
          description: `d${bad}\r\nEND:VEVENT`,
        },
      ],
      { stamp: '2026-12-06T00:00:00Z', name: `n${bad}` },
    );
    const controls = [...ics.replaceAll('\r\n', '')].filter((c) => {
      const code = c.charCodeAt(0);
      return (code < 32 && c !== '\t') || (code >= 0x7f && code <= 0x9f);
    });
    expect(controls).toEqual([]);
    expect(lines(ics).filter((l) => l.startsWith('BEGIN:'))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT']);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.uid.startsWith('u')).toBe(true);
  });
  it('DEL and C1 controls become spaces; text characters stay', () => {
    expect(escapeIcsText('a\u007fb\u0080c\u009fd\u00a0e')).toBe('a b c d\u00a0e');
    expect(escapeIcsText('\u007e')).toBe('~');
  });
});

describe('renderers refuse what is not theirs, by name', () => {
  it('renderIcs', () => {
    invalid(() => renderIcs(null as never), 'events');
    invalid(() => renderIcs([null] as never), 'events[0]');
    invalid(() => renderIcs([{ uid: 'u', date: '2026-02-30', summary: '', description: '' }]), 'events[0].date');
    invalid(() => renderIcs([{ uid: 1, date: '2026-01-05', summary: '', description: '' }] as never), 'events[0].uid');
    invalid(() => renderIcs([], { lang: 'fr' as never }), 'options.lang');
    invalid(() => renderIcs([], null as never), 'options');
  });
  it('deadlineToIcs and timelineToIcs', () => {
    invalid(() => deadlineToIcs(null as never), 'period');
    invalid(() => deadlineToIcs({ kind: 'Z' } as never), 'period');
    invalid(() => deadlineToIcs(withinWorkdays('2026-09-30', 7), { id: 5 as never }), 'options.id');
    invalid(() => timelineToIcs(null as never, { procedure: recognition }), 'timeline');
    invalid(() => timelineToIcs({ steps: 5 } as never, { procedure: recognition }), 'timeline');
    invalid(() => timelineToIcs({ steps: [] }, null as never), 'options');
  });
});
