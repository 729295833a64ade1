// pgBackRest, Patroni and PostgreSQL from Debian's packages, run with the pgbackrest.conf,
// patroni.yml, postgresql.conf and scripts that staging renders (in memory, from the working
// tree). Overridden: the DCS (etcd), the repository type (posix directories stand in for the
// two S3 buckets), and paths, ports and host names.
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
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ENVIRONMENTS } from '../../src/config/environments';
import { renderPlatform } from '../../src/platform';
import { containerOf, localPgbackrestConf, PatroniCluster, renderedObject } from '../support/patroni';
import { settingsWith } from '../support/rendered';
import { containerEnv, freePorts, PG_BIN, psql, requireBinaries, runAs, TEST_SECRETS, waitFor } from '../support/servers';

// Real servers: backups, restores and drills take seconds each.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ENV = 'staging';
const SECRETS = TEST_SECRETS;

describe('pgBackRest backups, point-in-time restore, region loss and restore drills', () => {
  let cluster: PatroniCluster;
  let leader: number;
  let ports: { tls: number; drill: number };
  let dirs: { client: string; tlsConfig: string };
  let targetTime: string;

  const superuser = (sql: string, database = 'agent') => cluster.sql(leader, sql, database);
  const pgbackrest = (...args: string[]) => runAs('postgres', ['pgbackrest', ...args], cluster.members[leader]!.env, 60_000);
  const leaderPort = () => cluster.members[leader]!.pgPort;

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
  const drill = (repos: string, metricsFile: string) =>
    runJob('backup/cronjob-postgres-restore-drill.yaml', 'drill', {
      DRILL_REPOS: repos,
      DRILL_SCRATCH_DIR: cluster.scratch.dir('drill'),
      DRILL_PORT: String(ports.drill),
      POSTGRES_CONFIG_DIR: cluster.config,
      DRILL_LIVE_HOST: '127.0.0.1',
      DRILL_LIVE_PORT: String(leaderPort()),
      DRILL_METRICS_FILE: metricsFile,
      PGBACKREST_LOCK_PATH: cluster.scratch.dir('drill-lock'),
    });

  /**
   * Point-in-time restore as docs/disaster-recovery.md runs it: the settings name a repository
   * and a target time, and Patroni bootstraps an empty cluster (new DCS, empty volumes) with the
   * restore method. Returns the rows the restored leader has.
   */
  async function restoreTo(repository: number, name: string, { withReplicas }: { withReplicas: boolean }): Promise<string[]> {
    const staging = ENVIRONMENTS[ENV]!;
    const files = renderPlatform(
      settingsWith({ ...ENVIRONMENTS, [ENV]: { ...staging, postgres: { ...staging.postgres, restore: { repository, targetTime } } } }),
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
      console.info(`point-in-time restore from repo${repository} (${name}): ${Date.now() - started} ms`);
      expect(restored.servers.log(restored.members[at]!.name)).toContain(`restoring repo${repository} to ${targetTime}`);
      // The other members copy the restored leader (not the latest backup, taken on the abandoned timeline) and stream.
      await restored.waitForStreaming(at, starting - 1);
      for (const m of restored.members.slice(0, starting).filter((_, i) => i !== at)) {
        expect(restored.servers.log(m.name)).not.toContain("is not a child of this server's history");
      }
      return restored.sql(at, 'SELECT body FROM notes ORDER BY id').stdout.trim().split('\n');
    } finally {
      restored.stop();
    }
  }

  beforeAll(async () => {
    requireBinaries(`${PG_BIN}/postgres`, '/usr/bin/patroni', '/usr/bin/etcd', '/usr/bin/pgbackrest', '/usr/bin/openssl');
    cluster = new PatroniCluster({ env: ENV });
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
    const backupConf = renderedObject(ENV, 'backup/configmap-pgbackrest-config.yaml').data['pgbackrest.conf'];
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
      [client, backupConf.match(/tls-server-auth=([^=]+)=/)![1]!, 'extendedKeyUsage=clientAuth'],
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
    const members = cluster.statefulSet;
    dirs = {
      client,
      tlsConfig: scratch.files('tls-server', {
        'pgbackrest.conf': localPgbackrestConf(backupConf, {
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
    cluster.servers.start('tls-server', 'postgres', containerOf(members, 'pgbackrest').command, {
      ...containerEnv(containerOf(members, 'pgbackrest'), { secrets: SECRETS }),
      PGBACKREST_CONFIG: `${dirs.tlsConfig}/pgbackrest.conf`,
    });
    cluster.servers.start('heartbeat', 'postgres', ['bash', `${cluster.backupScripts}/heartbeat.sh`], {
      ...containerEnv(containerOf(members, 'heartbeat'), { secrets: SECRETS }),
      POSTGRES_SOCKET_DIR: m.socket,
      POSTGRES_PORT: String(m.pgPort),
      HEARTBEAT_ALIVE_FILE: `${scratch.dir('heartbeat')}/alive`,
    });
    await waitFor(
      'the first heartbeat',
      () => superuser('SELECT count(*) FROM platform_heartbeat', 'postgres').stdout.trim() === '1',
      20_000,
      () => cluster.servers.log('heartbeat'),
    );
  });

  afterAll(() => {
    cluster?.stop();
  });

  test('1. the stanza Sync hook creates the stanza and proves archiving; the backup job takes a full backup into both repositories', () => {
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
    expect(fulls.sort()).toEqual([1, 2]);
    // Backups are encrypted at rest with each repository's cipher pass.
    expect(info.cipher).toBe('aes-256-cbc');
    console.info(`stanza, check and full backup to both repositories: ${Date.now() - started} ms`);
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
    expect(psql(leaderPort(), 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('batch 1: a'), ('batch 1: b')").status).toBe(
      0,
    );
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
    console.info(`point-in-time restore from repo1: ${Date.now() - started} ms`);
  });

  test('3a. the restore drill passes on good backups of both repositories and reports it', () => {
    const metrics = join(cluster.scratch.dir('metrics'), 'good.prom');
    const run = drill('1 2', metrics);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^agent_restore_drill_success\{repo="1"\} 1$/m);
    expect(run.stdout).toMatch(/^agent_restore_drill_success\{repo="2"\} 1$/m);
    const lag = Number(run.stdout.match(/^agent_restore_drill_recovery_point_lag_seconds\{repo="1"\} (-?\d+)$/m)![1]);
    expect(lag).toBeLessThanOrEqual(
      Number(
        containerOf(renderedObject(ENV, 'backup/cronjob-postgres-restore-drill.yaml'), 'drill').env.find(
          (e: { name: string }) => e.name === 'DRILL_MAX_LAG_SECONDS',
        ).value,
      ),
    );
    expect(run.stderr).toContain('migration head 4f2a9c1d7e3b matches');
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

  test('2b. region loss: with repo1 deleted, the same point-in-time restore from repo2 yields exactly the first batch', async () => {
    // The live leader's archiver may be writing into repo1 right now: move it away atomically, then delete it.
    renameSync(cluster.repos[0]!, `${cluster.repos[0]!}.lost`);
    rmSync(`${cluster.repos[0]!}.lost`, { recursive: true, force: true, maxRetries: 10 });
    const started = Date.now();
    expect(await restoreTo(2, 'restored-repo2', { withReplicas: false })).toEqual(['batch 1: a', 'batch 1: b']);
    console.info(`point-in-time restore from repo2 after losing repo1: ${Date.now() - started} ms`);
  });

  test('3b. the restore drill fails loudly on a missing repository and on a corrupted backup', () => {
    const missing = drill('1', join(cluster.scratch.dir('metrics'), 'missing.prom'));
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).toMatch(/^agent_restore_drill_success\{repo="1"\} 0$/m);
    expect(missing.stderr).toContain('repo1: restore failed');

    // Flip bytes in the middle of the largest file of repo2's backup.
    const backupDir = join(cluster.repos[1]!, 'backup', 'agent');
    const files = spawnSync('find', [backupDir, '-path', '*pg_data/base*', '-type', 'f', '-size', '+8k'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    const victim = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const size = statSync(victim).size;
    const garbage = Buffer.alloc(4096, 0x5a);
    const fd = openSync(victim, 'r+');
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2));
    closeSync(fd);

    const corrupted = drill('2', join(cluster.scratch.dir('metrics'), 'corrupted.prom'));
    expect(corrupted.status).not.toBe(0);
    expect(corrupted.stdout).toMatch(/^agent_restore_drill_success\{repo="2"\} 0$/m);
    console.info(
      corrupted.stderr
        .split('\n')
        .filter((l) => /repo2|ERROR/.test(l))
        .join('\n'),
    );
    expect(corrupted.stderr).toMatch(/repo2: restore failed/);
  });
});
