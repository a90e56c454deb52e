// The `chuangye` executable: process and console here, everything else in main.ts.
import { main } from './main.js';

declare const __VERSION__: string;

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  version: __VERSION__,
});
