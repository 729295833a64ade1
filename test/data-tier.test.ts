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

  test('the namespace outlives its Application: deleting or renaming the Application cannot cascade to the volumes', () => {
    // The environment's Application carries the resources finalizer, so Argo CD deletes what it tracks when it goes.
    const application = rendered().objects.find((o) => o.kind === 'Application' && o.spec.source.path === `dist/${name}`)!;
    expect((application.metadata as Any).finalizers).toContain('resources-finalizer.argocd.argoproj.io');
    const namespace = objs.find((o) => o.kind === 'Namespace' && o.metadata.name === env.namespace)!;
    expect(namespace.metadata.annotations?.['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
  });

  test('stateful objects keep their data: Argo CD never prunes or deletes them, volumes are retained as settings say', () => {
    expect(statefulSets.map((s) => s.metadata.name)).toEqual(expect.arrayContaining(['postgres', 'redis']));
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

  test('Argo CD syncs data stores, then their initialisation, then migrations, then the API', () => {
    const waveOf = (kind: string, n: string) => wave(find(kind, n)!);
    const members = waveOf('StatefulSet', 'postgres');
    const init = waveOf('Job', 'postgres-init');
    const migrate = waveOf('Job', 'agent-api-migrate');
    expect(members).toBeLessThan(init);
    expect(init).toBeLessThan(migrate);
    // Patroni's state Service and the read-write Service exist before the members look for them.
    expect(waveOf('Service', 'postgres-config')).toBeLessThanOrEqual(members);
    expect(waveOf('Service', 'postgres')).toBeLessThanOrEqual(members);
    expect(migrate).toBeLessThan(waveOf('Rollout', 'agent-api'));
    for (const redis of statefulSets.filter((s) => s.metadata.name.startsWith('redis'))) expect(wave(redis)).toBeLessThan(migrate);
  });

  test('Jobs are Sync hooks (never PreSync, which runs before the database exists), bounded and re-creatable', () => {
    const jobs = objs.filter((o) => o.kind === 'Job');
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

  test("the read-write Service is Patroni's leader Endpoints; the read-only Service selects the replicas (the leader when there are none)", () => {
    const members = find('StatefulSet', 'postgres')!;
    expect(members.spec.replicas).toBe(env.postgres.replicas + 1);
    const patroni: Any = load(find('ConfigMap', 'postgres-config')!.data['patroni.yml']);
    const rw = find('Service', 'postgres')!;
    // No selector: Patroni writes the Endpoints of the Service named after its scope, with the same port names.
    expect(rw.spec.selector).toBeUndefined();
    expect(patroni.scope).toBe('postgres');
    expect(patroni.kubernetes.use_endpoints).toBe(true);
    expect(patroni.kubernetes.ports.map((p: Any) => `${p.name}:${p.port}`).sort()).toEqual(
      rw.spec.ports.map((p: Any) => `${p.name}:${p.targetPort}`).sort(),
    );
    // Patroni finds its members by its labels plus cluster-name=<scope>: the pods carry exactly those.
    const podLabels = members.spec.template.metadata.labels;
    expect(selects({ ...patroni.kubernetes.labels, 'cluster-name': 'postgres' }, podLabels)).toBe(true);
    // Patroni 3.0 labels streaming members role=replica (and the leader role=master).
    const ro = find('Service', 'postgres-ro')!;
    const withRole = (role: string) => selects(ro.spec.selector, { ...podLabels, role });
    expect(withRole('replica')).toBe(true);
    expect(withRole('master')).toBe(env.postgres.replicas === 0);
  });

  test('Patroni may read and write its state and label its pods, nothing more; its state Service is rendered so it needs no right to create Services', () => {
    const members = find('StatefulSet', 'postgres')!;
    const account = podTemplate(members).spec.serviceAccountName;
    expect(podTemplate(members).spec.automountServiceAccountToken).toBe(true);
    const binding = objs.find((o) => o.kind === 'RoleBinding' && o.subjects.some((s: Any) => s.name === account))!;
    const role = find('Role', binding.roleRef.name)!;
    expect(role.rules).toEqual([
      {
        apiGroups: [''],
        resources: ['endpoints'],
        verbs: ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete', 'deletecollection'],
      },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'patch', 'update'] },
    ]);
    // Patroni 3.0's Endpoints besides the leader's: <scope>-config, -sync and -failover, each kept by a Service.
    for (const name of ['postgres-config', 'postgres-sync', 'postgres-failover'])
      expect(find('Service', name)?.spec, name).toEqual({ clusterIP: 'None' });
    // No other workload gets an API token.
    for (const w of workloads.filter((w) => w !== members)) expect(podTemplate(w).spec.automountServiceAccountToken, w.path).toBe(false);
  });

  test('production tiers spread each data tier across zones hard: one zone holds at most one more member than another', () => {
    for (const set of objs.filter((o) => o.kind === 'StatefulSet')) {
      const pod = set.spec.template;
      const zone = (pod.spec.topologySpreadConstraints ?? []).find((c: Any) => c.topologyKey === 'topology.kubernetes.io/zone');
      expect(zone, set.path).toBeDefined();
      expect(zone.maxSkew, set.path).toBe(1);
      // It counts the tier's own pods (all members of the StatefulSet), not the whole namespace.
      expect(selects(zone.labelSelector.matchLabels, pod.metadata.labels), set.path).toBe(true);
      expect(
        selects(zone.labelSelector.matchLabels, set.spec.selector.matchLabels) &&
          selects(set.spec.selector.matchLabels, zone.labelSelector.matchLabels),
        set.path,
      ).toBe(true);
      expect(zone.whenUnsatisfiable, set.path).toBe(env.tier === 'production' ? 'DoNotSchedule' : 'ScheduleAnyway');
    }
  });

  test("a drain evicts one member at a time, and the leader's pod hands over before it stops", () => {
    const members = find('StatefulSet', 'postgres')!;
    const pdb = objs.find(
      (o) => o.kind === 'PodDisruptionBudget' && selects(o.spec.selector.matchLabels, members.spec.template.metadata.labels),
    )!;
    expect(pdb.spec.maxUnavailable).toBe(1);
    const server = podTemplate(members).spec.containers.find((c: Any) => c.name === 'postgres');
    expect(server.lifecycle.preStop.exec.command).toEqual([
      'bash',
      '/opt/agent/postgres/patroni-prestop.sh',
      '/etc/postgresql/agent/patroni.yml',
    ]);
    // The hook's own bounds, as the rendered script and the container set them; PostgreSQL's shutdown checkpoint needs time after it.
    const script: string = find('ConfigMap', 'postgres-scripts')!.data['patroni-prestop.sh'];
    const bound = (name: string) => Number(envOf(server)[name] ?? script.match(new RegExp(`\\$\\{${name}:=(\\d+)\\}`))![1]);
    expect(podTemplate(members).spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(
      bound('REPLICA_WAIT_SECONDS') + bound('SWITCHOVER_WAIT_SECONDS') + 90,
    );
    expect(members.spec.podManagementPolicy).toBe('Parallel');
  });

  test('hosts named in scripts, exporters and the API resolve to rendered Services and existing pods', () => {
    const hostVars = [
      'PGHOST',
      'DRILL_LIVE_HOST',
      'PGBACKREST_PG1_HOST',
      'REDIS_FIRST_MASTER_HOST',
      'REDIS_SENTINELS',
      'REDIS_CLUSTER_NODES',
    ];
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
    // The init Job talks to the leader: SQL and Patroni's REST API through the read-write Service.
    const init = envOf(podTemplate(find('Job', 'postgres-init')!).spec.containers[0]);
    expect(dns(init.PGHOST!).metadata.name).toBe('postgres');
    expect(dns(new URL(init.PATRONI_API_URL!).hostname).metadata.name).toBe('postgres');
    expect(new URL(init.PATRONI_API_URL!).port).toBe('8008');

    // The API's connection settings: Redis from its ConfigMap, database URLs from the ExternalSecret template.
    const config = find('ConfigMap', 'agent-api-config')!.data;
    expect(config.REDIS_MODE).toBe(env.redis.mode);
    for (const host of (config.REDIS_SENTINELS ?? config.REDIS_URL.replace(/^redis:\/\/|\/\d+$/g, '')).split(',')) dns(host);
    const template = find('ExternalSecret', 'agent-api-database')!.spec.target.template.data;
    expect(dns(template.DATABASE_URL.match(/@([^/]+)\//)[1]).metadata.name).toBe('postgres');
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
      const hook = c.lifecycle?.preStop?.exec?.command ?? [];
      for (const arg of [...(c.command ?? []), ...(c.args ?? []), ...hook].filter((a: string) => /^\/.*\.(sh|sql|yml)$/.test(a))) {
        const mount = c.volumeMounts.find((m: Any) => arg.startsWith(`${m.mountPath}/`));
        const configMap = volumes.find((v: Any) => v.name === mount?.name)?.configMap?.name;
        expect(configMap, `${workload.path}: ${arg} is on no ConfigMap volume`).toBeDefined();
        expect(Object.keys(find('ConfigMap', configMap)!.data), `${workload.path}: ${arg}`).toContain(
          arg.slice(mount.mountPath.length + 1),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
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
    // Patroni manages the synchronous standby: never a fixed list that blocks the first install.
    expect(conf).not.toContain('synchronous_standby_names');
    expect(conf).toContain(`max_connections = ${env.postgres.maxConnections}`);
    const patroni: Any = load(find('ConfigMap', 'postgres-config')!.data['patroni.yml']);
    const p = env.postgres.patroni;
    expect(patroni.bootstrap.dcs).toMatchObject({
      ttl: p.ttlSeconds,
      loop_wait: p.loopWaitSeconds,
      retry_timeout: p.retryTimeoutSeconds,
      maximum_lag_on_failover: p.maximumLagOnFailoverBytes,
      synchronous_mode: env.postgres.synchronousReplication,
      synchronous_mode_strict: env.postgres.synchronousModeStrict,
      postgresql: { use_pg_rewind: true, use_slots: true, parameters: { max_connections: env.postgres.maxConnections } },
    });
    // Replicas and rebuilt members come from the backups first, the leader only as a fallback.
    expect(patroni.postgresql.create_replica_methods).toEqual(['pgbackrest', 'basebackup']);
    expect(patroni.postgresql.recovery_conf.restore_command).toMatch(/^pgbackrest .*archive-get %f "%p"$/);
    // Patroni includes the rendered postgresql.conf and uses the rendered pg_hba.conf.
    expect(patroni.postgresql.custom_conf).toBe('/etc/postgresql/agent/postgresql.conf');
    expect(patroni.postgresql.parameters.hba_file).toBe('/etc/postgresql/agent/pg_hba.conf');
    expect(patroni.bootstrap.method).toBe('agent_initdb');
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

  test.runIf(env.redis.mode === 'sentinel')(
    "Sentinel mode: the master's pod has the Sentinels fail over before it stops, within its grace period; the Sentinels keep their state on volumes",
    () => {
      const servers = find('StatefulSet', 'redis')!;
      const server = podTemplate(servers).spec.containers.find((c: Any) => c.name === 'redis');
      expect(server.lifecycle.preStop.exec.command).toEqual(['bash', '/opt/agent/redis/redis-prestop.sh']);
      // The hook's own bound, as the container sets it: Sentinel queries after it take at most
      // three 3 s timeouts, and the server's shutdown (append-only fsync) needs time after the hook.
      const values = envOf(server);
      expect(podTemplate(servers).spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(
        Number(values.REDIS_PRESTOP_WAIT_SECONDS) + 9 + 20,
      );
      // A server follows a master only when the Sentinels' quorum agrees (sentinel.conf's monitor line).
      const monitor = find('ConfigMap', 'redis-config')!.data['sentinel.conf'].match(/^sentinel monitor agent \S+ \S+ (\d+)$/m);
      expect(values.REDIS_SENTINEL_QUORUM).toBe(monitor[1]);
      expect(values.REDIS_FIRST_MASTER_HOST).toBeUndefined();
      const sentinels = find('StatefulSet', 'redis-sentinel')!;
      expect(sentinels.spec.volumeClaimTemplates.map((v: Any) => v.metadata.name)).toEqual(['data']);
      const sentinel = podTemplate(sentinels).spec.containers.find((c: Any) => c.name === 'sentinel');
      expect(sentinel.volumeMounts.find((m: Any) => m.name === 'data').mountPath).toBe(envOf(sentinel).SENTINEL_DATA_DIR);
    },
  );
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
      expect(values.PGBACKREST_PG1_HOST).toBe(`postgres.${env.namespace}.svc.cluster.local`);
      expect(values.PGBACKREST_PG1_HOST_TYPE).toBe('tls');
    }
    // The server certificate names that host, and the TLS server admits the client certificate's name.
    expect(find('Certificate', 'pgbackrest-server')!.spec.dnsNames).toEqual([envOf(container(full)).PGBACKREST_PG1_HOST]);
    expect(conf).toContain(`tls-server-auth=${find('Certificate', 'pgbackrest-client')!.spec.commonName}=agent`);
    expect(find('Service', 'postgres')!.spec.ports.map((p: Any) => p.port)).toEqual([5432, 8008, 8432]);
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
});

describe('a point-in-time restore is a settings change', () => {
  const prod = ENVIRONMENTS.prod!;
  const targetTime = '2026-05-04 13:37:00+00';
  const files = renderPlatform(
    settingsWith({ ...ENVIRONMENTS, prod: { ...prod, postgres: { ...prod.postgres, restore: { repository: 2, targetTime } } } }),
  );
  const patroni: Any = load((load(files.get('dist/prod/database/configmap-postgres-config.yaml')!) as Any).data['patroni.yml']);

  test('Patroni bootstraps an empty cluster from the named repository to the target time, and promotes there', () => {
    expect(patroni.bootstrap.method).toBe('agent_restore');
    const method = patroni.bootstrap.agent_restore;
    expect(method.command).toBe(`env RESTORE_REPO=2 RESTORE_TARGET_TIME='${targetTime}' bash /opt/agent/pgbackrest/postgres-restore.sh`);
    expect(method.recovery_conf).toEqual({
      restore_command: 'pgbackrest --repo=2 archive-get %f "%p"',
      recovery_target_time: targetTime,
      recovery_target_action: 'promote',
    });
    // Members copy the restored leader, not the latest backup (which may lie on the abandoned timeline).
    expect(patroni.postgresql.create_replica_methods).toEqual(['basebackup']);
    // Nothing else changes: a running cluster (its DCS intact) never bootstraps again.
    const current: Any = load(
      (load(rendered().files.get('dist/prod/database/configmap-postgres-config.yaml')!) as Any).data['patroni.yml'],
    );
    const without = (c: Any) => ({
      ...c,
      bootstrap: { ...c.bootstrap, method: undefined, agent_restore: undefined },
      postgresql: { ...c.postgresql, create_replica_methods: undefined },
    });
    expect(without(patroni)).toEqual(without(current));
  });
});
