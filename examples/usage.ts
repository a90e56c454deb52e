// A short tour of the library, as an application developer would use it.
// Run: npx tsx examples/usage.ts (or read it: the test suite runs it).
import { check, type Report } from 'chuangye-rules';
import { addWorkdays, publicityPeriod, withinWorkdays } from 'chuangye-rules/calendar';
import { nationalStudioName } from 'chuangye-rules/national';

export function tour(): { report: Report; lines: string[] } {
  const application = {
    name: nationalStudioName({ region: '北京市海淀区', leadName: '张明' }),
    region: '北京市海淀区',
    leads: [{ name: '张明', role: 'mentor', mentoringSince: '2021-11-23' }],
    staff: [{ experienceYears: 3 }, { experienceYears: 2 }],
  };
  // Judge the application as of a fixed date, so the example always prints the same.
  const report = check('national', 'studio', application, { asOf: '2026-11-22' });
  const lines = [
    `verdict: ${report.verdict}`,
    ...report.results
      .filter((r) => r.status !== 'pass')
      .map((r) => `${r.status.padEnd(7)} [${r.clauses.join(', ')}] ${r.message.en}`),
    // Working days on the official calendar: the National Day holiday is skipped.
    `7 working days after 2026-09-30: ${withinWorkdays('2026-09-30', 7).last}`,
    `next working day after 2026-09-30: ${addWorkdays('2026-09-30', 1)}`,
    `5-day publicity from 2026-10-01 ends ${publicityPeriod('2026-10-01', 5).last}`,
  ];
  return { report, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(tour().lines.join('\n'));
