/**
 * `chuangye-rules/national`: 《创业指导师工作室建设技术指引（试行）》, issued with
 * 中就培函〔2024〕60号 — the national model of an entrepreneurship-mentor studio.
 * Guidance ("以供参考"), not binding: regional texts build on it.
 * @packageDocumentation
 */
import { type CheckOptions, checkPolicy } from '../../core/check.js';
import { InvalidArgumentError, langOf } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { readInput } from '../../core/input.js';
import { labelJsonSchema } from '../../core/labels.js';
import { generateName, type NameCheck, validateName } from '../../core/naming.js';
import { separateSchema } from '../../core/public.js';
import type { Clause, Lang, Policy, Report } from '../../core/types.js';
import { definePolicy } from '../../define/define.js';
import { clauses } from './clauses.js';
import { nationalStudioLabels } from './labels.js';
import { naming, parameters } from './parameters.js';
import { studioSchema } from './schema.js';
import { gapsBetweenParts, type NameGap, studioRules } from './studio.js';

const nationalPolicy: Policy = deepFreeze({
  id: 'national',
  title: {
    zh: '创业指导师工作室建设技术指引（试行）',
    en: 'Technical Guideline for Entrepreneurship-Mentor Studios (Trial)',
  },
  issuer: {
    zh: '人力资源社会保障部中国就业培训技术指导中心',
    en: 'China Employment Training Technical Instruction Center (MOHRSS)',
  },
  docNumber: '中就培函〔2024〕60号',
  binding: false,
  effective: { from: null, to: null, note: 'Issued in 2024; the text states no date of effect.' },
  repeals: [],
  subjects: ['studio'],
  clauses,
  parameters,
  checks: {
    studio: {
      label: { zh: '创业指导师工作室', en: 'Entrepreneurship-mentor studio' },
      schema: studioSchema,
      rules: studioRules,
      labels: nationalStudioLabels,
    },
  },
  // The guideline sets no procedure with deadlines: recognition is left to local authorities.
  procedures: [],
});

/** The nine service contents of 二, as data (each clause's heading and words). */
export const serviceContents: readonly { clause: string; title: string; text: string }[] = deepFreeze(
  clauses
    .filter((c: Clause) => /^二（/.test(c.id))
    .map((c) => ({ clause: c.id, title: c.text.replace(/^（.）/, '').split('。')[0] as string, text: c.text })),
);

/**
 * The studio name 一（四） gives: 地区 + 领办人姓名 + 创业指导师工作室.
 * @example nationalStudioName({ region: '北京市海淀区', leadName: '张三' }); // '北京市海淀区张三创业指导师工作室'
 */
export function nationalStudioName(values: { region: string; leadName: string }): string | null {
  return generateName(naming, values);
}

/**
 * Checks a studio name against 一（四）: elements may be added before or after the rule's
 * parts ("可…增加相关要素"), which stay side by side; text found between two of them makes
 * the name a mismatch, and `between` says what was found where.
 */
export function validateNationalStudioName(
  name: string,
  values: { region?: string; leadName?: string } = {},
): NameCheck | (NameCheck & { valid: false; reason: 'mismatch'; between: NameGap[] }) {
  const check = validateName(naming, name, values);
  if (!check.valid || typeof name !== 'string') return check;
  const gaps = gapsBetweenParts(naming, name.trim(), values);
  if (gaps === null || gaps.length === 0) return check;
  return { valid: false, reason: 'mismatch', ...(check.expected ? { expected: check.expected } : {}), between: gaps };
}

// Callers get separate instances of the schemas and a frozen view of the policy; the checks
// keep their own, so nothing a caller changes reaches a verdict (issue 27).
const publicNationalPolicy: Policy = definePolicy(nationalPolicy, { allowBundledId: true });
const publicStudioSchema: typeof studioSchema = separateSchema(studioSchema);

export * from './parameters.js';
export type { StudioApplication } from './schema.js';
export { clauses as nationalClauses, publicNationalPolicy as nationalPolicy, publicStudioSchema as studioSchema };

/**
 * The studio application's JSON Schema with a title on every field and enum values as
 * `oneOf` of `const` + `title`, in one language (as `chuangye schema national studio`): a
 * web form built from it shows words, not keys. Give it zod's schema of the input; zod's
 * JSON Schema code (≈ 8 KiB min+gz) stays out of this entry for those who only check.
 * @example labelStudioJsonSchema(toJSONSchema(studioSchema, { target: 'draft-2020-12', unrepresentable: 'any' }), 'zh');
 */
export function labelStudioJsonSchema(jsonSchema: Record<string, unknown>, lang: Lang = 'zh'): Record<string, unknown> {
  const language = langOf(lang);
  // Read once into plain data: a Proxy, a getter or a cycle is the caller's mistake, named.
  const read = readInput(jsonSchema);
  const value = read.value;
  if (read.problems.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidArgumentError('jsonSchema', 'a JSON Schema object (plain JSON data)', jsonSchema);
  return labelJsonSchema(value, nationalStudioLabels, language);
}

/**
 * Checks a studio application under the guideline: the registry's `check('national', …)`
 * without the other policies, so a bundle that imports this subpath carries only this one.
 * @example check('studio', application, { asOf: '2026-11-22' }).verdict;
 */
export function check(subject: 'studio', input: unknown, options?: CheckOptions): Report {
  return checkPolicy(nationalPolicy, subject, input, options);
}
