/**
 * `chuangye-rules/define`: the authoring API — what a province, city or district needs to
 * encode its own measures the way the bundled policies are encoded (issue 31).
 * @packageDocumentation
 */
import { deepFreeze } from '../core/freeze.js';
import { publicPolicy } from '../core/public.js';
import type { Policy } from '../core/types.js';

/** Scaffold (to be completed): validates and freezes a policy definition. */
export function definePolicy(definition: Policy): Policy {
  return publicPolicy(deepFreeze(definition));
}
