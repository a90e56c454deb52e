// Grading a year's work: a scoring standard (areas of items with points), hard gates
// that fail the year whatever the score, and cutoffs — all in decimal.js, so a cutoff
// of 90 is never missed by 89.99999999. Where an item cannot be scored yet, the score
// is a range; the grade is given only when the whole range earns the same one.
import { Decimal } from 'decimal.js';
import { deepFreeze } from './freeze.js';
import type {
  AppliedParameter,
  Bilingual,
  Clause,
  InputProblem,
  Provenance,
  ReportDocument,
  RuleResult,
} from './types.js';

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

export const GRADE_LABELS: Readonly<Record<Grade, Bilingual>> = deepFreeze({
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
});

import type { EvaluationStandard } from './standard.js';

export { type EvaluationStandard, standardSchema } from './standard.js';

export interface ItemScore {
  id: string;
  label: Bilingual;
  max: string;
  /** Points earned; null when the item cannot be scored yet. */
  points: string | null;
  /** For an unscored item: the input path(s) that would score it, comma-separated. */
  missing?: string;
  /** For an unscored item: the input paths that would score it. */
  missingPaths?: string[];
}

export interface AreaScore {
  id: string;
  label: Bilingual;
  clause: string;
  max: string;
  /** Points earned, counting unscored items as 0. */
  points: string;
  items: ItemScore[];
}

/** Why a year's record has no grade: a progress query, a period not one year, or a year not over. */
export interface NotGraded {
  code: 'progress' | 'not_one_year' | 'year_not_over' | 'period_unknown';
  reason: Bilingual;
  /** For a year not over: the first day it can be graded. */
  dueOn?: string;
}

/**
 * Why a year is 不合格 when its score alone would not make it so: the gates (hard
 * minimums, vetoes) that failed, the reading that makes a gate decide, and the score
 * beside it, for the renderers to print where the grade is printed.
 */
export interface GradeReason {
  code: 'gate';
  /** The gates that failed, with their clauses and their messages. */
  gates: { ruleId: string; clauses: string[]; message: Bilingual }[];
  /** Whether the gates are the text's own or a reading (the standard's `gates`). */
  provenance: Provenance;
  /** The grade the score alone would give; null while the score is a range across a cut-off. */
  byScore: Grade | null;
  /** The score as printed, or null with `scoreRange`. */
  score: string | null;
  scoreRange?: { min: string; max: string };
  /** One line: "不合格 — 因四（一）5 …（解读：…）；得分 98.6（按得分为优秀）". */
  reason: Bilingual;
}

/** One yearly minimum against the count so far (progress mode). */
export interface ProgressLine {
  ruleId: string;
  clauses: string[];
  minimum: number;
  /** The count in `from`…`to`; null while the facts are not given. */
  count: number | null;
  from: string;
  to: string;
}

export interface EvaluationReport {
  policy: string;
  /** The year graded; null where the text's year could not be found from the record (see `notGraded`). */
  period: { from: string; to: string } | null;
  /** The day the evaluation was made (today in China by default). */
  asOf?: string;
  /** Why there is no grade, when the record was not graded for its period. */
  notGraded?: NotGraded;
  /** Progress mode: counts so far against the yearly minimums. */
  progress?: ProgressLine[];
  /** A 不合格 decided by a gate while the score alone would not fail: which gate, and the score. */
  gradeReason?: GradeReason;
  /** The gates the standard applied, and whether they are the text's or a reading. */
  gates?: { applied: string[]; provenance: Provenance; note?: string };
  /** Under guidance that binds no one (the national guideline, "以供参考"): says so. */
  guidance?: Bilingual;
  grade: Grade | null;
  gradeLabel: Bilingual;
  /** The score as a decimal string; null while some item cannot be scored. */
  score: string | null;
  /** While items are unscored: the lowest and highest score they could give. */
  scoreRange?: { min: string; max: string };
  /** The standard used, and whether it is the library's default or the caller's. */
  standard: { id: string; label: Bilingual; provenance: Provenance };
  areas: AreaScore[];
  /** Gates, the full-year condition and other rules, as in a check report. */
  results: RuleResult[];
  problems: InputProblem[];
  /** What the grade entails under the text (不合格 → 取消工作室资格). */
  consequence?: Bilingual;
  /** The text graded against. */
  document?: ReportDocument;
  /** The studio's name from the record, when given. */
  name?: string;
  /** The clauses the report cites, verbatim, in the text's order. */
  cited?: Clause[];
  /** Words for the input paths the report names (problems, facts to supply), by path. */
  fields?: Record<string, Bilingual>;
  /** The caller's readings and changed values the report was computed under, when any. */
  parameters?: AppliedParameter[];
  /** With a changed value: the report is not the text's verdict, in both languages. */
  reform?: Bilingual;
  /** How points were rounded (an interpretation: the text sets none). */
  rounding?: ScoreRounding;
}

/**
 * How points are rounded: the texts set no rule, so this is an interpretation, applied
 * once — each item's points to two decimal places, half up — and everything after is a
 * sum of what is shown: an area is the sum of its items as printed, the score the sum of
 * the areas, and the grade is read from that same score. So a printed 90 always earns
 * the grade of 90. The alternative (grading the unrounded sum) can show 90 and grade 良好.
 */
export const SCORE_ROUNDING = deepFreeze({
  places: 2,
  mode: 'half_up' as const,
  provenance: 'interpretation' as const,
  note: 'The text sets no rounding. Each item is rounded to 2 decimal places (half up) once; areas are sums of the printed items, the score the sum of the printed areas, and the grade is read from that score.',
});
export type ScoreRounding = typeof SCORE_ROUNDING;

/** An item's points as printed (SCORE_ROUNDING). */
function rounded(points: Decimal): Decimal {
  return points.toDecimalPlaces(SCORE_ROUNDING.places, Decimal.ROUND_HALF_UP);
}

/** Scores every item: assessed fractions (clamped to [0, 1]) and counts against targets. */
export function score(
  standard: Pick<EvaluationStandard, 'areas'>,
  counts: Readonly<Record<string, number>>,
  assessments: Readonly<Record<string, number | string>>,
  /** Where each count is read from in the input (so an unscored item asks for its facts). */
  countPaths: Readonly<Record<string, readonly string[]>> = {},
): { areas: AreaScore[]; min: Decimal; max: Decimal } {
  let min = new Decimal(0);
  let max = new Decimal(0);
  const areas = standard.areas.map((area) => {
    let areaPoints = new Decimal(0);
    let areaMax = new Decimal(0);
    const items = area.items.map((item): ItemScore => {
      const full = new Decimal(item.points);
      areaMax = areaMax.plus(full);
      let fraction: Decimal | null = null;
      if (item.measure.kind === 'count') {
        // Own properties only: a caller's item id may be any string, 'constructor' included.
        const count = Object.hasOwn(counts, item.measure.count) ? counts[item.measure.count] : undefined;
        if (count !== undefined) fraction = Decimal.min(new Decimal(count).div(item.measure.target), 1);
      } else {
        const a = Object.hasOwn(assessments, item.id) ? assessments[item.id] : undefined;
        if (a !== undefined) fraction = Decimal.max(Decimal.min(new Decimal(a), 1), 0);
      }
      if (fraction === null) {
        max = max.plus(full);
        const count = item.measure.kind === 'count' ? item.measure.count : undefined;
        const paths =
          count === undefined
            ? [`assessments.${item.id}`]
            : Object.hasOwn(countPaths, count)
              ? (countPaths[count] as readonly string[])
              : [`counts.${count}`];
        return {
          id: item.id,
          label: item.label,
          max: full.toString(),
          points: null,
          missing: paths.join(', '),
          missingPaths: [...paths],
        };
      }
      const points = rounded(full.times(fraction));
      areaPoints = areaPoints.plus(points);
      min = min.plus(points);
      max = max.plus(points);
      return { id: item.id, label: item.label, max: full.toString(), points: points.toString() };
    });
    return {
      id: area.id,
      label: area.label,
      clause: area.clause,
      max: areaMax.toString(),
      points: areaPoints.toString(),
      items,
    };
  });
  return { areas, min, max };
}

/** The grade a score earns: monotone in the score. */
export function gradeFor(standard: EvaluationStandard, value: Decimal): Grade {
  const c = standard.cutoffs;
  if (c.excellent !== undefined && value.gte(c.excellent)) return 'excellent';
  if (c.good !== undefined && value.gte(c.good)) return 'good';
  if (value.gte(c.pass)) return 'pass';
  return 'fail';
}
