// A release a maintainer can trust: what `npm publish` would ship, the CHANGELOG in step
// with the version, the release workflow, and the README's first screen (the `npm start`
// sample, links that work on the registry's page). Needs the build (`npm test` builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; scripts: Record<string, string> };

describe('what npm publish would ship', () => {
  // `npm pack --dry-run` lists the tarball's files as `npm publish` would, without writing it.
  const packed = () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [entry] = JSON.parse(out) as { files: { path: string }[] }[];
    return (entry?.files ?? []).map((f) => f.path);
  };

  it('ships the build, README, CHANGELOG and LICENSE, and no source or tests', () => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'build first: npm run build').toBe(true);
    const files = packed();
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/cli.js'])
      expect(files, f).toContain(f);
    // Every entry of the exports map, in both module systems, with its declarations.
    for (const entry of ['index', 'calendar', 'national', 'tianjin', 'taiyuan', 'pingdingshan', 'handbook'])
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts'])
        expect(files, `${entry}.${ext}`).toContain(`dist/${entry}.${ext}`);
    const stray = files.filter(
      (f) => !f.startsWith('dist/') && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(f),
    );
    expect(stray).toEqual([]);
  }, 60_000);
});

describe('the CHANGELOG and the version', () => {
  const headings = read('CHANGELOG.md')
    .split('\n')
    .filter((line) => line.startsWith('## '));
  const RELEASED = /^## \[(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\] - (\d{4}-\d{2}-\d{2})$/u;
  const released = headings.filter((h) => h !== '## [Unreleased]');

  it('has [Unreleased] at most once, above every release, and nothing else but releases', () => {
    const unreleased = headings.indexOf('## [Unreleased]');
    expect(headings.filter((h) => h === '## [Unreleased]').length).toBeLessThanOrEqual(1);
    if (unreleased >= 0) expect(unreleased).toBe(0);
    for (const h of released) expect(h).toMatch(RELEASED);
  });

  // The rule: the top released entry is package.json's version. Before the first release
  // there is none, and 0.1.0 is the version the first release will take; a release (the
  // workflow sets RELEASE_TAG) requires the entry, dated, equal to the tag.
  it("has package.json's version as its top released entry", () => {
    const top = released[0]?.match(RELEASED)?.[1];
    const tag = process.env.RELEASE_TAG;
    if (tag !== undefined) {
      expect(tag).toBe(`v${pkg.version}`);
      expect(top, `CHANGELOG.md needs "## [${pkg.version}] - YYYY-MM-DD" to release ${tag}`).toBe(pkg.version);
    } else if (top === undefined) expect(pkg.version).toBe('0.1.0');
    else expect(top).toBe(pkg.version);
  });
});

describe('the release workflow', () => {
  const workflow = read('.github/workflows/release.yml');
  const readme = read('README.md');

  it('runs on version tags, with Node 20 and the README’s test command, and publishes with provenance', () => {
    expect(workflow).toMatch(/^ {4}tags: \['v\*'\]$/mu);
    expect(workflow).toMatch(/^ {2}id-token: write\b/mu);
    expect(workflow).toMatch(/^ {10}node-version: 20$/mu);
    expect(workflow).toMatch(/^ {6}- run: npm install --no-audit --no-fund$/mu);
    expect(workflow).toMatch(/^ {6}- run: npm publish --provenance\b/mu);
    // The test command is the README's, and it runs before publishing.
    expect(readme).toContain('npm test                   # type check, lint, build');
    const test = workflow.indexOf('\n      - run: npm test\n');
    expect(test).toBeGreaterThan(0);
    expect(test).toBeLessThan(workflow.indexOf('npm publish'));
  });
});

describe("the README's first screen", () => {
  const readme = read('README.md');

  it('shows what `npm start --silent` prints, from its first line', () => {
    const open = '```\n$ npm start --silent\n';
    const start = readme.indexOf(open);
    expect(start).toBeGreaterThan(0);
    const end = readme.indexOf('\n…\n```', start);
    const sample = readme.slice(start + open.length, end).split('\n');
    // The start script runs the build (quietly), then this: the test runs the built example.
    expect(pkg.scripts.start).toBe('npm run build:quiet --silent && node examples/report.mjs');
    const printed = execFileSync('node', [join(ROOT, 'examples/report.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(sample.length).toBeGreaterThanOrEqual(8);
    expect(printed.split('\n').slice(0, sample.length)).toEqual(sample);
  }, 60_000);

  it('builds quietly in `npm start`: tsup and the declaration fix both silenced', () => {
    expect(pkg.scripts['build:quiet']).toBe('tsup --silent && node test/tools/fix-declarations.mjs --silent');
    expect(pkg.scripts.build?.replace('tsup', 'tsup --silent').replace('.mjs', '.mjs --silent')).toBe(
      pkg.scripts['build:quiet'],
    );
  });

  // Without a repository URL in package.json (none yet), the registry's page cannot resolve
  // relative links: the README links no folder of the repository, and its only relative
  // targets are pictures under examples/screenshots/ that exist.
  it('links no relative folder, and every relative picture exists', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/gu)].map((m) => m[1] as string);
    const relative = targets.filter((t) => !/^(?:https?:|mailto:|#)/u.test(t));
    for (const t of relative) {
      expect(t, t).toMatch(/^examples\/screenshots\/[\w-]+\.png$/u);
      expect(existsSync(join(ROOT, t)), t).toBe(true);
    }
    expect(relative).toContain('examples/screenshots/web-form.png');
  });
});
