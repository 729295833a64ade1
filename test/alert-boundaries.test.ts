// Boundary cases for every alert, written from the requirement and not from the alert code: the
// threshold and `for:` of each come from its runbook (docs/runbooks/<alert>.md) or
// docs/observability.md, written here literally; thresholds that follow settings are computed
// from the settings' documented meaning. Just below the threshold stays quiet, just above fires,
// and above it for slightly less than `for:` is still pending. The input series carry the labels
// the real scrapes give them (test/support/scrape-jobs.ts), and the expected alert labels are
// written out. promtool runs each environment's rendered rule groups, one group per rule file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { EnvironmentSettings } from '../src/config/settings';
import { envObjects, rendered, type Rendered } from './support/rendered';
import { argoRolloutsController, honoring, kubelet, kubeStateMetrics, scrapeTarget, seriesName, type Labels } from './support/scrape-jobs';

vi.setConfig({ testTimeout: 300_000 });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const PROMTOOL = '/usr/bin/promtool';
const { settings } = rendered();
const scratch = mkdtempSync(join(tmpdir(), 'alert-boundaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One promtool case: input series and the alerts firing at `at` (none: quiet or still pending). */
interface Case {
  readonly name: string;
  readonly series: Readonly<Record<string, string>>;
  readonly at: string;
  /** Sample interval of the series and evaluation interval of the rules. @default '1m' */
  readonly interval?: '1m' | '10m';
  /** Every label of each firing alert but `alertname`. */
  readonly fires: readonly Labels[];
}

interface Context {
  readonly env: EnvironmentSettings;
  readonly objs: readonly Rendered[];
  /** The namespace the environment's objects live in. */
  readonly ns: string;
  /** Series of one metric: `{labels: values}` entries keyed by promtool series name. */
  readonly s: (metric: string, labels: Labels, values: string) => Record<string, string>;
  /** kube-state-metrics' target labels with a series' own labels over them. */
  readonly ksm: (own: Labels) => Labels;
  /** Target labels of a pod scraped through one of the rendered ServiceMonitors or PodMonitors. */
  readonly target: (monitor: string, port: string, pod: string) => Labels;
  /** Labels of the Argo Rollouts controller's series about a Rollout in `namespace`, from controller `pod`. */
  readonly argoRollouts: (namespace: string, pod?: string) => Labels;
}

const API_POD = 'agent-api-6c9f7d8b4-x2x7q';
/** A counter growing by `perMinute` at each of `minutes` samples after 0. */
const counter = (perMinute: number, minutes: number) => `0+${perMinute}x${minutes}`;
/** `le` as the Python client writes a bucket bound: 5 -> "5.0". */
const le = (bound: number) => (Number.isInteger(bound) ? `${bound}.0` : String(bound));

/**
 * The boundary cases of each alert. Thresholds and `for:` durations are literal (runbook
 * wording quoted beside each); values that follow settings come from the settings' meaning.
 */
const BOUNDARIES: Readonly<Record<string, (c: Context) => Case[]>> = {
  // "More than 5% of API responses are 5xx for 10 minutes."
  AgentApiHighErrorRate: ({ ns, s, target }) => {
    const api = target('agent-api', 'http', API_POD);
    const requests = (ok: number, failed: number) => ({
      ...s('http_requests_total', { ...api, handler: '/v1/notes', method: 'POST', status: '2xx' }, counter(ok, 40)),
      ...s('http_requests_total', { ...api, handler: '/v1/notes', method: 'POST', status: '5xx' }, counter(failed, 40)),
    });
    const alert = { severity: 'warning', component: 'api', namespace: ns };
    // The ratio exists from the second sample (1m): pending from there.
    return [
      { name: '4.9% failing stays quiet', series: requests(951, 49), at: '30m', fires: [] },
      { name: '5.1% failing for 9 minutes is pending', series: requests(949, 51), at: '10m', fires: [] },
      { name: '5.1% failing for 10 minutes fires', series: requests(949, 51), at: '11m', fires: [alert] },
    ];
  },
  // "The API's p95 request duration has been above 5 s for 10 minutes."
  AgentApiHighLatency: ({ ns, s, target }) => {
    const api = target('agent-api', 'http', API_POD);
    // Per minute, out of 100 requests: how many were done by 4.5 s and by 5 s; all by 7.5 s.
    const durations = (by4_5: number, by5: number) =>
      Object.assign(
        {},
        ...(
          [
            [4.5, by4_5],
            [5, by5],
            [7.5, 100],
            [10, 100],
            [30, 100],
            [60, 100],
          ] as const
        ).map(([bound, n]) => s('http_request_duration_highr_seconds_bucket', { ...api, le: le(bound) }, counter(n, 40))),
        s('http_request_duration_highr_seconds_bucket', { ...api, le: '+Inf' }, counter(100, 40)),
      );
    const alert = { severity: 'warning', component: 'api', namespace: ns };
    return [
      // p95 = 4.5 + (95 - 90) / (96 - 90) * 0.5 = 4.92 s.
      { name: 'p95 4.92 s stays quiet', series: durations(90, 96), at: '30m', fires: [] },
      // p95 = 5 + (95 - 94) / (100 - 94) * 2.5 = 5.42 s.
      { name: 'p95 5.42 s for 9 minutes is pending', series: durations(90, 94), at: '10m', fires: [] },
      { name: 'p95 5.42 s for 10 minutes fires', series: durations(90, 94), at: '11m', fires: [alert] },
    ];
  },
  // "An API pod has failed its readiness check for 10 minutes." (Migration Job pods are not API pods.)
  AgentApiPodNotReady: ({ ns, s, ksm }) => {
    const ready = (pod: string, notReady: number) =>
      s('kube_pod_status_ready', ksm({ namespace: ns, pod, uid: `uid-${pod}`, condition: 'false' }), `${notReady}x20`);
    const alert = {
      severity: 'warning',
      component: 'api',
      ...ksm({ namespace: ns, pod: API_POD, uid: `uid-${API_POD}`, condition: 'false' }),
    };
    return [
      {
        name: 'ready pods and a not-ready migration pod stay quiet',
        series: { ...ready(API_POD, 0), ...ready('agent-api-migrate-7hq2k', 1) },
        at: '15m',
        fires: [],
      },
      { name: 'not ready for 9 minutes is pending', series: ready(API_POD, 1), at: '9m', fires: [] },
      { name: 'not ready for 10 minutes fires', series: ready(API_POD, 1), at: '10m', fires: [alert] },
    ];
  },
  // "The API runs at `app.maxReplicas` and cannot scale further" (summary: for 15 minutes).
  AgentApiAutoscalerAtMaximum: ({ env, ns, s, ksm }) => {
    const hpa = ksm({ namespace: ns, horizontalpodautoscaler: 'agent-api' });
    const replicas = (current: number) => ({
      ...s('kube_horizontalpodautoscaler_status_current_replicas', hpa, `${current}x30`),
      ...s('kube_horizontalpodautoscaler_spec_max_replicas', hpa, `${env.app.maxReplicas}x30`),
    });
    const alert = { severity: 'warning', component: 'api', ...hpa };
    return [
      { name: 'one replica below the maximum stays quiet', series: replicas(env.app.maxReplicas - 1), at: '25m', fires: [] },
      { name: 'at the maximum for 14 minutes is pending', series: replicas(env.app.maxReplicas), at: '14m', fires: [] },
      { name: 'at the maximum for 15 minutes fires', series: replicas(env.app.maxReplicas), at: '15m', fires: [alert] },
    ];
  },
  // "The release was aborted (Abort), timed out (Timeout), could not create its ReplicaSet (Error) or
  // has an invalid spec (InvalidSpec), for a minute": the phases argo-rollouts v1.9.0's
  // calculatePhase (controller/metrics/rollouts.go) gives rollout_info. Both controller replicas may
  // export it: one alert.
  AgentApiRolloutAborted: ({ ns, s, argoRollouts }) => {
    const info = (phase: string, values: string, pod?: string) =>
      s('rollout_info', { ...argoRollouts(ns, pod), name: 'agent-api', strategy: 'blueGreen', phase }, values);
    // Aborted from 3m.
    const aborted = info('Abort', '0x2 1x10');
    const alert = { severity: 'warning', component: 'api', namespace: ns, name: 'agent-api' };
    return [
      { name: 'Completed stays quiet', series: { ...info('Completed', '1x10'), ...info('Abort', '0x10') }, at: '5m', fires: [] },
      { name: 'Paused stays quiet', series: info('Paused', '1x10'), at: '5m', fires: [] },
      { name: 'Abort for less than a minute is pending', series: aborted, at: '3m', fires: [] },
      { name: 'Abort for a minute fires', series: aborted, at: '4m', fires: [alert] },
      ...['Timeout', 'Error', 'InvalidSpec'].map((phase) => ({
        name: `${phase} for a minute fires`,
        series: info(phase, '0x2 1x10'),
        at: '4m',
        fires: [alert],
      })),
      {
        name: 'Abort as both controller replicas export it fires once',
        series: { ...aborted, ...info('Abort', '0x2 1x10', 'argo-rollouts-6d5f8b7c9-fghij') },
        at: '4m',
        fires: [alert],
      },
    ];
  },
  // "Progressing longer than a healthy release takes (the progress deadline plus both analyses, plus
  // ten minutes)": the 10-minute progress deadline (AgentApiRolloutAborted's runbook), each analysis
  // `app.rollout.analysisIntervalSeconds` times its measurements. Paused does not count.
  AgentApiRolloutStuck: ({ env, ns, s, argoRollouts }) => {
    const r = env.app.rollout;
    const minutes = 10 + Math.ceil((r.analysisIntervalSeconds * (r.prePromotionMeasurements + r.postPromotionMeasurements)) / 60) + 10;
    const info = (phase: string, values: string) =>
      s('rollout_info', { ...argoRollouts(ns), name: 'agent-api', strategy: 'blueGreen', phase }, values);
    const progressing = info('Progressing', `1x${minutes + 10}`);
    return [
      {
        name: 'Progressing one minute less, then Completed, stays quiet',
        series: { ...info('Progressing', `1x${minutes - 1} 0x15`), ...info('Completed', `0x${minutes - 1} 1x15`) },
        at: `${minutes + 5}m`,
        fires: [],
      },
      { name: 'Paused for a person to promote stays quiet', series: info('Paused', `1x${minutes + 10}`), at: `${minutes + 5}m`, fires: [] },
      { name: 'Progressing one minute less is pending', series: progressing, at: `${minutes - 1}m`, fires: [] },
      {
        name: 'Progressing that long fires',
        series: progressing,
        at: `${minutes}m`,
        fires: [{ severity: 'warning', component: 'api', namespace: ns, name: 'agent-api' }],
      },
    ];
  },
  // "Paused for 4 hours where a person promotes releases (`app.rollout.autoPromotion` off), 15
  // minutes where releases promote themselves."
  AgentApiRolloutPaused: ({ env, ns, s, argoRollouts }) => {
    const minutes = env.app.rollout.autoPromotion ? 15 : 4 * 60;
    const info = (phase: string, values: string) =>
      s('rollout_info', { ...argoRollouts(ns), name: 'agent-api', strategy: 'blueGreen', phase }, values);
    const paused = info('Paused', `1x${minutes + 10}`);
    return [
      {
        name: 'Paused one minute less, then promoted, stays quiet',
        series: { ...info('Paused', `1x${minutes - 1} 0x15`), ...info('Completed', `0x${minutes - 1} 1x15`) },
        at: `${minutes + 5}m`,
        fires: [],
      },
      {
        name: 'Progressing as long is not Paused and stays quiet',
        series: info('Progressing', `1x${minutes + 10}`),
        at: `${minutes}m`,
        fires: [],
      },
      { name: 'Paused one minute less is pending', series: paused, at: `${minutes - 1}m`, fires: [] },
      {
        name: 'Paused that long fires',
        series: paused,
        at: `${minutes}m`,
        fires: [{ severity: 'warning', component: 'api', namespace: ns, name: 'agent-api' }],
      },
    ];
  },
  // "A container has been in CrashLoopBackOff for 15 minutes", labelled with the pod's component.
  PodCrashLooping: ({ ns, s, ksm }) => {
    const waiting = ksm({ namespace: ns, pod: 'redis-0', uid: 'uid-redis-0', container: 'redis', reason: 'CrashLoopBackOff' });
    const series = (value: number) => ({
      ...s('kube_pod_container_status_waiting_reason', waiting, `${value}x30`),
      ...s(
        'kube_pod_labels',
        ksm({ namespace: ns, pod: 'redis-0', uid: 'uid-redis-0', label_app_kubernetes_io_component: 'cache' }),
        '1x30',
      ),
    });
    const alert = { severity: 'warning', component: 'cache', ...waiting };
    return [
      { name: 'not waiting stays quiet', series: series(0), at: '20m', fires: [] },
      { name: 'crash-looping for 14 minutes is pending', series: series(1), at: '14m', fires: [] },
      { name: 'crash-looping for 15 minutes fires', series: series(1), at: '15m', fires: [alert] },
    ];
  },
  // "A container restarted more than 3 times in an hour."
  PodRestartingOften: ({ ns, s, ksm }) => {
    const restarts = ksm({ namespace: ns, pod: 'postgres-1', uid: 'uid-postgres-1', container: 'postgres' });
    // kube-state-metrics rescheduled: the same container's count from a new scrape target.
    const moved = { ...restarts, instance: '10.30.3.18:8080' };
    const series = (values: string, after?: string) => ({
      ...s('kube_pod_container_status_restarts_total', restarts, values),
      ...(after === undefined ? {} : s('kube_pod_container_status_restarts_total', moved, after)),
      ...s(
        'kube_pod_labels',
        ksm({ namespace: ns, pod: 'postgres-1', uid: 'uid-postgres-1', label_app_kubernetes_io_component: 'database' }),
        '1x70',
      ),
    });
    const alert = {
      severity: 'warning',
      component: 'database',
      namespace: ns,
      pod: 'postgres-1',
      uid: 'uid-postgres-1',
      container: 'postgres',
    };
    return [
      // Restarts at minutes 11, 12 and 13 (and a 4th at 14), all within the hour before 60m.
      { name: '3 restarts in an hour stay quiet', series: series('0x10 1 2 3x57'), at: '60m', fires: [] },
      { name: '4 restarts in an hour fire', series: series('0x10 1 2 3 4x56'), at: '60m', fires: [alert] },
      // A container that had restarted 5 times before the hour, and no sample at its very start
      // (Prometheus 3 ranges leave their start out; promtool 2.42 keeps it, so it is missing here):
      // the hour holds samples from 1m to 60m.
      { name: '3 restarts after earlier ones stay quiet', series: series('_ 5x9 6 7 8x57'), at: '60m', fires: [] },
      { name: '4 restarts after earlier ones fire', series: series('_ 5x9 6 7 8 9x56'), at: '60m', fires: [alert] },
      // Restarts at 11 and 12 counted by one kube-state-metrics pod, at 42 (and 43) by its successor from 31m.
      {
        name: '3 restarts split across a new scrape target stay quiet',
        series: series('0x10 1 2x18', '_x30 2x10 3x19'),
        at: '60m',
        fires: [],
      },
      {
        name: '4 restarts split across a new scrape target fire',
        series: series('0x10 1 2x18', '_x30 2x10 3 4x18'),
        at: '60m',
        fires: [alert],
      },
    ];
  },

  // "fewer members report than the StatefulSet has": postgres.replicas + 1 members (docs/data-tier.md).
  PostgresDown: ({ env, ns, s, target }) => {
    const members = env.postgres.replicas + 1;
    const up = (count: number, down?: number) =>
      Object.assign(
        {},
        ...Array.from({ length: count }, (_, i) =>
          s('pg_up', target('postgres', 'metrics', `postgres-${i}`), i === down ? '0x10' : '1x10'),
        ),
      );
    const alert = { severity: 'critical', component: 'database', namespace: ns };
    return [
      { name: 'every member up stays quiet', series: up(members), at: '5m', fires: [] },
      { name: 'a member down for less than a minute is pending', series: up(members, 0), at: '0m', fires: [] },
      {
        name: 'a member down for a minute fires',
        series: up(members, 0),
        at: '1m',
        fires: [{ ...alert, ...target('postgres', 'metrics', 'postgres-0') }],
      },
      { name: 'one member fewer reporting fires', series: up(members - 1), at: '1m', fires: [alert] },
    ];
  },
  // "A replica replays WAL more than 2 minutes behind the primary" (for 5 minutes).
  PostgresReplicationLagHigh: ({ s, target }) => {
    const replica = target('postgres', 'metrics', 'postgres-1');
    const series = (lag: number) => ({
      ...s('pg_replication_lag_seconds', replica, `${lag}x20`),
      ...s('pg_replication_is_replica', replica, '1x20'),
    });
    return [
      { name: '119 s behind stays quiet', series: series(119), at: '15m', fires: [] },
      { name: '121 s behind for 4 minutes is pending', series: series(121), at: '4m', fires: [] },
      {
        name: '121 s behind for 5 minutes fires',
        series: series(121),
        at: '5m',
        fires: [{ severity: 'warning', component: 'database', ...replica }],
      },
    ];
  },
  // "Connections use over 85% of `max_connections`" (for 5 minutes).
  PostgresConnectionsNearMax: ({ ns, s, target }) => {
    const primary = target('postgres', 'metrics', 'postgres-0');
    const series = (active: number, idle: number) => ({
      ...s('pg_stat_activity_count', { ...primary, datname: 'agent', state: 'active' }, `${active}x20`),
      ...s('pg_stat_activity_count', { ...primary, datname: 'agent', state: 'idle' }, `${idle}x20`),
      ...s('pg_settings_max_connections', primary, '200x20'),
    });
    return [
      { name: '84% stays quiet', series: series(100, 68), at: '15m', fires: [] },
      { name: '86% for 4 minutes is pending', series: series(100, 72), at: '4m', fires: [] },
      {
        name: '86% for 5 minutes fires',
        series: series(100, 72),
        at: '5m',
        fires: [{ severity: 'warning', component: 'database', namespace: ns, pod: 'postgres-0' }],
      },
    ];
  },
  // "PostgreSQL broke deadlocks by aborting transactions" (any, in the last 10 minutes).
  PostgresDeadlocks: ({ s, target }) => {
    const db = { ...target('postgres', 'metrics', 'postgres-0'), datid: '16384', datname: 'agent' };
    return [
      { name: 'no new deadlock stays quiet', series: s('pg_stat_database_deadlocks', db, '3x20'), at: '15m', fires: [] },
      {
        name: 'one deadlock fires',
        series: s('pg_stat_database_deadlocks', db, '3x5 4x15'),
        at: '10m',
        fires: [{ severity: 'warning', component: 'database', ...db }],
      },
    ];
  },
  // "A transaction has been open for over 15 minutes" (for 2 minutes); idle sessions hold none.
  PostgresLongRunningTransaction: ({ ns, s, target }) => {
    const primary = target('postgres', 'metrics', 'postgres-0');
    const tx = (state: string, seconds: number) =>
      s('pg_stat_activity_max_tx_duration', { ...primary, datname: 'agent', state }, `${seconds}x20`);
    const alert = { severity: 'warning', component: 'database', namespace: ns, pod: 'postgres-0', datname: 'agent' };
    return [
      { name: '899 s, and an idle session, stay quiet', series: { ...tx('active', 899), ...tx('idle', 5000) }, at: '10m', fires: [] },
      { name: '901 s for 1 minute is pending', series: tx('idle in transaction', 901), at: '1m', fires: [] },
      { name: '901 s for 2 minutes fires', series: tx('idle in transaction', 901), at: '2m', fires: [alert] },
    ];
  },
  // "archive-push to a pgBackRest repository fails" (for 5 minutes).
  PostgresWalArchivingFailing: ({ s, target }) => {
    const primary = target('postgres', 'metrics', 'postgres-0');
    return [
      { name: 'no new failure stays quiet', series: s('pg_stat_archiver_failed_count', primary, '2x30'), at: '20m', fires: [] },
      // A failure counted at 1m: failing from then.
      { name: 'failing for 4 minutes is pending', series: s('pg_stat_archiver_failed_count', primary, '0 1x30'), at: '5m', fires: [] },
      {
        name: 'failing for 5 minutes fires',
        series: s('pg_stat_archiver_failed_count', primary, '0 1x30'),
        at: '6m',
        fires: [{ severity: 'critical', component: 'database', ...primary }],
      },
    ];
  },
  // "The primary has archived no WAL for three archive timeouts, or has never archived any" (for 5 minutes).
  PostgresWalArchivingStale: ({ env, s, target }) => {
    const limit = 3 * env.backup.archiveTimeoutSeconds;
    const primary = target('postgres', 'metrics', 'postgres-0');
    const replica = target('postgres', 'metrics', 'postgres-1');
    const series = (age: string) => ({
      ...s('pg_stat_archiver_last_archive_age', primary, age),
      ...s('pg_replication_is_replica', primary, '0x20'),
      // A standby archives nothing: its age means nothing.
      ...s('pg_stat_archiver_last_archive_age', replica, `${limit * 10}x20`),
      ...s('pg_replication_is_replica', replica, '1x20'),
    });
    const alert = { severity: 'critical', component: 'database', ...primary };
    return [
      { name: 'three timeouts less a second stays quiet', series: series(`${limit - 1}x20`), at: '15m', fires: [] },
      { name: 'three timeouts and a second for 4 minutes is pending', series: series(`${limit + 1}x20`), at: '4m', fires: [] },
      { name: 'three timeouts and a second for 5 minutes fires', series: series(`${limit + 1}x20`), at: '5m', fires: [alert] },
      { name: 'never archived fires', series: series(Array(21).fill('NaN').join(' ')), at: '5m', fires: [alert] },
    ];
  },
  // "The primary has fewer streaming replicas than `postgres.replicas`" (for 5 minutes); critical with synchronous replication.
  PostgresReplicaNotStreaming: ({ env, ns, s, target }) => {
    const primary = target('postgres', 'metrics', 'postgres-0');
    const replicas = (streaming: number) =>
      Object.assign(
        {},
        ...Array.from({ length: env.postgres.replicas }, (_, i) =>
          s(
            'pg_stat_replication_pg_wal_lsn_diff',
            {
              ...primary,
              application_name: `postgres-${i + 1}`,
              client_addr: `10.30.1.${20 + i}`,
              state: i < streaming ? 'streaming' : 'catchup',
            },
            '0x20',
          ),
        ),
      );
    const alert = { severity: env.postgres.synchronousReplication ? 'critical' : 'warning', component: 'database', namespace: ns };
    return [
      { name: 'every replica streaming stays quiet', series: replicas(env.postgres.replicas), at: '10m', fires: [] },
      { name: 'one replica catching up for 4 minutes is pending', series: replicas(env.postgres.replicas - 1), at: '4m', fires: [] },
      { name: 'one replica catching up for 5 minutes fires', series: replicas(env.postgres.replicas - 1), at: '5m', fires: [alert] },
    ];
  },

  // "No member of the PostgreSQL cluster holds Patroni's leader key" (for a minute).
  PatroniNoLeader: ({ ns, s, target }) => {
    const member = { ...target('postgres', 'patroni', 'postgres-0'), scope: 'postgres' };
    const alert = { severity: 'critical', component: 'database', namespace: ns, scope: 'postgres' };
    return [
      { name: 'a leader stays quiet', series: s('patroni_cluster_unlocked', member, '0x10'), at: '5m', fires: [] },
      {
        name: 'unlocked for less than a minute is pending',
        series: s('patroni_cluster_unlocked', member, '0 0 1x10'),
        at: '2m',
        fires: [],
      },
      { name: 'unlocked for a minute fires', series: s('patroni_cluster_unlocked', member, '0 0 1x10'), at: '3m', fires: [alert] },
    ];
  },
  // "A member of the PostgreSQL cluster was promoted in the last 15 minutes (the timeline advanced)."
  PatroniLeaderChanged: ({ ns, s, target }) => {
    const member = { ...target('postgres', 'patroni', 'postgres-1'), scope: 'postgres' };
    // Promoted at 10m.
    const promoted = s('patroni_postgres_timeline', member, '1x9 2x30');
    return [
      { name: 'no promotion stays quiet', series: s('patroni_postgres_timeline', member, '1x30'), at: '20m', fires: [] },
      {
        name: 'promoted 14 minutes ago fires',
        series: promoted,
        at: '24m',
        fires: [{ severity: 'warning', component: 'database', namespace: ns, scope: 'postgres' }],
      },
      { name: 'promoted 15 minutes ago stays quiet', series: promoted, at: '25m', fires: [] },
    ];
  },
  // "Patroni runs on the pod named in the alert, but its PostgreSQL server has not been running for 5 minutes."
  PatroniMemberNotRunning: ({ s, target }) => {
    const member = { ...target('postgres', 'patroni', 'postgres-0'), scope: 'postgres' };
    return [
      { name: 'running stays quiet', series: s('patroni_postgres_running', member, '1x10'), at: '6m', fires: [] },
      { name: 'not running for 4 minutes is pending', series: s('patroni_postgres_running', member, '0x10'), at: '4m', fires: [] },
      {
        name: 'not running for 5 minutes fires',
        series: s('patroni_postgres_running', member, '0x10'),
        at: '5m',
        fires: [{ severity: 'warning', component: 'database', ...member }],
      },
    ];
  },
  // "received less WAL than the leader by more than `postgres.patroni.maximumLagOnFailoverBytes` for 5 minutes"
  // (Patroni counts the further of received and replayed).
  PatroniReplicaBehindFailoverLimit: ({ env, s, target }) => {
    const limit = env.postgres.patroni.maximumLagOnFailoverBytes;
    const leader = { ...target('postgres', 'patroni', 'postgres-0'), scope: 'postgres' };
    const replica = { ...target('postgres', 'patroni', 'postgres-1'), scope: 'postgres' };
    const head = 10 * limit;
    const series = (received: number, replayed: number) => ({
      ...s('patroni_xlog_location', leader, `${head}x10`),
      ...s('patroni_replica', leader, '0x10'),
      ...s('patroni_xlog_received_location', replica, `${received}x10`),
      ...s('patroni_xlog_replayed_location', replica, `${replayed}x10`),
      ...s('patroni_replica', replica, '1x10'),
    });
    return [
      { name: 'exactly the limit behind by received WAL stays quiet', series: series(head - limit, 0), at: '6m', fires: [] },
      { name: 'exactly the limit behind by replayed WAL stays quiet', series: series(0, head - limit), at: '6m', fires: [] },
      { name: 'a byte over the limit for 4 minutes is pending', series: series(head - limit - 1, 0), at: '4m', fires: [] },
      {
        name: 'a byte over the limit for 5 minutes fires',
        series: series(head - limit - 1, 0),
        at: '5m',
        fires: [{ severity: 'warning', component: 'database', ...replica }],
      },
    ];
  },
  // "has not reached the Kubernetes API (its DCS) for longer than the leader key's ttl" (for a minute).
  PatroniKubernetesApiUnreachable: ({ env, s, target }) => {
    const ttl = env.postgres.patroni.ttlSeconds;
    const member = { ...target('postgres', 'patroni', 'postgres-0'), scope: 'postgres' };
    // Last seen `age` seconds before each scrape.
    const lastSeen = (age: number) => s('patroni_dcs_last_seen', member, `${-age}+60x10`);
    return [
      { name: 'last seen a ttl ago stays quiet', series: lastSeen(ttl), at: '5m', fires: [] },
      { name: 'a ttl and a second for less than a minute is pending', series: lastSeen(ttl + 1), at: '0m', fires: [] },
      {
        name: 'a ttl and a second for a minute fires',
        series: lastSeen(ttl + 1),
        at: '1m',
        fires: [{ severity: 'warning', component: 'database', ...member }],
      },
    ];
  },
  // "Fewer database members answer Prometheus on Patroni's port than the environment runs (`postgres.replicas + 1`) for 5 minutes."
  PatroniMembersMissing: ({ env, ns, s, target }) => {
    const members = env.postgres.replicas + 1;
    // Prometheus' own `up` of each member's Patroni target.
    const up = (down: number) =>
      Object.assign(
        {},
        ...Array.from({ length: members }, (_, i) => s('up', target('postgres', 'patroni', `postgres-${i}`), i < down ? '0x10' : '1x10')),
      );
    const alert = { severity: 'warning', component: 'database', namespace: ns };
    return [
      { name: 'every member answering stays quiet', series: up(0), at: '6m', fires: [] },
      { name: 'one member silent for 4 minutes is pending', series: up(1), at: '4m', fires: [] },
      { name: 'one member silent for 5 minutes fires', series: up(1), at: '5m', fires: [alert] },
    ];
  },
  // "the member named in the alert has been waiting for the restart for an hour"
  PatroniPendingRestart: ({ s, target }) => {
    const member = { ...target('postgres', 'patroni', 'postgres-1'), scope: 'postgres' };
    return [
      { name: 'no restart pending stays quiet', series: s('patroni_pending_restart', member, '0x70'), at: '65m', fires: [] },
      { name: 'pending for 59 minutes is pending', series: s('patroni_pending_restart', member, '1x70'), at: '59m', fires: [] },
      {
        name: 'pending for an hour fires',
        series: s('patroni_pending_restart', member, '1x70'),
        at: '60m',
        fires: [{ severity: 'warning', component: 'database', ...member }],
      },
    ];
  },
  // "The cluster runs in synchronous mode but no replica is the synchronous standby" (for 5 minutes).
  PatroniSyncStandbyMissing: ({ ns, s, target }) => {
    const member = (pod: string) => ({ ...target('postgres', 'patroni', pod), scope: 'postgres' });
    const series = (standby: number) => ({
      ...s('patroni_primary', member('postgres-0'), '1x10'),
      ...s('patroni_sync_standby', member('postgres-0'), '0x10'),
      ...s('patroni_sync_standby', member('postgres-1'), `${standby}x10`),
      ...s('patroni_sync_standby', member('postgres-2'), '0x10'),
    });
    const alert = { severity: 'warning', component: 'database', namespace: ns, scope: 'postgres' };
    return [
      { name: 'a synchronous standby stays quiet', series: series(1), at: '6m', fires: [] },
      { name: 'none for 4 minutes is pending', series: series(0), at: '4m', fires: [] },
      { name: 'none for 5 minutes fires', series: series(0), at: '5m', fires: [alert] },
    ];
  },

  // "redis_exporter cannot reach its Redis server, or fewer Redis servers report than settings run" (for a minute):
  // one server standalone, a master and `redis.replicas` replicas with Sentinel (docs/runbooks/redis.md).
  RedisDown: ({ env, ns, s, target }) => {
    const servers = env.redis.mode === 'sentinel' ? 1 + env.redis.replicas : 1;
    const sentinel = env.redis.mode === 'sentinel' ? s('redis_up', target('redis', 'metrics', 'redis-sentinel-0'), '1x10') : {};
    const up = (count: number, down?: number) =>
      Object.assign(
        {},
        sentinel,
        ...Array.from({ length: count }, (_, i) => s('redis_up', target('redis', 'metrics', `redis-${i}`), i === down ? '0x10' : '1x10')),
      );
    const alert = { severity: 'critical', component: 'cache', namespace: ns };
    return [
      { name: 'every server up stays quiet', series: up(servers), at: '5m', fires: [] },
      { name: 'a server down for less than a minute is pending', series: up(servers, 0), at: '0m', fires: [] },
      {
        name: 'a server down for a minute fires',
        series: up(servers, 0),
        at: '1m',
        fires: [{ ...alert, ...target('redis', 'metrics', 'redis-0') }],
      },
      { name: 'one server fewer reporting (a Sentinel does not count) fires', series: up(servers - 1), at: '1m', fires: [alert] },
    ];
  },
  // "Redis uses over 90% of maxmemory" (for 10 minutes); without maxmemory there is no limit to approach.
  RedisMemoryNearMax: ({ s, target }) => {
    const server = target('redis', 'metrics', 'redis-0');
    const series = (used: number, max: number) => ({
      ...s('redis_memory_used_bytes', server, `${used}x20`),
      ...s('redis_memory_max_bytes', server, `${max}x20`),
    });
    return [
      { name: '89.9% stays quiet', series: series(899, 1000), at: '15m', fires: [] },
      { name: 'no maxmemory stays quiet', series: series(899, 0), at: '15m', fires: [] },
      { name: '90.1% for 9 minutes is pending', series: series(901, 1000), at: '9m', fires: [] },
      {
        name: '90.1% for 10 minutes fires',
        series: series(901, 1000),
        at: '10m',
        fires: [{ severity: 'warning', component: 'cache', ...server }],
      },
    ];
  },
  // "Redis refused connections because maxclients was reached."
  RedisRejectedConnections: ({ s, target }) => {
    const server = target('redis', 'metrics', 'redis-0');
    return [
      { name: 'no new rejection stays quiet', series: s('redis_rejected_connections_total', server, '4x20'), at: '10m', fires: [] },
      {
        name: 'one rejection fires',
        series: s('redis_rejected_connections_total', server, '4x7 5x12'),
        at: '10m',
        fires: [{ severity: 'warning', component: 'cache', ...server }],
      },
    ];
  },
  // "A Redis replica lost its link to the master" (summary; for 2 minutes).
  RedisMasterLinkDown: ({ s, target }) => {
    const replica = target('redis', 'metrics', 'redis-1');
    return [
      { name: 'link up stays quiet', series: s('redis_master_link_up', replica, '1x10'), at: '5m', fires: [] },
      { name: 'down for a minute is pending', series: s('redis_master_link_up', replica, '0x10'), at: '1m', fires: [] },
      {
        name: 'down for 2 minutes fires',
        series: s('redis_master_link_up', replica, '0x10'),
        at: '2m',
        fires: [{ severity: 'warning', component: 'cache', ...replica }],
      },
    ];
  },
  // "More than one Redis server reports itself master: split brain" (for a minute).
  RedisMultipleMasters: ({ ns, s, target }) => {
    const info = (pod: string, role: string, mode = 'standalone') =>
      s('redis_instance_info', { ...target('redis', 'metrics', pod), role, redis_mode: mode }, '1x10');
    const healthy = { ...info('redis-0', 'master'), ...info('redis-1', 'slave'), ...info('redis-sentinel-0', 'master', 'sentinel') };
    const split = { ...info('redis-0', 'master'), ...info('redis-1', 'master') };
    return [
      { name: 'one master (and a Sentinel) stays quiet', series: healthy, at: '5m', fires: [] },
      { name: 'two masters for less than a minute are pending', series: split, at: '0m', fires: [] },
      {
        name: 'two masters for a minute fire',
        series: split,
        at: '1m',
        fires: [{ severity: 'critical', component: 'cache', namespace: ns }],
      },
    ];
  },
  // "Fewer than two Sentinels agree about the master" (SENTINEL CKQUORUM fails; for a minute).
  RedisSentinelQuorumLost: ({ s, target }) => {
    const sentinel = { ...target('redis', 'metrics', 'redis-sentinel-0'), master_name: 'agent' };
    return [
      { name: 'quorum stays quiet', series: s('redis_sentinel_master_ckquorum_status', sentinel, '1x10'), at: '5m', fires: [] },
      {
        name: 'lost for less than a minute is pending',
        series: s('redis_sentinel_master_ckquorum_status', sentinel, '0x10'),
        at: '0m',
        fires: [],
      },
      {
        name: 'lost for a minute fires',
        series: s('redis_sentinel_master_ckquorum_status', sentinel, '0x10'),
        at: '1m',
        fires: [{ severity: 'critical', component: 'cache', ...sentinel }],
      },
    ];
  },

  // "A volume is over 80% full and will be full within 4 days at the current rate" (summary; for an hour).
  PersistentVolumeFillingUp: ({ env, ns, s }) => {
    const claim = honoring(kubelet(env.monitoring.releaseLabel), { namespace: ns, persistentvolumeclaim: 'data-postgres-0' });
    // One sample every 10 minutes over 10 hours; `free` bytes of 1,000,000 free at 8h, shrinking by `per10m`.
    const series = (free: number, per10m: number) => ({
      ...s('kubelet_volume_stats_available_bytes', claim, `${free + 48 * per10m}-${per10m}x60`),
      ...s('kubelet_volume_stats_capacity_bytes', claim, '1000000x60'),
    });
    const alert = { severity: 'warning', component: 'capacity', ...claim };
    // 1,000 bytes less every 10 minutes fills 199,000 bytes in 199 x 10 minutes, well within 4 days (576 x 10 minutes).
    return [
      { name: '20.1% free stays quiet', series: series(201000, 1000), at: '8h', interval: '10m', fires: [] },
      // Under 20% free from 7h (199,000 bytes; 200,000 at 6h50m is not under).
      { name: 'under 20% for 50 minutes is pending', series: series(193000, 1000), at: '7h50m', interval: '10m', fires: [] },
      { name: 'under 20% for an hour fires', series: series(193000, 1000), at: '8h', interval: '10m', fires: [alert] },
      // 190,000 bytes free, 329 fewer every 10 minutes: full in 577.5 x 10 minutes, just over 4 days.
      { name: 'full in just over 4 days stays quiet', series: series(190000, 329), at: '8h', interval: '10m', fires: [] },
    ];
  },
  // "The namespace uses over 90% of a ResourceQuota" (summary; for 15 minutes).
  NamespaceQuotaNearLimit: ({ ns, s, ksm }) => {
    const quota = ksm({ namespace: ns, resourcequota: 'compute-quota', resource: 'requests.memory' });
    const series = (used: number) => ({
      ...s('kube_resourcequota', { ...quota, type: 'used' }, `${used}x30`),
      ...s('kube_resourcequota', { ...quota, type: 'hard' }, '1000x30'),
    });
    return [
      { name: '89.9% stays quiet', series: series(899), at: '20m', fires: [] },
      { name: '90.1% for 14 minutes is pending', series: series(901), at: '14m', fires: [] },
      {
        name: '90.1% for 15 minutes fires',
        series: series(901),
        at: '15m',
        fires: [{ severity: 'warning', component: 'capacity', ...quota }],
      },
    ];
  },
  // "At the trend of the last week, ... within 14 days" (each Capacity*Forecast runbook); for an hour.
  CapacityVolumeExhaustionForecast: (c) => {
    const claim = honoring(kubelet(c.env.monitoring.releaseLabel), { namespace: c.ns, persistentvolumeclaim: 'data-postgres-0' });
    return forecastCases(
      (left) => ({
        ...c.s('kubelet_volume_stats_available_bytes', claim, `${left}-2x20`),
        ...c.s('kubelet_volume_stats_capacity_bytes', claim, `${CEILING}x20`),
      }),
      { namespace: c.ns, persistentvolumeclaim: 'data-postgres-0' },
    );
  },
  // The busiest pod's container against its memory limit: cAdvisor's working set through the kubelet's
  // `/metrics/cadvisor` endpoint, the limit from kube-state-metrics.
  CapacityContainerMemoryForecast: (c) => {
    const pod = { namespace: c.ns, pod: 'postgres-0', container: 'postgres' };
    const cadvisor = { ...kubelet(c.env.monitoring.releaseLabel), metrics_path: '/metrics/cadvisor' };
    return forecastCases(
      (left) => ({
        ...c.s(
          'container_memory_working_set_bytes',
          honoring(cadvisor, { ...pod, id: '/kubepods/pod-uid-postgres-0/postgres', image: 'postgres', name: 'postgres' }),
          `${CEILING - left}+2x20`,
        ),
        ...c.s(
          'kube_pod_container_resource_limits',
          c.ksm({ ...pod, uid: 'uid-postgres-0', node: 'node-a', resource: 'memory', unit: 'byte' }),
          `${CEILING}x20`,
        ),
      }),
      { namespace: c.ns, container: 'postgres' },
    );
  },
  CapacityQuotaExhaustionForecast: (c) => {
    const quota = c.ksm({ namespace: c.ns, resourcequota: 'compute-quota', resource: 'requests.cpu' });
    return forecastCases(
      (left) => ({
        ...c.s('kube_resourcequota', { ...quota, type: 'used' }, `${CEILING - left}+2x20`),
        ...c.s('kube_resourcequota', { ...quota, type: 'hard' }, `${CEILING}x20`),
      }),
      { namespace: c.ns, resourcequota: 'compute-quota', resource: 'requests.cpu' },
    );
  },
  // Connections of every state and database count against max_connections.
  CapacityPostgresConnectionsForecast: (c) => {
    const primary = c.target('postgres', 'metrics', 'postgres-0');
    return forecastCases(
      (left) => ({
        ...c.s('pg_stat_activity_count', { ...primary, datname: 'agent', state: 'active' }, `${CEILING - left - 100}+2x20`),
        ...c.s('pg_stat_activity_count', { ...primary, datname: 'agent', state: 'idle' }, '100x20'),
        ...c.s('pg_settings_max_connections', primary, `${CEILING}x20`),
      }),
      { namespace: c.ns, pod: 'postgres-0' },
    );
  },
  CapacityRedisMemoryForecast: (c) => {
    const server = c.target('redis', 'metrics', 'redis-0');
    return forecastCases(
      (left) => ({
        ...c.s('redis_memory_used_bytes', server, `${CEILING - left}+2x20`),
        ...c.s('redis_memory_max_bytes', server, `${CEILING}x20`),
      }),
      { namespace: c.ns, pod: 'redis-0' },
    );
  },

  // "Over 20% of requests to the API are answered 401 or 403" (summary: a spike; for 10 minutes).
  IngressAuthFailureSpike: (c) => edgeCases(c, ['401', '403'], 0.2),
  // "Over 10% of requests to the API are answered 429."
  IngressRateLimitedSpike: (c) => edgeCases(c, ['429'], 0.1),
  // Loki's ruler writes its recordings to Prometheus with the rules' `namespace` label and the
  // `by` labels of each expression, nothing else (docs/logging.md).
  // "more than 6 `ERROR` or `CRITICAL` lines a minute for 10 minutes", per logger.
  AgentApiErrorLogsHigh: ({ ns, s }) => {
    const errors = (logger: string, perMinute: number) =>
      s('agent_api_log_errors:rate5m', { namespace: ns, logger }, `${perMinute / 60}x20`);
    return [
      {
        name: '5.9 a minute from each of two loggers stays quiet',
        series: { ...errors('uvicorn.error', 5.9), ...errors('agent.api', 5.9) },
        at: '15m',
        fires: [],
      },
      { name: '6.1 a minute for 9 minutes is pending', series: errors('uvicorn.error', 6.1), at: '9m', fires: [] },
      {
        name: '6.1 a minute for 10 minutes fires',
        series: errors('uvicorn.error', 6.1),
        at: '10m',
        fires: [{ severity: 'warning', component: 'api', namespace: ns, logger: 'uvicorn.error' }],
      },
    ];
  },
  // "more than 60 security events of one kind a minute for 5 minutes: `authentication_failed` or `access_denied`".
  AgentApiAuthFailureSpike: ({ ns, s }) => {
    const events = (event: string, perMinute: number) =>
      s('agent_api_security_events:rate5m', { namespace: ns, security_event: event }, `${perMinute / 60}x10`);
    return [
      {
        name: '59 a minute of each kind stays quiet',
        series: { ...events('authentication_failed', 59), ...events('access_denied', 59) },
        at: '8m',
        fires: [],
      },
      { name: '61 a minute for 4 minutes is pending', series: events('access_denied', 61), at: '4m', fires: [] },
      {
        name: '61 a minute for 5 minutes fires',
        series: events('authentication_failed', 61),
        at: '5m',
        fires: [{ severity: 'warning', component: 'api', namespace: ns, security_event: 'authentication_failed' }],
      },
    ];
  },
  // "For the last hour, one container ... has written more than three times as many log lines as in
  // the same hour a day earlier, and more than one line a second" (docs/logging.md: for 15m).
  LogVolumeAnomaly: ({ ns, s }) => {
    // Samples every 10 minutes: `yesterday` lines a second up to 24h, `today` from 24h10m. The hour
    // before 25h10m is the first without yesterday's rate (promtool 2.42 counts both ends of a range;
    // Prometheus 3 leaves out the start, which would make it 25h), compared
    // with 0h10m to 1h10m.
    const lines = (container: string, yesterday: number, today: number) =>
      s('agent_log_lines:rate5m', { namespace: ns, container_name: container }, `${yesterday}x144 ${today}x20`);
    return [
      { name: '2.9 times yesterday stays quiet', series: lines('api', 2, 5.8), at: '26h', interval: '10m', fires: [] },
      {
        name: 'exactly one line a second, ten times yesterday, stays quiet',
        series: lines('postgres', 0.1, 1),
        at: '26h',
        interval: '10m',
        fires: [],
      },
      { name: '3.1 times for 10 minutes is pending', series: lines('api', 2, 6.2), at: '25h20m', interval: '10m', fires: [] },
      {
        name: '3.1 times for 20 minutes fires',
        series: lines('api', 2, 6.2),
        at: '25h30m',
        interval: '10m',
        fires: [{ severity: 'warning', component: 'logs', namespace: ns, container_name: 'api' }],
      },
    ];
  },

  // "No backup CronJob has succeeded for over 26 hours, or none ever has and the CronJobs are over 26 hours old" (for 15 minutes).
  PostgresBackupStale: ({ ns, s, ksm }) => {
    const job = (cronjob: string) => ksm({ namespace: ns, cronjob });
    // Samples every 10 minutes up to 32h; timestamps in seconds since the series' start.
    const created = {
      ...s('kube_cronjob_created', job('postgres-backup-full'), '0x192'),
      ...s('kube_cronjob_created', job('postgres-backup-diff'), '0x192'),
    };
    const succeeded = (cronjob: string, at: number) => s('kube_cronjob_status_last_successful_time', job(cronjob), `${at}x192`);
    // The last success 4 hours in: 26 hours old at 30h. A later restore drill is no backup.
    const lastAt4h = {
      ...created,
      ...succeeded('postgres-backup-full', 3600),
      ...succeeded('postgres-backup-diff', 4 * 3600),
      ...succeeded('postgres-restore-drill', 20 * 3600),
    };
    const alert = { severity: 'critical', component: 'backup', namespace: ns };
    return [
      { name: 'exactly 26 hours since a success stays quiet', series: lastAt4h, at: '30h', interval: '10m', fires: [] },
      { name: 'over 26 hours for 10 minutes is pending', series: lastAt4h, at: '30h20m', interval: '10m', fires: [] },
      { name: 'over 26 hours for 20 minutes fires', series: lastAt4h, at: '30h30m', interval: '10m', fires: [alert] },
      { name: 'never succeeded, CronJobs exactly 26 hours old, stays quiet', series: created, at: '26h', interval: '10m', fires: [] },
      {
        name: 'never succeeded, CronJobs over 26 hours old for 20 minutes, fires',
        series: created,
        at: '26h30m',
        interval: '10m',
        fires: [alert],
      },
    ];
  },
  // "the CronJob's last run was scheduled after its last success (or none ever succeeded) and nothing is running" (for 10 minutes).
  RestoreDrillFailed: ({ ns, s, ksm }) => {
    const drill = ksm({ namespace: ns, cronjob: 'postgres-restore-drill' });
    const state = (scheduled: number, succeeded: number | undefined, active: number) => ({
      ...s('kube_cronjob_status_last_schedule_time', drill, `${scheduled}x20`),
      ...(succeeded === undefined ? {} : s('kube_cronjob_status_last_successful_time', drill, `${succeeded}x20`)),
      ...s('kube_cronjob_status_active', drill, `${active}x20`),
    });
    // Matched `on (namespace, cronjob)` against the last success, the alert keeps those two labels;
    // with no success to compare, all of the schedule time's.
    const alert = { severity: 'warning', component: 'backup', namespace: ns, cronjob: 'postgres-restore-drill' };
    return [
      { name: 'succeeded after its schedule stays quiet', series: state(86400, 86401, 0), at: '15m', fires: [] },
      { name: 'still running stays quiet', series: state(86400, 0, 1), at: '15m', fires: [] },
      { name: 'failed 9 minutes ago is pending', series: state(86400, 86399, 0), at: '9m', fires: [] },
      { name: 'failed 10 minutes ago fires', series: state(86400, 86399, 0), at: '10m', fires: [alert] },
      {
        name: 'the first drill failed fires',
        series: state(86400, undefined, 0),
        at: '10m',
        fires: [{ severity: 'warning', component: 'backup', ...drill }],
      },
    ];
  },
  // "No restore drill has succeeded for 1.5 drill intervals" (`backup.drill.intervalDays` days each; for 15 minutes).
  RestoreDrillStale: ({ env, ns, s, ksm }) => {
    const hours = 1.5 * env.backup.drill.intervalDays * 24;
    const drill = ksm({ namespace: ns, cronjob: 'postgres-restore-drill' });
    // The last success at the series' start; samples every 10 minutes.
    const series = s('kube_cronjob_status_last_successful_time', drill, `0x${hours * 6 + 6}`);
    return [
      { name: 'exactly 1.5 intervals stays quiet', series, at: `${hours}h`, interval: '10m', fires: [] },
      { name: 'over 1.5 intervals for 10 minutes is pending', series, at: `${hours}h20m`, interval: '10m', fires: [] },
      {
        name: 'over 1.5 intervals for 20 minutes fires',
        series,
        at: `${hours}h30m`,
        interval: '10m',
        fires: [{ severity: 'warning', component: 'backup', ...drill }],
      },
    ];
  },
  // "The latest run ... failed before its deadline: it was scheduled after its last success (or none
  // ever succeeded) and nothing is running. A run ended by its deadline raises PostgresMaintenanceOverran
  // instead." (for 10 minutes). Timestamps in seconds; a CronJob's Job is `<cronjob>-<scheduled minute>`.
  PostgresMaintenanceFailed: ({ ns, s, ksm }) => {
    const analyze = ksm({ namespace: ns, cronjob: 'postgres-maintenance-analyze' });
    // Matched `on (namespace, cronjob)` against the last success, the alert keeps those two labels;
    // with no success to compare, all of the schedule time's.
    const alert = { severity: 'warning', component: 'database', namespace: ns, cronjob: 'postgres-maintenance-analyze' };
    return [
      { name: 'succeeded after its schedule stays quiet', series: maintenanceRun(s, ksm, ns, 'analyze', 1209660), at: '15m', fires: [] },
      { name: 'still running stays quiet', series: maintenanceRun(s, ksm, ns, 'analyze', 604860, { active: 1 }), at: '15m', fires: [] },
      {
        name: 'ended by its deadline stays quiet',
        series: maintenanceRun(s, ksm, ns, 'analyze', 604860, { failed: 'DeadlineExceeded' }),
        at: '15m',
        fires: [],
      },
      {
        name: 'failed 9 minutes ago is pending',
        series: maintenanceRun(s, ksm, ns, 'analyze', 604860, { failed: 'BackoffLimitExceeded' }),
        at: '9m',
        fires: [],
      },
      {
        name: 'failed 10 minutes ago fires',
        series: maintenanceRun(s, ksm, ns, 'analyze', 604860, { failed: 'BackoffLimitExceeded' }),
        at: '10m',
        fires: [alert],
      },
      {
        name: 'the first run failed fires',
        series: maintenanceRun(s, ksm, ns, 'analyze', undefined, { failed: 'BackoffLimitExceeded' }),
        at: '10m',
        fires: [{ severity: 'warning', component: 'database', ...analyze }],
      },
    ];
  },
  // "The latest run ... was ended by its `activeDeadlineSeconds`" (for 5 minutes).
  PostgresMaintenanceOverran: ({ ns, s, ksm }) => {
    const overran = maintenanceRun(s, ksm, ns, 'reindex', 604860, { failed: 'DeadlineExceeded' });
    return [
      {
        name: 'failed otherwise stays quiet',
        series: maintenanceRun(s, ksm, ns, 'reindex', 604860, { failed: 'BackoffLimitExceeded' }),
        at: '10m',
        fires: [],
      },
      {
        name: 'the run before overran, the latest succeeded, stays quiet',
        series: { ...maintenanceRun(s, ksm, ns, 'reindex', 1209660), ...maintenanceJob(s, ksm, ns, 'reindex', 604800, 'DeadlineExceeded') },
        at: '10m',
        fires: [],
      },
      { name: 'overran 4 minutes ago is pending', series: overran, at: '4m', fires: [] },
      {
        name: 'overran 5 minutes ago fires',
        series: overran,
        at: '5m',
        fires: [{ severity: 'warning', component: 'database', namespace: ns, cronjob: 'postgres-maintenance-reindex' }],
      },
    ];
  },
  // "has not succeeded for over 8 days (a week and a day), or never has while existing that long" (for an hour).
  PostgresMaintenanceStale: ({ ns, s, ksm }) => {
    const report = ksm({ namespace: ns, cronjob: 'postgres-maintenance-report' });
    const eightDays = 8 * 86400;
    // A timestamp `ago` seconds before the series' start.
    const at = (metric: string, ago: number) => s(metric, report, `${-ago}x70`);
    const alert = { severity: 'warning', component: 'database', ...report };
    return [
      // 8 days old at 60m: older than 7 days and 23 hours for the hour before.
      {
        name: 'exactly 8 days since a success stays quiet',
        series: at('kube_cronjob_status_last_successful_time', eightDays - 3600),
        at: '60m',
        fires: [],
      },
      {
        name: 'over 8 days for 59 minutes is pending',
        series: at('kube_cronjob_status_last_successful_time', eightDays),
        at: '60m',
        fires: [],
      },
      {
        name: 'over 8 days for an hour fires',
        series: at('kube_cronjob_status_last_successful_time', eightDays),
        at: '61m',
        fires: [alert],
      },
      {
        name: 'never succeeded, created exactly 8 days ago, stays quiet',
        series: at('kube_cronjob_created', eightDays - 3600),
        at: '60m',
        fires: [],
      },
      { name: 'never succeeded, created over 8 days ago, fires', series: at('kube_cronjob_created', eightDays), at: '61m', fires: [alert] },
    ];
  },

  SloAvailabilityBudgetBurnFast: (c) => fastBurn(c, 'availability', c.env.monitoring.slo.availabilityTarget),
  SloAvailabilityBudgetBurnSlow: (c) => slowBurn(c, 'availability', c.env.monitoring.slo.availabilityTarget),
  SloLatencyBudgetBurnFast: (c) => fastBurn(c, 'latency', c.env.monitoring.slo.latencyTarget),
  SloLatencyBudgetBurnSlow: (c) => slowBurn(c, 'latency', c.env.monitoring.slo.latencyTarget),
  SloStreamStartBudgetBurnFast: (c) => fastBurn(c, 'stream-start', c.env.monitoring.slo.streamStartTarget),
  SloStreamStartBudgetBurnSlow: (c) => slowBurn(c, 'stream-start', c.env.monitoring.slo.streamStartTarget),
};
/**
 * A maintenance CronJob `postgres-maintenance-<job>` last scheduled at 1209600 s (two weeks in), its
 * last success at `succeeded` (none: never), `active` Jobs running, and the scheduled Job, when
 * `failed`, failed for that reason (kube-state-metrics' `reason` of the Job's Failed condition).
 */
function maintenanceRun(
  s: Context['s'],
  ksm: Context['ksm'],
  ns: string,
  job: string,
  succeeded: number | undefined,
  latest: { active?: number; failed?: 'BackoffLimitExceeded' | 'DeadlineExceeded' } = {},
) {
  const cronjob = ksm({ namespace: ns, cronjob: `postgres-maintenance-${job}` });
  return {
    ...s('kube_cronjob_status_last_schedule_time', cronjob, '1209600x20'),
    ...(succeeded === undefined ? {} : s('kube_cronjob_status_last_successful_time', cronjob, `${succeeded}x20`)),
    ...s('kube_cronjob_status_active', cronjob, `${latest.active ?? 0}x20`),
    ...(latest.failed ? maintenanceJob(s, ksm, ns, job, 1209600, latest.failed) : {}),
  };
}

/** The Job a maintenance CronJob scheduled at `scheduled` s, started 2 s later, failed for `reason`. */
function maintenanceJob(
  s: Context['s'],
  ksm: Context['ksm'],
  ns: string,
  job: string,
  scheduled: number,
  reason: 'BackoffLimitExceeded' | 'DeadlineExceeded',
) {
  const name = `postgres-maintenance-${job}-${scheduled / 60}`;
  return {
    ...s('kube_job_status_start_time', ksm({ namespace: ns, job_name: name }), `${scheduled + 2}x20`),
    // One series per reason kube-state-metrics knows, 1 for the condition's.
    ...Object.assign(
      {},
      ...(['BackoffLimitExceeded', 'DeadlineExceeded', 'Evicted'] as const).map((r) =>
        s('kube_job_status_failed', ksm({ namespace: ns, job_name: name, reason: r }), `${r === reason ? 1 : 0}x20`),
      ),
    ),
  };
}

/** Capacity forecasts: a ceiling of 28,800 of which 2 more are used every 10 minutes (1% a day). */
const CEILING = 28800;

/**
 * Forecast cases from `shape`, the series of a share with `left` of the ceiling left at the series'
 * start; one left is 5 minutes of the trend, so 14 days are 4032. "Reaches the ceiling within 14 days"
 * (for an hour): 14 days and 5 minutes left stays quiet; under 14 days from 1h is pending at 1h50m and
 * fires at 2h. Samples every 10 minutes.
 */
function forecastCases(shape: (left: number) => Record<string, string>, labels: Labels): Case[] {
  const fourteenDays = (14 * 24 * 60) / 5;
  const alert = { severity: 'warning', component: 'capacity', ...labels };
  // 12 samples to 2h use 24; 6 samples to 1h use 12.
  const crossingAt1h = shape(fourteenDays - 1 + 12);
  return [
    { name: '14 days and 5 minutes left stays quiet', series: shape(fourteenDays + 1 + 24), at: '2h', interval: '10m', fires: [] },
    { name: 'under 14 days for 50 minutes is pending', series: crossingAt1h, at: '1h50m', interval: '10m', fires: [] },
    { name: 'under 14 days for an hour fires', series: crossingAt1h, at: '2h', interval: '10m', fires: [alert] },
  ];
}

/** Edge share alerts: the access log's recorded rates (per second) by status, 10 per second in all. */
function edgeCases({ ns, s }: Context, statuses: readonly string[], share: number): Case[] {
  // The Loki ruler's recording (docs/observability.md) labels each rate with namespace and gateway.
  const edge = { namespace: ns, gateway: 'agent-edge' };
  const rates = (bad: number) => ({
    ...s('edge_http_responses:rate5m', { ...edge, status: '200' }, `${10 - bad}x30`),
    // The bad answers split over every status the alert counts.
    ...Object.assign({}, ...statuses.map((status) => s('edge_http_responses:rate5m', { ...edge, status }, `${bad / statuses.length}x30`))),
  });
  const below = Math.round((share - 0.001) * 10 * 1000) / 1000;
  const above = Math.round((share + 0.001) * 10 * 1000) / 1000;
  const alert = { severity: 'warning', component: 'edge', namespace: ns };
  return [
    { name: `${below * 10}% stays quiet`, series: rates(below), at: '20m', fires: [] },
    { name: `${above * 10}% for 9 minutes is pending`, series: rates(above), at: '9m', fires: [] },
    { name: `${above * 10}% for 10 minutes fires`, series: rates(above), at: '10m', fires: [alert] },
  ];
}

/**
 * Fast burn: "6x to 14.4x the sustainable rate (both a long and a short window agree)" — 14.4x over
 * 1h and 5m, or 6x over 6h and 30m (docs/observability.md); for 2 minutes. The budget is
 * 1 - target.
 */
function fastBurn(c: Context, slo: 'availability' | 'latency' | 'stream-start', target: number): Case[] {
  const budget = 1 - target;
  // The fast burns are customer-facing (docs/incident-response.md).
  const alert = { severity: 'critical', component: 'slo', namespace: c.ns, slo, customer_facing: 'true' };
  // A steady share of bad events from the start: every window agrees, so 6x decides.
  const steady = (factor: number) => events(c, slo, [{ minutes: 120, bad: factor * budget }]);
  // Six healthy hours, then 70 minutes at `factor`: the 6h window stays under 6x, the 1h one does not.
  const burst = (factor: number) =>
    events(c, slo, [
      { minutes: 360, bad: 0 },
      { minutes: 70, bad: factor * budget },
    ]);
  return [
    { name: '5.9x budget burn stays quiet', series: steady(5.9), at: '90m', fires: [] },
    { name: '6.1x for a minute is pending', series: steady(6.1), at: '2m', fires: [] },
    { name: '6.1x for 2 minutes fires', series: steady(6.1), at: '3m', fires: [alert] },
    { name: 'an hour at 14.3x after healthy hours stays quiet', series: burst(14.3), at: '7h10m', fires: [] },
    { name: 'an hour at 14.5x after healthy hours fires', series: burst(14.5), at: '7h10m', fires: [alert] },
  ];
}

/** Slow burn: "3x over a day or 1x over three days" (with 2h and 6h short windows); for 15 minutes. */
function slowBurn(c: Context, slo: 'availability' | 'latency' | 'stream-start', target: number): Case[] {
  const budget = 1 - target;
  const alert = { severity: 'warning', component: 'slo', namespace: c.ns, slo };
  // A steady share of bad events from the start, sampled every 10 minutes: 1x decides.
  const steady = (factor: number) => events(c, slo, [{ minutes: 24 * 60, bad: factor * budget }], 10);
  return [
    { name: '0.9x budget burn stays quiet', series: steady(0.9), at: '12h', interval: '10m', fires: [] },
    { name: '1.1x for 10 minutes is pending', series: steady(1.1), at: '20m', interval: '10m', fires: [] },
    { name: '1.1x for 20 minutes fires', series: steady(1.1), at: '30m', interval: '10m', fires: [alert] },
  ];
}

/** SLO events in phases of `minutes` with a share `bad` failing, 100,000 events per sample. */
function events(
  c: Context,
  slo: 'availability' | 'latency' | 'stream-start',
  phases: readonly { minutes: number; bad: number }[],
  step = 1,
) {
  const perStep = 100000;
  // Counter values of all events and of the good ones at each sample.
  const all: number[] = [0];
  const good: number[] = [0];
  for (const phase of phases) {
    for (let i = 0; i < phase.minutes / step; i++) {
      all.push(all.at(-1)! + perStep);
      good.push(good.at(-1)! + perStep * (1 - phase.bad));
    }
  }
  const api = c.target('agent-api', 'http', API_POD);
  const values = (xs: number[]) => xs.map((x) => String(Math.round(x * 1000) / 1000)).join(' ');
  if (slo === 'availability') {
    return {
      ...c.s('http_requests_total', { ...api, handler: '/v1/notes', method: 'POST', status: '2xx' }, values(good)),
      ...c.s(
        'http_requests_total',
        { ...api, handler: '/v1/notes', method: 'POST', status: '5xx' },
        values(all.map((a, i) => a - good[i]!)),
      ),
      ...c.s('http_requests_total', { ...api, handler: '/readyz', method: 'GET', status: '2xx' }, values(all.map((a) => a * 10))),
      ...c.s('http_requests_total', { ...api, handler: '/metrics', method: 'GET', status: '2xx' }, values(all.map((a) => a * 10))),
    };
  }
  // Latency: responses within 2.5 s; stream start: first bytes within 5 s (docs/observability.md).
  const [metric, labels, bound]: [string, Labels, string] =
    slo === 'latency'
      ? ['http_request_duration_highr_seconds', {}, '2.5']
      : ['http_stream_first_byte_seconds', { handler: '/v1/chat/stream' }, '5.0'];
  return {
    ...c.s(`${metric}_bucket`, { ...api, ...labels, le: bound }, values(good)),
    ...c.s(`${metric}_count`, { ...api, ...labels }, values(all)),
  };
}

const exec = promisify(execFile);

/** `{{ $labels.x }}` filled in, as Prometheus renders annotations. */
const fill = (template: string, labels: Labels) => template.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, l: string) => labels[l] ?? '');

/** Runs the boundary cases of every rendered alert of one environment; started at once for all environments. */
function startBoundaries(env: EnvironmentSettings) {
  const objs = envObjects(env.name);
  const release = env.monitoring.releaseLabel;
  const context: Context = {
    env,
    objs,
    ns: env.namespace,
    s: (metric, labels, values) => ({ [seriesName(metric, labels)]: values }),
    ksm: (own) => honoring(kubeStateMetrics(release), own),
    target: (monitor, port, pod) => scrapeTarget(objs, monitor, port, pod),
    argoRollouts: (namespace, pod) => argoRolloutsController(namespace, pod),
  };
  const groups: Any[] = objs.filter((o) => o.kind === 'PrometheusRule').flatMap((r) => r.spec.groups);
  const files: string[] = [];
  const counts = new Map<string, { quiet: number; fires: number }>();
  for (const group of groups) {
    const tests = group.rules
      .filter((r: Any) => r.alert && BOUNDARIES[r.alert])
      .flatMap((rule: Any) =>
        BOUNDARIES[rule.alert]!(context).map((c) => {
          const count = counts.get(rule.alert) ?? { quiet: 0, fires: 0 };
          count[c.fires.length ? 'fires' : 'quiet'] += 1;
          counts.set(rule.alert, count);
          return {
            name: `${rule.alert}: ${c.name}`,
            interval: c.interval ?? '1m',
            input_series: Object.entries(c.series).map(([series, values]) => ({ series, values })),
            alert_rule_test: [
              {
                eval_time: c.at,
                alertname: rule.alert,
                exp_alerts: c.fires.map((labels) => ({
                  exp_labels: labels,
                  exp_annotations: Object.fromEntries(
                    Object.entries(rule.annotations as Record<string, string>).map(([k, v]) => [k, fill(v, labels)]),
                  ),
                })),
              },
            ],
          };
        }),
      );
    if (tests.length === 0) continue;
    const rulesFile = join(scratch, `${env.name}-${group.name}-rules.yaml`);
    writeFileSync(rulesFile, dump({ groups: [group] }, { lineWidth: -1 }));
    for (const evaluation of ['1m', '10m'] as const) {
      const selected = tests.filter((t: Any) => t.interval === evaluation);
      if (selected.length === 0) continue;
      const file = join(scratch, `${env.name}-${group.name}-boundaries-${evaluation}.yaml`);
      writeFileSync(file, dump({ rule_files: [rulesFile], evaluation_interval: evaluation, tests: selected }, { lineWidth: -1 }));
      files.push(file);
    }
  }
  const run = exec(PROMTOOL, ['test', 'rules', ...files], { maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string; message: string }) => ({
      code: e.code ?? 1,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`,
    }),
  );
  return { counts, run, files };
}

const runs = new Map(existsSync(PROMTOOL) ? settings.environments.map((env) => [env.name, startBoundaries(env)] as const) : []);

describe.each(settings.environments.map((e) => [e.name] as const))('environment %s', (name) => {
  const rendered: string[] = envObjects(name)
    .filter((o) => o.kind === 'PrometheusRule')
    .flatMap((r) => r.spec.groups.flatMap((g: Any) => g.rules.filter((x: Any) => x.alert).map((x: Any) => x.alert as string)));

  test('every rendered alert has boundary cases here: at least one quiet and one firing', () => {
    expect(rendered.length).toBeGreaterThan(0);
    const missing = rendered.filter((a) => !BOUNDARIES[a]);
    expect(missing, `alerts without boundary cases in test/alert-boundaries.test.ts: ${missing.join(', ')}`).toEqual([]);
    const { counts } = runs.get(name)!;
    for (const alert of rendered) expect(counts.get(alert), alert).toEqual({ quiet: expect.any(Number), fires: expect.any(Number) });
    for (const alert of rendered) expect(Math.min(counts.get(alert)!.quiet, counts.get(alert)!.fires), alert).toBeGreaterThan(0);
  });

  test("the scrape jobs are the Services' names docs/observability.md lists, the containers those serving the ports", () => {
    const objs = envObjects(name);
    const target = (monitor: string, port: string, pod: string) => scrapeTarget(objs, monitor, port, pod);
    // The API's pods through the PodMonitor `agent-api`, not a Service: `job` is the pods' app.kubernetes.io/name.
    expect(target('agent-api', 'http', API_POD)).toMatchObject({ job: 'agent-api', endpoint: 'http', container: 'api' });
    expect(target('agent-api', 'http', API_POD)).not.toHaveProperty('service');
    expect(target('postgres', 'metrics', 'postgres-0')).toMatchObject({
      job: 'postgres-members',
      service: 'postgres-members',
      container: 'exporter',
    });
    expect(target('postgres', 'patroni', 'postgres-0')).toMatchObject({
      job: 'postgres-members',
      service: 'postgres-members',
      container: 'postgres',
    });
    expect(target('redis', 'metrics', 'redis-0')).toMatchObject({ job: 'redis', service: 'redis', container: 'exporter' });
  });

  test('promtool test rules passes every boundary case against the rendered rule groups', async () => {
    expect(existsSync(PROMTOOL), `missing ${PROMTOOL}: run 'bash scripts/system-tools.sh'`).toBe(true);
    const { run, files } = runs.get(name)!;
    expect(files.length).toBeGreaterThan(0);
    const result = await run;
    expect(result.code, result.output).toBe(0);
  });
});
