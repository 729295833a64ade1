/**
 * When a CronJob's Job may be running, minute by minute over a week, so the peak counts only the
 * CronJobs whose runs can overlap. A run starts at a scheduled time, up to
 * `startingDeadlineSeconds` late, and is stopped `activeDeadlineSeconds` after it starts
 * (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/,
 * https://kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup).
 * Without both deadlines a run may last or start at any time: the CronJob counts as always running.
 */
import { PlanError } from './plan-error';

export const WEEK_MINUTES = 7 * 24 * 60;

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** Values of one numeric cron field: `*`, `n`, `a-b`, lists and `/step`. */
function values(field: string, min: number, max: number, where: string): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new PlanError(`${where}: cannot read '${part}' (numbers, ranges, lists and steps only)`);
    const from = match[1] === '*' ? min : Number(match[2]);
    const to = match[1] === '*' ? max : match[3] !== undefined ? Number(match[3]) : match[4] !== undefined ? max : from;
    for (let v = from; v <= to; v += Number(match[4] ?? 1)) out.add(v);
  }
  return out;
}

/**
 * Minutes of a week (0 = Sunday 00:00 in the CronJob's time zone) at which a run may be going.
 * Day-of-month and month restrictions are read as "any day": a superset of the real runs.
 */
export function weeklyActivity(
  cronJob: string,
  schedule: string,
  startingDeadlineSeconds?: number,
  activeDeadlineSeconds?: number,
): boolean[] {
  const where = `CronJob ${cronJob}: schedule '${schedule}'`;
  if (startingDeadlineSeconds === undefined || activeDeadlineSeconds === undefined) return Array<boolean>(WEEK_MINUTES).fill(true);
  const fields = (MACROS[schedule] ?? schedule).trim().split(/\s+/);
  if (fields.length !== 5) throw new PlanError(`${where}: five fields expected`);
  const [minute, hour, monthDay, , weekday] = fields as [string, string, string, string, string];
  const minutes = values(minute, 0, 59, where);
  const hours = values(hour, 0, 23, where);
  // Sunday is 0 or 7. A restricted day of the month runs on days of any weekday.
  const days = monthDay === '*' ? new Set([...values(weekday, 0, 7, where)].map((d) => d % 7)) : values('*', 0, 6, where);
  const active = Array<boolean>(WEEK_MINUTES).fill(false);
  const length = Math.ceil((startingDeadlineSeconds + activeDeadlineSeconds) / 60);
  for (const d of days) {
    for (const h of hours) {
      for (const m of minutes) {
        const start = (d * 24 + h) * 60 + m;
        for (let t = 0; t < Math.min(length, WEEK_MINUTES); t++) active[(start + t) % WEEK_MINUTES] = true;
      }
    }
  }
  return active;
}
