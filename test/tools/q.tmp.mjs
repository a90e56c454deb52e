import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { check, getPolicy } from '../../dist/index.js';

const app = JSON.parse(readFileSync('examples/tianjin/studio-application.json', 'utf8'));
const spec = getPolicy('tianjin').checks.studio;
const time = (name, fn) => {
  let best = 1e9;
  for (let k = 0; k < 5; k++) {
    let n = 0;
    const t = performance.now();
    while (performance.now() - t < 300) {
      for (let i = 0; i < 50; i++) fn();
      n += 50;
    }
    best = Math.min(best, 300000 / n);
  }
  console.log(name.padEnd(24), best.toFixed(2), 'µs');
};
time('zod parse', () => z.safeParse(spec.schema, app));
time('check {}', () => check('tianjin', 'studio', {}, { asOf: '2026-11-22' }));
time('check app', () => check('tianjin', 'studio', app, { asOf: '2026-11-22' }));
time('structuredClone', () => structuredClone(app));
