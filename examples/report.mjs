// `npm start`: prints the reports of the bundled examples — the national studios, a
// Tianjin application, the graded evaluation of a Tianjin studio's year, a Pingdingshan
// mentor, studio and year, and Taiyuan's expert candidate, roster, matching and
// evaluation — with the clause behind every line. Uses the built package, as an
// installed user would.
// `npm start -- --en` prints them in English.
import { readFileSync } from 'node:fs';
import { check, evaluate, renderReport } from 'chuangye-rules';
import { printTaiyuan } from './taiyuan/report.mjs';

const lang = process.argv.includes('--en') ? 'en' : 'zh';
const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const AS_OF = '2026-11-22';

// The ineligible studio first: what a failing line looks like is the first thing one reads.
for (const name of ['ineligible-studio', 'incomplete-studio', 'eligible-studio']) {
  console.log(`── examples/national/${name}.json\n`);
  console.log(renderReport(check('national', 'studio', read(`./national/${name}.json`), { asOf: AS_OF }), { lang }));
}
console.log('── examples/tianjin/studio-application.json\n');
console.log(
  renderReport(check('tianjin', 'studio', read('./tianjin/studio-application.json'), { asOf: AS_OF }), { lang }),
);

console.log('── examples/tianjin/year-record.json (evaluation 2025-06-20 … 2026-06-19)\n');
const evaluation = evaluate('tianjin', read('./tianjin/year-record.json'), { from: '2025-06-20', to: '2026-06-19' });
console.log(renderReport(evaluation, { lang }));

console.log('── examples/pingdingshan: a mentor, a studio application, and a year (2025)\n');
console.log(
  renderReport(check('pingdingshan', 'mentor', read('./pingdingshan/mentor.json'), { asOf: AS_OF }), { lang }),
);
console.log(
  renderReport(check('pingdingshan', 'studio', read('./pingdingshan/studio-application.json'), { asOf: AS_OF }), {
    lang,
  }),
);
console.log(
  renderReport(
    evaluate('pingdingshan', read('./pingdingshan/year-record.json'), { from: '2025-01-01', to: '2025-12-31' }),
    {
      lang,
    },
  ),
);
printTaiyuan(lang);
