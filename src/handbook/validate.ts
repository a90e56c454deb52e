// A case's dated history checked against its module's flow: it starts at the flow's first
// step, each step is one the previous may lead to (and the branch it decided, if it says),
// time runs forward, and the duties of a step are met. The first event that breaks one is
// reported; nothing is thrown, whatever the input.
import { parseIsoDate } from '../calendar/date.js';
import type { InputProblem } from '../core/types.js';
import { flows } from './flows.js';
import { type HandbookCode, kindOf, preview, problem } from './messages.js';
import type { Flow, FlowStep, ModuleId, Transition } from './types.js';

/** One event of a case: the step reached, its date, and what the step's duties ask. */
export interface CaseEvent {
  /** The step's id ('reject') or its label ('贷款驳回并告知理由'). */
  step: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The branch this step decided ('不符合条件'), where it has branches; optional, checked against the next step. */
  decision?: string;
  /** The reasons given, where the step must give them (a rejection). */
  reason?: string;
  /** The documents asked for, all at once, where the step asks for documents. */
  documents?: string[];
}

/** A problem of a case: where (event index and path), at which step, and why. */
export interface CaseProblem extends InputProblem {
  /** The event's index, or null for the history as a whole. */
  index: number | null;
  /** The step's id, where the event names a known step. */
  step: string | null;
}

export interface CaseValidation {
  flow: string;
  valid: boolean;
  /** The first event that breaks the flow or a duty, or null. */
  firstInvalid: CaseProblem | null;
  /** What does not invalidate the case: unknown fields. */
  warnings: CaseProblem[];
  /** The step ids read, up to and including the first invalid event's step where known. */
  steps: string[];
  /** Whether the history ends at a step nothing follows (the case is closed). */
  closed: boolean;
}

/** Most events read in one case. */
export const MAX_EVENTS = 10_000;

const KEYS = new Set(['step', 'date', 'decision', 'reason', 'documents']);

interface Index {
  flow: Flow;
  byName: ReadonlyMap<string, FlowStep>;
  out: ReadonlyMap<string, readonly Transition[]>;
}

const INDEX: ReadonlyMap<string, Index> = new Map(
  Object.values(flows).map((flow) => {
    const byName = new Map<string, FlowStep>();
    for (const s of flow.steps) byName.set(s.id, s).set(s.label.zh, s);
    const out = new Map(flow.steps.map((s) => [s.id, flow.transitions.filter((t) => t.from === s.id)]));
    return [flow.id, { flow, byName, out }];
  }),
);

const nonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const names = (steps: readonly { id: string; label: { zh: string } }[]) =>
  steps.map((s) => `${s.label.zh} (${s.id})`).join('、');

/**
 * Checks a case's history against the flow of module `flowId` ('financing', …). Returns the
 * first invalid event with a bilingual message; never throws.
 *
 * @example
 * validateCase('financing', [
 *   { step: 'introduce', date: '2026-03-02' },
 *   { step: 'apply', date: '2026-03-02' },
 *   { step: 'accept', date: '2026-03-03' },
 *   { step: 'reject', date: '2026-03-05', reason: '申请人不属于贷款扶持对象' },
 * ]).valid; // true
 */
export function validateCase(flowId: unknown, events: unknown): CaseValidation {
  const flowName = typeof flowId === 'string' ? preview(flowId) : kindOf(flowId);
  const result: CaseValidation = {
    flow: flowName,
    valid: true,
    firstInvalid: null,
    warnings: [],
    steps: [],
    closed: false,
  };
  const fail = (
    index: number | null,
    step: string | null,
    path: (string | number)[],
    code: HandbookCode,
    params = {},
  ) => {
    result.valid = false;
    result.firstInvalid = { ...problem(path, code, params), index, step };
    result.closed = false;
    return result;
  };
  const index = typeof flowId === 'string' ? INDEX.get(flowId) : undefined;
  if (!index) return fail(null, null, [], 'unknown_flow', { flow: flowName, options: [...INDEX.keys()].join(', ') });
  const { flow, byName, out } = index;
  try {
    if (!Array.isArray(events)) return fail(null, null, [], 'not_a_history');
    if (events.length === 0) return fail(null, null, [], 'empty_case', { start: flow.start });
    if (events.length > MAX_EVENTS) return fail(null, null, [], 'too_many', { limit: MAX_EVENTS });

    const firstSeen = new Map<string, number>();
    let previous: { step: FlowStep; day: number; date: string; decision: string | undefined } | null = null;
    for (let i = 0; i < events.length; i++) {
      const event: unknown = events[i];
      if (typeof event !== 'object' || event === null || Array.isArray(event))
        return fail(i, null, [i], 'not_an_event', { type: kindOf(event) });
      const e = event as Record<string, unknown>;
      for (const key of Object.keys(e))
        if (!KEYS.has(key))
          result.warnings.push({
            ...problem([i, key], 'unknown_key', { key: preview(key) }, 'warning'),
            index: i,
            step: null,
          });

      // The step.
      const name = Object.hasOwn(e, 'step') ? e.step : undefined;
      const step = typeof name === 'string' ? byName.get(name.trim()) : undefined;
      if (!step)
        return fail(i, null, [i, 'step'], 'unknown_step', {
          step: typeof name === 'string' ? preview(name) : kindOf(name),
          options: names(flow.steps),
        });
      result.steps.push(step.id);

      // Its place in the flow.
      const zh = step.label.zh;
      if (previous === null) {
        if (step.id !== flow.start)
          return fail(i, step.id, [i, 'step'], 'not_start', {
            start: byName.get(flow.start)?.label.zh ?? '',
            step: zh,
          });
      } else {
        const options = out.get(previous.step.id) ?? [];
        const edge = options.find((t) => t.to === step.id);
        if (options.length === 0)
          return fail(i, step.id, [i, 'step'], 'closed_step', { previous: previous.step.label.zh, step: zh });
        if (!edge)
          return fail(i, step.id, [i, 'step'], 'not_allowed', {
            previous: previous.step.label.zh,
            step: zh,
            options: names(options.map((t) => byName.get(t.to) as FlowStep)),
          });
        if (previous.decision !== undefined && edge.label !== previous.decision) {
          const expected = options.find((t) => t.label === previous?.decision);
          return fail(i, step.id, [i, 'step'], 'decision_mismatch', {
            decision: previous.decision,
            expected: expected ? (byName.get(expected.to)?.label.zh ?? '') : '',
            step: zh,
          });
        }
      }

      // Its date: present, real, not before the previous one.
      const date = Object.hasOwn(e, 'date') ? e.date : undefined;
      if (date === undefined) return fail(i, step.id, [i, 'date'], 'date_missing');
      const day = parseIsoDate(date);
      if (day === null) return fail(i, step.id, [i, 'date'], 'invalid_date');
      if (previous !== null && day < previous.day)
        return fail(i, step.id, [i, 'date'], 'date_backwards', { date: date as string, previous: previous.date });

      // The branch it says it took, if it says.
      const said = Object.hasOwn(e, 'decision') ? e.decision : undefined;
      let decision: string | undefined;
      if (said !== undefined) {
        const labels = (out.get(step.id) ?? []).flatMap((t) => (t.label === null ? [] : [t.label]));
        decision = typeof said === 'string' ? said.trim() : undefined;
        const shown = typeof said === 'string' ? preview(said) : kindOf(said);
        if (labels.length === 0) return fail(i, step.id, [i, 'decision'], 'no_decision', { step: zh, decision: shown });
        if (decision === undefined || !labels.includes(decision))
          return fail(i, step.id, [i, 'decision'], 'unknown_decision', {
            step: zh,
            decision: shown,
            options: labels.join('、'),
          });
      }

      // The duties the text attaches to the step.
      for (const duty of step.duties) {
        const params = { step: zh, quote: duty.quote };
        if (duty.kind === 'reason' && !nonBlank(Object.hasOwn(e, 'reason') ? e.reason : undefined))
          return fail(i, step.id, [i, 'reason'], 'reason_missing', params);
        if (duty.kind === 'documents') {
          const docs = Object.hasOwn(e, 'documents') ? e.documents : undefined;
          if (!Array.isArray(docs) || docs.length === 0 || !docs.every(nonBlank))
            return fail(i, step.id, [i, 'documents'], 'documents_missing', params);
        }
        if (duty.kind === 'once' && firstSeen.has(step.id))
          return fail(i, step.id, [i, 'step'], 'repeated', {
            ...params,
            first: (firstSeen.get(step.id) as number) + 1,
          });
      }
      if (!firstSeen.has(step.id)) firstSeen.set(step.id, i);
      previous = { step, day, date: date as string, decision };
    }
    result.closed = previous !== null && (out.get(previous.step.id) ?? []).length === 0;
    return result;
  } catch {
    // A throwing getter or a revoked proxy: reported, never thrown.
    return fail(null, null, [], 'unreadable');
  }
}

/** The flows' ids, for callers listing them. */
export const FLOW_IDS: readonly ModuleId[] = Object.freeze(Object.keys(flows) as ModuleId[]);
