// Day-by-day reference implementations, written independently of the index, straight
// from the fixture data: the indexed calendar must agree with them everywhere.
import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('../fixtures/holiday-cn/', import.meta.url);
const named = new Map<string, boolean>();
for (const f of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as { days: { date: string; isOffDay: boolean }[] };
  for (const d of data.days) named.set(d.date, !d.isOffDay);
}

/** Next/previous civil date via UTC milliseconds (independent of the library's day numbers). */
export function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function naiveIsWorkday(date: string): boolean {
  const listed = named.get(date);
  if (listed !== undefined) return listed;
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
}

export function naiveAddWorkdays(date: string, n: number): string {
  let d = date;
  let left = Math.abs(n);
  while (left > 0) {
    d = shift(d, Math.sign(n));
    if (naiveIsWorkday(d)) left--;
  }
  return d;
}

export function* everyDay(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = shift(d, 1)) yield d;
}
