// The catalogue against the seed text: counts against the 一览表, and every title,
// description, mode and flow label found verbatim in its chapter.
import { describe, expect, it } from 'vitest';
import * as handbook from '../../src/handbook/index.js';
import { EDGES, flows, modules, TIERS } from '../../src/handbook/index.js';
import type { Tier } from '../../src/handbook/types.js';
import { seed } from '../helpers/seeds.js';

const TEXT = seed('public-startup-service-handbook.txt');
const LINES = TEXT.split('\n').map((l) => l.replace(/^\[bookmark: [^\]]*\]/u, '').trim());
const CHAPTER_STARTS = LINES.flatMap((l, i) => (/^第[1一二三四五六七]章/u.test(l) ? [i] : []));

/** The lines of chapter n (1-based), blank lines dropped. */
function chapter(n: number): string[] {
  return LINES.slice(CHAPTER_STARTS[n - 1], CHAPTER_STARTS[n] ?? LINES.length).filter((l) => l !== '');
}

/** The 一览表 read independently of the library: per module row, per tier, the names and the count. */
function table() {
  const start = LINES.indexOf('公共创业服务功能一览表');
  const end = CHAPTER_STARTS[0] as number;
  const rows: { module: string; tiers: Record<Tier, { names: string[]; count: number }> }[] = [];
  const tierOf: Record<string, Tier> = { 基本服务: 'basic', 延伸服务: 'extended', 拓展服务: 'expanded' };
  let total = 0;
  const cells = LINES.slice(start, end).filter((l) => l !== '');
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (/^[一二三四五六七]$/u.test(cell)) {
      rows.push({ module: `${cells[i + 1]}${cells[i + 2]}`, tiers: {} as never });
      i += 2;
    } else if (cell in tierOf) {
      const row = rows.at(-1);
      if (!row) throw new Error('tier before module');
      row.tiers[tierOf[cell] as Tier] = { names: (cells[i + 1] as string).split('、'), count: Number(cells[i + 2]) };
      i += 2;
    } else if (/^\d+$/u.test(cell)) total = Number(cell);
  }
  return { rows, total };
}

describe('the catalogue against the 一览表', () => {
  const { rows, total } = table();
  const all = modules.flatMap((m) => m.functions);

  it('7 modules, 33 functions: 14 basic, 12 extended, 7 expanded (说明 3. and the table)', () => {
    expect(TEXT).toContain(
      '共分为7个服务功能模块，33个具体服务功能。其中，基本服务功能有14个，延伸服务功能有12个，拓展服务功能有7个',
    );
    expect(modules).toHaveLength(7);
    expect(rows).toHaveLength(7);
    expect(all).toHaveLength(33);
    expect(total).toBe(33);
    const count = (t: Tier) => all.filter((f) => f.tier === t).length;
    expect([count('basic'), count('extended'), count('expanded')]).toEqual([14, 12, 7]);
    const fromTable = (t: Tier) => rows.reduce((n, r) => n + r.tiers[t].count, 0);
    expect([fromTable('basic'), fromTable('extended'), fromTable('expanded')]).toEqual([14, 12, 7]);
  });

  it('each module row lists, per tier, the functions the chapter has, by their table names', () => {
    modules.forEach((m, i) => {
      const row = rows[i];
      expect(row?.module).toBe(m.title.zh);
      for (const tier of ['basic', 'extended', 'expanded'] as const) {
        const names = m.functions.filter((f) => f.tier === tier).map((f) => f.tableTitle);
        expect(names).toEqual(row?.tiers[tier].names);
        expect(names).toHaveLength(row?.tiers[tier].count as number);
      }
    });
  });

  it('the table and the body name one function differently: 创业社群组织 is the body’s 3.1 社群组织', () => {
    const differing = all.filter((f) => f.title !== f.tableTitle);
    expect(differing.map((f) => [f.id, f.tableTitle, f.title])).toEqual([
      ['activities/3.1', '创业社群组织', '社群组织'],
    ]);
  });

  it('ids are unique; titles and table titles name one function each', () => {
    expect(new Set(all.map((f) => f.id)).size).toBe(33);
    const names = all.flatMap((f) => (f.title === f.tableTitle ? [f.title] : [f.title, f.tableTitle]));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the catalogue verbatim in its chapter', () => {
  it.each(modules.map((m) => [m.heading, m] as const))('%s: heading, overview, functions, modes', (_, m) => {
    const lines = chapter(m.number);
    const body = lines.join('\n');
    expect(lines[0]).toBe(m.heading);
    expect(lines[1]).toBe(m.overview);
    expect(m.heading.endsWith(m.title.zh)).toBe(true);
    for (const f of m.functions) {
      // The heading line: number and title, a space allowed between (第七章 "1.1 经验交流").
      expect(lines.some((l) => l === `${f.number}${f.title}` || l === `${f.number} ${f.title}`)).toBe(true);
      expect(body).toContain(f.text);
      expect(f.id).toBe(`${m.id}/${f.number}`);
      expect(f.tier).toBe((['basic', 'extended', 'expanded'] as const)[Number(f.number[0]) - 1]);
      for (const s of f.subItems) {
        expect(s.number.startsWith(`${f.number}.`)).toBe(true);
        expect(body).toContain(s.title === null ? `${s.number}${s.text}` : `${s.number}${s.title}\n${s.text}`);
      }
    }
    // Numbering as the text gives it: 1.1, 1.2 … per tier, no gaps.
    for (const tier of ['1', '2', '3']) {
      const numbers = m.functions.filter((f) => f.number.startsWith(`${tier}.`)).map((f) => f.number);
      expect(numbers).toEqual(numbers.map((_, i) => `${tier}.${i + 1}`));
    }
    // Every X.Y heading of the chapter is a function, every X.Y.Z a sub-item.
    const headings = lines.filter((l) => /^\d\.\d(?!\.)/u.test(l)).map((l) => l.slice(0, 3));
    expect(headings).toEqual(m.functions.map((f) => f.number));
    const subs = lines.filter((l) => /^\d\.\d\.\d/u.test(l)).map((l) => l.slice(0, 5));
    expect(subs).toEqual(m.functions.flatMap((f) => f.subItems.map((s) => s.number)));
    // Modes: "1.窗口服务" (or "1．集中指导") followed by its text.
    const modesAt = lines.findIndex((l) => l.endsWith('服务方式'));
    const flowAt = lines.findIndex((l) => l.includes('基本服务流程'));
    const modeLines = lines.slice(modesAt + 1, flowAt);
    expect(m.modes.flatMap((d) => [`${d.number}.${d.title}`, d.text])).toEqual(
      modeLines.map((l) => l.replace(/^(\d)．/u, '$1.')),
    );
  });

  it('the tiers are defined as 说明 2. defines them', () => {
    for (const t of TIERS) expect(TEXT).toContain(`${t.title}：${t.definition}`);
  });
});

describe('the flows against the chart labels', () => {
  /** The chart's lines: everything after 基本服务流程 up to the next chapter. */
  function chart(n: number): string[] {
    const lines = chapter(n);
    const at = lines.findIndex((l) => l.includes('基本服务流程'));
    const head = (lines[at] as string).split('基本服务流程')[1] as string;
    return [...(head ? [head] : []), ...lines.slice(at + 1)];
  }

  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: every box and branch label accounted for, and no more',
    (_, m) => {
      const lines = chart(m.number);
      const flow = m.flow;
      const boxes = flow.steps.filter((s) => s.origin === 'chart');
      const boxLines = boxes.flatMap((s) => s.source.split('\n'));
      const labels = new Set(flow.transitions.flatMap((t) => (t.label === null ? [] : [t.label])));
      // Each line of the chart is part of a box or a branch label, and each is used.
      for (const line of lines) expect(boxLines.includes(line) || labels.has(line)).toBe(true);
      expect([...boxLines].sort()).toEqual(lines.filter((l) => !labels.has(l)).sort());
      for (const label of labels) expect(lines).toContain(label);
      // A box split over lines is consecutive lines of the chart.
      for (const s of boxes) expect(lines.join('\n')).toContain(s.source);
    },
  );

  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: a connected machine whose steps all lead on from a track’s start',
    (_, m) => {
      const flow = m.flow;
      const ids = new Set(flow.steps.map((s) => s.id));
      expect(ids.size).toBe(flow.steps.length);
      expect(ids.has(flow.start)).toBe(true);
      for (const t of flow.transitions) {
        expect(ids.has(t.from) && ids.has(t.to)).toBe(true);
        expect(t.reason.length).toBeGreaterThan(10);
      }
      expect(flow.tracks.map((t) => t.start)).toContain(flow.start);
      const seen = new Set(flow.tracks.map((t) => t.start));
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of flow.transitions)
          if (seen.has(t.from) && !seen.has(t.to)) {
            seen.add(t.to);
            grew = true;
          }
      }
      expect([...seen].sort()).toEqual([...ids].sort());
      // No duplicate edge; a step's branch labels distinguish its branches.
      const keys = flow.transitions.map((t) => `${t.from}>${t.to}`);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it('text edges, duties and text-named steps quote their chapter verbatim', () => {
    for (const m of modules) {
      const body = chapter(m.number).join('\n');
      for (const t of m.flow.transitions) {
        if (t.provenance === 'text') expect(body).toContain(t.quote);
        else expect(t.quote).toBeUndefined();
      }
      for (const s of m.flow.steps) {
        for (const d of s.duties) expect(body).toContain(d.quote);
        if (s.origin === 'text') expect(body).toContain(s.source);
        if (s.origin === 'chart' && s.source.replace('\n', '') !== s.label.zh) expect(s.note).toBeDefined();
      }
    }
  });

  it('stated edges: each quotes the sentence that states it; the count is what the text gives', () => {
    const stated = EDGES.filter((e) => e[4] === 'text');
    // consulting 1, training 2 + 6 into 监督与评估 (1.2.1), incubation 1, financing 4.
    expect(stated.map((e) => `${e[0]}:${e[1]}>${e[2]}`)).toHaveLength(14);
    expect(EDGES.filter((e) => e[4] === 'interpretation').every((e) => e[5].length > 10 && e[6] === undefined)).toBe(
      true,
    );
    // Incubation: no edge joins a base's track to a project's.
    const project = new Set(['place', 'support']);
    for (const t of flows.incubation.transitions) expect(project.has(t.from)).toBe(project.has(t.to));
  });

  it('the edge table holds every edge once, each flow’s in its module', () => {
    expect(EDGES.length).toBe(Object.values(flows).reduce((n, f) => n + f.transitions.length, 0));
    expect(modules.map((m) => m.flow)).toEqual(Object.values(flows));
  });
});

describe('frozen', () => {
  it('every object reachable from every export is frozen', () => {
    const walk = (v: unknown): void => {
      if (typeof v !== 'object' || v === null) return;
      expect(Object.isFrozen(v)).toBe(true);
      for (const x of Object.values(v)) walk(x);
    };
    for (const value of Object.values(handbook)) walk(value);
    expect(() => {
      (modules as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
