// `chuangye check --jobs N`: a large batch spread over N threads (issue 30): this one and
// N − 1 workers (each a whole V8 instance, so no more than needed). Each thread checks a
// chunk of files at a time and renders and encodes its part of the output; this thread
// writes the chunks in the files' order, so the output is byte for byte what one thread
// writes. A bounded number of chunks is out at a time: memory stays flat whatever the
// batch's size. The main thread stays synchronous, like every command: it waits on a
// shared counter (Atomics) and takes the workers' answers with receiveMessageOnPort.
import { availableParallelism } from 'node:os';
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
  workerData,
} from 'node:worker_threads';
import { checkPrepared, prepareCheck } from '../core/check.js';
import { policyBehind } from '../core/public.js';
import type { Report, SubjectId, Verdict } from '../core/types.js';
import { getPolicy } from '../policies/index.js';
import { visible } from '../report/escape.js';
import { type ReportFormat, reportWriter } from '../report/index.js';
import type { ReadOptions } from './read.js';
import {
  type Io,
  OUTPUT_BUFFER,
  progress,
  readJson,
  stdoutBytesOf,
  UsageError,
  unreadableReport,
  utf8Output,
} from './shared.js';
import { type BetterSubject, betterSubject, subjectNotes } from './subjects.js';

/** Files a worker checks per message: large enough to amortise a message, small enough to bound memory. */
const CHUNK = 64;
/** Below this many files the workers' start-up costs more than it saves. */
const MIN_FILES = 4 * CHUNK;
/** The formats written entry by entry (the others are whole documents). */
const STREAMED: readonly ReportFormat[] = ['ndjson', 'json', 'text', 'md'];
/** Each worker's young generation, MB (see checkInJobs). */
const YOUNG_MB = 16;
/** Each worker's old generation, MB: a chunk of 64 files of up to --max-bytes each must fit. */
const OLD_MB = Number(process.env.CHUANGYE_OLD_MB ?? 96);
const NEWLINE = new Uint8Array([0x0a]);
/** Chunks each worker has queued: it never waits for the next while the main thread writes. */
const AHEAD = 2;
/** Output buffers kept for reuse (a few chunks' worth): a worker gets back as many as it sent. */
const SPARE = 256;
/** A worker's first message: it has started and takes chunks. */
const READY = 'ready';
/** How long the main thread waits for a chunk before it gives up on a worker. */
const STALL_MS = 120_000;

let workerScript: URL | undefined;

/** The command's own file, which a worker runs (cli/index.ts sets it; tests in one thread leave it unset). */
export function setWorkerScript(url: URL): void {
  workerScript = url;
}

/** `--jobs`: a whole number from 1 to 64; the machine's number of cores by default. */
export function jobsOf(value: string | undefined): number {
  if (value === undefined) return Math.max(1, Math.min(64, availableParallelism()));
  if (!/^\d{1,2}$/u.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${visible(value.slice(0, 20))}"`);
  return Number(value);
}

/** What a worker needs to check files as the command would. */
interface Setup extends Omit<CheckBatch, 'files' | 'unlisted' | 'listed' | 'jobs'> {
  chuangyeJobs: true;
  signal: SharedArrayBuffer;
  port: MessagePort;
}

/**
 * One chunk's files, each with the reason it could not be listed (null when it could) and
 * whether its directory's listing says it is a regular file.
 */
type Task = [file: string, unlisted: string | null, listed: boolean][];

/** A chunk's answer: its output (UTF-8, moved to the main thread, not copied), its stderr lines and its counts. */
interface Done {
  bytes: Uint8Array[];
  stderr: string;
  tally: Record<Verdict, number>;
  checked: number;
  unreadable: number;
  allPass: boolean;
  /** The files that read better as another subject (the note cli/subjects.ts gives). */
  notes: [file: string, better: BetterSubject][];
  error?: string;
}

export interface CheckBatch {
  files: string[];
  unlisted: Map<string, string>;
  listed: Set<string>;
  policy: string;
  subject: SubjectId;
  asOf: string | undefined;
  reading: ReadOptions;
  format: ReportFormat;
  lang: 'zh' | 'en';
  failOn: 'incomplete' | 'ineligible';
  /** Whether --subject was left to its default (the subject notes say so). */
  subjectDefaulted: boolean;
  jobs: number;
}

/**
 * The batch checked over worker threads, with the exit code; undefined when it is better
 * (or only possible) checked in this thread: one job, a small batch, standard input, a
 * whole-document format, or no command file to run workers from.
 */
export function checkInJobs(batch: CheckBatch, io: Io): number | undefined {
  const { files, format, jobs } = batch;
  if (workerScript === undefined || jobs < 2 || files.length < MIN_FILES || !STREAMED.includes(format))
    return undefined;
  if (files.includes('-')) return undefined;
  const tasks: Task[] = [];
  for (let i = 0; i < files.length; i += CHUNK)
    tasks.push(files.slice(i, i + CHUNK).map((f) => [f, batch.unlisted.get(f) ?? null, batch.listed.has(f)]));
  const n = Math.min(jobs, tasks.length) - 1;
  // Any worker adds 1 when it answers: the main thread waits on this one counter.
  const signal = new SharedArrayBuffer(4);
  const answered = new Int32Array(signal);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  const setupOf = (port: MessagePort): Setup => ({
    chuangyeJobs: true,
    policy: batch.policy,
    subject: batch.subject,
    asOf: batch.asOf,
    reading: batch.reading,
    format,
    lang: batch.lang,
    failOn: batch.failOn,
    subjectDefaulted: batch.subjectDefaulted,
    signal,
    port,
  });
  for (let index = 0; index < n; index++) {
    const { port1, port2 } = new MessageChannel();
    // A small heap: a worker keeps nothing between chunks (its garbage is short-lived
    // reports), and V8's default sizing would let each isolate grow to the batch's peak.
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB };
    workers.push(new Worker(workerScript, { workerData: setupOf(port2), transferList: [port2], resourceLimits }));
    ports.push(port1);
  }
  // The buffers written go back to be filled again (a worker's with its next chunk): the
  // output's memory is a few buffers in a loop, not garbage for the collector to find.
  const spare: Buffer[] = [];
  const owed = ports.map(() => 0);
  // A worker is sent chunks once it has started (loading the command takes a while on a
  // busy machine): until then this thread checks the batch in order, holding nothing.
  const ready = ports.map(() => false);
  const here = chunkChecker(setupOf(ports[0] as MessagePort), spare);
  // Chunks go to whichever thread is free (a thread of a loaded machine may be slow): each
  // worker has up to AHEAD chunks queued and answers them in order; this thread checks a
  // chunk itself when it has nothing to write. Finished chunks wait here for their turn,
  // and at most LIMIT chunks are out (sent or finished, not yet written): flat memory.
  const queued: number[][] = ports.map(() => []);
  const finished = new Map<number, Done>();
  const LIMIT = (AHEAD + 2) * (n + 1);
  let assigned = 0;
  let written = 0;
  const canAssign = () => assigned < tasks.length && assigned - written < LIMIT;
  const take = (): boolean => {
    let got = false;
    for (let w = 0; w < n; w++) {
      for (;;) {
        const m = receiveMessageOnPort(ports[w] as MessagePort);
        if (m === undefined) break;
        got = true;
        if (m.message === READY) ready[w] = true;
        else {
          const done = m.message as Done;
          finished.set(queued[w]?.shift() as number, done);
          owed[w] = (owed[w] ?? 0) + done.bytes.length;
        }
      }
    }
    return got;
  };
  const send = () => {
    for (let w = 0; w < n; w++)
      while (ready[w] && (queued[w] as number[]).length < AHEAD && canAssign()) {
        (queued[w] as number[]).push(assigned);
        const back = spare.splice(0, owed[w]).map((b) => b.buffer as ArrayBuffer);
        owed[w] = (owed[w] ?? 0) - back.length;
        (ports[w] as MessagePort).postMessage({ task: tasks[assigned++], spare: back }, back);
      }
  };

  const write = stdoutBytesOf(io);
  const tally = emptyTally();
  let checked = 0;
  let unreadable = 0;
  let allPass = true;
  let entries = 0;
  const bar = progress(io, files.length);
  const notes = subjectNotes(io, getPolicy(batch.policy), batch.lang, batch.subjectDefaulted);
  const writeDone = (done: Done) => {
    if (done.error !== undefined) throw new Error(done.error);
    if (done.stderr) io.stderr(done.stderr);
    // A thread writes its chunk as if it were the whole output: after the first chunk, a
    // JSON array continues with a comma (for its '['), and text and Markdown entries are separated by a line.
    const first = done.bytes[0];
    if (first !== undefined && entries > 0) {
      if (format === 'json') first[0] = 0x2c;
      else if (format === 'text' || format === 'md') write(NEWLINE);
    }
    for (const bytes of done.bytes) {
      write(bytes);
      if (spare.length < SPARE) spare.push(Buffer.from(bytes.buffer));
    }
    entries += done.checked + done.unreadable;
    for (const v of Object.keys(tally) as Verdict[]) tally[v] += done.tally[v];
    checked += done.checked;
    unreadable += done.unreadable;
    allPass &&= done.allPass;
    for (const [file, better] of done.notes) notes.add(file, batch.subject, better);
    bar.tick(checked);
  };
  try {
    let waitingSince = Date.now();
    while (written < tasks.length) {
      const seen = Atomics.load(answered, 0);
      if (take()) waitingSince = Date.now();
      send();
      const next = finished.get(written);
      if (next !== undefined) {
        finished.delete(written++);
        writeDone(next);
      } else if (canAssign()) {
        const i = assigned++;
        finished.set(i, here(tasks[i] as Task));
        waitingSince = Date.now();
      } else {
        if (Date.now() - waitingSince > STALL_MS) throw new Error(`a worker checked nothing for ${STALL_MS / 1000} s`);
        Atomics.wait(answered, 0, seen, 1000);
      }
    }
  } finally {
    for (const port of ports) {
      port.postMessage(null);
      port.close();
    }
    for (const worker of workers) {
      worker.unref();
      void worker.terminate();
    }
  }
  bar.end();
  if (format === 'json' && entries > 0) io.stdout('\n]\n');
  notes.end();
  // The same summary and exit code as one thread (cli/check.ts).
  const summary = batchSummary(checked, tally, unreadable, batch.lang);
  if (format === 'text') io.stdout(`\n${summary}`);
  else io.stderr(summary);
  if (unreadable > 0) return 2;
  return allPass ? 0 : 1;
}

/** Whether this thread is a worker of `checkInJobs` (cli/index.ts then serves instead of running a command). */
export function isJobWorker(): boolean {
  return !isMainThread && (workerData as Partial<Setup> | null)?.chuangyeJobs === true;
}

/** A count of each verdict, all zero. */
export function emptyTally(): Record<Verdict, number> {
  return { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0, not_applicable: 0 };
}

/** The batch's last line in the report's language, the same from one thread and from many. */
export function batchSummary(
  checked: number,
  tally: Record<Verdict, number>,
  unreadable: number,
  lang: 'zh' | 'en',
): string {
  if (lang === 'zh') {
    const notApplicable = tally.not_applicable > 0 ? `，不适用 ${tally.not_applicable}` : '';
    const failed = unreadable > 0 ? `；${unreadable} 份无法读取` : '';
    return `共核验 ${checked} 份：符合条件 ${tally.eligible}，待补充 ${tally.incomplete}，不符合条件 ${tally.ineligible}，输入有误 ${tally.invalid}${notApplicable}${failed}\n`;
  }
  const notApplicable = tally.not_applicable > 0 ? `, ${tally.not_applicable} not applicable` : '';
  const failed = unreadable > 0 ? `; ${unreadable} could not be read` : '';
  return `${checked} checked: ${tally.eligible} eligible, ${tally.incomplete} incomplete, ${tally.ineligible} ineligible, ${tally.invalid} invalid${notApplicable}${failed}\n`;
}

/** A worker's life: check each chunk it is sent, until told to stop. */
export function serveJobs(): void {
  const setup = workerData as Setup;
  const answered = new Int32Array(setup.signal);
  const spare: Buffer[] = [];
  const check = chunkChecker(setup, spare);
  setup.port.postMessage(READY);
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
  setup.port.on('message', (message: { task: Task; spare: ArrayBuffer[] } | null) => {
    if (message === null) {
      setup.port.close();
      return;
    }
    for (const buffer of message.spare) spare.push(Buffer.from(buffer));
    const done = check(message.task);
    setup.port.postMessage(
      done,
      done.bytes.map((b) => b.buffer as ArrayBuffer),
    );
    Atomics.add(answered, 0, 1);
    Atomics.notify(answered, 0);
  });
}

/** Checks a chunk of files as cli/check.ts checks each file, rendering them as its writer would. */
function chunkChecker(setup: Setup, spare: Buffer[]): (task: Task) => Done {
  const policy = getPolicy(setup.policy);
  // The options are resolved once for every file this thread checks (as checkMany does).
  const prepared = prepareCheck(
    policyBehind(policy),
    setup.subject,
    setup.asOf === undefined ? {} : { asOf: setup.asOf },
  );
  const several = policy.subjects.length > 1;
  const passes = (r: Report) =>
    setup.failOn === 'ineligible' ? r.verdict === 'eligible' || r.verdict === 'incomplete' : r.verdict === 'eligible';
  return (task) => {
    const done: Done = {
      bytes: [],
      stderr: '',
      tally: emptyTally(),
      checked: 0,
      unreadable: 0,
      allPass: true,
      notes: [],
    };
    try {
      // Encoded here, into buffers of their own: the main thread only writes them.
      const out = utf8Output(
        (b) => done.bytes.push(b),
        () => spare.pop() ?? Buffer.allocUnsafeSlow(OUTPUT_BUFFER),
      );
      const writer = reportWriter(out.write, { format: setup.format, lang: setup.lang, list: true });
      for (const [file, unlisted, listed] of task) {
        let reason = unlisted;
        let value: unknown;
        if (reason === null) {
          const read = readJson(file, setup.reading, listed);
          if ('value' in read) value = read.value;
          else {
            reason = read.error;
            done.stderr += `chuangye: ${visible(file)}: ${reason}\n`;
          }
        }
        if (reason !== null) {
          done.unreadable++;
          writer.write({ file, report: unreadableReport(policy, setup.subject, setup.asOf, reason) });
          continue;
        }
        const report = checkPrepared(prepared, value);
        done.tally[report.verdict]++;
        if (!passes(report)) done.allPass = false;
        writer.write({ file, report });
        done.checked++;
        if (several) {
          const better = betterSubject(policy, report, value, setup.asOf);
          if (better !== null) done.notes.push([file, better]);
        }
      }
      out.flush();
    } catch (e) {
      done.error = e instanceof Error ? e.message : String(e);
    }
    return done;
  };
}
