// Each edge of each flow, departed from: an error quoting the text where the edge is
// stated, a warning naming its reason where it is reconstructed (issue 28, item 1).
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/calendar/date.js';
import { type CaseEvent, flows, validateCase } from '../../src/handbook/index.js';
import type { Flow, Transition } from '../../src/handbook/types.js';

/** The shortest path of steps from a track's start to `target`, or null. */
function pathTo(flow: Flow, target: string): string[] | null {
  const queue = flow.tracks.map((t) => [t.start]);
  const seen = new Set(flow.tracks.map((t) => t.start));
  while (queue.length > 0) {
    const path = queue.shift() as string[];
    const at = path[path.length - 1] as string;
    if (at === target) return path;
    for (const t of flow.transitions)
      if (t.from === at && !seen.has(t.to) && !flow.steps.find((s) => s.id === t.to)?.concurrent) {
        seen.add(t.to);
        queue.push([...path, t.to]);
      }
  }
  return null;
}

function events(flow: Flow, steps: string[], decisions: Record<number, string> = {}): CaseEvent[] {
  return steps.map((id, i) => {
    const step = flow.steps.find((s) => s.id === id);
    const e: CaseEvent = { step: id, date: formatIsoDate(20_000 + i) };
    for (const d of step?.duties ?? []) {
      if (d.kind === 'reason') e.reason = '不符合条件';
      if (d.kind === 'documents') e.documents = ['营业执照'];
    }
    if (decisions[i] !== undefined) e.decision = decisions[i];
    return e;
  });
}

const cases = Object.values(flows).flatMap((flow) =>
  flow.transitions
    .filter((t) => t.label !== null)
    .map(
      (t) => [`${flow.id}: ${t.from} -${t.label}-> ${t.to} (${t.provenance})`, flow, t] as [string, Flow, Transition],
    ),
);

describe('departing from a decided edge', () => {
  it.each(cases)('%s', (_, flow, edge) => {
    const path = pathTo(flow, edge.from) as string[];
    expect(path).not.toBeNull();
    // Another step, reachable by no edge from the decision's step: the departure is from this edge alone.
    const other = flow.steps.find(
      (s) =>
        !s.concurrent &&
        s.id !== edge.to &&
        !flow.transitions.some((t) => t.from === edge.from && t.to === s.id) &&
        !flow.transitions.some((t) => t.to === s.id && t.provenance === 'text'),
    );
    if (!other) return;
    const r = validateCase(flow.id, events(flow, [...path, other.id], { [path.length - 1]: edge.label as string }));
    const at = path.length;
    if (edge.provenance === 'text') {
      expect(r.valid).toBe(false);
      expect(r.firstInvalid).toMatchObject({ index: at, code: 'decision_mismatch', severity: 'error' });
      expect(r.firstInvalid?.edge).toEqual(edge);
      expect(r.firstInvalid?.message.zh).toContain(edge.quote);
    } else {
      expect(r.firstInvalid?.index ?? Number.POSITIVE_INFINITY).toBeGreaterThan(at);
      const w = r.warnings.find((x) => x.index === at);
      expect(w).toMatchObject({ code: 'decision_mismatch', severity: 'warning' });
      expect(w?.edge).toEqual(edge);
      expect(w?.message.en).toContain(edge.reason);
    }
    // Taking the edge itself is neither.
    const ok = validateCase(flow.id, events(flow, [...path, edge.to], { [path.length - 1]: edge.label as string }));
    expect(ok.firstInvalid).toBeNull();
    expect(ok.warnings.filter((x) => x.index === at)).toEqual([]);
  });

  it('every step is reachable from a track start', () => {
    for (const flow of Object.values(flows))
      for (const s of flow.steps) if (!s.concurrent) expect(pathTo(flow, s.id), `${flow.id}/${s.id}`).not.toBeNull();
  });
});
