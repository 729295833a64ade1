// The maintenance window as each environment renders it: every maintenance CronJob starts inside
// the window written in its settings and is ended by its deadline before the window closes (even
// when started as late as its starting deadline allows), the jobs never overlap, and a bad window
// stops synth with a message naming the environment, field, value and what is allowed.
import { describe, expect, test } from 'vitest';
import { ENVIRONMENTS, type EnvironmentDefinition } from '../src/config/environments';
import { SettingsError } from '../src/config/validate';
import { renderPlatform } from '../src/platform';
import { parse, rendered, settingsWith, type Rendered } from './support/rendered';

const MINUTES_PER_WEEK = 7 * 24 * 60;

/** A run's place in the week, in minutes from Sunday 00:00 of the schedule's time zone. */
interface Run {
  readonly name: string;
  readonly timeZone: string;
  readonly start: number;
  /** The latest it may still be running: started at its starting deadline, ended by its active deadline. */
  readonly latestEnd: number;
}

/** A weekly cron schedule `m h * * d` (one minute, hour and weekday: what a weekly window takes). */
function runOf(cronJob: Rendered): Run {
  const fields = String(cronJob.spec.schedule).split(' ');
  expect(fields, cronJob.spec.schedule).toHaveLength(5);
  const [minute, hour, dayOfMonth, month, weekday] = fields.map((f) => (f === '*' ? NaN : Number(f)));
  expect([dayOfMonth, month].every(Number.isNaN), cronJob.spec.schedule).toBe(true);
  expect(minute).toBeGreaterThanOrEqual(0);
  expect(minute).toBeLessThan(60);
  expect(hour).toBeGreaterThanOrEqual(0);
  expect(hour).toBeLessThan(24);
  expect(weekday).toBeGreaterThanOrEqual(0);
  expect(weekday).toBeLessThan(7);
  const start = weekday! * 1440 + hour! * 60 + minute!;
  const spec = cronJob.spec;
  return {
    name: cronJob.metadata.name,
    timeZone: spec.timeZone,
    start,
    latestEnd: start + (spec.startingDeadlineSeconds + spec.jobTemplate.spec.activeDeadlineSeconds) / 60,
  };
}

/** Minutes from `from` forward to `to` around the week. */
const forward = (from: number, to: number) => (((to - from) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;

/** The maintenance CronJobs of one environment's objects, in the order they start after the window opens. */
function maintenanceRuns(objects: readonly Rendered[], env: string, opens: number): Run[] {
  return objects
    .filter((o) => o.path.startsWith(`dist/${env}/maintenance/`) && o.kind === 'CronJob')
    .map(runOf)
    .sort((a, b) => forward(opens, a.start) - forward(opens, b.start));
}

/** Checks `runs` against the window: all inside it, one after the other. */
function expectInsideWindow(runs: readonly Run[], window: { weekday: number; start: string; durationMinutes: number; timeZone: string }) {
  const [h, m] = window.start.split(':').map(Number);
  const opens = window.weekday * 1440 + h! * 60 + m!;
  // Analyze, reindex and the report.
  expect(runs.map((r) => r.name.replace(/^postgres-maintenance-/, ''))).toEqual(['analyze', 'reindex', 'report']);
  let free = 0;
  for (const run of runs) {
    expect(run.timeZone, run.name).toBe(window.timeZone);
    const offset = forward(opens, run.start);
    expect(offset, `${run.name} starts before the previous job may end`).toBeGreaterThanOrEqual(free);
    const end = offset + (run.latestEnd - run.start);
    expect(end, `${run.name} may still run after the window closes`).toBeLessThanOrEqual(window.durationMinutes);
    free = end;
  }
}

describe.each(Object.keys(ENVIRONMENTS))('%s: maintenance jobs run inside the window', (env) => {
  test('every job starts in the window and its deadline ends it before the window closes', () => {
    const { settings, objects } = rendered();
    // The window as written in the environment's settings (environments.ts or the schema's default).
    const window = settings.environments.find((e) => e.name === env)!.maintenance.window;
    const [h, m] = window.start.split(':').map(Number);
    expectInsideWindow(maintenanceRuns(objects, env, window.weekday * 1440 + h! * 60 + m!), window);
  });
});

test('a window across midnight at the end of the week continues on Sunday', () => {
  const window = { weekday: 6, start: '23:30', durationMinutes: 90, timeZone: 'America/New_York' };
  const definitions = { ...ENVIRONMENTS, dev: { ...ENVIRONMENTS.dev!, maintenance: { window } } };
  const objects = parse(renderPlatform(settingsWith(definitions)));
  const runs = maintenanceRuns(objects, 'dev', 6 * 1440 + 23 * 60 + 30);
  expectInsideWindow(runs, window);
  // Saturday 23:30, then Sunday 00:00 and 00:30.
  expect(runs.map((r) => r.start)).toEqual([6 * 1440 + 23 * 60 + 30, 0, 30]);
});

describe('a bad maintenance window stops synth with a message naming environment, field, value and what is allowed', () => {
  const problemsOf = (definitions: Record<string, EnvironmentDefinition>) => {
    try {
      settingsWith(definitions);
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      return (error as SettingsError).problems;
    }
    throw new Error('expected a SettingsError');
  };
  const withWindow = (window: Record<string, unknown>) =>
    // Past the types, as a typo in environments.ts would be.
    ({ ...ENVIRONMENTS, staging: { ...ENVIRONMENTS.staging!, maintenance: { window } } }) as Record<string, EnvironmentDefinition>;

  test.each([
    ['fails on a time zone the CronJob controller does not know', { timeZone: 'Europe/Atlantis' }, 'timeZone', /IANA time zone/],
    ['fails on a UTC offset instead of a time zone', { timeZone: '+01:00' }, 'timeZone', /IANA time zone/],
    ['fails on an hour past 23', { start: '24:00' }, 'start', /HH:MM, 24-hour clock/],
    ['fails on a window too short for three jobs', { durationMinutes: 20 }, 'durationMinutes', /from 30 to 480/],
    ['fails on a weekday past Saturday', { weekday: 7 }, 'weekday', /0 = Sunday/],
  ])('%s', (_, window, field, allowed) => {
    const problems = problemsOf(withWindow(window));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ environment: 'staging', field: `maintenance.window.${field}`, value: Object.values(window)[0] });
    expect(problems[0]!.allowed).toMatch(allowed);
  });

  test('accepts the UTC names Kubernetes documents, though the runtime lists neither', () => {
    for (const timeZone of ['Etc/UTC', 'UTC']) expect(() => settingsWith(withWindow({ timeZone }))).not.toThrow();
  });
});
