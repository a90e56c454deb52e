// `npm run bench`: this library against what a user would otherwise pick, in one run,
// on the same inputs. Measures the built package (dist/), as users get it.
// Prints ops/s per library (the median of the per-iteration rates: robust to a noisy
// virtual machine), the ratio to ours, and how often each peer's answer
// differs from the official calendar on these inputs. Then every policy's check against a
// hand-written floor and json-rules-engine (issue 30), and the command over a batch of
// files. `--write-readme` writes the README's performance table; BENCH_FILES sets the
// batch's size (50,000), BENCH_TIME_MS the time per measurement.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { addBusinessDays, differenceInBusinessDays, isWeekend } from 'date-fns';
import { Engine } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { addWorkdays, isWorkday, workdaysBetween } from '../../dist/calendar.js';
import * as lib from '../../dist/index.js';
import { check, checkMany, compare, getPolicy } from '../../dist/index.js';
import { peers as peerTable, precomputed, saysEligible } from './bench-peers.mjs';

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

// The Tianjin application: the reform and the command's batch are made of it.
const application = JSON.parse(
  readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
const AS_OF = '2026-11-22';
// Each policy's peers (bench-peers.mjs): the hand-written floor, and json-rules-engine with
// the same criteria as compound conditions, deriving its facts or over precomputed ones.
const PEERS = peerTable(lib);

const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0));
const rows = [];
// Every policy's check (issue 30), in interleaved rounds — ours, the hand-written floor,
// the general engine — each rate and ratio the median over rounds: this machine's speed
// drifts between and within runs (and other jobs share it), and interleaving cancels most
// of the drift. Ratios are the numbers to read; absolute rates move with the load.
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
async function rate(fn, ms, isAsync) {
  // No forced collection between rounds: a full one shrinks the young generation, and the
  // round after it pays to grow it again (measured: the Tianjin check at about half its
  // steady rate after a json-rules-engine round). Each side's garbage is collected as it
  // runs, as in a service.
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    // Awaiting a sync call would charge it a microtask turn.
    if (isAsync) for (let i = 0; i < 16; i++) await fn();
    else for (let i = 0; i < 16; i++) fn();
    n += 16;
  }
  return (n * 1000) / (performance.now() - start);
}
const example = (path) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
/**
 * The general engine in its most favourable setup, for any policy: each of our rule's
 * answers computed once, outside the timing, and handed in as a plain fact; the engine
 * evaluates one single-condition rule per fact.
 */
function singleConditions(report) {
  const e = new Engine([], { allowUndefinedFacts: true });
  const facts = {};
  report.results.forEach((r, i) => {
    facts[`c${i}`] = r.status === 'pass';
    e.addRule({ conditions: { all: [{ fact: `c${i}`, operator: 'equal', value: true }] }, event: { type: `c${i}` } });
  });
  return () => e.run(facts);
}
const CHECKED = [
  ['tianjin', 'studio', 'tianjin/studio-application.json'],
  ['national', 'studio', 'national/eligible-studio.json'],
  ['pingdingshan', 'studio', 'pingdingshan/studio-application.json'],
  ['pingdingshan', 'mentor', 'pingdingshan/mentor.json'],
  ['taiyuan', 'expert', 'taiyuan/candidate.json'],
];
for (const policy of ['national', 'tianjin', 'pingdingshan', 'taiyuan'])
  for (const subject of getPolicy(policy).subjects)
    if (!CHECKED.some(([p, s]) => p === policy && s === subject))
      throw new Error(`bench: no example for ${policy} ${subject}: every policy's check is measured`);
/**
 * The rules a check runs, counting each run: a Pingdingshan studio's check also runs the
 * conditions of 第五条（一）（二） for each of its mentors (the mentor check's rules but the
 * in-force one), so its time per declared rule overstates its time per rule run.
 */
const MENTOR_CONDITIONS =
  check('pingdingshan', 'mentor', example('pingdingshan/mentor.json'), { asOf: AS_OF }).results.length - 1;
const ruleRuns = (policy, subject, input, rules) =>
  policy === 'pingdingshan' && subject === 'studio' ? rules + input.mentors.length * MENTOR_CONDITIONS : rules;
const policyRows = [];
console.log("Each policy's check: parse, rules, bilingual report (interleaved rounds, medians)");
for (const [policy, subject, path] of CHECKED) {
  const input = example(path);
  const ours = () => check(policy, subject, input, { asOf: AS_OF });
  const report = ours();
  const rules = report.results.length;
  const peer = PEERS[`${policy} ${subject}`];
  const derives = peer.engine();
  const derivesRun = () => derives.run({ application: input, asOf: AS_OF });
  const precomputedRun = await precomputed(peer, input, AS_OF);
  if (report.verdict !== 'eligible' || !peer.floor(input, AS_OF))
    throw new Error(`bench: the floor and the check disagree on the ${policy} ${subject} example`);
  for (const run of [derivesRun, precomputedRun])
    if (!saysEligible(await run()))
      throw new Error(`bench: the engine and the check disagree on the ${policy} ${subject} example`);
  const peers = [
    ['hand-written floor', () => peer.floor(input, AS_OF), false],
    ['json-rules-engine, single conditions over precomputed facts', singleConditions(report), true],
    ['json-rules-engine, compound conditions over precomputed facts', precomputedRun, true],
    ['json-rules-engine, compound conditions deriving its facts', derivesRun, true],
  ];
  for (const [, fn, isAsync] of peers) await rate(fn, 200, isAsync);
  await rate(ours, 300, false);
  const rounds = [];
  for (let round = 0; round < 9; round++) {
    const mine = await rate(ours, TIME_MS / 4, false);
    const theirs = [];
    for (const [, fn, isAsync] of peers) theirs.push(await rate(fn, TIME_MS / 4, isAsync));
    rounds.push({ mine, theirs });
  }
  const mine = median(rounds.map((r) => r.mine));
  const row = {
    policy,
    subject,
    rules,
    runs: ruleRuns(policy, subject, input, rules),
    verdict: report.verdict,
    checksPerSecond: Math.round(mine),
    peers: {},
  };
  console.log(
    `  ${`${policy} ${subject} (${rules} rules, ${report.verdict})`.padEnd(62)} ${fmt(mine).padStart(9)} checks/s`,
  );
  peers.forEach(([name], k) => {
    const r = median(rounds.map((x) => x.theirs[k]));
    const ratio = median(rounds.map((x) => x.mine / x.theirs[k]));
    row.peers[name] = { perSecond: Math.round(r), oursTimes: ratio };
    const says =
      name === 'hand-written floor'
        ? `the check costs ${(1 / ratio).toFixed(1)}× the floor`
        : `${ratio.toFixed(1)}× slower than ours`;
    console.log(`    ${name.padEnd(60)} ${fmt(r).padStart(9)} /s  ${says}`);
  });
  policyRows.push(row);
  rows.push({
    suite: `${policy} ${subject} check`,
    library: 'chuangye-rules',
    opsPerSecond: row.checksPerSecond,
    ratioToOurs: 1,
  });
}
// Per rule: each policy's time per check and rule against Tianjin's (target: within 2×).
{
  const tj = policyRows[0];
  const nsPerRule = (r) => 1e9 / r.checksPerSecond / r.rules;
  const nsPerRun = (r) => 1e9 / r.checksPerSecond / r.runs;
  for (const r of policyRows) {
    r.perRuleVsTianjin = nsPerRule(r) / nsPerRule(tj);
    r.perRunVsTianjin = nsPerRun(r) / nsPerRun(tj);
  }
  console.log('  time per rule against Tianjin’s (target ≤ 2×): per declared rule, per rule run');
  for (const r of policyRows)
    console.log(
      `    ${`${r.policy} ${r.subject}`.padEnd(24)} ${nsPerRule(r).toFixed(0).padStart(6)} ns/rule  ${r.perRuleVsTianjin.toFixed(2)}×   ${r.runs} runs ${nsPerRun(r).toFixed(0).padStart(6)} ns/run  ${r.perRunVsTianjin.toFixed(2)}×`,
    );
}
// A report renders its results on their first read (issue 30): a check whose report is
// read in full (JSON, as the command writes it) costs more than the verdict alone. Both,
// interleaved, so the table's rates are not mistaken for the cost of a printed report.
{
  const input = example('tianjin/studio-application.json');
  const verdict = () => check('tianjin', 'studio', input, { asOf: AS_OF }).verdict;
  const whole = () => JSON.stringify(check('tianjin', 'studio', input, { asOf: AS_OF }));
  const results = () => check('tianjin', 'studio', input, { asOf: AS_OF }).results.length;
  const r = { verdict: [], results: [], whole: [] };
  for (let round = 0; round < 7; round++) {
    r.verdict.push(await rate(verdict, TIME_MS / 6, false));
    r.results.push(await rate(results, TIME_MS / 6, false));
    r.whole.push(await rate(whole, TIME_MS / 6, false));
  }
  console.log(
    `  tianjin studio, the verdict read: ${fmt(median(r.verdict))} checks/s; every result read: ${fmt(median(r.results))}/s; the whole report as JSON: ${fmt(median(r.whole))}/s`,
  );
}
// A process runs at the speed of the CPU it lands on, and a virtual machine's CPUs need not
// be alike (this project's two differ by about a third on a check, not on plain
// arithmetic): where `taskset` exists, the Tianjin check is timed pinned to each in turn.
const perCpu = [];
{
  const probe = `const L = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
const input = ${JSON.stringify(application)};
const f = () => L.check('tianjin', 'studio', input, { asOf: '${AS_OF}' }).verdict;
const rate = (ms) => { let n = 0; const s = performance.now(); while (performance.now() - s < ms) { for (let i = 0; i < 64; i++) f(); n += 64; } return (n * 1000) / (performance.now() - s); };
rate(500);
console.log([rate(300), rate(300), rate(300)].sort((a, b) => a - b)[1]);`;
  for (let cpu = 0; cpu < availableParallelism(); cpu++) {
    const run = spawnSync('taskset', ['-c', String(cpu), process.execPath, '--input-type=module', '-e', probe], {
      encoding: 'utf8',
    });
    // No taskset (not Linux) or no such CPU: nothing to say.
    if (run.status !== 0) break;
    perCpu.push({ cpu, checksPerSecond: Number(run.stdout.trim()) });
  }
  if (perCpu.length > 0)
    console.log(
      `  tianjin studio pinned to each CPU: ${perCpu.map((c) => `CPU ${c.cpu} ${fmt(c.checksPerSecond)} checks/s`).join(', ')}`,
    );
}
// checkMany against check one by one: the options resolved once per batch.
{
  const input = example('tianjin/studio-application.json');
  const batch = Array.from({ length: 64 }, () => input);
  const one = () => {
    for (const a of batch) check('tianjin', 'studio', a, { asOf: AS_OF });
  };
  const many = () => checkMany('tianjin', 'studio', batch, { asOf: AS_OF });
  const r = [];
  for (let round = 0; round < 7; round++)
    r.push((await rate(many, TIME_MS / 4, false)) / (await rate(one, TIME_MS / 4, false)));
  console.log(`  checkMany of 64 against check one by one: ${median(r).toFixed(2)}× the rate`);
}

// A reform checks each application twice (the text, then the change): it should cost
// about two checks, so its rate is at least 0.45× a plain check's.
{
  const batch = Array.from({ length: 64 }, () => application);
  const run = compare.startReform('tianjin', 'studio', { asOf: AS_OF, parameters: { 'venue.areaSqm': '80' } });
  const bench = new Bench({ time: TIME_MS, warmup: true });
  bench.add('check', () => {
    for (const a of batch) check('tianjin', 'studio', a, { asOf: AS_OF });
  });
  bench.add('reform', () => {
    for (const a of batch) run.entry(a);
  });
  await bench.run();
  const [plain, reformed] = bench.tasks.map((t) => (t.result?.throughput?.p50 ?? 0) * batch.length);
  console.log('\nA reform over a batch (two checks per application)');
  console.log(`  ${'check'.padEnd(36)} ${fmt(plain).padStart(9)} applications/s`);
  console.log(
    `  ${'reform (text and change)'.padEnd(36)} ${fmt(reformed).padStart(9)} applications/s  ${(reformed / plain).toFixed(2)}× the plain rate (target ≥ 0.45×)`,
  );
  rows.push({
    suite: 'reform',
    library: 'chuangye-rules reform',
    opsPerSecond: Math.round(reformed),
    ratioToOurs: reformed / plain,
  });
}
for (const suite of suites) {
  const bench = new Bench({ time: TIME_MS, warmup: true });
  const expected = suite.ours();
  bench.add('chuangye-rules', suite.ours);
  for (const [name, fn] of Object.entries(suite.peers)) bench.add(name, fn);
  await bench.run();
  const opsOf = (task) => (task.result?.throughput?.p50 ?? 0) * BATCH;
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

// The command over a batch: BENCH_FILES generated Tianjin applications (50,000), checked
// as NDJSON with --jobs 1 and --jobs 2; files per second of wall clock, and the process's
// peak resident memory (all its threads). BENCH_ROUNDS (1) alternates the two that many
// times and keeps each one's median; the machine's load average is printed with each run.
const batchRows = [];
{
  const { loadavg } = await import('node:os');
  const count = Number(process.env.BENCH_FILES ?? 50_000);
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
  const ROOT = new URL('../../', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'chuangye-bench-'));
  const apps = join(dir, 'apps');
  mkdirSync(apps);
  // Varied applications: areas around the 100 m² line, staff counts around 3, some facts missing.
  for (let i = 0; i < count; i++) {
    const app = structuredClone(application);
    app.venue.areaSqm = String(95 + (i % 11));
    app.staff = app.staff.slice(0, 2 + (i % 3));
    if (i % 7 === 0) delete app.venue.consultingAreaSeparated;
    writeFileSync(join(apps, `${String(i).padStart(6, '0')}.json`), JSON.stringify(app));
  }
  const rssFile = join(dir, 'rss');
  // Preloaded into the command: writes its resource usage (peak RSS in KiB) when it exits.
  const preload = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(rssFile)},JSON.stringify(process.resourceUsage())))`;
  console.log(
    `\nThe command: ${count.toLocaleString('en')} application files, --format ndjson (${availableParallelism()} cores)`,
  );
  const runs = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    for (const jobs of [1, 2]) {
      const load = loadavg()[0];
      const started = process.hrtime.bigint();
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          preload,
          join(ROOT, 'dist/cli.js'),
          'check',
          apps,
          '--policy',
          'tianjin',
          '--as-of',
          AS_OF,
          '--format',
          'ndjson',
          '--jobs',
          String(jobs),
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      const run = {
        jobs,
        files: count,
        exit: r.status,
        seconds,
        filesPerSecond: Math.round(count / seconds),
        peakRssMiB: Math.round(usage.maxRSS / 1024),
        loadAverage: Math.round(load * 100) / 100,
      };
      runs[jobs].push(run);
      console.log(
        `  --jobs ${jobs}: ${fmt(run.filesPerSecond).padStart(7)} files/s, ${seconds.toFixed(1)} s, peak RSS ${run.peakRssMiB} MiB, load average ${load.toFixed(2)}  (${r.stderr.trim().split('\n').pop()})`,
      );
    }
  }
  for (const jobs of [1, 2]) {
    const sorted = runs[jobs].toSorted((a, b) => a.filesPerSecond - b.filesPerSecond);
    batchRows.push(sorted[Math.floor(sorted.length / 2)]);
  }
  rmSync(dir, { recursive: true, force: true });
}

// The README's performance table is this benchmark's output (`--write-readme`).
if (process.argv.includes('--write-readme')) {
  const START = '<!-- performance: written by test/tools/bench.mjs --write-readme -->';
  const END = '<!-- /performance -->';
  const README = new URL('../../README.md', import.meta.url);
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (at < 0 || end < at) throw new Error(`README.md has no table between ${START} and ${END}`);
  const x = (n) => `${n >= 10 ? n.toFixed(0) : n.toFixed(1)}×`;
  const peer = (row, name) => row.peers[name];
  const floor = (row) => peer(row, 'hand-written floor');
  const cell = (row, name) =>
    peer(row, name) ? `${fmt(peer(row, name).perSecond)}/s (ours ${x(peer(row, name).oursTimes)})` : '—';
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${availableParallelism()} cores shared with other jobs: rates move with the load and with the CPU a process lands on, the ratios (interleaved rounds, medians) much less.${perCpu.length > 1 ? ` The Tianjin check pinned to each CPU: ${perCpu.map((c) => `CPU ${c.cpu} ${fmt(c.checksPerSecond)}/s`).join(', ')}.` : ''}`,
    '',
    '| check | rules (runs) | checks/s | time per rule vs Tianjin (per run) | hand-written floor | json-rules-engine, single conditions over precomputed facts | json-rules-engine, compound conditions over precomputed facts | json-rules-engine, deriving its facts |',
    '|---|---|---|---|---|---|---|---|',
    ...policyRows.map(
      (r) =>
        `| ${r.policy} ${r.subject} | ${r.runs === r.rules ? r.rules : `${r.rules} (${r.runs})`} | ${fmt(r.checksPerSecond)} | ${r.perRuleVsTianjin.toFixed(2)}×${r.runs === r.rules ? '' : ` (${r.perRunVsTianjin.toFixed(2)}×)`} | ${floor(r) ? `${fmt(floor(r).perSecond)}/s (the check costs ${(1 / floor(r).oursTimes).toFixed(1)}×)` : '—'} | ${cell(r, 'json-rules-engine, single conditions over precomputed facts')} | ${cell(r, 'json-rules-engine, compound conditions over precomputed facts')} | ${cell(r, 'json-rules-engine, compound conditions deriving its facts')} |`,
    ),
    '',
    '| `chuangye check` (Tianjin, NDJSON) | files | files/s | peak RSS |',
    '|---|---|---|---|',
    ...batchRows.map(
      (r) =>
        `| \`--jobs ${r.jobs}\` | ${r.files.toLocaleString('en')} | ${fmt(r.filesPerSecond)} | ${r.peakRssMiB} MiB |`,
    ),
  ];
  writeFileSync(README, `${readme.slice(0, at + START.length)}\n${lines.join('\n')}\n${readme.slice(end)}`);
  console.log('README.md: performance table written');
}
if (process.env.BENCH_JSON) console.log(JSON.stringify({ rows, policies: policyRows, perCpu, batch: batchRows }));
