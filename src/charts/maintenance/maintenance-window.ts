import type { MaintenanceWindow } from '../../config/settings';

/** Every maintenance CronJob is named `postgres-maintenance-<task>`; the alerts select them by this prefix. */
export const MAINTENANCE_JOB_PREFIX = 'postgres-maintenance-';

/** The maintenance jobs, in the order they run in the window. */
export const MAINTENANCE_TASKS = ['analyze', 'reindex', 'report'] as const;
export type MaintenanceTask = (typeof MAINTENANCE_TASKS)[number];

/**
 * How late the CronJob controller may still start a run (`startingDeadlineSeconds`); a run missed
 * by more is skipped, never started where it could outlast the window.
 */
export const MAINTENANCE_START_SLACK_SECONDS = 300;

/** One job's share of the window: when it starts, in the window's time zone, and how long it may run. */
export interface MaintenanceSlot {
  /** Cron schedule in the window's time zone. */
  readonly schedule: string;
  /** `activeDeadlineSeconds`: a run started at the latest allowed moment still ends before its slot does. */
  readonly deadlineSeconds: number;
}

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * The window split into equal consecutive slots, one per task in `MAINTENANCE_TASKS` order. Each job
 * starts at its slot's start and is ended by its deadline before the slot closes, even when the
 * controller starts it `MAINTENANCE_START_SLACK_SECONDS` late: an overrun is a deadline failure,
 * never work outside the window. Slots are counted in wall-clock time of the window's zone.
 */
export function maintenanceSlots(window: MaintenanceWindow): Record<MaintenanceTask, MaintenanceSlot> {
  const [hours, minutes] = window.start.split(':').map(Number) as [number, number];
  const opens = window.weekday * MINUTES_PER_DAY + hours * 60 + minutes;
  const slotMinutes = Math.floor(window.durationMinutes / MAINTENANCE_TASKS.length);
  const deadlineSeconds = slotMinutes * 60 - MAINTENANCE_START_SLACK_SECONDS;
  if (deadlineSeconds <= 0) {
    throw new Error(`maintenance window of ${window.durationMinutes} minutes leaves no time for ${MAINTENANCE_TASKS.length} jobs`);
  }
  const slots = MAINTENANCE_TASKS.map((task, i) => {
    // A slot may start after midnight, on the next day (Saturday's next day is Sunday, 0).
    const at = (opens + i * slotMinutes) % MINUTES_PER_WEEK;
    const day = Math.floor(at / MINUTES_PER_DAY);
    const minuteOfDay = at % MINUTES_PER_DAY;
    const schedule = `${minuteOfDay % 60} ${Math.floor(minuteOfDay / 60)} * * ${day}`;
    return [task, { schedule, deadlineSeconds }] as const;
  });
  return Object.fromEntries(slots) as Record<MaintenanceTask, MaintenanceSlot>;
}
