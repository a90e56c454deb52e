// 第十条（一）: the dynamic evaluation. The bureau weighs "服务工作量" and "服务对象满意度"
// and renews (续聘) those whose results are outstanding, commends (表彰) the excellent and
// recommends them as provincial experts. The text sets no number at all, so the scheme
// below is a labelled library default, to be replaced by the bureau's own.
//
// Not `evaluate('taiyuan', …)`: the core evaluation grades a year in four grades (优秀 /
// 良好 / 合格 / 不合格) behind an applicability rule. Taiyuan has no grades and no 不合格
// here; its outcomes are renewal, commendation with recommendation, or neither. So this is
// its own function over the same scoring core (core/grading.ts `score`).
import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { isIsoDate, todayInChina } from '../../calendar/date.js';
import { readOptions } from '../../core/errors.js';
import { optionProblem, periodOf } from '../../core/evaluate.js';
import { deepFreeze } from '../../core/freeze.js';
import { type AreaScore, score, standardSchema } from '../../core/grading.js';
import { comparePaths, parseFacts, preview, readInput } from '../../core/input.js';
import type { Bilingual, InputProblem, Parameter, Provenance } from '../../core/types.js';
import { isoDate } from '../national/schema.js';

const decimal = standardSchema.shape.cutoffs.shape.pass;

/** A scheme: scored areas (the core standard's shape) and the two thresholds the text implies. */
export const evaluationSchemeSchema = z.strictObject({
  id: z.string(),
  label: standardSchema.shape.label,
  note: z.optional(z.string()),
  areas: standardSchema.shape.areas,
  thresholds: z.strictObject({
    /** 成绩突出、成效显著: renewal. */
    renewal: decimal,
    /** 优秀: commendation and recommendation as a provincial expert. */
    commendation: decimal,
  }),
});
export type EvaluationScheme = z.infer<typeof evaluationSchemeSchema>;

/**
 * The library's default scheme: NOT the text's. Its numbers are placeholders that make
 * the machinery usable until the bureau issues its own; every report says so.
 */
export const defaultScheme: EvaluationScheme = deepFreeze({
  id: 'taiyuan-library-default',
  label: {
    zh: '本库默认评估方案（非文件规定，应由市人社局替换）',
    en: 'Library default scheme (not in the text; the bureau replaces it)',
  },
  note: 'The measures name workload and satisfaction (第十条（一）) but set no weight, target or threshold. Defaults: 50 points for workload (24 services a year for full marks), 50 for the share of satisfied recipients; renewal from 60, commendation from 90.',
  areas: [
    {
      id: 'workload',
      label: { zh: '服务工作量', en: 'Workload' },
      clause: '第十条（一）',
      items: [
        {
          id: 'services',
          label: { zh: '评估期内服务次数', en: 'Services in the period' },
          points: 50,
          measure: { kind: 'count', count: 'services', target: 24 },
        },
      ],
    },
    {
      id: 'satisfaction',
      label: { zh: '服务对象满意度', en: "Recipients' satisfaction" },
      clause: '第十条（一）',
      items: [
        {
          id: 'satisfaction',
          label: { zh: '满意的服务对象占比', en: 'Share of satisfied recipients' },
          points: 50,
          measure: { kind: 'assessed' },
        },
      ],
    },
  ],
  thresholds: { renewal: 60, commendation: 90 },
});

/** The scheme as a parameter: a default, cited, with its quote. */
export const evaluationScheme: Parameter<EvaluationScheme> = deepFreeze({
  id: 'evaluation.scheme',
  value: defaultScheme,
  clause: '第十条（一）',
  quote: '根据创业就业服务工作量，根据服务对象满意度等对专家的工作实绩进行动态评估',
  provenance: 'default',
  informative: true,
  label: { zh: '动态评估方案', en: 'Dynamic evaluation scheme' },
  note: 'The text sets no numbers: the library ships a labelled default (defaultScheme) that the bureau replaces with evaluateExpert’s options.scheme. Read by evaluateExpert, not by a rule of the expert check (so not a reading of check).',
});

/** An expert's record for a period: services given and the recipients' answers. */
export const evaluationRecordSchema = z.strictObject({
  id: z.optional(z.string().check(z.maxLength(500))),
  services: z.optional(
    z
      .array(
        z.strictObject({
          id: z.optional(z.string().check(z.maxLength(500))),
          date: isoDate,
          recipient: z.optional(z.string().check(z.maxLength(500))),
        }),
      )
      .check(z.maxLength(10_000)),
  ),
  /** For a bureau scheme's other count items: the counts by key. */
  counts: z.optional(z.record(z.string().check(z.maxLength(100)), z.int().check(z.nonnegative()))),
  /** For a bureau scheme's other assessed items: the evaluators' fraction in [0, 1] by item id. */
  assessments: z.optional(z.record(z.string().check(z.maxLength(100)), z.number().check(z.nonnegative(), z.lte(1)))),
  /**
   * The recipients' answers about the period: how many answered, how many were satisfied,
   * and the period the survey covers (`from`, `to`), which must be the evaluation's.
   */
  satisfaction: z.optional(
    z
      .strictObject({
        responses: z.int().check(z.nonnegative()),
        satisfied: z.int().check(z.nonnegative()),
        from: z.optional(isoDate),
        to: z.optional(isoDate),
      })
      .check(
        z.refine((s) => s.satisfied <= s.responses, {
          path: ['satisfied'],
          message: 'satisfied exceeds responses',
        }),
      ),
  ),
});
export type EvaluationRecord = z.infer<typeof evaluationRecordSchema>;

export type EvaluationOutcome = 'commendation' | 'renewal' | 'none';

export const OUTCOME_LABELS: Record<EvaluationOutcome, Bilingual> = deepFreeze({
  commendation: {
    zh: '优秀：给予表彰，推荐评省级创业就业专家，并予以续聘',
    en: 'Excellent: commendation, recommendation as a provincial expert, and renewal',
  },
  renewal: { zh: '成绩突出、成效显著：予以续聘', en: 'Outstanding results: renewal' },
  none: { zh: '未达续聘、表彰标准', en: 'Neither renewal nor commendation' },
});

/** What a default-scheme outcome adds: its thresholds are the library's, not the text's. */
const DEFAULT_THRESHOLDS = (t: EvaluationScheme['thresholds']): Bilingual => ({
  zh: `（按本库默认方案：续聘线${t.renewal}分、表彰线${t.commendation}分，非文件规定）`,
  en: ` (under the library's default scheme: renewal from ${t.renewal}, commendation from ${t.commendation} points — not the text's)`,
});
const UNDECIDED: Bilingual = Object.freeze({ zh: '暂无法确定', en: 'Not yet decidable' });

export interface ExpertEvaluation {
  policy: 'taiyuan';
  clause: '第十条（一）';
  period: { from: string; to: string };
  /** The day of the evaluation: records dated after it have not happened yet. */
  asOf: string;
  /** Why the outcome is withheld: the period has not ended at `asOf`, or a progress query. */
  notDecided?: { code: 'period_not_over' | 'progress'; reason: Bilingual };
  /** The period the satisfaction survey covers: as it states (`stated`), or taken as the evaluation's. */
  satisfactionPeriod?: { from: string; to: string; stated: boolean };
  /** The thresholds the outcome is read against, and whose they are. */
  thresholds: { renewal: string; commendation: string; provenance: Provenance; label: Bilingual };
  outcome: EvaluationOutcome | null;
  outcomeLabel: Bilingual;
  score: string | null;
  scoreRange?: { min: string; max: string };
  scheme: { id: string; label: Bilingual; provenance: Provenance };
  areas: AreaScore[];
  /** The input paths that would decide an open outcome. */
  missing: string[];
  problems: InputProblem[];
}

export interface ExpertEvaluationOptions {
  /** First day of the period; by default the day after `to` one year earlier. */
  from?: string;
  /** Last day of the period; by default the day before `asOf` (the last finished day), as for `evaluate`. */
  to?: string;
  /** The day of the evaluation, `YYYY-MM-DD`; today in China by default. Records after it are not counted. */
  asOf?: string;
  /** Score the period so far (records up to `asOf`) without an outcome. */
  progress?: boolean;
  /** The bureau's scheme, replacing the library default. */
  scheme?: unknown;
}

function outcomeOf(scheme: EvaluationScheme, value: Decimal): EvaluationOutcome {
  if (value.gte(scheme.thresholds.commendation)) return 'commendation';
  if (value.gte(scheme.thresholds.renewal)) return 'renewal';
  return 'none';
}

/**
 * 第十条（一）: scores an expert's period by workload and satisfaction under a scheme
 * (the library default unless the bureau's is given) and says whether it earns renewal,
 * commendation with recommendation, or neither. Never throws on bad input or options.
 * @example
 * evaluateExpert({ services, satisfaction: { responses: 40, satisfied: 38 } }, { to: '2027-02-28' }).outcome;
 */
export function evaluateExpert(input: unknown, options?: ExpertEvaluationOptions): ExpertEvaluation {
  const problems: InputProblem[] = [];
  let opts: Partial<ExpertEvaluationOptions> = {};
  try {
    opts = readOptions<ExpertEvaluationOptions>(options, ['from', 'to', 'asOf', 'progress', 'scheme']);
  } catch {
    // Options that are not an object, or cannot be read: a problem, never a throw.
    problems.push(optionProblem([], `options = ${preview(options)}`));
  }
  let asOf = todayInChina();
  if (opts.asOf !== undefined) {
    if (isIsoDate(opts.asOf)) asOf = opts.asOf;
    else problems.push(optionProblem(['asOf'], `asOf = ${preview(opts.asOf)}`));
  }
  if (opts.progress !== undefined && typeof opts.progress !== 'boolean')
    problems.push(optionProblem(['progress'], `progress = ${preview(opts.progress)}`));
  const { from, to } = periodOf(opts, asOf, problems);
  // The records that exist on the evaluation day: inside the period and not after asOf.
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
  const last = asOf < to ? asOf : to;

  let scheme: EvaluationScheme = defaultScheme;
  let provenance: Provenance = 'default';
  if (opts.scheme !== undefined) {
    const parsed = z.safeParse(evaluationSchemeSchema, readInput(opts.scheme).value);
    if (parsed.success) {
      scheme = parsed.data;
      provenance = 'text';
    } else {
      for (const issue of parsed.error.issues)
        problems.push(
          optionProblem(
            // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: readInput copies string keys only, so no issue path holds a symbol (the filter is for the type); dropping every key is killed by the exact-path test
            ['scheme', ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')],
            issue.message,
          ),
        );
    }
  }

  const read = readInput(input);
  for (const p of read.problems) problems.push(p);
  const parsed = parseFacts(evaluationRecordSchema, read.value);
  for (const p of parsed.problems) problems.push(p);
  problems.sort((a, b) => comparePaths(a.path, b.path));
  const thresholds = {
    renewal: String(scheme.thresholds.renewal),
    commendation: String(scheme.thresholds.commendation),
    provenance,
    label:
      provenance === 'default'
        ? DEFAULT_THRESHOLDS(scheme.thresholds)
        : { zh: '（按市人社局评估方案）', en: " (under the bureau's scheme)" },
  };
  const base = {
    policy: 'taiyuan' as const,
    clause: '第十条（一）' as const,
    period: { from, to },
    asOf,
    thresholds,
    scheme: { id: scheme.id, label: scheme.label, provenance },
    problems,
  };
  const record = parsed.facts;
  if (record === undefined || problems.some((x) => x.severity === 'error')) {
    return { ...base, outcome: null, outcomeLabel: UNDECIDED, score: null, areas: [], missing: [] };
  }

  // Distinct services inside the period and not after asOf: by id where given, else by date and recipient.
  const services = record.services
    ? new Set(
        record.services
          .filter((s) => s.date >= from && s.date <= last)
          .map((s) => (s.id?.trim() ? `id:${s.id.trim()}` : JSON.stringify([s.date, s.recipient?.trim()]))),
      ).size
    : undefined;
  const later = (record.services ?? []).filter((x) => x.date > asOf && x.date <= to).length;
  if (later > 0)
    problems.push({
      path: ['services'],
      code: 'services_later',
      severity: 'warning',
      message: {
        zh: `${later}次服务晚于评估日${asOf}，尚未发生，不计入`,
        en: `${later} service${later === 1 ? '' : 's'} dated after the as-of date ${asOf}: not yet happened, not counted`,
      },
    });
  const counts: Record<string, number> = { ...record.counts, ...(services === undefined ? {} : { services }) };
  const s = satisfactionOf(record.satisfaction, { from, to }, asOf, problems);
  const assessments: Record<string, number> = {
    ...record.assessments,
    ...(s && s.responses > 0 ? { satisfaction: s.satisfied / s.responses } : {}),
  };
  const scored = score(scheme, counts, assessments, { services: ['services'] });
  // The input path that would score each open item (core names assessed items only).
  const missing: string[] = [];
  for (const area of scheme.areas)
    for (const item of area.items) {
      if (item.measure.kind === 'count' && counts[item.measure.count] === undefined)
        missing.push(item.measure.count === 'services' ? 'services' : `counts.${item.measure.count}`);
      else if (item.measure.kind === 'assessed' && assessments[item.id] === undefined)
        missing.push(item.id === 'satisfaction' ? 'satisfaction' : `assessments.${item.id}`);
    }
  const max = scored.max;
  const low = outcomeOf(scheme, scored.min);
  const high = outcomeOf(scheme, max);
  const exact = scored.min.eq(max);
  // The outcome of a period not over, or of a progress query, is withheld: the score so far.
  const notDecided =
    opts.progress === true
      ? {
          code: 'progress' as const,
          reason: {
            zh: '进度查询：仅计至评估日，不作结论',
            en: 'Progress query: counted to the as-of date, no outcome',
          },
        }
      : to >= asOf
        ? {
            code: 'period_not_over' as const,
            reason: {
              zh: `评估期至${to}结束，${asOf}尚未结束：暂不作结论（已计至${asOf}）`,
              en: `The period ends on ${to}; on ${asOf} it has not ended: no outcome yet (counted to ${asOf})`,
            },
          }
        : undefined;
  const outcome = notDecided ? null : low === high ? low : null;
  const label = (o: EvaluationOutcome): Bilingual => ({
    zh: OUTCOME_LABELS[o].zh + thresholds.label.zh,
    en: OUTCOME_LABELS[o].en + thresholds.label.en,
  });
  const sp = record.satisfaction;
  const satisfactionPeriod =
    sp === undefined
      ? undefined
      : sp.from !== undefined && sp.to !== undefined
        ? { from: sp.from, to: sp.to, stated: true }
        : { from, to, stated: false };
  return {
    ...base,
    ...(satisfactionPeriod ? { satisfactionPeriod } : {}),
    ...(notDecided ? { notDecided } : {}),
    outcome,
    outcomeLabel: outcome ? label(outcome) : notDecided ? notDecided.reason : UNDECIDED,
    score: exact ? scored.min.toDecimalPlaces(2).toString() : null,
    ...(exact
      ? {}
      : { scoreRange: { min: scored.min.toDecimalPlaces(2).toString(), max: max.toDecimalPlaces(2).toString() } }),
    areas: scored.areas,
    missing,
  };
}

/**
 * The satisfaction survey as evidence of the period: a survey stating another period, or
 * one ending after the as-of date, is not counted (a warning says why); one stating no
 * period is taken as the period's, and a warning says so.
 */
function satisfactionOf(
  s: EvaluationRecord['satisfaction'],
  period: { from: string; to: string },
  asOf: string,
  problems: InputProblem[],
): EvaluationRecord['satisfaction'] {
  if (s === undefined) return undefined;
  const warn = (code: string, zh: string, en: string) =>
    problems.push({ path: ['satisfaction'], code, severity: 'warning', message: { zh, en } });
  // A survey stating no period is taken as the period's (the result says `stated: false`).
  if (s.from === undefined || s.to === undefined) return s;
  if (s.from !== period.from || s.to !== period.to) {
    warn(
      'satisfaction_other_period',
      `满意度调查所涉期间${s.from}至${s.to}不是评估期${period.from}至${period.to}，不计入`,
      `The satisfaction survey covers ${s.from} to ${s.to}, not the evaluation period ${period.from} to ${period.to}: not counted`,
    );
    return undefined;
  }
  if (s.to > asOf) {
    warn(
      'satisfaction_later',
      `满意度调查至${s.to}，晚于评估日${asOf}，尚未完成，不计入`,
      `The satisfaction survey runs to ${s.to}, after the as-of date ${asOf}: not yet done, not counted`,
    );
    return undefined;
  }
  return s;
}
