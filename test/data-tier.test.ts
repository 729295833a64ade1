// The data tier as rendered: deletion safety, sync order, Services, and the names, keys and
// hosts the scripts and the API rely on, resolved against the other rendered objects.
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ENVIRONMENTS } from '../src/config/environments';
import { renderPlatform } from '../src/platform';
import { envObjects, podTemplate, rendered, selects, settingsWith, WORKLOAD_KINDS, type Rendered } from './support/rendered';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { settings } = rendered();
const wave = (o: Rendered) => Number(o.metadata.annotations?.['argocd.argoproj.io/sync-wave']);
const envOf = (c: Any): Record<string, string> =>
  Object.fromEntries((c.env ?? []).filter((e: Any) => 'value' in e).map((e: Any) => [e.name, e.value]));

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const objs = envObjects(name);
  const find = (kind: string, n: string) => objs.find((o) => o.kind === kind && o.metadata.name === n);
  const statefulSets = objs.filter((o) => o.kind === 'StatefulSet');
  const workloads = objs.filter((o) => WORKLOAD_KINDS.includes(o.kind));
  const containers = workloads.flatMap((w) => podTemplate(w).spec.containers.map((c: Any) => ({ workload: w, c })));
  const dns = (host: string) => {
    // <pod>.<service>.<namespace>.svc.cluster.local or <service>.<namespace>.svc.cluster.local
    const parts = host.replace(/:\d+$/, '').split('.');
    expect(parts.slice(-4), host).toEqual([env.namespace, 'svc', 'cluster', 'local']);
    const [first, second] = parts;
    if (parts.length === 6) {
      const set = statefulSets.find((s) => s.spec.serviceName === second && first!.startsWith(`${s.metadata.name}-`));
      expect(set, `${host}: no StatefulSet behind ${second}`).toBeDefined();
      expect(Number(first!.slice(set!.metadata.name.length + 1)), `${host}: ordinal`).toBeLessThan(set!.spec.replicas);
      return set!;
    }
    const svc = find('Service', first!);
    expect(svc, `${host}: no Service ${first}`).toBeDefined();
    return svc!;
  };

  test('stateful objects keep their data: Argo CD never prunes or deletes them, volumes are retained as settings say', () => {
    expect(statefulSets.length).toBeGreaterThanOrEqual(3);
    for (const s of statefulSets) {
      expect(s.metadata.annotations?.['argocd.argoproj.io/sync-options'], s.path).toBe('Prune=false,Delete=false');
      expect(s.spec.persistentVolumeClaimRetentionPolicy, s.path).toEqual({
        whenDeleted: env.storage.volumeRetention,
        whenScaled: env.storage.volumeRetention,
      });
      if (env.tier === 'production') expect(s.spec.persistentVolumeClaimRetentionPolicy.whenScaled).toBe('Retain');
      for (const claim of s.spec.volumeClaimTemplates ?? []) expect(claim.spec.storageClassName, s.path).toBe(env.storage.className);
      const headless = find('Service', s.spec.serviceName);
      expect(headless?.spec.clusterIP, s.path).toBe('None');
      expect(selects(headless?.spec.selector, s.spec.template.metadata.labels), s.path).toBe(true);
    }
  });

  test('Argo CD syncs data stores, then their initialisation, then migrations and replicas, then the API', () => {
    const waveOf = (kind: string, n: string) => wave(find(kind, n)!);
    const primary = waveOf('StatefulSet', 'postgres-primary');
    const init = waveOf('Job', 'postgres-init');
    const migrate = waveOf('Job', 'agent-api-migrate');
    expect(primary).toBeLessThan(init);
    expect(init).toBeLessThan(migrate);
    expect(init).toBeLessThan(waveOf('StatefulSet', 'postgres-replica'));
    expect(migrate).toBeLessThan(waveOf('Deployment', 'agent-api'));
    for (const redis of statefulSets.filter((s) => s.metadata.name.startsWith('redis'))) expect(wave(redis)).toBeLessThan(migrate);
  });

  test('Jobs are Sync hooks (never PreSync, which runs before the database exists), bounded and re-creatable', () => {
    const jobs = objs.filter((o) => o.kind === 'Job' && !o.path.includes('/templates/'));
    expect(jobs.map((j) => j.metadata.name)).toEqual(expect.arrayContaining(['postgres-init', 'agent-api-migrate']));
    for (const job of jobs) {
      expect(job.metadata.annotations?.['argocd.argoproj.io/hook'], job.path).toBe('Sync');
      expect(job.metadata.annotations?.['argocd.argoproj.io/hook-delete-policy'], job.path).toBe('BeforeHookCreation');
      expect(job.spec.backoffLimit, job.path).toBeLessThanOrEqual(5);
      expect(job.spec.activeDeadlineSeconds, job.path).toBeGreaterThan(0);
      expect(job.spec.template.spec.restartPolicy, job.path).toBe('Never');
    }
    expect(podTemplate(find('Job', 'agent-api-migrate')!).spec.containers[0].command).toEqual(['alembic', 'upgrade', 'head']);
  });

  test('the read-write Service selects the primary only; the read-only Service the replicas (the primary when there are none)', () => {
    const podsOf = (svc: string) =>
      statefulSets.filter((s) => selects(find('Service', svc)!.spec.selector, s.spec.template.metadata.labels)).map((s) => s.metadata.name);
    expect(podsOf('postgres-rw')).toEqual(['postgres-primary']);
    expect(podsOf('postgres-ro')).toEqual([env.postgres.replicas > 0 ? 'postgres-replica' : 'postgres-primary']);
    expect(find('StatefulSet', 'postgres-replica')!.spec.replicas).toBe(env.postgres.replicas);
  });

  test('hosts named in scripts, exporters and the API resolve to rendered Services and existing pods', () => {
    const hostVars = ['POSTGRES_PRIMARY_HOST', 'PGHOST', 'REDIS_FIRST_MASTER_HOST', 'REDIS_SENTINELS', 'REDIS_CLUSTER_NODES'];
    let checked = 0;
    for (const { c } of containers) {
      const values = envOf(c);
      for (const v of hostVars.filter((v) => values[v] !== undefined)) {
        for (const host of values[v]!.split(/[ ,]/)) {
          dns(host);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2);
    expect(envOf(podTemplate(find('StatefulSet', 'postgres-primary')!).spec.containers[0]).POSTGRES_PRIMARY_HOST).toBe(
      `postgres-rw.${env.namespace}.svc.cluster.local`,
    );

    // The API's connection settings: Redis from its ConfigMap, database URLs from the ExternalSecret template.
    const config = find('ConfigMap', 'agent-api-config')!.data;
    expect(config.REDIS_MODE).toBe(env.redis.mode);
    for (const host of (config.REDIS_SENTINELS ?? config.REDIS_URL.replace(/^redis:\/\/|\/\d+$/g, '')).split(',')) dns(host);
    const template = find('ExternalSecret', 'agent-api-database')!.spec.target.template.data;
    expect(dns(template.DATABASE_URL.match(/@([^/]+)\//)[1]).metadata.name).toBe('postgres-rw');
    expect(dns(template.DATABASE_READONLY_URL.match(/@([^/]+)\//)[1]).metadata.name).toBe('postgres-ro');
  });

  test('every secret key a container reads is synced by an ExternalSecret', () => {
    const synced = new Map(
      objs
        .filter((o) => o.kind === 'ExternalSecret')
        .map((o) => [
          o.spec.target.name,
          new Set([...o.spec.data.map((d: Any) => d.secretKey), ...Object.keys(o.spec.target.template?.data ?? {})]),
        ]),
    );
    for (const { workload, c } of containers) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref) expect(synced.get(ref.name)?.has(ref.key), `${workload.path} ${c.name} ${ref.name}/${ref.key}`).toBe(true);
      }
    }
  });

  test('scripts a container runs are keys of the ConfigMap mounted at that path', () => {
    let checked = 0;
    for (const { workload, c } of containers) {
      const volumes = podTemplate(workload).spec.volumes ?? [];
      for (const arg of [...(c.command ?? []), ...(c.args ?? [])].filter((a: string) => /^\/.*\.(sh|sql)$/.test(a))) {
        const mount = c.volumeMounts.find((m: Any) => arg.startsWith(`${m.mountPath}/`));
        const configMap = volumes.find((v: Any) => v.name === mount?.name)?.configMap?.name;
        expect(configMap, `${workload.path}: ${arg} is on no ConfigMap volume`).toBeDefined();
        expect(Object.keys(find('ConfigMap', configMap)!.data), `${workload.path}: ${arg}`).toContain(
          arg.slice(mount.mountPath.length + 1),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  test('PostgreSQL accepts connections and replication from the pod network only, and replicates as settings say', () => {
    const { 'pg_hba.conf': hba, 'postgresql.conf': conf } = find('ConfigMap', 'postgres-config')!.data;
    const rules = hba
      .split('\n')
      .filter((l: string) => l && !l.startsWith('#'))
      .map((l: string) => l.split('\t'));
    expect(hba).not.toContain('0.0.0.0/0');
    expect(rules.filter((r: string[]) => r[1] === 'replication')).toEqual([
      ['host', 'replication', 'replicator', env.cluster.podCidr, 'scram-sha-256'],
    ]);
    for (const r of rules.filter((r: string[]) => r[0] === 'host')) expect(r[4]).toBe('scram-sha-256');
    expect(conf).toContain(`synchronous_standby_names = ${env.postgres.synchronousReplication ? "'ANY 1 (*)'" : "''"}`);
    expect(conf).toContain(`max_connections = ${env.postgres.maxConnections}`);
    // WAL archiving to pgBackRest, at least every archive timeout (the RPO's floor).
    expect(conf).toContain('archive_mode = on');
    expect(conf).toContain("archive_command = 'pgbackrest archive-push %p'");
    expect(conf).toContain(`archive_timeout = ${env.backup.archiveTimeoutSeconds}s`);
  });

  test('Redis enforces the settings: persistence, memory bound and, with Sentinel, writes only with a replica in sync', () => {
    const conf = find('ConfigMap', 'redis-config')!.data['redis.conf'];
    expect(conf).toContain('appendonly yes');
    expect(conf).toMatch(/^maxmemory \d+$/m);
    if (env.redis.mode === 'sentinel') {
      expect(conf).toContain(`min-replicas-to-write ${env.redis.minReplicasToWrite}`);
      expect(find('StatefulSet', 'redis')!.spec.replicas).toBe(1 + env.redis.replicas);
      expect(find('StatefulSet', 'redis')!.spec.podManagementPolicy).toBe('OrderedReady');
      expect(find('StatefulSet', 'redis-sentinel')!.spec.replicas).toBe(3);
    }
  });
});

describe.each(settings.environments.map((e) => [e.name, e] as const))('backups of environment %s', (name, env) => {
  const objs = envObjects(name);
  const find = (kind: string, n: string) => objs.find((o) => o.kind === kind && o.metadata.name === n);
  const container = (o: Rendered) => podTemplate(o).spec.containers[0];
  const conf: string = find('ConfigMap', 'pgbackrest-config')!.data['pgbackrest.conf'];

  test('pgbackrest.conf has one encrypted S3 repository per configured region, time-based retention and asynchronous archiving', () => {
    env.backup.repositories.forEach((r, i) => {
      const n = `repo${i + 1}`;
      for (const line of [
        `${n}-type=s3`,
        `${n}-s3-bucket=${r.bucket}`,
        `${n}-s3-region=${r.region}`,
        `${n}-path=${r.path}`,
        `${n}-cipher-type=aes-256-cbc`,
        `${n}-retention-full-type=time`,
        `${n}-retention-full=${env.backup.retentionDays}`,
      ]) {
        expect(conf).toContain(line);
      }
    });
    expect(conf).not.toMatch(new RegExp(`^repo${env.backup.repositories.length + 1}-`, 'm'));
    expect(conf).toContain('archive-async=y');
    // No secret in the file: S3 keys and cipher passes come from the synced secret's environment.
    expect(conf).not.toMatch(/^repo\d+-(s3-key|s3-key-secret|cipher-pass)=/m);
    const secret = find('ExternalSecret', 'pgbackrest-credentials')!.spec.data.map((d: Any) => d.secretKey);
    expect(secret).toEqual(
      env.backup.repositories.flatMap((_, i) => [
        `PGBACKREST_REPO${i + 1}_S3_KEY`,
        `PGBACKREST_REPO${i + 1}_S3_KEY_SECRET`,
        `PGBACKREST_REPO${i + 1}_CIPHER_PASS`,
      ]),
    );
  });

  test('full backups weekly and differentials the other days, never overlapping, against the primary over TLS', () => {
    const full = find('CronJob', 'postgres-backup-full')!;
    const diff = find('CronJob', 'postgres-backup-diff')!;
    expect(full.spec.schedule).toBe(`0 ${env.backup.backupHourUtc} * * ${env.backup.fullBackupWeekday}`);
    expect(diff.spec.schedule.split(' ')[4].split(',').map(Number)).not.toContain(env.backup.fullBackupWeekday);
    for (const cron of [full, diff]) {
      expect(cron.spec.concurrencyPolicy).toBe('Forbid');
      expect(cron.spec.jobTemplate.spec.activeDeadlineSeconds).toBeGreaterThan(0);
      const values = envOf(container(cron));
      expect(values.BACKUP_REPOS).toBe(env.backup.repositories.map((_, i) => i + 1).join(' '));
      expect(values.PGBACKREST_PG1_HOST).toBe(`postgres-rw.${env.namespace}.svc.cluster.local`);
      expect(values.PGBACKREST_PG1_HOST_TYPE).toBe('tls');
    }
    // The server certificate names that host, and the TLS server admits the client certificate's name.
    expect(find('Certificate', 'pgbackrest-server')!.spec.dnsNames).toEqual([envOf(container(full)).PGBACKREST_PG1_HOST]);
    expect(conf).toContain(`tls-server-auth=${find('Certificate', 'pgbackrest-client')!.spec.commonName}=agent`);
    expect(find('Service', 'postgres-rw')!.spec.ports.map((p: Any) => p.port)).toEqual([5432, 8432]);
  });

  test('restore drills run as settings say, against the RPO', () => {
    const drill = find('CronJob', 'postgres-restore-drill');
    expect(drill !== undefined).toBe(env.backup.drill.enabled);
    if (!drill) return;
    expect(envOf(container(drill)).DRILL_MAX_LAG_SECONDS).toBe(String(env.backup.rpoSeconds));
    expect(
      podTemplate(drill).spec.volumes.find((v: Any) => v.name === 'scratch').ephemeral.volumeClaimTemplate.spec.resources.requests.storage,
    ).toBe(env.storage.postgresSize);
  });

  test('the point-in-time restore is a template: rendered and reviewed, never synced', () => {
    const job = objs.find((o) => o.path === `dist/${name}/templates/job-postgres-restore.yaml`)!;
    expect(job.metadata.annotations?.['argocd.argoproj.io/hook']).toBeUndefined();
    expect(envOf(container(job)).RESTORE_TARGET_TIME).toBe('');
    const claim = podTemplate(job).spec.volumes.find((v: Any) => v.persistentVolumeClaim).persistentVolumeClaim.claimName;
    // The claim the primary StatefulSet adopts: <template>-<statefulset>-0.
    const primary = find('StatefulSet', 'postgres-primary')!;
    expect(claim).toBe(`${primary.spec.volumeClaimTemplates[0].metadata.name}-postgres-primary-0`);
    expect(objs.some((o) => o.path === `dist/${name}/templates/persistentvolumeclaim-${claim}.yaml`)).toBe(true);
    const app = rendered().objects.find((o) => o.kind === 'Application' && o.spec.source.path === `dist/${name}`)!;
    expect(app.spec.source.directory.exclude).toBe('templates/*');
  });
});

describe('a manual failover is a settings change', () => {
  const prod = ENVIRONMENTS.prod!;
  const files = renderPlatform(
    settingsWith({
      ...ENVIRONMENTS,
      prod: { ...prod, postgres: { ...prod.postgres, failover: { promotedReplica: 1, fenceOldPrimary: true } } },
    }),
  );
  const object = (path: string): Any => load(files.get(path)!);
  const primary = object('dist/prod/database/statefulset-postgres-primary.yaml');
  const replica = object('dist/prod/database/statefulset-postgres-replica.yaml');

  test('the read-write Service selects the promoted replica, the old primary is fenced (stopped), no pod may create a new database', () => {
    const rw = object('dist/prod/database/service-postgres-rw.yaml');
    expect(rw.spec.selector['statefulset.kubernetes.io/pod-name']).toBe('postgres-replica-1');
    expect(
      selects(rw.spec.selector, { ...replica.spec.template.metadata.labels, 'statefulset.kubernetes.io/pod-name': 'postgres-replica-1' }),
    ).toBe(true);
    expect(primary.spec.replicas).toBe(0);
    for (const set of [primary, replica]) {
      const values = envOf(set.spec.template.spec.containers[0]);
      expect(values.POSTGRES_PRIMARY_POD).toBe('postgres-replica-1');
      expect(values.POSTGRES_INITDB).toBe('refused');
    }
  });
});
