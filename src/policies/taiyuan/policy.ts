// The Taiyuan policy object, the candidate check beside it, and the one way every
// function of this folder takes readings: the `readings` option resolved by core
// (core/parameters.ts), with the option names of 0.x kept as aliases for one minor version.
import { termLastDay } from '../../calendar/periods.js';
import { type CheckOptions, checkPolicy, verdictOf } from '../../core/check.js';
import { readOptions } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { render } from '../../core/messages.js';
import type { InputProblem, Policy, Report } from '../../core/types.js';
import { clauses } from './clauses.js';
import { evaluationScheme } from './evaluation.js';
import { candidateRules, expertRules } from './expert.js';
import { taiyuanExpertLabels } from './labels.js';
import * as p from './parameters.js';
import { procedures } from './procedures.js';
import type { ReadingOptions } from './records.js';
import { expertSchema } from './schema.js';

const EXPERT_LABEL = {
  zh: '太原市创业就业专家（在聘审查）',
  en: 'Taiyuan entrepreneurship and employment expert (serving)',
};
const CANDIDATE_LABEL = {
  zh: '太原市创业就业专家候选人（选聘条件审查）',
  en: 'Candidate for Taiyuan entrepreneurship and employment expert (qualifications)',
};

export const taiyuanPolicy: Policy = deepFreeze({
  id: 'taiyuan',
  title: {
    zh: '创业就业指导专家团管理办法',
    en: 'Measures for the Entrepreneurship and Employment Guidance Expert Team',
  },
  issuer: { zh: '太原市人力资源和社会保障局', en: 'Taiyuan Municipal Human Resources and Social Security Bureau' },
  docNumber: null,
  binding: true,
  // 第十五条's window, under the check's own parameters (a reform may move it): outside it
  // the verdict is not_applicable (core/force.ts); inside, rule taiyuan.validity says so.
  effective: {
    from: null,
    to: null,
    clause: '第十五条',
    rules: ['taiyuan.validity'],
    period: ({ param }) => {
      const from = param(p.inForceFrom).value;
      // An end after 9999-12-31 (null) is no limit.
      return { from, to: termLastDay(from, param(p.validityYears).value) };
    },
    note: `第十五条: in force from ${p.inForceFrom.value}, valid five years (legal periods kind D: to ${p.inForceTo}); outside that window the verdict is not applicable. The repealed 并人社发〔2020〕30号 is not encoded.`,
  },
  repeals: [...p.repealed.value],
  subjects: ['expert'],
  clauses,
  parameters: [...p.parameters, evaluationScheme],
  checks: { expert: { label: EXPERT_LABEL, schema: expertSchema, rules: expertRules, labels: taiyuanExpertLabels } },
  procedures,
});

/** The same policy asking the candidate's question only: 第五条, 第六条 and 第十五条, no term. */
export const candidatePolicy: Policy = deepFreeze({
  ...taiyuanPolicy,
  checks: {
    expert: { label: CANDIDATE_LABEL, schema: expertSchema, rules: candidateRules, labels: taiyuanExpertLabels },
  },
});

/** The old option names and the reading each now is. */
export const READING_ALIASES = deepFreeze({
  refusalWindow: p.refusalWindow.id,
  recordScope: p.recordScope.id,
  termReading: p.termReading.id,
} as const);
type Alias = keyof typeof READING_ALIASES;
const ALIAS_NAMES = Object.keys(READING_ALIASES) as Alias[];

export type TaiyuanCheckOptions = CheckOptions & ReadingOptions;

/**
 * The caller's options with the aliases folded into `readings` (never the caller's
 * object: a copy). An alias whose reading is also given under `readings` is a problem.
 */
export function foldAliases<O extends { readings?: unknown }>(
  options: O & ReadingOptions,
): { options: O; aliasOf: Map<string, Alias>; problems: InputProblem[] } {
  const aliasOf = new Map<string, Alias>();
  const problems: InputProblem[] = [];
  const given = ALIAS_NAMES.filter((a) => options[a] !== undefined);
  const rest = { ...options };
  for (const a of ALIAS_NAMES) delete rest[a];
  if (given.length === 0) return { options: rest, aliasOf, problems };
  const raw = options.readings;
  let plain = raw === undefined || (typeof raw === 'object' && raw !== null && !Array.isArray(raw));
  const readings: Record<string, unknown> = {};
  try {
    if (plain && raw !== undefined)
      for (const [k, v] of Object.entries(raw as Record<string, unknown>))
        Object.defineProperty(readings, k, { value: v, enumerable: true, writable: true, configurable: true });
  } catch {
    plain = false; // a Proxy or getter that throws: core reports the readings as unreadable
  }
  for (const a of given) {
    const id = READING_ALIASES[a];
    if (!plain || Object.hasOwn(readings, id)) {
      problems.push({
        path: ['options', a],
        code: 'parameter_twice',
        severity: 'error',
        message: render('parameter_twice', { id }),
      });
      continue;
    }
    readings[id] = options[a];
    aliasOf.set(id, a);
  }
  return { options: plain ? { ...rest, readings } : rest, aliasOf, problems };
}

/** A problem about an aliased reading named by the option the caller wrote. */
export function aliasPath(path: (string | number)[], aliasOf: Map<string, Alias>): (string | number)[] {
  if (path.length === 3 && path[0] === 'options' && path[1] === 'readings') {
    const alias = aliasOf.get(String(path[2]));
    if (alias) return ['options', alias];
  }
  return path;
}

/** Runs a check of the Taiyuan expert under `policy`, with the aliases of 0.x. */
export function checkWith(policy: Policy, input: unknown, rawOptions: unknown): Report {
  const options = readOptions<TaiyuanCheckOptions>(rawOptions, [
    'asOf',
    'lang',
    'readings',
    'parameters',
    'effectiveFrom',
    ...ALIAS_NAMES,
  ]);
  const folded = foldAliases(options);
  const report = checkPolicy(policy, 'expert', input, folded.options);
  if (folded.aliasOf.size === 0 && folded.problems.length === 0) return report;
  const problems = [
    ...folded.problems,
    ...report.problems.map((x) => ({ ...x, path: aliasPath(x.path, folded.aliasOf) })),
  ];
  // Outside 第十五条's window the verdict stays not_applicable unless an alias makes the options invalid.
  const invalid = problems.some((x) => x.severity === 'error');
  const verdict =
    report.verdict === 'not_applicable' && !invalid ? report.verdict : verdictOf(report.results, problems);
  return { ...report, problems, verdict };
}
