// The `chuangye` executable: process and console here, everything else in main.ts.
// Output is written synchronously to the descriptors, so a closed pipe (EPIPE) or a full
// disk surfaces as an error main() turns into one line, not as an unhandled stream event.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { visible } from '../report/escape.js';
import { isJobWorker, serveJobs, setWorkerScript } from './jobs.js';
import { main } from './main.js';
import { loadPolicyModules } from './policy-module.js';

declare const __VERSION__: string;

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, bytes: Uint8Array): void {
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
  const argv = process.argv.slice(2);
  const io = {
    stdout: (text: string) => writeAll(1, Buffer.from(text, 'utf8')),
    stdoutBytes: (bytes: Uint8Array) => writeAll(1, bytes),
    stderr: (text: string) => writeAll(2, Buffer.from(text, 'utf8')),
    stderrIsTTY: isatty(2),
    isTTY: isatty(1),
    version: __VERSION__,
  };
  // --policy-module files are ES modules, loaded before the (synchronous) command runs.
  loadPolicyModules(argv, process.cwd()).then(
    () => {
      process.exitCode = main(argv, io);
    },
    (e: unknown) => {
      io.stderr(`chuangye: ${visible(e instanceof Error ? (e.message.split('\n')[0] ?? '') : 'cannot load')}\n`);
      process.exitCode = 2;
    },
  );
}
