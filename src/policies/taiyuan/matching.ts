// 第十条（三）: "由市创就业服务中心匹配创业就业专家" — the service centre's matching step.
// Given a request (field, kind of service, date) and the roster, the experts whose term
// covers the date, who are not dismissed, and whose fields and services match; and for
// every other expert, each reason it was left out.
import * as z from 'zod/mini';
import { termLastDay } from '../../calendar/periods.js';
import type { CheckOptions } from '../../core/check.js';
import { readOptions } from '../../core/errors.js';
import { comparePaths, parseFacts, readInput } from '../../core/input.js';
import { resolveParameters } from '../../core/parameters.js';
import type { AppliedParameter, Bilingual, InputProblem } from '../../core/types.js';
import { isoDate } from '../national/schema.js';
import * as p from './parameters.js';
import { aliasPath, foldAliases, READING_ALIASES, taiyuanPolicy } from './policy.js';
import { dismissedOn, type Lookup, type ReadingOptions, termAt, termsOf } from './records.js';
import { type Expert, expertSchema, SERVICE_TYPES } from './schema.js';

export const matchRequestSchema = z.strictObject({
  id: z.optional(z.string().check(z.maxLength(500))),
  /** The field the entrepreneur needs guidance in; compared with the experts' fields, trimmed. */
  field: z.string().check(z.maxLength(500)),
  /** The kind of service (第八条); any kind when left out. */
  serviceType: z.optional(z.enum(SERVICE_TYPES)),
  /** The agreed date of the guidance. */
  date: isoDate,
});
export type MatchRequest = z.infer<typeof matchRequestSchema>;

export type ExclusionCode =
  | 'invalid'
  | 'no_terms'
  | 'not_in_term'
  | 'dismissed'
  | 'fields_unknown'
  | 'field'
  | 'service_types_unknown'
  | 'service_type';

const REASONS: Record<ExclusionCode, Bilingual> = {
  invalid: { zh: '专家数据有误，无法判断', en: "the expert's data are invalid" },
  no_terms: { zh: '未提供聘期', en: 'no term of appointment given' },
  not_in_term: { zh: '约定日期不在聘期内', en: 'the date is outside every term' },
  dismissed: { zh: '已决定解聘', en: 'dismissal decided' },
  fields_unknown: { zh: '未提供专业领域', en: 'no fields given' },
  field: { zh: '专业领域不符', en: 'the field does not match' },
  service_types_unknown: { zh: '未提供服务类型', en: 'no service types given' },
  service_type: { zh: '服务类型不符', en: 'the kind of service does not match' },
};

/** Options of `matchExperts`: readings (and changed values) as for `check`; the 0.x names as aliases. */
export type MatchOptions = Pick<CheckOptions, 'readings' | 'parameters'> & ReadingOptions;

export interface MatchedExpert {
  index: number;
  id?: string;
  name?: string;
  term: { from: string; to: string };
}

export interface ExcludedExpert {
  index: number;
  id?: string;
  name?: string;
  reasons: { code: ExclusionCode; message: Bilingual }[];
}

export interface MatchResult {
  clause: '第十条（三）';
  request: MatchRequest | null;
  /** Whether the measures are in force on the request's date (第十五条). */
  inForce: boolean | null;
  /** The readings and changed values the match was computed under, when any. */
  parameters?: AppliedParameter[];
  matched: MatchedExpert[];
  excluded: ExcludedExpert[];
  problems: InputProblem[];
}

const norm = (s: string) => s.trim().toLowerCase();

function reasonsFor(e: Expert, request: MatchRequest, param: Lookup): ExclusionCode[] | MatchedExpert['term'] {
  const reasons: ExclusionCode[] = [];
  let term: MatchedExpert['term'] | undefined;
  if (e.terms === undefined || e.terms.length === 0) reasons.push('no_terms');
  else {
    const t = termAt(termsOf(e, param), request.date);
    if (t) term = { from: t.from, to: t.to };
    else reasons.push('not_in_term');
  }
  // A dismissal in an earlier term does not bar a later reappointment.
  const decided = dismissedOn(e, request.date);
  if (decided !== undefined && (term === undefined || decided >= term.from)) reasons.push('dismissed');
  if (e.fields === undefined) reasons.push('fields_unknown');
  else if (!e.fields.some((f) => norm(f) === norm(request.field))) reasons.push('field');
  if (request.serviceType !== undefined) {
    if (e.serviceTypes === undefined) reasons.push('service_types_unknown');
    else if (!e.serviceTypes.includes(request.serviceType)) reasons.push('service_type');
  }
  return reasons.length > 0 || !term ? reasons : term;
}

/**
 * Matches a request to the roster (第十条（三）). Never throws on bad input: a bad
 * request gives no match and its problems; a bad expert is left out as 'invalid'.
 * @example
 * matchExperts({ field: '电子商务', serviceType: 'consulting', date: '2027-03-15' }, roster).matched;
 */
export function matchExperts(request: unknown, roster: unknown, rawOptions?: MatchOptions): MatchResult {
  const problems: InputProblem[] = [];
  const options = readOptions<MatchOptions>(rawOptions, [
    'readings',
    'parameters',
    ...(Object.keys(READING_ALIASES) as (keyof ReadingOptions)[]),
  ]);
  const folded = foldAliases(options);
  const resolved: InputProblem[] = [];
  const { param, applied } = resolveParameters(taiyuanPolicy, folded.options, resolved);
  for (const x of [...folded.problems, ...resolved]) problems.push({ ...x, path: aliasPath(x.path, folded.aliasOf) });
  const readRequest = readInput(request);
  const parsedRequest = parseFacts(matchRequestSchema, readRequest.value);
  for (const x of [...readRequest.problems, ...parsedRequest.problems])
    problems.push({ ...x, path: ['request', ...x.path] });
  const req = problems.some((x) => x.severity === 'error') ? undefined : parsedRequest.facts;

  const readRoster = readInput(roster);
  for (const x of readRoster.problems) problems.push({ ...x, path: ['roster', ...x.path] });
  const list = Array.isArray(readRoster.value) ? readRoster.value : [];
  if (readRoster.value !== undefined && !Array.isArray(readRoster.value))
    problems.push({
      path: ['roster'],
      code: 'invalid_type',
      severity: 'error',
      message: { zh: '类型错误：应为数组', en: 'Wrong type: expected an array' },
    });

  const matched: MatchedExpert[] = [];
  const excluded: ExcludedExpert[] = [];
  list.forEach((raw, index) => {
    const parsed = parseFacts(expertSchema, raw);
    for (const x of parsed.problems) problems.push({ ...x, path: ['roster', index, ...x.path] });
    const e = parsed.facts;
    const who = {
      index,
      ...(e?.id !== undefined ? { id: e.id } : {}),
      ...(e?.name !== undefined ? { name: e.name } : {}),
    };
    if (!req) return;
    const invalid = e === undefined || parsed.problems.some((x) => x.severity === 'error');
    const outcome = invalid ? (['invalid'] as ExclusionCode[]) : reasonsFor(e, req, param);
    // Fresh message objects each call: a caller marking one never changes the next result.
    if (Array.isArray(outcome))
      excluded.push({
        ...who,
        reasons: outcome.map((code) => ({ code, message: { zh: REASONS[code].zh, en: REASONS[code].en } })),
      });
    else matched.push({ ...who, term: outcome });
  });
  problems.sort((a, b) => comparePaths(a.path, b.path));
  const from = param(p.inForceFrom).value;
  // null: valid past 9999-12-31, in force on every date from `from` on.
  const to = termLastDay(from, param(p.validityYears).value);
  return {
    clause: '第十条（三）',
    request: req ?? null,
    inForce: req ? req.date >= from && (to === null || req.date <= to) : null,
    matched,
    excluded,
    problems,
    ...(applied.length > 0 ? { parameters: applied.slice() } : {}),
  };
}
