// Test helper: a parameter lookup under Taiyuan readings, given by the 0.x option names
// or by parameter id, resolved as a check resolves them (core/parameters.ts).
import { resolveParameters, textValues } from '../../../src/core/parameters.js';
import type { RuleContext } from '../../../src/core/types.js';
import { READING_ALIASES, taiyuanPolicy } from '../../../src/policies/taiyuan/index.js';

export { textValues };

export function under(readings: Record<string, unknown>): RuleContext['param'] {
  const byId: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(readings)) byId[(READING_ALIASES as Record<string, string>)[k] ?? k] = v;
  const problems: unknown[] = [];
  const { param } = resolveParameters(taiyuanPolicy, { readings: byId }, problems as never);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return param;
}
