import { InvalidArgumentError } from '../core/errors.js';

// Input-derived text (names, titles, unknown keys) reaches terminals, logs and Markdown
// viewers: control characters are shown, not obeyed, so a value cannot forge a line,
// move the cursor or colour the terminal.

// C0 and C1 controls (ESC, \r, \n among them), line and paragraph separators, and the
// bidirectional overrides that can make text read differently from its bytes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters shown
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/**
 * A value as text, as `String` gives it; a value that has none (`Object.create(null)`, a
 * revoked Proxy, a throwing `toString`) is the typed error naming the argument.
 */
export function textOf(value: unknown, argument = 'value'): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    throw new InvalidArgumentError(argument, 'a value that can be written as text', value);
  }
}

/** The text with every control character written out visibly (`\n`, `\e`, `\u202e`). */
export function visible(value: unknown): string {
  return textOf(value).replace(
    CONTROL,
    (c) => NAMED[c] ?? `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}
