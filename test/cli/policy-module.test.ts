// `chuangye schema` and `chuangye evaluate` take --policy-module like rules, check and
// compare: the module's policy named by the module alone, or by its id; every command
// that takes the option says so in its help.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicyModules, POLICY_MODULE_COMMANDS } from '../../src/cli/policy-module.js';
import { jsonSchemaOf } from '../../src/cli/schema.js';
import { runCommand } from '../helpers/cli.js';

const here = new URL('.', import.meta.url).pathname;
const STUDIO = join(here, '../define/fixtures/policy-module.ts');
const EVALUATION = join(here, 'fixtures/evaluation-module.ts');
const YEAR = new URL('../../examples/tianjin/year-record.json', import.meta.url).pathname;

const run = runCommand;

beforeAll(async () => {
  await loadPolicyModules(['schema', '--policy-module', STUDIO], '/');
  await loadPolicyModules(['evaluate', '--policy-module', EVALUATION], '/');
});

describe('chuangye schema --policy-module', () => {
  it('names the subject alone, or the policy and the subject: the module policy’s labelled schema', () => {
    const alone = run(['schema', 'studio', '--policy-module', STUDIO, '--lang', 'en']);
    expect(alone.stderr).toBe('');
    expect(alone.code).toBe(0);
    const schema = JSON.parse(alone.stdout);
    expect(schema.title).toBe('example-city studio');
    expect(Object.keys(schema.properties)).toEqual(['mentors']);
    const named = run(['schema', 'example-city', 'studio', `--policy-module=${STUDIO}`, '--lang', 'en']);
    expect(named.stdout).toBe(alone.stdout);
  });

  it('a subject the module policy lacks: one line naming what it has, exit 2', () => {
    const r = run(['schema', 'mentor', '--policy-module', STUDIO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chuangye: policy example-city has no subject "mentor"; it has: studio\n');
  });

  it('the evaluation of a module policy that has one: the same schema as the text it adopts', () => {
    const r = run(['schema', 'evaluation', '--policy-module', EVALUATION, '--lang', 'zh']);
    expect(r.code).toBe(0);
    const { title, ...rest } = JSON.parse(r.stdout);
    expect(title).toBe('tianjin-adopted evaluation');
    const { title: _, ...bundled } = jsonSchemaOf('tianjin', 'evaluation', { lang: 'zh' });
    expect(rest).toEqual(bundled);
  });
});

describe('chuangye evaluate --policy-module', () => {
  it('grades the record under the module policy, named by the module alone or by --policy', () => {
    const base = ['evaluate', YEAR, '--policy-module', EVALUATION, '--as-of', '2026-11-22', '--format', 'json'];
    const alone = run(base);
    expect(alone.stderr).toBe('');
    const report = JSON.parse(alone.stdout);
    expect(report.policy).toBe('tianjin-adopted');
    const bundled = run(['evaluate', YEAR, '--policy', 'tianjin', '--as-of', '2026-11-22', '--format', 'json']);
    expect([report.grade, report.verdict, alone.code]).toEqual([
      JSON.parse(bundled.stdout).grade,
      JSON.parse(bundled.stdout).verdict,
      bundled.code,
    ]);
    expect(report.grade).toBeDefined();
    const named = run([...base, '--policy', 'tianjin-adopted']);
    expect(named.stdout).toBe(alone.stdout);
  });

  it('a module policy without an evaluation: one line, exit 2', () => {
    const r = run(['evaluate', YEAR, '--policy-module', STUDIO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chuangye: policy example-city has no annual evaluation\n');
  });
});

describe('every command that takes --policy-module says so in its help', () => {
  it.each(POLICY_MODULE_COMMANDS)('%s --help names --policy-module', (command) => {
    const r = run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--policy-module FILE');
  });

  it('the five commands, and no other', () => {
    expect([...POLICY_MODULE_COMMANDS].sort()).toEqual(['check', 'compare', 'evaluate', 'rules', 'schema']);
  });
});
