// `npm run generate:calendar -- 2027.json`: the new year goes through the same reading
// and cross-checks as a file given to the command, then the data are regenerated.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCRIPT = join(ROOT, 'test/tools/generate-calendar-data.mjs');
const generate = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('generate:calendar', () => {
  it('regenerates the committed data version from the fixtures', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-')), 'data.ts');
    const r = generate('test/fixtures/holiday-cn', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('2020-02-03');
    const version = (text: string) => text.match(/OFFICIAL_DATA_VERSION = '([^']+)'/u)?.[1];
    expect(version(readFileSync(out, 'utf8'))).toBe(
      version(readFileSync(join(ROOT, 'src/calendar/data.generated.ts'), 'utf8')),
    );
  }, 60_000);
  it('takes a new year file, writes it in the holiday-cn format and extends the range', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    cpSync(join(ROOT, 'test/fixtures/holiday-cn'), join(dir, 'years'), { recursive: true });
    const out = join(dir, 'data.ts');
    const r = generate(join(dir, 'years'), 'test/fixtures/invented-2027-minimal.json', '--out', out);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'years/2027.json'), 'utf8')).days[0]).toEqual({
      name: '元旦',
      date: '2027-01-01',
      isOffDay: true,
    });
    const data = readFileSync(out, 'utf8');
    expect(data).toContain("to: '2027-12-31'");
    expect(data).toContain('holiday-cn 2007–2027');
  }, 60_000);
  it('refuses a year file that fails a cross-check, naming file and entry, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    cpSync(join(ROOT, 'test/fixtures/holiday-cn'), join(dir, 'years'), { recursive: true });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ year: 2027, offDays: ['2027-03-01'] }));
    const r = generate(join(dir, 'years'), bad, '--out', join(dir, 'data.ts'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.json: offDays[0] (2027-03-01)');
    expect(existsSync(join(dir, 'data.ts'))).toBe(false);
    expect(existsSync(join(dir, 'years/2027.json'))).toBe(false);
  }, 60_000);
});
