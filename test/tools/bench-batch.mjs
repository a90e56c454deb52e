// Batch benchmark (not a timed test): 50,000 generated Tianjin applications checked by the
// built command with --format ndjson and --format json, reporting peak resident memory
// (maxRSS), files per second of wall clock and per second of CPU. Run: npx tsup && node test/tools/bench-batch.mjs [count]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const count = Number(process.argv[2] ?? 50_000);
const base = JSON.parse(readFileSync(join(ROOT, 'examples/tianjin/studio-application.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'chuangye-bench-'));
const apps = join(dir, 'apps');
mkdirSync(apps);
// Varied applications: areas around the 100 m² line, staff counts around 3, some facts missing.
for (let i = 0; i < count; i++) {
  const app = structuredClone(base);
  app.venue.areaSqm = String(95 + (i % 11));
  app.staff = app.staff.slice(0, 2 + (i % 3));
  if (i % 7 === 0) delete app.venue.consultingAreaSeparated;
  writeFileSync(join(apps, `${String(i).padStart(6, '0')}.json`), JSON.stringify(app));
}
const rssFile = join(dir, 'rss');
// Preloaded into the command: writes its peak resident memory (KiB) when it exits.
const preload = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(rssFile)},JSON.stringify(process.resourceUsage())))`;
const rows = [];
for (const format of ['ndjson', 'json']) {
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
      '2026-11-22',
      '--format',
      format,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
  const rssMiB = usage.maxRSS / 1024;
  // CPU seconds too: on a shared machine the wall clock measures the neighbours as well.
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  rows.push({
    format,
    files: count,
    exit: r.status,
    seconds: seconds.toFixed(2),
    filesPerSecond: Math.round(count / seconds),
    filesPerCpuSecond: Math.round(count / cpu),
    maxRssMiB: rssMiB.toFixed(0),
    verdicts: r.stderr.trim().split('\n').pop(),
  });
}
console.table(rows);
rmSync(dir, { recursive: true, force: true });
