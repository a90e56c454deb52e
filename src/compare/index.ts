/**
 * Comparing policies: their requirements side by side, and one studio checked against
 * every studio policy.
 * @packageDocumentation
 */
export { type CompareOptions, comparePolicies } from './matrix.js';
export { ROWS, THEMES } from './rows.js';
export type * from './types.js';
