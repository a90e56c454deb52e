// The Taiyuan part of `npm start`: a candidate, the roster on a request's date, the
// matching of that request (第十条（三）) and a year's dynamic evaluation (第十条（一）).
import { readFileSync } from 'node:fs';
import { check, renderReport } from 'chuangye-rules';
import { evaluateExpert, matchExperts } from 'chuangye-rules/taiyuan';

const read = (name) => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

/** Prints the Taiyuan examples in one language. */
export function printTaiyuan(lang) {
  const say = (text) => text[lang];
  console.log('── examples/taiyuan/candidate.json\n');
  console.log(renderReport(check('taiyuan', 'expert', read('candidate.json'), { asOf: '2026-11-22' }), { lang }));

  const request = read('request.json');
  for (const expert of read('roster.json')) {
    console.log(`── examples/taiyuan/roster.json: ${expert.id} on ${request.date}\n`);
    console.log(renderReport(check('taiyuan', 'expert', expert, { asOf: request.date }), { lang }));
  }

  console.log(`── examples/taiyuan/request.json (${request.field}, ${request.serviceType}, ${request.date})\n`);
  const match = matchExperts(request, read('roster.json'));
  for (const m of match.matched) console.log(`matched   ${m.id} ${m.name} (${m.term.from} … ${m.term.to})`);
  for (const x of match.excluded)
    console.log(`left out  ${x.id} ${x.name}: ${x.reasons.map((r) => say(r.message)).join('; ')}`);

  console.log('\n── examples/taiyuan/evaluation-record.json (2026-03-01 … 2027-02-28)\n');
  const e = evaluateExpert(read('evaluation-record.json'), {
    from: '2026-03-01',
    to: '2027-02-28',
    asOf: '2027-03-15',
  });
  console.log(`${say(e.scheme.label)}\n${e.score} → ${say(e.outcomeLabel)}\n`);
}
