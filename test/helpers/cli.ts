// The command run in-process, its output collected: what a terminal-less caller sees.
import { main } from '../../src/cli/main.js';

export function runCommand(argv: string[]): { code: ReturnType<typeof main>; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: false,
    isTTY: false,
    version: 'test',
  });
  return { code, stdout, stderr };
}
