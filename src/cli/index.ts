// The `chuangye` executable: process and console here, everything else in main.ts.
// Output is written synchronously to the descriptors, so a closed pipe (EPIPE) or a full
// disk surfaces as an error main() turns into one line, not as an unhandled stream event.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { isJobWorker, serveJobs, setWorkerScript } from './jobs.js';
import { main } from './main.js';

declare const __VERSION__: string;

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (e) {
      // A descriptor inherited in non-blocking mode: wait for the reader.
      if ((e as { code?: string }).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

// A worker of `check --jobs` (cli/jobs.ts) runs this same file and serves its chunks.
if (isJobWorker()) serveJobs();
else {
  setWorkerScript(new URL(import.meta.url));
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    stderrIsTTY: isatty(2),
    isTTY: isatty(1),
    version: __VERSION__,
  });
}
