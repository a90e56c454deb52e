// The README's examples state their results; this holds them to what the code returns.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withinWorkdays } from '../src/calendar/index.js';
import { check } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('the quick start prints what the README says', () => {
  const report = check(
    'national',
    'studio',
    {
      name: '北京市海淀区张明创业指导师工作室',
      region: '北京市海淀区',
      leads: [{ name: '张明', role: 'mentor', mentoringSince: '2016-09-01' }],
      staff: [{ experienceSince: '2019-03-01' }, { experienceYears: 3 }, { experienceYears: 2 }],
    },
    { asOf: '2026-11-22' },
  );
  expect(readme).toContain(`report.verdict;   // '${report.verdict}'`);
  const missing = report.results.filter((r) => r.status === 'unknown').map((r) => r.missing);
  const shown = missing
    .slice(0, 4)
    .map((m) => `['${m?.[0]}']`)
    .join(', ');
  expect(readme).toContain(`// [${shown}, …]`);
});

it('the calendar example prints what the README says', () => {
  expect(readme).toContain(`// '${withinWorkdays('2026-09-30', 7).explanation.en}'`);
});
