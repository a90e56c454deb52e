import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyModules } from '../../src/cli/policy-module.js';
import { runCommand } from '../helpers/cli.js';

const here = new URL('.', import.meta.url).pathname;
const MODULE = join(here, 'fixtures/policy-module.ts');

const run = runCommand;

describe('--policy-module: a defined policy in rules, check and compare', () => {
  it('check: the module policy, named by the module alone; exit 0 eligible, 1 not applicable', async () => {
    await loadPolicyModules(['check', '--policy-module', MODULE], '/');
    const dir = mkdtempSync(join(tmpdir(), 'cy-define-'));
    const file = join(dir, 'studio.json');
    writeFileSync(file, JSON.stringify({ mentors: 3 }));
    const ok = run(['check', file, '--policy-module', MODULE, '--as-of', '2026-06-01', '--format', 'json']);
    expect(ok.stderr).toContain('符合条件 1');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ policy: 'example-city', verdict: 'eligible' });
    const before = run(['check', file, `--policy-module=${MODULE}`, '--as-of', '2025-06-01', '--format', 'json']);
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).verdict).toBe('not_applicable');
    const text = run(['check', file, '--policy-module', MODULE, '--as-of', '2025-06-01', '--format', 'text']);
    expect(text.stdout).toContain('不适用');
  });

  it('rules and compare', async () => {
    await loadPolicyModules(['rules', '--policy-module', MODULE], '/');
    const rules = run(['rules', '--policy-module', MODULE, '--format', 'json']);
    expect(rules.stderr).toBe('');
    expect(rules.code).toBe(0);
    expect(JSON.parse(rules.stdout).policy).toBe('example-city');
    const compare = run(['compare', 'national', '--policy-module', MODULE, '--format', 'json']);
    expect(compare.stderr).toBe('');
    expect(compare.code).toBe(0);
    expect(JSON.parse(compare.stdout).policies.map((p: { id: string }) => p.id)).toEqual(['national', 'example-city']);
  });

  it('a module without a policy, a missing file, another command: one line, exit 2', async () => {
    await expect(
      loadPolicyModules(['check', '--policy-module', join(here, 'fixtures/no-policy.ts')], '/'),
    ).rejects.toThrow(/exports no policy/u);
    await expect(loadPolicyModules(['check', '--policy-module', join(here, 'nope.js')], '/')).rejects.toThrow(
      /--policy-module/u,
    );
    await expect(loadPolicyModules(['deadline', '--policy-module', MODULE], '/')).rejects.toThrow(/applies to/u);
    expect(run(['check', 'x.json', '--policy-module', '/not/loaded.js']).code).toBe(2);
  });

  it('compare --profile: a module policy without a profile mapping is a usage error naming it', async () => {
    await loadPolicyModules(['compare', '--policy-module', MODULE], '/');
    const dir = mkdtempSync(join(tmpdir(), 'cy-define-'));
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify({ mentors: [] }));
    const r = run(['compare', '--profile', file, '--policy-module', MODULE, '--as-of', '2026-06-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"example-city" (--policy-module) declares no profile mapping');
  });
});
