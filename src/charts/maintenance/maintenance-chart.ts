import type { Construct } from 'constructs';
import { HELPER_RESOURCES } from '../../config/capacity';
import { imageReference } from '../../constructs/hardened-pod';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { ScheduledJob } from '../../constructs/jobs';
import { k8s } from '../../constructs/k8s';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import type { DatabaseConnection } from '../database/database-chart';
import { POSTGRES_LAYOUT as PG } from '../database/postgres-layout';
import { MAINTENANCE_JOB_PREFIX, MAINTENANCE_START_SLACK_SECONDS, MAINTENANCE_TASKS, maintenanceSlots } from './maintenance-window';
import maintenanceScript from './scripts/postgres-maintenance.sh';
import reindexCandidatesSql from './scripts/reindex-candidates.sql';
import reportSql from './scripts/report.sql';

export interface MaintenanceChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  /** The database maintained: the jobs reach its leader through the read-write Service. */
  readonly database: DatabaseConnection;
}

const MAINTENANCE = new Component('postgres-maintenance', 'maintenance');
const SCRIPTS = 'postgres-maintenance-scripts';
const SCRIPTS_DIR = '/opt/agent/maintenance';

/**
 * Weekly database maintenance inside the environment's window (settings `maintenance`): ANALYZE,
 * concurrent rebuilds of the bloated indexes, and the bloat, index-usage and top-queries report.
 * Each job runs in its own slot of the window and is ended by its deadline before the slot closes.
 */
export class MaintenanceChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: MaintenanceChartProps) {
    super(scope, id, props);
    const env = this.env;
    const m = env.maintenance;
    const db = props.database;
    const version = env.images.postgres.tag;

    new k8s.KubeConfigMap(this, 'Scripts', {
      metadata: objectMeta(env, { name: SCRIPTS, namespace: env.namespace, component: MAINTENANCE, wave: SyncWave.CONFIG }),
      data: {
        'postgres-maintenance.sh': maintenanceScript,
        'reindex-candidates.sql': reindexCandidatesSql,
        'report.sql': reportSql,
      },
    });

    const slots = maintenanceSlots(m.window);
    for (const task of MAINTENANCE_TASKS) {
      const slot = slots[task];
      new ScheduledJob(this, `Job-${task}`, {
        env,
        name: `${MAINTENANCE_JOB_PREFIX}${task}`,
        component: MAINTENANCE,
        version,
        wave: SyncWave.DATA,
        uid: PG.uid,
        schedule: slot.schedule,
        timeZone: m.window.timeZone,
        startingDeadlineSeconds: MAINTENANCE_START_SLACK_SECONDS,
        // A failed run waits for next week's window: a retry could outlast this one.
        backoffLimit: 0,
        deadlineSeconds: slot.deadlineSeconds,
        volumes: [{ name: 'scripts', configMap: { name: SCRIPTS, defaultMode: 0o555 } }],
        container: {
          name: task,
          image: imageReference(env, 'postgres'),
          resources: HELPER_RESOURCES.job,
          command: ['bash', `${SCRIPTS_DIR}/postgres-maintenance.sh`, task],
          env: [
            { name: 'PGHOST', value: db.readWriteHost },
            { name: 'PGPORT', value: String(db.port) },
            { name: 'PGDATABASE', value: db.database },
            { name: 'PGUSER', value: db.maintenanceUser },
            { name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: db.credentialsSecret, key: 'MAINTENANCE_PASSWORD' } } },
            { name: 'MAINTENANCE_DEADLINE_SECONDS', value: String(slot.deadlineSeconds) },
            { name: 'LOCK_TIMEOUT_SECONDS', value: String(m.lockTimeoutSeconds) },
            { name: 'REINDEX_MIN_SIZE_MIB', value: String(m.reindexMinSizeMib) },
            { name: 'REINDEX_BELOW_LEAF_DENSITY_PERCENT', value: String(m.reindexBelowLeafDensityPercent) },
            { name: 'REPORT_TOP_QUERIES', value: String(m.topQueries) },
          ],
          mounts: [{ name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true }],
        },
      });
    }

    // The three CronJobs share their pods' labels: one peer, one pair of policies.
    props.flows.allow(
      Peer.pods('postgres-maintenance', MAINTENANCE.selectorLabels(env)),
      db.servers,
      [NetworkPort.tcp(db.port)],
      'database maintenance on the leader',
    );
  }
}
