import { expect, it } from 'vitest';

// Guards the TZ projects in vitest.config.ts: a zone that silently did not apply would
// make the time-zone runs prove nothing.
it('runs in the configured time zone', () => {
  const zone = process.env.TZ;
  if (zone) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
});
