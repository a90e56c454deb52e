// `npm run bench`: this library against what a user would otherwise pick, in one run,
// on the same inputs. Measures the built package (dist/), as users get it.
// Prints ops/s per library (the median of the per-iteration rates: robust to a noisy
// virtual machine), the ratio to ours, and how often each peer's answer
// differs from the official calendar on these inputs.

import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { addBusinessDays, differenceInBusinessDays, isWeekend } from 'date-fns';
import { Engine } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { addWorkdays, isWorkday, workdaysBetween } from '../../dist/calendar.js';
import { check, compare, tianjin } from '../../dist/index.js';

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

// The Tianjin studio check, against json-rules-engine running the same conditions.
const application = JSON.parse(
  readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
const AS_OF = '2026-11-22';
const engine = tianjinEngine();
const ours = () => check('tianjin', 'studio', application, { asOf: AS_OF });
// Two setups of the general engine. 'derives': it computes the derived facts (years
// reached, qualified staff, the expected name) itself, as an application of it would.
// 'precomputed': those facts are computed once, outside the timing, and handed in as
// plain facts: the engine only evaluates conditions, the fairest setup for it.
const DERIVED = ['leadYearsReached', 'qualifiedStaff', 'useRightEnough', 'expectedName'];
const derivedFacts = await deriveFacts(engine, application);
const plainEngine = tianjinEngine();
for (const name of DERIVED) plainEngine.removeFact(name);
const theirs = {
  'json-rules-engine, derives its facts': () => engine.run({ application }),
  'json-rules-engine, precomputed facts': () => plainEngine.run({ application, ...derivedFacts }),
};
for (const run of Object.values(theirs))
  if (ours().verdict !== 'eligible' || (await run()).events.length !== 1)
    throw new Error('the two disagree on the example');

/** The derived facts' values for one application, computed by the engine's own fact functions. */
async function deriveFacts(e, app) {
  const { almanac } = await e.run({ application: app });
  return Object.fromEntries(await Promise.all(DERIVED.map(async (n) => [n, await almanac.factValue(n)])));
}

/** The conditions of tianjin's 21 studio rules, as json-rules-engine expresses them. */
function tianjinEngine() {
  const e = new Engine([], { allowUndefinedFacts: true });
  const anniversary = (date, years) => {
    const y = Number(date.slice(0, 4)) + years;
    const md =
      date.slice(4) === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '-02-28' : date.slice(4);
    return `${y}${md}`;
  };
  const reached = (fact, years) => (fact.since ? AS_OF >= anniversary(fact.since, years) : (fact.years ?? -1) >= years);
  const app = (almanac) => almanac.factValue('application');
  e.addFact('leadYearsReached', async (_, a) =>
    (await app(a)).leads.every((l) => reached({ since: l.mentoringSince, years: l.mentoringYears }, 5)),
  );
  e.addFact(
    'qualifiedStaff',
    async (_, a) =>
      (await app(a)).staff.filter((m) => reached({ since: m.experienceSince, years: m.experienceYears }, 2)).length,
  );
  e.addFact('useRightEnough', async (_, a) => (await app(a)).venue.useRightUntil >= '2029-11-21');
  e.addFact('expectedName', async (_, a) => {
    const x = await app(a);
    return `天津市${x.leads[0].name}创业指导师工作室${x.specialty}`;
  });
  const at = (path, operator, value) => ({ fact: 'application', path, operator, value });
  const yes = (path) => at(path, 'equal', true);
  const contains = (path, values) => values.map((v) => at(path, 'contains', v));
  // The lists come from the policy's own parameters: the very conditions our rules check.
  const ids = (param) => param.value.map((o) => o.id);
  e.addRule({
    conditions: {
      all: [
        { fact: 'leadYearsReached', operator: 'equal', value: true },
        at('$.leads[0].role', 'in', ids(tianjin.leadRoles)),
        yes('$.leads[0].socialInfluence'),
        at('$.venue.areaSqm', 'greaterThanInclusive', 100),
        { fact: 'useRightEnough', operator: 'equal', value: true },
        yes('$.venue.equipmentComplete'),
        yes('$.venue.convenientLocation'),
        at('$.carrier.kind', 'in', ids(tianjin.carrierKinds)),
        { fact: 'qualifiedStaff', operator: 'greaterThanInclusive', value: 3 },
        yes('$.carrier.operatingEntity'),
        yes('$.venue.consultingAreaSeparated'),
        ...contains('$.venue.zones', [...ids(tianjin.consultingZones), ...ids(tianjin.backOffice)]),
        ...contains('$.resources', ids(tianjin.resourceLibraries)),
        yes('$.annualWorkPlan'),
        yes('$.reportsToDistrict'),
        ...contains('$.systems', ids(tianjin.managementSystems)),
        at('$.name', 'equal', { fact: 'expectedName' }),
        yes('$.materials.applicationForm'),
        ...ids(tianjin.applicationReportContents).map((k) => yes(`$.materials.applicationReport.${k}`)),
        yes('$.materials.memberDocuments'),
        yes('$.materials.businessLicence'),
        yes('$.materials.premisesProof'),
      ],
    },
    event: { type: 'eligible' },
  });
  return e;
}

const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0));
const rows = [];
// Paired rounds, ours then theirs, each rate and ratio taken as the median over rounds:
// this machine's speed drifts between and within runs, and pairing cancels the drift.
{
  const CHECKS = 16;
  const rate = async (fn, ms) => {
    // Each round starts from a clean heap, so neither side pays for the other's garbage.
    globalThis.gc?.();
    let n = 0;
    const start = performance.now();
    const sync = fn === oursSync; // awaiting a sync call would charge it a microtask turn
    while (performance.now() - start < ms) {
      if (sync) for (let i = 0; i < CHECKS; i++) fn();
      else for (let i = 0; i < CHECKS; i++) await fn();
      n += CHECKS;
    }
    return (n * 1000) / (performance.now() - start);
  };
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const oursSync = () => {
    ours();
  };
  await rate(oursSync, 300);
  const alone = [];
  for (let round = 0; round < 9; round++) alone.push(await rate(oursSync, TIME_MS / 4));
  console.log(
    'Tianjin studio eligibility: parse, 21 rules, bilingual report (theirs: the same conditions, pass/fail only)',
  );
  console.log(`  ${'chuangye-rules check(), alone'.padEnd(40)} ${fmt(median(alone)).padStart(9)} checks/s`);
  rows.push({
    suite: 'tianjin studio check',
    library: 'chuangye-rules',
    opsPerSecond: Math.round(median(alone)),
    ratioToOurs: 1,
  });
  for (const [name, run] of Object.entries(theirs)) {
    const pairs = [];
    await rate(run, 300);
    for (let round = 0; round < 9; round++) {
      const a = await rate(oursSync, TIME_MS / 4);
      const b = await rate(run, TIME_MS / 4);
      pairs.push([a, b, a / b]);
    }
    const [a, b, ratio] = [0, 1, 2].map((k) => median(pairs.map((p) => p[k])));
    console.log(`  ${'chuangye-rules check(), paired'.padEnd(40)} ${fmt(a).padStart(9)} checks/s`);
    console.log(
      `  ${name.padEnd(40)} ${fmt(b).padStart(9)} checks/s  ${ratio.toFixed(1)}× slower than ours (median of 9 paired rounds)`,
    );
    rows.push({ suite: 'tianjin studio check', library: name, opsPerSecond: Math.round(b), ratioToOurs: ratio });
  }
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
if (process.env.BENCH_JSON) console.log(JSON.stringify(rows));
