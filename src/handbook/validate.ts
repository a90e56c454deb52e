// A case's dated history checked against its module's flow: it starts at the flow's first
// step, each step is one the previous may lead to (and the branch it decided, if it says),
// time runs forward, and the duties of a step are met. The first event that breaks one is
// reported; nothing is thrown, whatever the input.
import { parseIsoDate } from '../calendar/date.js';
import { ProblemList } from '../core/problems.js';
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
  /**
   * The edge the case departs from or breaches, where the problem is about the order of
   * steps: a stated edge (provenance 'text', with its quote) makes an error, a
   * reconstructed one (with its reason) a warning.
   */
  edge: Transition | null;
}

export interface CaseValidation {
  flow: string;
  /** No error: every stated edge and duty kept (departures from reconstructed edges are warnings). */
  valid: boolean;
  /** The first event that breaks a stated edge or a duty (or cannot be read), or null. */
  firstInvalid: CaseProblem | null;
  /**
   * What does not invalidate the case: departures from reconstructed edges (each naming the
   * edge and its reason) and unknown fields; at most 20 of a kind, then one count.
   */
  warnings: CaseProblem[];
  /** The step ids read, up to and including the first invalid event's step where known. */
  steps: string[];
  /** The track the case follows (incubation: 'base' or 'project'; the others 'case'), once known. */
  track: string | null;
  /** Whether the history ends at a step nothing follows (the case is closed). */
  closed: boolean;
}

/** Most events read in one case. */
export const MAX_EVENTS = 10_000;

const KEYS = new Set(['step', 'date', 'decision', 'reason', 'documents']);

interface Index {
  flow: Flow;
  byName: ReadonlyMap<string, FlowStep>;
  /** The edges out of each step, those into a step that runs alongside left out. */
  out: ReadonlyMap<string, readonly Transition[]>;
  /** The stated edges into each step. */
  statedIn: ReadonlyMap<string, readonly Transition[]>;
}

const INDEX: ReadonlyMap<string, Index> = new Map(
  Object.values(flows).map((flow) => {
    const byName = new Map<string, FlowStep>();
    for (const s of flow.steps) byName.set(s.id, s).set(s.label.zh, s);
    const alongside = new Set(flow.steps.filter((s) => s.concurrent).map((s) => s.id));
    const out = new Map(
      flow.steps.map((s) => [s.id, flow.transitions.filter((t) => t.from === s.id && !alongside.has(t.to))]),
    );
    const statedIn = new Map(
      flow.steps.map((s) => [s.id, flow.transitions.filter((t) => t.to === s.id && t.provenance === 'text')]),
    );
    return [flow.id, { flow, byName, out, statedIn }];
  }),
);

const nonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const names = (steps: readonly { id: string; label: { zh: string } }[]) =>
  steps.map((s) => `${s.label.zh} (${s.id})`).join('、');

/** What a departure rests on, for its message: the quote of a stated edge, the reason of a reconstructed one. */
function basis(edges: readonly Transition[]): { basis: string; severity: InputProblem['severity'] } {
  const stated = edges.find((e) => e.provenance === 'text');
  if (stated) return { basis: stated.quote ?? '', severity: 'error' };
  return { basis: [...new Set(edges.map((e) => e.reason))].join(' / '), severity: 'warning' };
}

/**
 * Checks a case's history against the flow of module `flowId` ('financing', …). A breach
 * of what the text states (an edge a sentence states, a duty) makes the case invalid at
 * its first such event; a departure from a reconstructed edge is a warning naming that
 * edge and its reason, and the case is read on from there. Never throws.
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
  const warnings = new ProblemList();
  const result: Omit<CaseValidation, 'warnings'> = {
    flow: flowName,
    valid: true,
    firstInvalid: null,
    steps: [],
    track: null,
    closed: false,
  };
  const done = (): CaseValidation => ({
    ...result,
    warnings: warnings.list().map((p) => ({ index: null, step: null, edge: null, ...p }) as CaseProblem),
  });
  const fail = (
    index: number | null,
    step: string | null,
    path: (string | number)[],
    code: HandbookCode,
    params = {},
    edge: Transition | null = null,
  ) => {
    result.valid = false;
    result.firstInvalid = { ...problem(path, code, params), index, step, edge };
    result.closed = false;
    return done();
  };
  /** A departure: an error where `edges` holds a stated edge, otherwise a warning and the case reads on. */
  const depart = (
    i: number,
    step: string,
    code: HandbookCode,
    params: Record<string, string | number>,
    edges: readonly Transition[],
  ): CaseValidation | null => {
    const b = basis(edges);
    const edge = edges.find((e) => e.provenance === 'text') ?? edges[0] ?? null;
    if (b.severity === 'error') return fail(i, step, [i, 'step'], code, { ...params, basis: b.basis, stated: 1 }, edge);
    warnings.add({
      ...problem([i, 'step'], code, { ...params, basis: b.basis, stated: 0 }, 'warning'),
      index: i,
      step,
      edge,
    } as CaseProblem);
    return null;
  };
  const index = typeof flowId === 'string' ? INDEX.get(flowId) : undefined;
  if (!index) return fail(null, null, [], 'unknown_flow', { flow: flowName, options: [...INDEX.keys()].join(', ') });
  const { flow, byName, out, statedIn } = index;
  const zhOf = (id: string) => byName.get(id)?.label.zh ?? id;
  try {
    if (!Array.isArray(events)) return fail(null, null, [], 'not_a_history');
    if (events.length === 0) return fail(null, null, [], 'empty_case', { start: zhOf(flow.start) });
    if (events.length > MAX_EVENTS) return fail(null, null, [], 'too_many', { limit: MAX_EVENTS });

    const firstSeen = new Map<string, number>();
    /** The step the case is at (a step that runs alongside does not move it), and its decision. */
    let at: { step: FlowStep; decision: string | undefined } | null = null;
    let last: { day: number; date: string } | null = null;
    for (let i = 0; i < events.length; i++) {
      const event: unknown = events[i];
      if (typeof event !== 'object' || event === null || Array.isArray(event))
        return fail(i, null, [i], 'not_an_event', { type: kindOf(event) });
      const e = event as Record<string, unknown>;
      for (const key of Object.keys(e))
        if (!KEYS.has(key))
          warnings.add({
            ...problem([i, key], 'unknown_key', { key: preview(key) }, 'warning'),
            index: i,
            step: null,
            edge: null,
          } as CaseProblem);

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
      if (step.concurrent) {
        // Reachable from every step (a stated edge each); before the first step it is early.
        if (at === null) {
          const r = depart(
            i,
            step.id,
            'not_start',
            { start: flow.tracks.map((t) => zhOf(t.start)).join('、'), step: zh },
            [],
          );
          if (r) return r;
        }
      } else if (at === null) {
        const track = flow.tracks.find((t) => t.start === step.id);
        if (track) result.track = track.id;
        else {
          const r = depart(
            i,
            step.id,
            'not_start',
            { start: flow.tracks.map((t) => zhOf(t.start)).join('、'), step: zh },
            statedIn.get(step.id) ?? [],
          );
          if (r) return r;
          result.track = flow.tracks.length === 1 ? (flow.tracks[0]?.id ?? null) : null;
        }
      } else {
        const from = at.step;
        const options = out.get(from.id) ?? [];
        const direct = options.filter((t) => t.to === step.id);
        const decided = at.decision === undefined ? undefined : options.find((t) => t.label === at?.decision);
        const params = { previous: from.label.zh, step: zh };
        let r: CaseValidation | null = null;
        if (decided !== undefined) {
          // An unlabelled edge is no branch: the decision does not bar it (受理 符合条件, then 补充资料).
          if (decided.to !== step.id && !direct.some((t) => t.label === null)) {
            // A stated edge to this step with another label is breached; else the decided edge is departed from.
            const breached = direct.filter((t) => t.provenance === 'text');
            const into = direct.length === 0 ? (statedIn.get(step.id) ?? []) : [];
            r = depart(
              i,
              step.id,
              'decision_mismatch',
              { decision: at.decision ?? '', expected: zhOf(decided.to), step: zh },
              [...breached, ...into, decided],
            );
          }
        } else if (direct.length === 0) {
          const into = statedIn.get(step.id) ?? [];
          if (into.length > 0)
            r = depart(
              i,
              step.id,
              'stated_order',
              { ...params, before: into.map((t) => zhOf(t.from)).join('、') },
              into,
            );
          else if (options.length === 0) r = depart(i, step.id, 'closed_step', params, []);
          else
            r = depart(
              i,
              step.id,
              'not_allowed',
              { ...params, options: names(options.map((t) => byName.get(t.to) as FlowStep)) },
              options.every((t) => t.provenance === 'text') ? options : options.filter((t) => t.provenance !== 'text'),
            );
        }
        if (r) return r;
      }

      // Its date: present, real, not before the previous one.
      const date = Object.hasOwn(e, 'date') ? e.date : undefined;
      if (date === undefined) return fail(i, step.id, [i, 'date'], 'date_missing');
      const day = parseIsoDate(date);
      if (day === null) return fail(i, step.id, [i, 'date'], 'invalid_date');
      if (last !== null && day < last.day)
        return fail(i, step.id, [i, 'date'], 'date_backwards', { date: date as string, previous: last.date });

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
      last = { day, date: date as string };
      if (!step.concurrent) at = { step, decision };
    }
    result.closed = at !== null && (out.get(at.step.id) ?? []).length === 0;
    return done();
  } catch {
    // A throwing getter or a revoked proxy: reported, never thrown.
    return fail(null, null, [], 'unreadable');
  }
}

/** The flows' ids, for callers listing them. */
export const FLOW_IDS: readonly ModuleId[] = Object.freeze(Object.keys(flows) as ModuleId[]);
