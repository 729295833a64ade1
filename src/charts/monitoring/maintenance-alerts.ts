import type { EnvironmentSettings } from '../../config/settings';
import { MAINTENANCE_JOB_PREFIX } from '../maintenance/maintenance-window';
import type { AlertRule, RuleGroup } from './rules';

/** A maintenance run is weekly: a success older than a week and a day means a week was missed. */
const STALE_SECONDS = 8 * 86400;

/**
 * The weekly database maintenance (src/charts/maintenance): its latest run failed, was ended by
 * its deadline at the close of its slot of the window (an overrun), or no run has succeeded for
 * over a week. kube-state-metrics series as it exports them: the CronJob's last schedule and
 * success times, and each Job's `kube_job_status_failed` with the `reason` of its Failed
 * condition (`BackoffLimitExceeded`, `DeadlineExceeded`, `Evicted`; internal/store/job.go).
 * Component `database`: a critical about the database itself silences them.
 */
export function maintenanceAlertGroup(env: EnvironmentSettings): RuleGroup {
  const ns = `namespace="${env.namespace}"`;
  const cronJobs = `${ns},cronjob=~"${MAINTENANCE_JOB_PREFIX}.+"`;
  const jobs = `${ns},job_name=~"${MAINTENANCE_JOB_PREFIX}.+"`;
  // A CronJob's Job is named <cronjob>-<scheduled minute>.
  const withCronJob = (expr: string) => `label_replace(${expr}, "cronjob", "$1", "job_name", "(.+)-[0-9]+")`;
  // The latest run ended without success: scheduled after the last success (or with none yet) and no longer running.
  const latestFailed = `(kube_cronjob_status_last_schedule_time{${cronJobs}} > on (namespace, cronjob) kube_cronjob_status_last_successful_time{${cronJobs}} or (kube_cronjob_status_last_schedule_time{${cronJobs}} unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{${cronJobs}})) and on (namespace, cronjob) kube_cronjob_status_active{${cronJobs}} == 0`;
  // The latest run's Job (started at or after the CronJob's last schedule) was ended by its deadline.
  const latestOverran = `max by (namespace, cronjob) (${withCronJob(`kube_job_status_failed{${jobs},reason="DeadlineExceeded"} == 1`)} and on (namespace, job_name) ${withCronJob(`kube_job_status_start_time{${jobs}}`)} >= on (namespace, cronjob) group_left () kube_cronjob_status_last_schedule_time{${cronJobs}})`;

  const analyze = `${MAINTENANCE_JOB_PREFIX}analyze`;
  const reindex = `${MAINTENANCE_JOB_PREFIX}reindex`;
  const cronJob = (name: string, s: { scheduled: number; succeeded?: number; active: number }) => ({
    [`kube_cronjob_status_last_schedule_time{${ns},cronjob="${name}"}`]: `${s.scheduled}x20`,
    ...(s.succeeded === undefined ? {} : { [`kube_cronjob_status_last_successful_time{${ns},cronjob="${name}"}`]: `${s.succeeded}x20` }),
    [`kube_cronjob_status_active{${ns},cronjob="${name}"}`]: `${s.active}x20`,
  });
  // A failed Job as kube-state-metrics shows it: one series per known reason, 1 for the condition's.
  const failedJob = (name: string, started: number, reason: 'BackoffLimitExceeded' | 'DeadlineExceeded') => ({
    [`kube_job_status_start_time{${ns},job_name="${name}"}`]: `${started}x20`,
    ...Object.fromEntries(
      (['BackoffLimitExceeded', 'DeadlineExceeded', 'Evicted'] as const).map((r) => [
        `kube_job_status_failed{${ns},job_name="${name}",reason="${r}"}`,
        `${r === reason ? 1 : 0}x20`,
      ]),
    ),
  });
  const on = (cronjob: string) => ({ namespace: env.namespace, cronjob });

  const rules: AlertRule[] = [
    {
      alert: 'PostgresMaintenanceFailed',
      expr: `(${latestFailed}) unless on (namespace, cronjob) ${latestOverran}`,
      for: '10m',
      severity: 'warning',
      summary: 'Database maintenance {{ $labels.cronjob }} failed',
      description:
        'The latest run of {{ $labels.cronjob }} failed before its deadline (a lock or statement timeout, the leader unreachable, a refused statement); its log says which. The work waits for next week unless run by hand in a quiet hour.',
      fires: [
        {
          series: {
            ...cronJob(analyze, { scheduled: 86400, succeeded: 0, active: 0 }),
            ...failedJob(`${analyze}-1440`, 86402, 'BackoffLimitExceeded'),
          },
          at: '15m',
          labels: on(analyze),
        },
        // The first run ever failed.
        { series: cronJob(analyze, { scheduled: 86400, active: 0 }), at: '15m', labels: on(analyze) },
      ],
      quiet: [
        // A failed run stays in the Jobs' history, but a later one succeeded.
        {
          series: {
            ...cronJob(analyze, { scheduled: 86400, succeeded: 87000, active: 0 }),
            ...failedJob(`${analyze}-1430`, 86000, 'BackoffLimitExceeded'),
          },
          at: '15m',
        },
        // Still running.
        { series: cronJob(analyze, { scheduled: 86400, succeeded: 0, active: 1 }), at: '15m' },
        // Ended by its deadline: PostgresMaintenanceOverran says so instead.
        {
          series: {
            ...cronJob(reindex, { scheduled: 86400, succeeded: 0, active: 0 }),
            ...failedJob(`${reindex}-1440`, 86402, 'DeadlineExceeded'),
          },
          at: '15m',
        },
      ],
    },
    {
      alert: 'PostgresMaintenanceOverran',
      expr: latestOverran,
      for: '5m',
      severity: 'warning',
      summary: 'Database maintenance {{ $labels.cronjob }} did not finish within its slot of the window',
      description:
        'The latest run of {{ $labels.cronjob }} was ended by its deadline, at the close of its slot of the maintenance window: the work outgrew the window, or waited on locks. The server stopped its statements; a rebuild may have left an invalid index, which the next reindex drops.',
      fires: {
        series: {
          ...cronJob(reindex, { scheduled: 86400, succeeded: 0, active: 0 }),
          ...failedJob(`${reindex}-1440`, 86402, 'DeadlineExceeded'),
        },
        at: '10m',
        labels: on(reindex),
      },
      quiet: [
        // An earlier run overran; the latest (started after it) failed otherwise: PostgresMaintenanceFailed.
        {
          series: {
            ...cronJob(reindex, { scheduled: 86400, active: 0 }),
            ...failedJob(`${reindex}-1430`, 86000, 'DeadlineExceeded'),
            ...failedJob(`${reindex}-1440`, 86402, 'BackoffLimitExceeded'),
          },
          at: '10m',
        },
        // A failure for another reason.
        {
          series: {
            ...cronJob(reindex, { scheduled: 86400, succeeded: 0, active: 0 }),
            ...failedJob(`${reindex}-1440`, 86402, 'BackoffLimitExceeded'),
          },
          at: '10m',
        },
      ],
    },
    {
      alert: 'PostgresMaintenanceStale',
      // kube-state-metrics has no last-success series before the first success: then the CronJob's age counts.
      expr: `time() - kube_cronjob_status_last_successful_time{${cronJobs}} > ${STALE_SECONDS} or (time() - kube_cronjob_created{${cronJobs}} > ${STALE_SECONDS} unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{${cronJobs}})`,
      for: '1h',
      severity: 'warning',
      summary: 'Database maintenance {{ $labels.cronjob }} has not succeeded for over 8 days',
      description:
        '{{ $labels.cronjob }} runs weekly and has not succeeded for over a week and a day (or ever, for a CronJob older than that): runs failed, or were skipped because the controller could not start them in time.',
      // Samples every 10 minutes over 8 days and more.
      fires: [
        {
          series: { [`kube_cronjob_status_last_successful_time{${ns},cronjob="${analyze}"}`]: '0x1300' },
          interval: '10m',
          at: '200h',
          labels: on(analyze),
        },
        { series: { [`kube_cronjob_created{${ns},cronjob="${analyze}"}`]: '0x1300' }, interval: '10m', at: '200h', labels: on(analyze) },
      ],
      quiet: [
        // Succeeded a week ago (plus its run): due again, not overdue.
        {
          series: { [`kube_cronjob_status_last_successful_time{${ns},cronjob="${analyze}"}`]: '86400x1300' },
          interval: '10m',
          at: '200h',
        },
        // Created three days ago, not run yet (evaluated early: fewer steps for promtool).
        { series: { [`kube_cronjob_created{${ns},cronjob="${analyze}"}`]: '0x450' }, interval: '10m', at: '72h' },
      ],
    },
  ];
  return { name: 'maintenance', component: 'database', rules };
}
