// Working days past the built-in data: supply next year's arrangement once the State
// Council publishes it, or count provisionally until then. The year file below is
// INVENTED test data (test/fixtures/invented-2027.json), not the real 2027 arrangement.
import { readFileSync } from 'node:fs';
import { requireYearFile } from 'chuangye-rules';
import { CalendarRangeError, createCalendar, publicityPeriod } from 'chuangye-rules/calendar';
import { changeFiling } from 'chuangye-rules/tianjin';

export function nextYear(yearFile: string): string[] {
  const lines: string[] = [];
  // Without the year: one line saying which year is missing and how to supply it.
  try {
    changeFiling('2026-12-28', undefined, { asOf: '2026-12-28' });
  } catch (e) {
    if (e instanceof CalendarRangeError) lines.push(`missing ${e.missingYear}`);
  }
  // With it: the file is read, cross-checked, and named in every result.
  const year = requireYearFile(JSON.parse(readFileSync(yearFile, 'utf8')), 'invented-2027.json');
  const supplied = createCalendar({ years: [year] });
  const filing = changeFiling('2026-12-28', undefined, { asOf: '2026-12-28', calendar: supplied });
  lines.push(`change filing due ${filing.due} (${filing.calendar.supplied.join(', ')})`);
  // Provisionally: weekends only past the data, and the answer says so.
  const guess = publicityPeriod('2026-12-28', 5, { calendar: createCalendar({ fallback: 'weekends' }) });
  lines.push(
    `publicity ends ${guess.last}${guess.calendar?.provisional ? ` — ${guess.calendar.provisional.message.en}` : ''}`,
  );
  return lines;
}
