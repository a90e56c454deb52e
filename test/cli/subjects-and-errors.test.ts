// Issue 29, the command (items 8, 9): a file that reads as another subject is said so,
// naming --subject, without changing the verdict; check --help and `rules` list the
// policies and their subjects; a timeline from a day after the check date shows that day
// as to do, not done; every command's bad --policy, --subject, --from and unknown option
// is one line in the command's words; every option a command takes is in its --help.
// Run in process (main), as test/cli/timeline.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { policies } from '../../src/policies/index.js';

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const order: ('stdout' | 'stderr')[] = [];
  const code = main(args, {
    stdout: (t) => {
      stdout += t;
      order.push('stdout');
    },
    stderr: (t) => {
      stderr += t;
      order.push('stderr');
    },
    isTTY: false,
    version: 'test',
  });
  return { code, stdout, stderr, order };
}

/** Exit 2, nothing on stdout, one line on stderr without a stack trace; the line. */
function refused(args: string[]): string {
  const r = run(args);
  expect(r.code, args.join(' ')).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|ERR_/u);
  return r.stderr;
}

const MENTOR = 'examples/pingdingshan/mentor.json';
const STUDIO = 'examples/pingdingshan/studio-application.json';
const AS_OF = ['--as-of', '2026-12-06'];

describe('check: a file that reads as another subject (item 8)', () => {
  it('a mentor checked as the default studio: the verdict stays, a note names --subject mentor', () => {
    const r = run(['check', MENTOR, '--policy', 'pingdingshan', '--format', 'json', ...AS_OF]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ subject: 'studio', verdict: 'ineligible' });
    expect(r.stderr).toContain(
      `chuangye: ${MENTOR}：按市级大众创业指导大师工作室（studio，未指定 --subject 时的默认）检查，有 11 个未知字段；按创业导师（mentor）没有未知字段。如为创业导师材料，请加 --subject mentor\n`,
    );
    // Said after the reports, so that a terminal shows it last.
    expect(r.order.indexOf('stderr')).toBeGreaterThan(r.order.indexOf('stdout'));
  });
  it('in English with --lang en; without "default" when --subject was given', () => {
    const en = run(['check', MENTOR, '--policy', 'pingdingshan', '--format', 'json', '--lang', 'en', ...AS_OF]);
    expect(en.stderr).toContain(
      'checked as Municipal master studio of mass entrepreneurship guidance (studio, the default without --subject) with 11 unknown fields; as Entrepreneurship mentor (mentor) it has none. If it is one, add --subject mentor',
    );
    const asked = run(['check', MENTOR, '--policy', 'pingdingshan', '--subject', 'studio', '--format', 'json']);
    expect(asked.stderr).toContain('（studio）检查');
    expect(asked.stderr).not.toContain('默认');
  });
  it('no note for the subject that fits, for a studio, or under a policy of one subject', () => {
    const mentor = run(['check', MENTOR, '--policy', 'pingdingshan', '--subject', 'mentor', '--format', 'json']);
    expect(mentor.code).toBe(0);
    expect(mentor.stderr).not.toContain('--subject');
    expect(run(['check', STUDIO, '--policy', 'pingdingshan', '--format', 'json']).stderr).not.toContain('--subject');
    // The studio file as a mentor: 10 unknown fields, none as a studio.
    expect(
      run(['check', STUDIO, '--policy', 'pingdingshan', '--subject', 'mentor', '--format', 'json']).stderr,
    ).toContain('请加 --subject studio');
    expect(run(['check', MENTOR, '--policy', 'national', '--format', 'json']).stderr).not.toContain('--subject');
  });
  it('a batch names five files, then counts the rest', () => {
    const r = run(['check', ...Array(7).fill(MENTOR), '--policy', 'pingdingshan', '--format', 'ndjson']);
    expect(r.stderr.match(/请加 --subject mentor/gu)).toHaveLength(5);
    expect(r.stderr).toContain('chuangye: 另有 2 个文件更符合其他申报对象（--subject mentor）\n');
  });
});

describe('the policies and their subjects', () => {
  it('check --help lists each policy with its subjects, the default first', () => {
    const help = run(['check', '--help']).stdout;
    expect(help).toMatch(
      /^ {2}pingdingshan {2}studio \(default\), mentor {2}\(市级大众创业指导大师工作室、创业导师\)$/mu,
    );
    for (const p of Object.values(policies)) expect(help).toMatch(new RegExp(`^  ${p.id} +${p.subjects[0]}`, 'mu'));
  });
  it('rules alone lists the policies (id, title, subjects), in md and json', () => {
    const md = run(['rules']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## pingdingshan · 平顶山市大众创业指导大师工作室认定管理办法');
    expect(md.stdout).toContain('- subject `mentor`: 创业导师 / Entrepreneurship mentor');
    const json = JSON.parse(run(['rules', '--format', 'json']).stdout);
    expect(json.map((p: { id: string }) => p.id)).toEqual(Object.keys(policies));
    expect(json[2]).toMatchObject({
      id: 'pingdingshan',
      docNumber: '平人社办〔2024〕44号',
      subjects: [{ id: 'studio' }, { id: 'mentor', label: { zh: '创业导师', en: 'Entrepreneurship mentor' } }],
    });
    expect(refused(['rules', 'national', 'tianjin'])).toContain('chuangye rules lists them');
  });
});

describe('timeline from a day after the check date (item 9)', () => {
  const args = ['timeline', '--policy', 'tianjin', '--procedure', 'recognition', '--from', '2026-12-15'];
  it('the application is to do on that day, not done; on the day itself it is done', () => {
    const before = run([...args, '--provisional', '--as-of', '2026-12-14', '--format', 'text']);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('申请  [待办 2026-12-15]');
    expect(before.stdout).not.toContain('已完成');
    const json = JSON.parse(run([...args, '--provisional', '--as-of', '2026-12-14', '--format', 'json']).stdout);
    expect(json.steps[0]).toMatchObject({ done: null, planned: '2026-12-15', status: 'pending' });
    expect(json.steps[1]).toMatchObject({ due: '2026-12-24', status: 'projected' });
    const on = run([...args, '--provisional', '--as-of', '2026-12-15', '--format', 'text']);
    expect(on.stdout).toContain('申请  [已完成 2026-12-15]');
  });
  it('without a 2027 file: the missing year is named, with --calendar and the statutory provisional year', () => {
    const line = refused([...args, '--as-of', '2026-12-06']);
    expect(line).toMatch(/^chuangye: No working-day data for 2027 /u);
    expect(line).toContain('--calendar FILE');
    expect(line).toContain(
      "statutory holidays, bridges unknown (--provisional; createCalendar({ fallback: 'statutory' }))",
    );
    expect(line).not.toContain('weekends only');
  });
  it('a missing --procedure is asked for; a policy without procedures is said so', () => {
    expect(refused(['timeline', '--policy', 'tianjin', '--from', '2026-11-02'])).toBe(
      'chuangye: --procedure is required: one of recognition, evaluation, supervision for tianjin\n',
    );
    expect(refused(['timeline', '--policy', 'national', '--procedure', 'recognition'])).toBe(
      'chuangye: national sets no dated procedure; timeline applies to tianjin, pingdingshan, taiyuan\n',
    );
  });
});

describe('every command: bad --policy, --subject, --from and options in one line (leftover B)', () => {
  const file = 'examples/national/eligible-studio.json';
  it('an unknown policy, by option or by name', () => {
    for (const args of [
      ['check', file, '--policy', 'nope'],
      ['reform', file, '--policy', 'nope'],
      ['evaluate', file, '--policy', 'nope'],
      ['timeline', '--policy', 'nope', '--procedure', 'recognition', '--from', '2026-11-02'],
      ['rules', 'nope'],
      ['schema', 'nope', 'studio'],
      ['compare', 'nope', 'national'],
    ])
      expect(refused(args)).toBe('chuangye: unknown policy "nope"; known: national, tianjin, pingdingshan, taiyuan\n');
  });
  it('a subject the policy has not', () => {
    expect(refused(['check', file, '--policy', 'pingdingshan', '--subject', 'expert'])).toBe(
      'chuangye: policy pingdingshan has no subject "expert"; it has: studio, mentor\n',
    );
    expect(refused(['reform', file, '--policy', 'national', '--subject', 'mentor'])).toContain(
      'policy national has no subject "mentor"',
    );
    expect(refused(['schema', 'national', 'mentor'])).toContain('mentor');
  });
  it('an impossible --from, --to or --as-of names the option', () => {
    for (const args of [
      ['deadline', '--from', '2026-02-30', '--workdays', '3'],
      ['timeline', '--policy', 'tianjin', '--procedure', 'recognition', '--from', '2026-02-30'],
      [
        'evaluate',
        'examples/tianjin/year-record.json',
        '--policy',
        'tianjin',
        '--from',
        '2026-02-30',
        '--to',
        '2027-02-28',
      ],
    ])
      expect(refused(args)).toMatch(
        /^chuangye: (--from: )?--from must be a real YYYY-MM-DD date, got "2026-02-30"\n$/u,
      );
    expect(refused(['check', file, '--policy', 'national', '--as-of', '2026-02-30'])).toContain('--as-of must be');
  });
  it('an option a command does not take, or one without its value, in the command’s words', () => {
    expect(refused(['check', file, '--policy', 'national', '--from', '2026-11-02'])).toBe(
      'chuangye: unknown option --from (chuangye check --help lists the options)\n',
    );
    expect(refused(['deadline', '--policy', 'tianjin'])).toBe(
      'chuangye: unknown option --policy (chuangye deadline --help lists the options)\n',
    );
    expect(refused(['check', file, '--policy'])).toBe('chuangye: --policy needs a value (chuangye check --help)\n');
    expect(refused(['check', file, '--policy', 'national', '--signature=yes'])).toBe(
      'chuangye: --signature takes no value (chuangye check --help)\n',
    );
  });
});

describe('every command’s --help names every option it takes', () => {
  // Every option any command declares, read from the command modules; which ones a
  // command takes is then found by asking it (an unknown option is refused as such).
  const sources = readdirSync('src/cli')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(`src/cli/${f}`, 'utf8'))
    .join('\n');
  const names = [
    ...new Set([...sources.matchAll(/^\s+'?([a-z][a-z-]*)'?: \{ type: '(?:string|boolean)'/gmu)].map((m) => m[1])),
  ];
  const commands = [
    'check',
    'evaluate',
    'deadline',
    'timeline',
    'calendar',
    'rules',
    'schema',
    'compare',
    'reform',
    'handbook',
  ];
  it('finds the options (a sanity check of the reading)', () => {
    for (const name of ['policy', 'subject', 'format', 'calendar', 'provisional', 'max-bytes', 'fail-on', 'set'])
      expect(names).toContain(name);
  });
  for (const command of commands)
    it(command, () => {
      const help = run([command, '--help']).stdout;
      for (const name of names as string[]) {
        const r = run([command, `--${name}`]);
        if (r.stderr.includes(`unknown option --${name}`)) continue;
        expect(help, `${command} takes --${name}`).toContain(`--${name}`);
      }
    });
});
