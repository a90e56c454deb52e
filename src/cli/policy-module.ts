// `--policy-module ./my-policy.js` (rules, check, compare, schema, evaluate): a module whose
// default export, or named export `policy`, is a policy made by definePolicy (or
// policyVersions). ES modules load asynchronously and the commands are synchronous, so the
// executable loads the modules first (`loadPolicyModules`) and the commands find them here
// by id. The module's
// policy came through its own copy of the library (dist/define.js); it is defined again
// here, through the command's copy, which checks it as definePolicy does.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Policy } from '../core/types.js';
import { definePolicy, type PolicyDefinition } from '../define/define.js';
import { policyVersions } from '../define/versions.js';
import { UsageError } from './shared.js';

/** The commands that take --policy-module. */
export const POLICY_MODULE_COMMANDS: readonly string[] = ['rules', 'check', 'compare', 'schema', 'evaluate'];

/** The policies loaded, by id, in the order given. */
const loaded = new Map<string, Policy>();
/** The files loaded, resolved, with the id each gave. */
const files = new Map<string, string>();

/** The paths given with --policy-module (or --policy-module=PATH) in a command's arguments. */
function modulePaths(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--policy-module') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError('--policy-module needs a file');
      out.push(next);
      i++;
    } else if (a.startsWith('--policy-module=')) out.push(a.slice('--policy-module='.length));
  }
  return out;
}

/** The policy a module exports, taken again through this copy of the library. */
export function policyOfModule(namespace: unknown, file: string): Policy {
  const ns = (namespace ?? {}) as { default?: unknown; policy?: unknown };
  const exported = ns.policy ?? ns.default;
  if (typeof exported !== 'object' || exported === null)
    throw new UsageError(
      `${file}: exports no policy (a default export or an export named "policy", made by definePolicy)`,
    );
  return redefine(exported as Policy);
}

function redefine(p: Policy): Policy {
  if (p.versions) return policyVersions(p.versions.map(redefine));
  const { versions: _, ...definition } = p;
  // The bundled ids are taken by the bundled policies: a module standing for one is refused by definePolicy.
  return definePolicy(definition as unknown as PolicyDefinition<never>);
}

/**
 * Loads the policy modules the arguments name, before the command runs.
 * @throws UsageError for a file that cannot be imported or exports no policy.
 */
export async function loadPolicyModules(argv: readonly string[], cwd: string): Promise<void> {
  const [command, ...rest] = argv;
  const paths = modulePaths(rest);
  if (paths.length === 0) return;
  if (!POLICY_MODULE_COMMANDS.includes(command ?? ''))
    throw new UsageError(`--policy-module applies to ${POLICY_MODULE_COMMANDS.join(', ')}`);
  for (const path of paths) {
    const file = resolve(cwd, path);
    if (files.has(file)) continue;
    let namespace: unknown;
    try {
      namespace = await import(pathToFileURL(file).href);
    } catch (e) {
      const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : 'cannot be imported';
      throw new UsageError(`--policy-module ${path}: ${reason}`);
    }
    const policy = policyOfModule(namespace, path);
    loaded.set(policy.id, policy);
    files.set(file, policy.id);
  }
}

/** A loaded module's policy by its id. */
export function loadedPolicy(id: string): Policy | undefined {
  return loaded.get(id);
}

/**
 * The command's arguments without --policy-module and its file (loaded already), with the
 * ids of the modules they named.
 * @throws UsageError when a named module was not loaded (main called without the executable's loading).
 */
export function takePolicyModules(argv: readonly string[], cwd: string): { argv: string[]; ids: string[] } {
  const paths = modulePaths(argv);
  if (paths.length === 0) return { argv: [...argv], ids: [] };
  const ids = paths.map((path) => {
    const id = files.get(resolve(cwd, path));
    if (id === undefined) throw new UsageError(`--policy-module ${path} was not loaded`);
    return id;
  });
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--policy-module') i++;
    else if (!a.startsWith('--policy-module=')) rest.push(a);
  }
  return { argv: rest, ids };
}

/** How many arguments are not options (`rules`' and `schema`'s options all take a value). */
function positionals(argv: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) n++;
    else if (!a.includes('=')) i++;
  }
  return n;
}

/**
 * The command's arguments as the command reads them: --policy-module taken out, and the
 * module's policy named where the command names none (`check` and `evaluate --policy <id>`,
 * `rules <id>`, `schema <id> <subject>`; `compare` lists the modules' policies not named
 * after those named).
 */
export function withPolicyModules(command: string, argv: readonly string[], cwd: string): string[] {
  const { argv: rest, ids } = takePolicyModules(argv, cwd);
  if (ids.length === 0) return rest;
  const named = (name: string) => rest.some((a) => a === name || a.startsWith(`${name}=`));
  if ((command === 'check' || command === 'evaluate') && !named('--policy'))
    return [...rest, '--policy', ids[0] as string];
  if (command === 'rules' && positionals(rest) === 0) return [...rest, ids[0] as string];
  // `schema <subject>`: the module's policy goes before the subject.
  if (command === 'schema' && positionals(rest) === 1) return [ids[0] as string, ...rest];
  // A module's policy named already (`compare national my-city --policy-module my-city.js`) is not added again.
  if (command === 'compare') return [...rest, ...ids.filter((id) => !rest.includes(id))];
  return rest;
}
