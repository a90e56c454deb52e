// `npm run bench`: this library against what a user would otherwise pick, in one run,
// on the same inputs. Measures the built package (dist/), as users get it.
// Prints ops/s per library, the ratio to ours, and how often each peer's answer
// differs from the official calendar on these inputs.

import chineseDays from 'chinese-days';
import { addBusinessDays, differenceInBusinessDays, isWeekend } from 'date-fns';
import { Bench } from 'tinybench';
import { addWorkdays, isWorkday, workdaysBetween } from '../../dist/calendar.js';

const BATCH = 64;
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 800);

// A fixed pseudo-random sequence (mulberry32), so runs are comparable.
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20261122);
const DAY = 86_400_000;
const dateBetween = (from, to) => {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(rnd() * ((b - a) / DAY + 1)) * DAY).toISOString().slice(0, 10);
};
const sample = (n, from, to) => Array.from({ length: n }, () => dateBetween(from, to));
// Local-time Date objects for date-fns, built the way its users build them.
const local = (iso) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const anyDates = sample(BATCH, '2007-01-01', '2026-12-31');
const addDates = sample(BATCH, '2008-01-01', '2025-06-30');
const spans = sample(BATCH, '2008-01-01', '2021-12-31').map((d) => [d, `${Number(d.slice(0, 4)) + 5}${d.slice(4)}`]);
// 5-year spans: Feb 29 + 5 years does not exist; use Feb 28.
for (const s of spans) if (s[1].endsWith('-02-29')) s[1] = s[1].replace('-02-29', '-02-28');

const suites = [
  {
    name: 'isWorkday, random dates 2007–2026',
    ours: () => anyDates.map((d) => isWorkday(d)),
    peers: {
      'chinese-days': () => anyDates.map((d) => chineseDays.isWorkday(d)),
      'date-fns (!isWeekend)': () => anyDates.map((d) => !isWeekend(local(d))),
    },
  },
  ...[5, 250].map((n) => ({
    name: `add ${n} working days`,
    ours: () => addDates.map((d) => addWorkdays(d, n)),
    peers: {
      'chinese-days': () => addDates.map((d) => chineseDays.findWorkday(n, d)),
      'date-fns addBusinessDays': () => addDates.map((d) => iso(addBusinessDays(local(d), n))),
    },
  })),
  {
    name: 'count working days across 5 years',
    ours: () => spans.map(([a, b]) => workdaysBetween(a, b)),
    peers: {
      // chinese-days counts both ends; ours counts start < d ≤ end (see the API docs).
      'chinese-days': () =>
        spans.map(([a, b]) => chineseDays.getWorkdaysInRange(a, b).length - (chineseDays.isWorkday(a) ? 1 : 0)),
      'date-fns differenceInBusinessDays': () => spans.map(([a, b]) => differenceInBusinessDays(local(b), local(a))),
    },
  },
];

const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0));
const rows = [];
for (const suite of suites) {
  const bench = new Bench({ time: TIME_MS, warmup: true });
  const expected = suite.ours();
  bench.add('chuangye-rules', suite.ours);
  for (const [name, fn] of Object.entries(suite.peers)) bench.add(name, fn);
  await bench.run();
  const opsOf = (task) => (task.result?.throughput?.mean ?? 0) * BATCH;
  const ours = opsOf(bench.tasks[0]);
  console.log(`\n${suite.name}`);
  for (const task of bench.tasks) {
    const ops = opsOf(task);
    const peer = task.name === 'chuangye-rules' ? null : suite.peers[task.name];
    const got = peer ? peer() : expected;
    const differ = got.filter((v, i) => v !== expected[i]).length;
    const ratio = peer ? `${(ours / ops).toFixed(ours / ops >= 100 ? 0 : 1)}× slower than ours` : '';
    const wrong = peer ? `${differ}/${BATCH} answers differ from the official calendar` : '';
    console.log(`  ${task.name.padEnd(36)} ${fmt(ops).padStart(9)} ops/s  ${ratio.padEnd(24)} ${wrong}`);
    rows.push({
      suite: suite.name,
      library: task.name,
      opsPerSecond: Math.round(ops),
      ratioToOurs: peer ? ours / ops : 1,
      differ,
    });
  }
}
if (process.env.BENCH_JSON) console.log(JSON.stringify(rows));
