import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatIsoDate, parseIsoDate, todayInChina, weekday } from '../../src/calendar/date.js';

describe('plain dates', () => {
  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-2-3',
      '20260203',
      ' 2026-02-03',
      20260203,
      null,
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });
  it('property: day numbers round-trip and agree with UTC milliseconds', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const n = parseIsoDate(iso) as number;
          expect(formatIsoDate(n)).toBe(iso);
          expect(n).toBe(Math.floor(d.getTime() / 86_400_000));
          expect(weekday(n)).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
        },
      ),
    );
  });
  it('Pacific/Apia’s missing 2011-12-30 is an ordinary day here', () => {
    expect(formatIsoDate((parseIsoDate('2011-12-29') as number) + 1)).toBe('2011-12-30');
  });
  it('month-end rule of Civil Code art. 202', () => {
    expect(formatIsoDate(addYears(parseIsoDate('2024-02-29') as number, 1))).toBe('2025-02-28');
  });
  it('today in China is UTC+8 whatever the machine zone', () => {
    expect(todayInChina(Date.parse('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(todayInChina(Date.parse('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});
