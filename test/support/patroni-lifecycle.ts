// The lifecycle every environment's database runs through, on real servers: Patroni 3.0.2,
// PostgreSQL 15, pgBackRest and etcd from Debian's packages, running the environment's
// rendered patroni.yml, postgresql.conf, pg_hba.conf, container command, bootstrap, preStop
// and init scripts. Only the DCS (etcd for the Kubernetes API), addresses, ports and paths
// differ from the pods. Each environment's test file calls it, so environments run in parallel.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { METRIC_SOURCES } from '../../src/charts/monitoring/metrics';
import { PatroniCluster, renderedObject } from './patroni';
import { PG_BIN, psql, requireBinaries, runAs, TEST_SECRETS, waitFor } from './servers';

/** What an environment's settings promise about its database: the test's oracle. */
export interface LifecycleCase {
  readonly env: string;
  /** Members: the leader plus its replicas. */
  readonly members: number;
  /** Whether an acknowledged commit must survive the leader's crash. */
  readonly synchronous: boolean;
}

/**
 * Freezes the leader's WAL senders (SIGSTOP) while a writer commits rows one by one, then
 * crashes the leader (SIGKILL) and lets Patroni fail over. A plain write loop cannot tell
 * synchronous from asynchronous replication; the freeze makes the difference visible.
 */
async function freezeWriteCrash(cluster: PatroniCluster, leader: number, table: string, rows: number) {
  const senders = cluster
    .sql(leader, "SELECT pid FROM pg_stat_replication WHERE application_name LIKE 'postgres-%'", 'postgres')
    .stdout.trim()
    .split('\n')
    .filter(Boolean)
    .map(Number);
  expect(senders.length).toBe(cluster.members.length - 1);
  for (const pid of senders) process.kill(pid, 'SIGSTOP');
  const acknowledged: number[] = [];
  for (let id = 1; id <= rows; id++) {
    // A commit waiting for a synchronous standby never returns: psql is stopped after 3 s, unacknowledged.
    const r = runAs(
      'postgres',
      [`${PG_BIN}/psql`, '--no-psqlrc', '--set=ON_ERROR_STOP=1', '--command', `INSERT INTO ${table} VALUES (${id})`],
      {
        PGHOST: '127.0.0.1',
        PGPORT: String(cluster.members[leader]!.pgPort),
        PGUSER: 'postgres',
        PGPASSWORD: TEST_SECRETS.POSTGRES_PASSWORD,
        PGDATABASE: 'agent',
      },
      3_000,
    );
    if (r.status === 0) acknowledged.push(id);
  }
  const crashed = Date.now();
  cluster.killMember(leader);
  const next = await cluster.waitForLeader('a new leader after the crash', 120_000, [leader]);
  const failoverMs = Date.now() - crashed;
  await waitFor(
    'the new leader to accept writes',
    () => cluster.sql(next, 'SELECT pg_is_in_recovery()').stdout.trim() === 'f',
    60_000,
    () => cluster.logs(),
  );
  const present = cluster.sql(next, `SELECT id FROM ${table} ORDER BY id`).stdout.trim().split('\n').filter(Boolean).map(Number);
  return { acknowledged, lost: acknowledged.filter((id) => !present.includes(id)), next, failoverMs };
}

/** Commits a row every 50 ms to whichever member (port) accepts writes, as clients of the read-write Service do. */
const WRITER = `ports=($1); current=\${ports[0]}
while true; do
  if ! psql --no-psqlrc --quiet --port="$current" --command='INSERT INTO pauses VALUES (clock_timestamp())' >/dev/null 2>&1; then
    for p in "\${ports[@]}"; do
      if [ "$(psql --no-psqlrc --tuples-only --no-align --port="$p" --command='SELECT pg_is_in_recovery()' 2>/dev/null)" = f ]; then current=$p; break; fi
    done
  fi
  sleep 0.05
done`;

/** Declares the whole lifecycle of `env`'s cluster as one sequence of tests. */
export function patroniLifecycle({ env, members, synchronous }: LifecycleCase): void {
  describe(`the ${env} database cluster, from its rendered configuration`, () => {
    let cluster: PatroniCluster;
    let leader: number;
    const timings: Record<string, number> = {};
    const others = () => cluster.members.map((_, i) => i).filter((i) => i !== leader);

    beforeAll(async () => {
      requireBinaries('/usr/bin/patroni', '/usr/bin/etcd', `${PG_BIN}/postgres`, '/usr/bin/pgbackrest');
      cluster = new PatroniCluster({ env });
      await cluster.start();
    });
    afterAll(() => {
      console.info(`${env} database lifecycle timings (ms): ${JSON.stringify(timings)}`);
      cluster?.stop();
    });

    test('first install in sync-wave order: all members start at once, one bootstraps, the others copy it and stream through slots', async () => {
      const wave = (o: { metadata: { annotations: Record<string, string> } }) =>
        Number(o.metadata.annotations['argocd.argoproj.io/sync-wave']);
      expect(wave(cluster.statefulSet)).toBeLessThan(wave(renderedObject(env, 'database/job-postgres-init.yaml')));
      expect(cluster.members).toHaveLength(members);

      const started = Date.now();
      for (let i = 0; i < members; i++) cluster.startMember(i);
      leader = await cluster.waitForLeader('a leader');
      timings.bootstrapLeader = Date.now() - started;
      const streaming = await cluster.waitForStreaming(leader, members - 1);
      timings.bootstrapAllStreaming = Date.now() - started;
      expect(streaming).toEqual(others().map((i) => cluster.members[i]!.name));
      // Exactly one member ran the guarded initdb, after finding no backups to protect.
      const bootstrapped = cluster.members.filter((m) => cluster.servers.log(m.name).includes('creating the database cluster'));
      expect(bootstrapped.map((m) => m.name)).toEqual([cluster.members[leader]!.name]);
      expect(cluster.servers.log(cluster.members[leader]!.name)).toContain('repo1 holds no backup of this stanza');
      // Every Patroni metric the alerts and dashboards use is one the running Patroni exports.
      const metrics = cluster.get(leader, '/metrics') ?? '';
      for (const name of METRIC_SOURCES['patroni 3.0.2']!)
        expect(metrics, name).toMatch(new RegExp(`^${name}\\{scope="postgres"\\} `, 'm'));
      await waitFor('a slot per replica on the leader', () => {
        const slots = cluster.sql(leader, 'SELECT slot_name FROM pg_replication_slots WHERE active ORDER BY 1', 'postgres').stdout.trim();
        return (
          slots ===
          others()
            .map((i) => cluster.members[i]!.name.replace('-', '_'))
            .join('\n')
        );
      });
    });

    test('the init Job applies the dynamic configuration, roles and database, and a second run changes nothing', () => {
      const first = cluster.runInit(leader);
      expect(first.status, first.stderr).toBe(0);
      const roles = () =>
        cluster
          .sql(
            leader,
            "SELECT string_agg(rolname || ':' || rolcanlogin::int || rolreplication::int || rolsuper::int, ',' ORDER BY rolname) FROM pg_roles WHERE rolname !~ '^pg_'",
            'postgres',
          )
          .stdout.trim();
      const after = roles();
      expect(after).toBe('agent:100,agent_readonly:100,maintenance:100,monitoring:100,postgres:111,replicator:110');
      const second = cluster.runInit(leader);
      expect(second.status, second.stderr).toBe(0);
      expect(roles()).toBe(after);
      expect(cluster.sql(leader, 'CREATE TABLE acknowledged (id int PRIMARY KEY)').status).toBe(0);
      // The read-only role cannot write even on the leader; the monitoring role reads statistics, never data.
      const port = cluster.members[leader]!.pgPort;
      expect(psql(port, 'agent', TEST_SECRETS.APP_PASSWORD, 'CREATE TABLE notes (body text)').status).toBe(0);
      expect(psql(port, 'agent_readonly', TEST_SECRETS.READONLY_PASSWORD, "INSERT INTO notes VALUES ('x')").stderr).toMatch(
        /read-only transaction/,
      );
      expect(psql(port, 'agent_readonly', TEST_SECRETS.READONLY_PASSWORD, 'SELECT count(*) FROM notes').stdout.trim()).toBe('0');
      expect(psql(port, 'monitoring', TEST_SECRETS.MONITORING_PASSWORD, 'SELECT count(*) FROM notes').stderr).toMatch(/permission denied/);
    });

    test(`synchronous mode is ${synchronous ? 'on' : 'off'} in the running cluster, as the settings say`, async () => {
      expect(cluster.api(leader, '/config').synchronous_mode).toBe(synchronous);
      const syncStandby = () => cluster.api(leader, '/cluster')?.members?.some((m: { role: string }) => m.role === 'sync_standby');
      if (synchronous) await waitFor('a synchronous standby', syncStandby, 60_000);
      else expect(syncStandby()).toBe(false);
    });

    test(`the leader crashes with its WAL senders frozen: ${synchronous ? 'nothing was acknowledged, nothing is lost' : 'commits were acknowledged and are lost (asynchronous)'}`, async () => {
      const result = await freezeWriteCrash(cluster, leader, 'acknowledged', 4);
      timings.failoverAfterCrash = result.failoverMs;
      console.info(`${env}: ${result.acknowledged.length} of 4 commits acknowledged during the freeze, ${result.lost.length} lost`);
      if (synchronous) {
        expect(result.acknowledged).toEqual([]);
        expect(result.lost).toEqual([]);
      } else {
        expect(result.acknowledged).toEqual([1, 2, 3, 4]);
        expect(result.lost.length).toBeGreaterThan(0);
      }
      const old = leader;
      leader = result.next;
      if (members > 2) {
        // The survivors stream from the new leader through slots Patroni created there for them.
        const survivors = await cluster.waitForStreaming(leader, members - 2);
        await waitFor('slots for the survivors on the new leader', () => {
          const slots = cluster.sql(leader, 'SELECT slot_name FROM pg_replication_slots WHERE active ORDER BY 1', 'postgres').stdout.trim();
          return slots === survivors.map((n) => n.replace('-', '_')).join('\n');
        });
      }

      // The old leader comes back, is rewound onto the new timeline and streams again.
      const restarted = Date.now();
      const logged = cluster.servers.log(cluster.members[old]!.name).length;
      cluster.startMember(old);
      await cluster.waitForStreaming(leader, members - 1);
      timings.rejoinWithRewind = Date.now() - restarted;
      const log = cluster.servers.log(cluster.members[old]!.name).slice(logged);
      // Rewound in place: pg_rewind succeeded, and the member was neither re-copied nor re-created.
      expect(log).toContain('pg_rewind exit code=0');
      expect(log).not.toContain('replica has been created using');
      expect(log).not.toContain('creating the database cluster');
    });

    test("the leader's preStop hands over to a replica; writes pause for seconds, a replica's preStop does nothing", async () => {
      expect(cluster.sql(leader, 'CREATE TABLE pauses (at timestamptz NOT NULL)').status).toBe(0);
      // A writer that, like a client of the read-write Service, commits to whichever member accepts writes.
      const ports = cluster.members.map((m) => m.pgPort).join(' ');
      cluster.servers.start('writer', 'postgres', ['bash', '-c', WRITER, 'writer', ports], {
        PGHOST: '127.0.0.1',
        PGUSER: 'postgres',
        PGPASSWORD: TEST_SECRETS.POSTGRES_PASSWORD,
        PGDATABASE: 'agent',
        PGCONNECT_TIMEOUT: '1',
      });
      await waitFor('the writer', () => Number(cluster.sql(leader, 'SELECT count(*) FROM pauses').stdout.trim()) > 5, 20_000);
      const before = leader;
      const started = Date.now();
      const run = cluster.runPreStop(before);
      timings.preStopHook = Date.now() - started;
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/leadership handed to postgres-\d/);
      leader = await cluster.waitForLeader('the leader after the switchover', 60_000, [before]);
      await waitFor(
        'writes on the new leader',
        () => Number(cluster.sql(leader, `SELECT count(*) FROM pauses WHERE at > now() - interval '2 seconds'`).stdout.trim()) > 3,
        30_000,
      );
      cluster.servers.kill('writer');
      // The longest gap between two commits while leadership moved: the write pause clients saw.
      const pause = Number(
        cluster
          .sql(
            leader,
            'SELECT coalesce(max(gap), 0) FROM (SELECT extract(epoch FROM at - lag(at) OVER (ORDER BY at)) * 1000 AS gap FROM pauses) g',
          )
          .stdout.trim(),
      );
      timings.switchoverWritePause = Math.round(pause);
      // Seconds, not the ttl (30 s) a failover would cost.
      expect(pause).toBeLessThan(8_000);
      const quiet = cluster.runPreStop(others()[0]!);
      expect(quiet.status).toBe(0);
      expect(quiet.stderr).toContain('not the leader');
      await cluster.waitForStreaming(leader, members - 1);
    });

    test('a member whose volume is lost copies the latest backup with pgBackRest and never runs initdb', async () => {
      const leaderEnv = cluster.members[leader]!.env;
      for (const args of [['stanza-create'], ['--repo=1', '--type=full', 'backup']]) {
        const r = runAs('postgres', ['pgbackrest', ...args], leaderEnv, 120_000);
        expect(r.status, r.stderr + r.stdout).toBe(0);
      }
      const lost = others()[0]!;
      const m = cluster.members[lost]!;
      cluster.killMember(lost);
      rmSync(m.pgdata, { recursive: true, force: true });
      const started = Date.now();
      const logged = cluster.servers.log(m.name).length;
      cluster.startMember(lost);
      await cluster.waitForStreaming(leader, members - 1);
      timings.recloneFromBackup = Date.now() - started;
      const log = cluster.servers.log(m.name).slice(logged);
      expect(log).toMatch(/replica has been created using pgbackrest/);
      expect(log).not.toContain('creating the database cluster');
    });

    test('a whole lost cluster (empty DCS, empty volumes) refuses to initdb over the repository that holds its backups', async () => {
      const rebuilt = new PatroniCluster({ env, repos: cluster.repos });
      try {
        await rebuilt.start();
        rebuilt.startMember(0);
        const m = rebuilt.members[0]!;
        await waitFor(
          'the bootstrap to refuse',
          () => rebuilt.servers.log(m.name).includes('refusing to create an empty database'),
          60_000,
          () => rebuilt.logs(),
        );
        expect(rebuilt.servers.log(m.name)).toMatch(/repo1 holds stanza 'agent' \(1 backups/);
        expect(rebuilt.leader()).toBeUndefined();
        expect(existsSync(m.pgdata) ? readdirSync(m.pgdata).filter((f) => f === 'PG_VERSION') : []).toEqual([]);
      } finally {
        rebuilt.stop();
      }
    });
  });
}
