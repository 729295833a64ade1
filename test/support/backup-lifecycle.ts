// The backup and restore lifecycle every production-tier environment runs through, on real
// servers: pgBackRest, Patroni and PostgreSQL from Debian's packages, run with the
// pgbackrest.conf, patroni.yml, postgresql.conf, scripts, Job and CronJob commands and
// environment that the environment renders (in memory, from the working tree). Overridden: the
// DCS (etcd), the repository type (posix directories stand in for the S3 buckets), and paths,
// ports and host names. Each environment's test file calls it, so environments run in parallel.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENVIRONMENTS } from '../../src/config/environments';
import { renderPlatform } from '../../src/platform';
import { containerOf, localPgbackrestConf, PatroniCluster, renderedObject } from './patroni';
import { settingsWith } from './rendered';
import { containerEnv, freePorts, PG_BIN, psql, requireBinaries, runAs, Scratch, TEST_SECRETS, waitFor } from './servers';

const SECRETS = TEST_SECRETS;

/**
 * What an environment's requirements (docs/disaster-recovery.md's targets, docs/data-tier.md)
 * promise about its backups: the test's oracle, written down by the environment's test file
 * rather than read from the settings the render uses.
 */
export interface BackupCase {
  readonly env: string;
  /** Members: the leader plus its replicas. */
  readonly members: number;
  /** Whether a standby must confirm every commit (and still must after a restore). */
  readonly synchronous: boolean;
  /** Repositories, one per region; the restore from the last one proves a region loss survivable. */
  readonly repositories: number;
  /** The recovery point objective the drill holds each restored copy to. */
  readonly rpoSeconds: number;
  /** When the drill runs (cron, UTC). */
  readonly drillSchedule: string;
}

/** Declares the backup, restore and drill scenario of `env`'s rendered configuration as one sequence of tests. */
export function backupLifecycle({ env: ENV, members, synchronous, repositories, rpoSeconds, drillSchedule }: BackupCase): void {
  describe(`${ENV}: pgBackRest backups, point-in-time restore, region loss and restore drills`, () => {
    let cluster: PatroniCluster;
    let storage: Scratch;
    let leader: number;
    let ports: { tls: number; drill: number };
    let dirs: { client: string; tlsConfig: string };
    let targetTime: string;

    const superuser = (sql: string, database = 'agent') => cluster.sql(leader, sql, database);
    // Longer than pgBackRest's own archive-timeout (60 s), so that a check that waits too long reports why.
    const pgbackrest = (...args: string[]) => runAs('postgres', ['pgbackrest', ...args], cluster.members[leader]!.env, 120_000);
    const leaderPort = () => cluster.members[leader]!.pgPort;

    const backupConf = (): string => renderedObject(ENV, 'backup/configmap-pgbackrest-config.yaml').data['pgbackrest.conf'];
    /** The repository numbers the rendered pgbackrest.conf configures. */
    const repoNumbers = (): number[] => [...backupConf().matchAll(/^repo(\d+)-type=/gm)].map((m) => Number(m[1]));
    const drillJob = () => renderedObject(ENV, 'backup/cronjob-postgres-restore-drill.yaml');
    const syncStandbys = (c: PatroniCluster, at: number): string[] =>
      (c.api(at, '/cluster')?.members ?? [])
        .filter((m: { role: string }) => m.role === 'sync_standby')
        .map((m: { name: string }) => m.name);

    /** Runs a rendered job's container command (scripts mapped to this machine) with its rendered environment plus overrides. */
    const runJob = (file: string, container: string, overrides: Record<string, string>) => {
      const c = containerOf(renderedObject(ENV, file), container);
      const env = {
        ...containerEnv(c, { secrets: SECRETS }),
        PGBACKREST_CONFIG: cluster.members[leader]!.env.PGBACKREST_CONFIG!,
        ...overrides,
      };
      const command = (c.command as string[]).map((a) => a.replace('/opt/agent/pgbackrest', cluster.backupScripts));
      return runAs('postgres', command, env, 120_000);
    };
    /** The backup jobs reach the leader's pgBackRest TLS server (localhost here) with the client certificate. */
    const overTls = () => ({
      PGBACKREST_PG1_HOST: 'localhost',
      PGBACKREST_PG1_HOST_PORT: String(ports.tls),
      PGBACKREST_PG1_HOST_CA_FILE: `${dirs.client}/ca.crt`,
      PGBACKREST_PG1_HOST_CERT_FILE: `${dirs.client}/tls.crt`,
      PGBACKREST_PG1_HOST_KEY_FILE: `${dirs.client}/tls.key`,
      // The job's own lock directory, as its pod has its own /tmp.
      PGBACKREST_LOCK_PATH: cluster.scratch.dir('backup-lock'),
    });
    const backupJob = (type: 'full' | 'diff') => runJob(`backup/cronjob-postgres-backup-${type}.yaml`, 'backup', overTls());
    /** The rendered drill; `repos` overrides the repositories it restores (by default the rendered DRILL_REPOS). */
    const drill = (metricsFile: string, repos?: string, extra: Record<string, string> = {}) =>
      runJob('backup/cronjob-postgres-restore-drill.yaml', 'drill', {
        ...extra,
        ...(repos === undefined ? {} : { DRILL_REPOS: repos }),
        DRILL_SCRATCH_DIR: cluster.scratch.dir('drill'),
        DRILL_PORT: String(ports.drill),
        POSTGRES_CONFIG_DIR: cluster.config,
        DRILL_LIVE_HOST: '127.0.0.1',
        DRILL_LIVE_PORT: String(leaderPort()),
        DRILL_METRICS_FILE: metricsFile,
        PGBACKREST_LOCK_PATH: cluster.scratch.dir('drill-lock'),
      });

    /**
     * Switches WAL and waits until the segment holding every commit so far is archived, that is
     * pushed to every repository (archive-push reports success only then). The archiver may be
     * between retries of an earlier attempt: wait longer than pgBackRest's archive-timeout rather
     * than fail on it as `pgbackrest check` would.
     */
    const archived = async () => {
      const wal = superuser('SELECT pg_walfile_name(pg_switch_wal())', 'postgres').stdout.trim();
      await waitFor(
        `${wal} to be archived`,
        () => superuser(`SELECT last_archived_wal >= '${wal}' FROM pg_stat_archiver`, 'postgres').stdout.trim() === 't',
        90_000,
        () => superuser('SELECT * FROM pg_stat_archiver', 'postgres').stdout,
      );
    };
    /** The drill's verdict on `repo`, as its metrics report it. */
    const drillSuccess = (run: { stdout: string }, repo: number) =>
      run.stdout.match(new RegExp(`^agent_restore_drill_success\\{repo="${repo}"\\} (\\d+)$`, 'm'))?.[1];

    /** The leader pod's heartbeat sidecar, as rendered. */
    const startHeartbeat = () => {
      const m = cluster.members[leader]!;
      cluster.servers.start('heartbeat', 'postgres', ['bash', `${cluster.backupScripts}/heartbeat.sh`], {
        ...containerEnv(containerOf(cluster.statefulSet, 'heartbeat'), { secrets: SECRETS }),
        POSTGRES_SOCKET_DIR: m.socket,
        POSTGRES_PORT: String(m.pgPort),
        HEARTBEAT_ALIVE_FILE: `${cluster.scratch.dir('heartbeat')}/alive`,
      });
    };

    /**
     * Point-in-time restore as docs/disaster-recovery.md runs it: the settings name a repository
     * and a target time, and Patroni bootstraps an empty cluster (new DCS, empty volumes) with the
     * restore method. Returns the rows the restored leader has.
     */
    async function restoreTo(repository: number, name: string, { withReplicas }: { withReplicas: boolean }): Promise<string[]> {
      const settings = ENVIRONMENTS[ENV]!;
      const files = renderPlatform(
        settingsWith({ ...ENVIRONMENTS, [ENV]: { ...settings, postgres: { ...settings.postgres, restore: { repository, targetTime } } } }),
      );
      // A copy of the repositories: the restored cluster archives its new timeline, which must not
      // reach the live cluster's stanza here (in a real restore the old cluster is gone).
      const copies = cluster.repos.map((repo, i) => {
        const copy = cluster.scratch.dir(`${name}-repo${i + 1}`);
        if (existsSync(repo)) expect(runAs('postgres', ['cp', '-a', `${repo}/.`, copy], {}).status).toBe(0);
        return copy;
      });
      const restored = new PatroniCluster({ env: ENV, files, repos: copies });
      try {
        await restored.start();
        const started = Date.now();
        const starting = withReplicas ? restored.members.length : 1;
        for (let i = 0; i < starting; i++) restored.startMember(i);
        const at = await restored.waitForLeader(`${name} to finish its point-in-time restore`, 90_000);
        await waitFor(
          `${name} to accept writes`,
          () => restored.sql(at, 'SELECT pg_is_in_recovery()').stdout.trim() === 'f',
          60_000,
          () => restored.logs(),
        );
        console.info(`${ENV}: point-in-time restore from repo${repository} (${name}): ${Date.now() - started} ms`);
        expect(restored.servers.log(restored.members[at]!.name)).toContain(`restoring repo${repository} to ${targetTime}`);
        // The other members copy the restored leader (not the latest backup, taken on the abandoned timeline) and stream.
        await restored.waitForStreaming(at, starting - 1);
        for (const m of restored.members.slice(0, starting).filter((_, i) => i !== at)) {
          expect(restored.servers.log(m.name)).not.toContain("is not a child of this server's history");
        }
        // A restored synchronous cluster is synchronous again as soon as a standby streams: a
        // restore must not leave prod acknowledging commits that only the leader holds.
        if (withReplicas && synchronous)
          await waitFor(`${name} to have a synchronous standby`, () => syncStandbys(restored, at).length > 0, 60_000);
        if (!synchronous) expect(syncStandbys(restored, at)).toEqual([]);
        return restored.sql(at, 'SELECT body FROM notes ORDER BY id').stdout.trim().split('\n');
      } finally {
        restored.stop();
      }
    }

    beforeAll(async () => {
      requireBinaries(`${PG_BIN}/postgres`, '/usr/bin/patroni', '/usr/bin/etcd', '/usr/bin/pgbackrest', '/usr/bin/openssl');
      // The repositories the rendered pgbackrest.conf names, as directories of this run only.
      storage = new Scratch(`backup-${ENV}`, 'postgres');
      cluster = new PatroniCluster({ env: ENV, repos: repoNumbers().map((n) => storage.dir(`repo${n}`)) });
      await cluster.start();
      for (let i = 0; i < cluster.members.length; i++) cluster.startMember(i);
      leader = await cluster.waitForLeader('a leader');
      await cluster.waitForStreaming(leader, cluster.members.length - 1);
      const init = cluster.runInit(leader);
      expect(init.status, init.stderr).toBe(0);
      const [tls, drillPort] = await freePorts(2);
      ports = { tls: tls!, drill: drillPort! };

      // The cert-manager secrets' layout (ca.crt, tls.crt, tls.key), from a throwaway CA.
      const scratch = cluster.scratch;
      const certs = scratch.dir('certs');
      const server = scratch.dir('certs/server');
      const client = scratch.dir('certs/client');
      const conf = backupConf();
      const openssl = (...args: string[]) => expect(spawnSync('openssl', args, { cwd: certs }).status, args.join(' ')).toBe(0);
      openssl(
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.crt',
        '-days',
        '2',
        '-subj',
        '/CN=pgbackrest-ca',
      );
      for (const [dir, cn, ext] of [
        [server, 'localhost', 'subjectAltName=DNS:localhost'],
        [client, conf.match(/tls-server-auth=([^=]+)=/)![1]!, 'extendedKeyUsage=clientAuth'],
      ] as const) {
        writeFileSync(join(certs, 'ext'), `${ext}\n`);
        openssl(
          'req',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-keyout',
          `${dir}/tls.key`,
          '-out',
          `${dir}/tls.csr`,
          '-subj',
          `/CN=${cn}`,
        );
        openssl(
          'x509',
          '-req',
          '-in',
          `${dir}/tls.csr`,
          '-CA',
          'ca.crt',
          '-CAkey',
          'ca.key',
          '-CAcreateserial',
          '-out',
          `${dir}/tls.crt`,
          '-days',
          '2',
          '-extfile',
          'ext',
        );
        writeFileSync(`${dir}/ca.crt`, spawnSync('cat', [join(certs, 'ca.crt')]).stdout);
        for (const f of readdirSync(dir)) {
          chownSync(join(dir, f), statSync(scratch.root).uid, statSync(scratch.root).gid);
          chmodSync(join(dir, f), 0o600);
        }
      }

      // The leader pod's sidecars: pgBackRest's TLS server and the heartbeat, as rendered.
      const m = cluster.members[leader]!;
      const statefulSet = cluster.statefulSet;
      dirs = {
        client,
        tlsConfig: scratch.files('tls-server', {
          'pgbackrest.conf': localPgbackrestConf(conf, {
            repos: cluster.repos,
            pgdata: m.pgdata,
            socket: m.socket,
            spool: scratch.dir('tls-spool'),
            lock: scratch.dir('tls-lock'),
            tls: server,
            port: ports.tls,
            pgPort: m.pgPort,
          }),
        }),
      };
      cluster.servers.start('tls-server', 'postgres', containerOf(statefulSet, 'pgbackrest').command, {
        ...containerEnv(containerOf(statefulSet, 'pgbackrest'), { secrets: SECRETS }),
        PGBACKREST_CONFIG: `${dirs.tlsConfig}/pgbackrest.conf`,
      });
      startHeartbeat();
      await waitFor(
        'the first heartbeat',
        () => superuser('SELECT count(*) FROM platform_heartbeat', 'postgres').stdout.trim() === '1',
        20_000,
        () => cluster.servers.log('heartbeat'),
      );
    });

    afterAll(() => {
      cluster?.stop();
      storage?.cleanup();
    });

    test(`0. the rendered configuration is ${ENV}'s: ${members} members (${synchronous ? 'synchronous' : 'asynchronous'}), ${repositories} repositories, the drill on its schedule`, async () => {
      expect(cluster.members).toHaveLength(members);
      expect(repoNumbers()).toHaveLength(repositories);
      expect(drillJob().spec.schedule).toBe(drillSchedule);
      expect(cluster.api(leader, '/config').synchronous_mode ?? false).toBe(synchronous);
      // Only prod replicates synchronously: there every later step (backups, the heartbeat, the
      // rows the restores must bring back) commits through a synchronous standby.
      if (synchronous) await waitFor('a synchronous standby', () => syncStandbys(cluster, leader).length > 0, 60_000);
      else expect(syncStandbys(cluster, leader)).toEqual([]);
    });

    test(`1. the stanza Sync hook creates the stanza and proves archiving; the backup job takes a full backup into all ${repositories} repositories`, () => {
      const started = Date.now();
      const stanza = runJob('backup/job-postgres-stanza.yaml', 'stanza', overTls());
      expect(stanza.status, stanza.stderr).toBe(0);
      expect(stanza.stderr).toContain('stanza ready: WAL archiving reaches every repository');
      expect(JSON.parse(pgbackrest('info', '--output=json').stdout)[0].backup).toEqual([]);
      const run = backupJob('full');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain('all repositories backed up');
      const info = JSON.parse(pgbackrest('info', '--output=json').stdout)[0];
      expect(info.status.message).toBe('ok');
      const fulls = info.backup
        .filter((b: { type: string }) => b.type === 'full')
        .map((b: { database: { 'repo-key': number } }) => b.database['repo-key']);
      expect(fulls.sort()).toEqual(Array.from({ length: repositories }, (_, i) => i + 1));
      // Backups are encrypted at rest with each repository's cipher pass.
      expect(info.cipher).toBe('aes-256-cbc');
      console.info(`${ENV}: stanza, check and full backup to every repository: ${Date.now() - started} ms`);
    });

    test('2. rows in two batches; a point-in-time restore to the moment between them yields exactly the first batch', async () => {
      expect(
        psql(
          leaderPort(),
          'agent',
          SECRETS.APP_PASSWORD,
          "CREATE TABLE notes (id serial PRIMARY KEY, body text); CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO alembic_version VALUES ('4f2a9c1d7e3b')",
        ).status,
      ).toBe(0);
      expect(
        psql(leaderPort(), 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('batch 1: a'), ('batch 1: b')").status,
      ).toBe(0);
      await new Promise((r) => setTimeout(r, 1200));
      targetTime = superuser('SELECT now()').stdout.trim();
      await new Promise((r) => setTimeout(r, 1200));
      expect(psql(leaderPort(), 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('batch 2')").status).toBe(0);
      // Switch WAL and wait until it is archived, or recovery would end before the target.
      expect(pgbackrest('check').status).toBe(0);
      // A backup after the target, as when damage is found after the nightly backup: it lies on the
      // timeline the restore abandons, so the restored cluster's replicas must not copy it.
      const late = backupJob('diff');
      expect(late.status, late.stderr).toBe(0);

      const started = Date.now();
      expect(await restoreTo(1, 'restored-repo1', { withReplicas: true })).toEqual(['batch 1: a', 'batch 1: b']);
      console.info(`${ENV}: point-in-time restore from repo1: ${Date.now() - started} ms`);
    });

    test(`3a. the restore drill, as rendered, passes on good backups of all ${repositories} repositories within the ${rpoSeconds} s RPO and reports it`, () => {
      const metrics = join(cluster.scratch.dir('metrics'), 'good.prom');
      const run = drill(metrics);
      expect(run.status, run.stderr).toBe(0);
      for (let repo = 1; repo <= repositories; repo++) {
        expect(run.stdout).toMatch(new RegExp(`^agent_restore_drill_success\\{repo="${repo}"\\} 1$`, 'm'));
        const lag = Number(
          run.stdout.match(new RegExp(`^agent_restore_drill_recovery_point_lag_seconds\\{repo="${repo}"\\} (-?\\d+)$`, 'm'))![1],
        );
        expect(lag).toBeLessThanOrEqual(rpoSeconds);
      }
      expect(run.stderr).toContain('migration head 4f2a9c1d7e3b matches');
    });

    test("3d. the drill fails when the copy's migration head differs from the live one, and when it cannot read the live head", async () => {
      // The repository as it stands, then a migration on the live database, archived: a copy of
      // that older repository ends before the migration, as after a release whose migration ran
      // past the last backup the drill can reach. The live repository holds the migration.
      const older = cluster.scratch.dir('repo1-before-migration');
      expect(runAs('postgres', ['cp', '-a', `${cluster.repos[0]!}/.`, older], {}).status).toBe(0);
      const migrate = (from: string, to: string) =>
        psql(leaderPort(), 'agent', SECRETS.APP_PASSWORD, `UPDATE alembic_version SET version_num = '${to}' WHERE version_num = '${from}'`);
      try {
        expect(migrate('4f2a9c1d7e3b', '9c3e7b2a1f40').status).toBe(0);
        await archived();
        const behind = drill(join(cluster.scratch.dir('metrics'), 'head-behind.prom'), '1', { PGBACKREST_REPO1_PATH: older });
        expect(behind.status).not.toBe(0);
        expect(drillSuccess(behind, 1)).toBe('0');
        expect(behind.stderr).toContain('repo1: migration head 4f2a9c1d7e3b in the copy, 9c3e7b2a1f40 live');
      } finally {
        expect(migrate('9c3e7b2a1f40', '4f2a9c1d7e3b').status).toBe(0);
      }

      // The read-only role's password no longer what the drill holds (a rotated secret): an
      // unknown live head fails the drill rather than passing it unchecked.
      const blind = drill(join(cluster.scratch.dir('metrics'), 'head-unknown.prom'), '1', {
        READONLY_PASSWORD: 'not-the-readonly-password',
      });
      expect(blind.status).not.toBe(0);
      expect(drillSuccess(blind, 1)).toBe('0');
      expect(blind.stderr).toContain('repo1: cannot read the live migration head');
      expect(blind.stderr).toContain('password authentication failed for user');
    });

    test("3e. the drill fails when pg_amcheck finds corruption the repository carries: a B-tree index out of its operator class's order", async () => {
      // A B-tree index built under one comparison function that is then redefined to order the
      // other way: every page is intact, and so is every page of the copy, yet the items are out
      // of order for the index's operator class (as after a collation change the index was not
      // rebuilt for). It reaches the repository as WAL archived over the latest backup, which the
      // drill restores with it (a new backup set would become the latest one, which must
      // include the file 3b damages). In a database of its own, dropped afterwards: later copies replay the drop.
      const db = 'drill_amcheck';
      const compare = (less: number) =>
        `FUNCTION drill_compare(integer, integer) RETURNS integer IMMUTABLE LANGUAGE sql AS 'SELECT CASE WHEN $1 < $2 THEN ${less} WHEN $1 > $2 THEN ${-less} ELSE 0 END'`;
      expect(superuser(`CREATE DATABASE ${db}`, 'postgres').status).toBe(0);
      try {
        const setup = superuser(
          [
            `CREATE ${compare(-1)}`,
            'CREATE OPERATOR CLASS drill_order FOR TYPE integer USING btree AS OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 drill_compare(integer, integer)',
            'CREATE TABLE drill_items AS SELECT generate_series(1, 1000) AS n',
            'CREATE INDEX drill_items_n ON drill_items (n drill_order)',
            `CREATE OR REPLACE ${compare(1)}`,
          ].join('; '),
          db,
        );
        expect(setup.status, setup.stderr).toBe(0);
        // amcheck itself sees it on the live database first.
        const direct = runAs(
          'postgres',
          [
            `${PG_BIN}/pg_amcheck`,
            '--host=127.0.0.1',
            `--port=${leaderPort()}`,
            '--username=postgres',
            `--database=${db}`,
            '--install-missing',
          ],
          { PGPASSWORD: SECRETS.POSTGRES_PASSWORD },
        );
        expect(direct.status).not.toBe(0);
        expect(direct.stdout).toContain('item order invariant violated for index "drill_items_n"');

        await archived();
        const run = drill(join(cluster.scratch.dir('metrics'), 'amcheck.prom'), '1');
        expect(run.status).not.toBe(0);
        expect(drillSuccess(run, 1)).toBe('0');
        expect(run.stderr).toContain('item order invariant violated for index "drill_items_n"');
        expect(run.stderr).toContain('repo1: pg_amcheck found corruption');
        expect(run.stderr).not.toContain('migration head');
      } finally {
        expect(superuser(`DROP DATABASE ${db}`, 'postgres').status).toBe(0);
      }
    });

    test(`3c. the drill holds each copy to ${ENV}'s RPO (${rpoSeconds} s): a recovery point 30 s inside it passes, 30 s outside it fails`, async () => {
      // The heartbeat sidecar stops, as when writes stop reaching the archive; the last heartbeat
      // is set back in time and archived, so the copies end that long before the drill starts.
      cluster.servers.kill('heartbeat');
      const heartbeatAged = async (seconds: number) => {
        const update = superuser(`UPDATE platform_heartbeat SET written_at = now() - interval '${seconds} seconds'`, 'postgres');
        expect(update.status, update.stderr).toBe(0);
        await archived();
      };
      const lagOf = (run: { stdout: string }) =>
        Number(run.stdout.match(/^agent_restore_drill_recovery_point_lag_seconds\{repo="1"\} (-?\d+)$/m)?.[1]);
      try {
        // 30 s inside: the copy's recovery point also ages while WAL is archived and the drill
        // starts; if that took longer than the margin (a loaded machine), it is placed again.
        for (let attempt = 1; ; attempt++) {
          await heartbeatAged(rpoSeconds - 30);
          const inside = drill(join(cluster.scratch.dir('metrics'), 'inside-rpo.prom'), '1');
          if (lagOf(inside) > rpoSeconds && attempt < 3) continue;
          expect(lagOf(inside)).toBeGreaterThanOrEqual(rpoSeconds - 30);
          expect(lagOf(inside)).toBeLessThanOrEqual(rpoSeconds);
          expect(inside.status, inside.stderr).toBe(0);
          break;
        }
        await heartbeatAged(rpoSeconds + 30);
        const outside = drill(join(cluster.scratch.dir('metrics'), 'outside-rpo.prom'), '1');
        expect(lagOf(outside)).toBeGreaterThanOrEqual(rpoSeconds + 30);
        expect(outside.status).not.toBe(0);
        expect(outside.stdout).toMatch(/^agent_restore_drill_success\{repo="1"\} 0$/m);
        expect(outside.stderr).toMatch(new RegExp(`repo1: the copy ends \\d+s before the drill started; the RPO is ${rpoSeconds}s`));
      } finally {
        startHeartbeat();
      }
    });

    test('4. archive failure is visible: pg_stat_archiver counts failures while a repository refuses WAL', async () => {
      const before = Number(superuser('SELECT failed_count FROM pg_stat_archiver', 'postgres').stdout.trim());
      const archive = join(cluster.repos[0]!, 'archive');
      chmodSync(archive, 0o000);
      try {
        superuser("INSERT INTO notes (body) VALUES ('while repo1 refuses WAL')");
        superuser('SELECT pg_switch_wal()', 'postgres');
        await waitFor(
          'a failed archive attempt',
          () => Number(superuser('SELECT failed_count FROM pg_stat_archiver', 'postgres').stdout.trim()) > before,
          60_000,
        );
        expect(superuser('SELECT last_failed_wal IS NOT NULL FROM pg_stat_archiver', 'postgres').stdout.trim()).toBe('t');
        expect(pgbackrest('check').status).not.toBe(0);
      } finally {
        chmodSync(archive, 0o750);
      }
    });

    test(`2b. region loss: with repo1 deleted, the same point-in-time restore from repo${repositories} yields exactly the first batch`, async () => {
      // The live leader's archiver may be writing into repo1 right now: move it away atomically, then delete it.
      renameSync(cluster.repos[0]!, `${cluster.repos[0]!}.lost`);
      rmSync(`${cluster.repos[0]!}.lost`, { recursive: true, force: true, maxRetries: 10 });
      const started = Date.now();
      expect(await restoreTo(repositories, `restored-repo${repositories}`, { withReplicas: false })).toEqual(['batch 1: a', 'batch 1: b']);
      console.info(`${ENV}: point-in-time restore from repo${repositories} after losing repo1: ${Date.now() - started} ms`);
    });

    test('3b. the restore drill fails loudly on a missing repository and on a corrupted backup', () => {
      const missing = drill(join(cluster.scratch.dir('metrics'), 'missing.prom'), '1');
      expect(missing.status).not.toBe(0);
      expect(missing.stdout).toMatch(/^agent_restore_drill_success\{repo="1"\} 0$/m);
      expect(missing.stderr).toContain('repo1: restore failed');

      // Flip bytes in the middle of the largest file of the other region's backup.
      const last = repositories;
      const backupDir = join(cluster.repos[last - 1]!, 'backup', 'agent');
      const files = spawnSync('find', [backupDir, '-path', '*pg_data/base*', '-type', 'f', '-size', '+8k'], { encoding: 'utf8' })
        .stdout.trim()
        .split('\n');
      const victim = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
      const size = statSync(victim).size;
      const garbage = Buffer.alloc(4096, 0x5a);
      const fd = openSync(victim, 'r+');
      writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2));
      closeSync(fd);

      const corrupted = drill(join(cluster.scratch.dir('metrics'), 'corrupted.prom'), String(last), {
        // pgBackRest retries a failed file twice, the second time after 15 s; the corruption is
        // permanent, so that wait only delays the failure here.
        PGBACKREST_JOB_RETRY_INTERVAL: '0',
      });
      expect(corrupted.status).not.toBe(0);
      expect(corrupted.stdout).toMatch(new RegExp(`^agent_restore_drill_success\\{repo="${last}"\\} 0$`, 'm'));
      console.info(
        corrupted.stderr
          .split('\n')
          .filter((l) => new RegExp(`repo${last}|ERROR`).test(l))
          .join('\n'),
      );
      expect(corrupted.stderr).toContain(`repo${last}: restore failed`);
    });
  });
}
