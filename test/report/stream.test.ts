// Batches of any size: the writer streams ndjson and json one report at a time, with the
// same bytes the whole-document renderer gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/shared.js';
import { check, renderReports, reportWriter } from '../../src/index.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
const entries = [
  'national/eligible-studio.json',
  'national/incomplete-studio.json',
  'national/ineligible-studio.json',
].map((file) => ({ file, report: check('national', 'studio', read(file), { asOf: '2026-11-22' }) }));

function collect(format: 'json' | 'ndjson' | 'text' | 'md' | 'html', list = true) {
  const chunks: string[] = [];
  const w = reportWriter((t) => chunks.push(t), { format, list });
  const sizes: number[] = [];
  for (const e of entries) {
    w.write(e);
    sizes.push(chunks.length);
  }
  w.end();
  return { out: chunks.join(''), sizes };
}

describe('reportWriter', () => {
  it('json: the same bytes as renderReports, written as each report comes', () => {
    const { out, sizes } = collect('json');
    expect(out).toBe(renderReports(entries, { format: 'json', list: true }));
    expect(sizes).toEqual([1, 2, 3]);
    expect(JSON.parse(out)).toHaveLength(3);
  });
  it('ndjson: one parseable report per line, as each comes', () => {
    const { out, sizes } = collect('ndjson');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(sizes).toEqual([1, 2, 3]);
    expect(lines.map((l) => JSON.parse(l).verdict)).toEqual(['eligible', 'incomplete', 'ineligible']);
    expect(JSON.parse(lines[0] as string).file).toBe('national/eligible-studio.json');
  });
  it("ndjson: JSON.stringify's bytes, the parts reports share written once and never stale", () => {
    const { out } = collect('ndjson');
    expect(out).toBe(entries.map(({ file, report }) => `${JSON.stringify({ file, ...report })}\n`).join(''));
    // The cited clauses are one frozen object for every report of the policy.
    expect(entries[0]?.report.cited).toBe(entries[1]?.report.cited);
    const line = (report: unknown) => renderReports([{ report } as never], { format: 'ndjson' });
    const base = entries[0]?.report as object;
    // A frozen part with something mutable inside is written afresh each time.
    const inner = { note: 'a' };
    const part = Object.freeze({ inner });
    const report = { ...base, document: part };
    expect(line(report)).toContain('"document":{"inner":{"note":"a"}}');
    inner.note = 'b';
    expect(line(report)).toContain('"document":{"inner":{"note":"b"}}');
    // So is one with a getter, and the same frozen data under another key.
    let n = 0;
    const getter = Object.freeze(Object.defineProperty({}, 'n', { get: () => ++n, enumerable: true }));
    expect(line({ ...base, document: getter })).toContain('"document":{"n":1}');
    expect(line({ ...base, document: getter })).toContain('"document":{"n":2}');
    const shared = Object.freeze({ zh: '甲', en: 'A' });
    expect(line({ ...base, document: shared })).toContain('"document":{"zh":"甲","en":"A"}');
    expect(line({ ...base, subjectLabel: shared })).toContain('"subjectLabel":{"zh":"甲","en":"A"}');
  });
  it('text and md stream too; html waits for the summary table', () => {
    expect(collect('text').out).toBe(renderReports(entries, { format: 'text' }));
    expect(collect('md').out).toBe(renderReports(entries, { format: 'md' }));
    const html = collect('html');
    expect(html.sizes).toEqual([0, 0, 0]);
    expect(html.out).toBe(renderReports(entries, { format: 'html', list: true }));
  });
  it('no report: json writes nothing (the command says why on stderr)', () => {
    const chunks: string[] = [];
    reportWriter((t) => chunks.push(t), { format: 'json', list: true }).end();
    expect(chunks).toEqual([]);
  });
});

describe('progress', () => {
  const io = (tty: boolean, clock: { t: number }, err: string[]) => ({
    stdout: () => undefined,
    stderr: (s: string) => err.push(s),
    isTTY: false,
    stderrIsTTY: tty,
    version: '0',
    now: () => clock.t,
  });
  it('shows only when stderr is a terminal and the batch runs long, and is erased at the end', () => {
    const clock = { t: 0 };
    const err: string[] = [];
    const bar = progress(io(true, clock, err), 1000);
    bar.tick(64);
    expect(err).toEqual([]);
    clock.t = 2500;
    bar.tick(128);
    expect(err[0]).toContain('128 / 1000');
    bar.end();
    expect(err.at(-1)).toBe('\r\u001b[K');
  });
  it('never in a pipe or a CI log', () => {
    const clock = { t: 10_000 };
    const err: string[] = [];
    const bar = progress(io(false, clock, err), 1000);
    for (let i = 1; i <= 1000; i++) bar.tick(i);
    bar.end();
    expect(err).toEqual([]);
  });
});
