// `npm start`: prints the eligibility report of each bundled national example, with the
// clause behind every line. Uses the built package, as an installed user would.
import { readFileSync } from 'node:fs';
import { check, renderReport } from 'chuangye-rules';

const lang = process.argv.includes('--en') ? 'en' : 'zh';
for (const name of ['eligible-studio', 'incomplete-studio', 'ineligible-studio']) {
  const file = new URL(`./national/${name}.json`, import.meta.url);
  const report = check('national', 'studio', JSON.parse(readFileSync(file, 'utf8')), { asOf: '2026-11-22' });
  console.log(`── examples/national/${name}.json\n`);
  console.log(renderReport(report, { format: 'text', lang }));
}
