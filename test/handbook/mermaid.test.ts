// No Mermaid parser installs cleanly here (mermaid 12 needs Node ≥ 22 and a DOM), so the
// flowcharts are read back by a strict reader of the subset renderMermaid writes, and
// compared with the flow data: every line must be understood, every step and edge present.
import { describe, expect, it } from 'vitest';
import { EDGES, flows, modules, POLICY_LINKS, renderHandbook, renderMermaid } from '../../src/handbook/index.js';
import type { Flow } from '../../src/handbook/types.js';

const NODE = /^ {2}([a-z_]+)(\["([^"]*)"\]|\{"([^"]*)"\}|\[\/"([^"]*)"\/\])$/u;
const EDGE = /^ {2}([a-z_]+) (-->|-\.->)(?:\|"([^"|]*)"\|)? ([a-z_]+)$/u;

function read(chart: string) {
  const lines = chart.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart TD');
  const nodes = new Map<string, { label: string; shape: 'box' | 'diamond' | 'parallelogram' }>();
  const edges: { from: string; to: string; label: string | null; dotted: boolean }[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('  %% ')) continue;
    const n = NODE.exec(line);
    const e = EDGE.exec(line);
    if (n) {
      const [, id, , box, diamond, para] = n;
      expect(nodes.has(id as string)).toBe(false);
      nodes.set(id as string, {
        label: (box ?? diamond ?? para) as string,
        shape: box !== undefined ? 'box' : diamond !== undefined ? 'diamond' : 'parallelogram',
      });
    } else if (e) {
      const [, from, arrow, label, to] = e;
      edges.push({ from: from as string, to: to as string, label: label ?? null, dotted: arrow === '-.->' });
    } else throw new Error(`a line the reader does not understand: ${line}`);
  }
  return { nodes, edges };
}

describe('renderMermaid', () => {
  it.each(Object.values(flows).map((f) => [f.id, f] as [string, Flow]))('%s: the chart is the flow', (_, flow) => {
    for (const lang of ['zh', 'en'] as const) {
      const { nodes, edges } = read(renderMermaid(flow, lang));
      expect([...nodes.keys()]).toEqual(flow.steps.map((s) => s.id));
      for (const s of flow.steps) {
        const node = nodes.get(s.id);
        expect(node?.label).toBe(s.label[lang]);
        const branches = flow.transitions.some((t) => t.from === s.id && t.label !== null);
        expect(node?.shape).toBe(branches ? 'diamond' : s.origin === 'text' ? 'parallelogram' : 'box');
      }
      expect(edges).toEqual(
        flow.transitions.map((t) => ({
          from: t.from,
          to: t.to,
          label: t.label,
          dotted: t.provenance === 'interpretation',
        })),
      );
      // Every edge joins declared nodes.
      for (const e of edges) expect(nodes.has(e.from) && nodes.has(e.to)).toBe(true);
    }
  });

  it('the financing chart: the text-stated edges solid, the reconstructed dotted', () => {
    const chart = renderMermaid(flows.financing);
    expect(chart).toContain('  accept -->|"不符合条件"| reject');
    expect(chart).toContain('  accept -.->|"符合条件"| review');
    expect(chart).toContain('  introduce -.-> apply');
    expect(chart).toContain('  supplement[/"补充资料"/]');
    expect(chart).toContain('  accept{"贷款受理"}');
  });
});

describe('renderHandbook', () => {
  it('Markdown: every function, a Mermaid chart per flow that reads back as the flow, every edge and link in a table', () => {
    const md = renderHandbook('md');
    const charts = md
      .split('```mermaid\n')
      .slice(1)
      .map((c) => c.slice(0, c.indexOf('```')));
    expect(charts).toHaveLength(7);
    charts.forEach((chart, i) => {
      const flow = modules[i]?.flow as Flow;
      expect(chart).toBe(renderMermaid(flow));
      expect(read(chart).edges).toHaveLength(flow.transitions.length);
    });
    for (const f of modules.flatMap((m) => m.functions)) expect(md).toContain(`\`${f.id}\``);
    const rows = md.split('\n').filter((l) => /^\| (?!from|policy|---)/u.test(l));
    expect(rows).toHaveLength(EDGES.length + POLICY_LINKS.length);
    expect(md).toContain('### 3.1 社群组织 (一览表: 创业社群组织)');
  });

  it('JSON: the catalogue, flows and links as data', () => {
    const data = JSON.parse(renderHandbook('json'));
    expect(data.binding).toBe(false);
    expect(data.modules).toEqual(JSON.parse(JSON.stringify(modules)));
    expect(data.links).toHaveLength(POLICY_LINKS.length);
  });
});

describe('renderHandbook: tracks and steps that run alongside', () => {
  it('names incubation’s two tracks and training’s supervision', () => {
    const md = renderHandbook('md', 'zh');
    expect(md).toContain('- 孵化基地 (`base`): 孵化基地培育 →');
    expect(md).toContain('- 创业项目 (`project`): 入驻项目对接 →');
    expect(md).toContain('- 监督与评估: 贯穿全过程，可在任一步骤之后进行');
    expect(() => renderHandbook('html' as 'md')).toThrow(/unknown format/);
    expect(() => renderHandbook('md', 'fr' as 'zh')).toThrow(/unknown language/);
    expect(() => renderMermaid({ ...flows.training })).toThrow(TypeError);
  });
});
