// The subpath's own check and evaluate (chuangye-rules/tianjin) answer as the registry does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, evaluate } from '../../../src/index.js';
import * as tianjin from '../../../src/policies/tianjin/index.js';

const json = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/tianjin/${name}`, import.meta.url), 'utf8'));

describe('the tianjin subpath', () => {
  it('checks a studio as the registry does', () => {
    const options = { asOf: '2026-11-22' };
    const own = tianjin.check('studio', json('studio-application.json'), options);
    expect(own.policy).toBe('tianjin');
    expect(own).toEqual(check('tianjin', 'studio', json('studio-application.json'), options));
  });
  it('grades a year as the registry does', () => {
    const options = { from: '2025-06-20', to: '2026-06-19' };
    const own = tianjin.evaluate(json('year-record.json'), options);
    expect(own.grade).toBe('excellent');
    expect(own).toEqual(evaluate('tianjin', json('year-record.json'), options));
  });
});
