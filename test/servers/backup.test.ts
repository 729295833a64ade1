// pgBackRest and PostgreSQL from Debian's packages, run with the pgbackrest.conf,
// postgresql.conf and scripts that dist/staging carries. Overridden: the repository type
// (posix directories stand in for the two S3 buckets) and paths, ports and host names.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  containerEnv,
  distConfigMap,
  distObject,
  freePorts,
  localPostgresConfig,
  PG_BIN,
  postgresReady,
  psql,
  requireBinaries,
  runAs,
  Scratch,
  Servers,
  TEST_SECRETS,
  waitFor,
} from '../support/servers';

// Real servers: backups, restores and drills take seconds each.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ENV = 'staging';
const SECRETS = TEST_SECRETS;
const CIPHER = {
  PGBACKREST_REPO1_CIPHER_PASS: SECRETS.PGBACKREST_REPO1_CIPHER_PASS,
  PGBACKREST_REPO2_CIPHER_PASS: SECRETS.PGBACKREST_REPO2_CIPHER_PASS,
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const containerOf = (o: any, name: string) =>
  (o.spec.jobTemplate ?? o).spec.template.spec.containers.find((c: { name: string }) => c.name === name);

/** pgbackrest.conf with only the repository type, paths, port and files of this machine. */
function localPgbackrestConf(
  rendered: string,
  paths: { repos: string[]; pgdata: string; socket: string; spool: string; lock: string; tls: string; port: number; pgPort: number },
): string {
  const values: Record<string, string> = {
    'pg1-path': paths.pgdata,
    'pg1-port': String(paths.pgPort),
    'pg1-socket-path': paths.socket,
    'spool-path': paths.spool,
    'tls-server-port': String(paths.port),
    'tls-server-cert-file': `${paths.tls}/tls.crt`,
    'tls-server-key-file': `${paths.tls}/tls.key`,
    'tls-server-ca-file': `${paths.tls}/ca.crt`,
  };
  paths.repos.forEach((path, i) => {
    values[`repo${i + 1}-type`] = 'posix';
    values[`repo${i + 1}-path`] = path;
  });
  const lines = rendered
    .split('\n')
    .filter((l) => !/^repo\d+-s3-/.test(l))
    .map((l) => {
      const key = l.split('=')[0]!;
      return key in values ? `${key}=${values[key]}` : l;
    });
  // The lock directory is not set in the rendered file (pods use their own /tmp).
  return [...lines.slice(0, lines.indexOf('[global]') + 1), `lock-path=${paths.lock}`, ...lines.slice(lines.indexOf('[global]') + 1)].join(
    '\n',
  );
}

describe('pgBackRest backups, point-in-time restore, region loss and restore drills', () => {
  let scratch: Scratch;
  let servers: Servers;
  let ports: { primary: number; tls: number; restored: number; drill: number };
  let dirs: { config: string; pgConfig: string; scripts: string; pgScripts: string; socket: string; client: string; repos: string[] };
  let pgbackrestEnv: Record<string, string>;
  let targetTime: string;

  const superuser = (port: number, sql: string, database = 'agent') => psql(port, 'postgres', SECRETS.POSTGRES_PASSWORD, sql, database);
  const pgbackrest = (...args: string[]) => runAs('postgres', ['pgbackrest', ...args], pgbackrestEnv, 60_000);

  /** The PostgreSQL container's environment from the rendered StatefulSet, on this machine. */
  const serverEnv = (podName: string, port: number, pgdata: string) => ({
    ...containerEnv(containerOf(distObject(`dist/${ENV}/database/statefulset-postgres-primary.yaml`), 'postgres'), {
      secrets: SECRETS,
      podName,
    }),
    ...pgbackrestEnv,
    PGDATA: pgdata,
    POSTGRES_PORT: String(port),
    POSTGRES_PRIMARY_HOST: '127.0.0.1',
    POSTGRES_PRIMARY_PORT: String(port),
    POSTGRES_CONFIG_DIR: dirs.pgConfig,
    POSTGRES_SOCKET_DIR: dirs.socket,
  });
  /** Runs a rendered job's script with its rendered environment plus this machine's overrides. */
  const runJob = (path: string, container: string, script: string, overrides: Record<string, string>, args: string[] = []) => {
    const job = distObject(path);
    const env = { ...containerEnv(containerOf(job, container), { secrets: SECRETS }), ...pgbackrestEnv, ...overrides };
    return runAs('postgres', ['bash', `${dirs.scripts}/${script}`, ...args], env, 120_000);
  };
  const backupJob = (type: 'full' | 'diff') =>
    runJob(
      `dist/${ENV}/backup/cronjob-postgres-backup-${type}.yaml`,
      'backup',
      'pgbackrest-backup.sh',
      {
        PGBACKREST_PG1_HOST: 'localhost',
        PGBACKREST_PG1_HOST_PORT: String(ports.tls),
        PGBACKREST_PG1_HOST_CA_FILE: `${dirs.client}/ca.crt`,
        PGBACKREST_PG1_HOST_CERT_FILE: `${dirs.client}/tls.crt`,
        PGBACKREST_PG1_HOST_KEY_FILE: `${dirs.client}/tls.key`,
      },
      [type],
    );
  const drill = (repos: string, metricsFile: string) =>
    runJob(`dist/${ENV}/backup/cronjob-postgres-restore-drill.yaml`, 'drill', 'restore-drill.sh', {
      DRILL_REPOS: repos,
      DRILL_SCRATCH_DIR: scratch.dir('drill'),
      DRILL_PORT: String(ports.drill),
      POSTGRES_CONFIG_DIR: dirs.pgConfig,
      DRILL_LIVE_HOST: '127.0.0.1',
      DRILL_LIVE_PORT: String(ports.primary),
      DRILL_METRICS_FILE: metricsFile,
    });
  /** Point-in-time restore with the rendered restore Job, started as the primary pod would be. */
  async function restoreTo(repo: string, name: string): Promise<string[]> {
    const pgdata = `${scratch.dir(name)}/pgdata`;
    const restore = runJob(`dist/${ENV}/templates/job-postgres-restore.yaml`, 'restore', 'postgres-restore.sh', {
      PGDATA: pgdata,
      RESTORE_REPO: repo,
      RESTORE_TARGET_TIME: targetTime,
      // A rehearsal: the copy must not archive into the live stanza.
      RESTORE_ARCHIVE_MODE: 'off',
    });
    expect(restore.status, restore.stderr).toBe(0);
    // In the pod, the spool directory lives on the (fresh) data volume, so each server has its own.
    const env = {
      ...serverEnv('postgres-primary-0', ports.restored, pgdata),
      POSTGRES_INITDB: 'refused',
      PGBACKREST_SPOOL_PATH: scratch.dir(`${name}/spool`),
    };
    servers.start(name, 'postgres', ['bash', `${dirs.pgScripts}/postgres-start.sh`], env);
    await waitFor(
      `${name} to finish recovery`,
      () => postgresReady(ports.restored) && superuser(ports.restored, 'SELECT pg_is_in_recovery()').stdout.trim() === 'f',
      60_000,
      () => servers.log(name),
    );
    const rows = superuser(ports.restored, 'SELECT body FROM notes ORDER BY id').stdout.trim().split('\n');
    servers.kill(name);
    await waitFor(`${name} to stop`, () => !postgresReady(ports.restored));
    return rows;
  }

  beforeAll(async () => {
    requireBinaries(`${PG_BIN}/postgres`, '/usr/bin/pgbackrest', '/usr/bin/openssl');
    scratch = new Scratch('pgbackrest', 'postgres');
    servers = new Servers(scratch.dir('logs', 0o755));
    const [primary, tls, restored, drillPort] = await freePorts(4);
    ports = { primary: primary!, tls: tls!, restored: restored!, drill: drillPort! };

    // The cert-manager secrets' layout (ca.crt, tls.crt, tls.key), from a throwaway CA.
    const certs = scratch.dir('certs');
    const server = scratch.dir('certs/server');
    const client = scratch.dir('certs/client');
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
      [
        client,
        distConfigMap(`dist/${ENV}/backup/configmap-pgbackrest-config.yaml`)['pgbackrest.conf']!.match(/tls-server-auth=([^=]+)=/)![1]!,
        'extendedKeyUsage=clientAuth',
      ],
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

    const repos = [scratch.dir('repo1'), scratch.dir('repo2')];
    const pgdata = `${scratch.dir('primary')}/pgdata`;
    const socket = scratch.dir('run');
    const config = scratch.files('pgbackrest', {
      'pgbackrest.conf': localPgbackrestConf(distConfigMap(`dist/${ENV}/backup/configmap-pgbackrest-config.yaml`)['pgbackrest.conf']!, {
        repos,
        pgdata,
        socket,
        spool: scratch.dir('spool'),
        lock: scratch.dir('lock'),
        tls: server,
        port: ports.tls,
        pgPort: ports.primary,
      }),
    });
    dirs = {
      config,
      pgConfig: scratch.files('pg-config', localPostgresConfig(ENV)),
      scripts: scratch.files('scripts', distConfigMap(`dist/${ENV}/backup/configmap-pgbackrest-scripts.yaml`), 0o555),
      pgScripts: scratch.files('pg-scripts', distConfigMap(`dist/${ENV}/database/configmap-postgres-scripts.yaml`), 0o555),
      socket,
      client,
      repos,
    };
    pgbackrestEnv = { PGBACKREST_CONFIG: `${config}/pgbackrest.conf`, PGBACKREST_STANZA: 'agent', ...CIPHER };

    servers.start(
      'primary',
      'postgres',
      ['bash', `${dirs.pgScripts}/postgres-start.sh`],
      serverEnv('postgres-primary-0', ports.primary, pgdata),
    );
    await waitFor(
      'the primary',
      () => postgresReady(ports.primary),
      30_000,
      () => servers.log('primary'),
    );
    const init = runAs('postgres', ['bash', `${dirs.pgScripts}/postgres-init.sh`], {
      ...containerEnv(distObject(`dist/${ENV}/database/job-postgres-init.yaml`).spec.template.spec.containers[0], { secrets: SECRETS }),
      PGHOST: '127.0.0.1',
      PGPORT: String(ports.primary),
    });
    expect(init.status, init.stderr).toBe(0);

    // The PostgreSQL pod's sidecars: pgBackRest's TLS server and the heartbeat.
    const primarySet = distObject(`dist/${ENV}/database/statefulset-postgres-primary.yaml`);
    servers.start('tls-server', 'postgres', containerOf(primarySet, 'pgbackrest').command, {
      ...containerEnv(containerOf(primarySet, 'pgbackrest'), { secrets: SECRETS }),
      ...pgbackrestEnv,
    });
    servers.start('heartbeat', 'postgres', ['bash', `${dirs.scripts}/heartbeat.sh`], {
      ...containerEnv(containerOf(primarySet, 'heartbeat'), { secrets: SECRETS }),
      POSTGRES_SOCKET_DIR: socket,
      POSTGRES_PORT: String(ports.primary),
      HEARTBEAT_ALIVE_FILE: `${scratch.dir('heartbeat')}/alive`,
    });
    await waitFor(
      'the first heartbeat',
      () => superuser(ports.primary, 'SELECT count(*) FROM platform_heartbeat', 'postgres').stdout.trim() === '1',
      20_000,
      () => servers.log('heartbeat'),
    );
  });

  afterAll(() => {
    servers?.stopAll();
    scratch?.cleanup();
  });

  test('1. the backup job creates the stanza, proves archiving and takes a full backup into both repositories', () => {
    const started = Date.now();
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
        ports.primary,
        'agent',
        SECRETS.APP_PASSWORD,
        "CREATE TABLE notes (id serial PRIMARY KEY, body text); CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO alembic_version VALUES ('4f2a9c1d7e3b')",
      ).status,
    ).toBe(0);
    expect(
      psql(ports.primary, 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('batch 1: a'), ('batch 1: b')").status,
    ).toBe(0);
    await new Promise((r) => setTimeout(r, 1200));
    targetTime = superuser(ports.primary, 'SELECT now()').stdout.trim();
    await new Promise((r) => setTimeout(r, 1200));
    expect(psql(ports.primary, 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('batch 2')").status).toBe(0);
    // Switch WAL and wait until it is archived, or recovery would end before the target.
    expect(pgbackrest('check').status).toBe(0);

    const started = Date.now();
    expect(await restoreTo('1', 'restored-repo1')).toEqual(['batch 1: a', 'batch 1: b']);
    console.info(`point-in-time restore from repo1: ${Date.now() - started} ms`);
  });

  test('3a. the restore drill passes on good backups of both repositories and reports it', () => {
    const metrics = join(scratch.dir('metrics'), 'good.prom');
    const run = drill('1 2', metrics);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^agent_restore_drill_success\{repo="1"\} 1$/m);
    expect(run.stdout).toMatch(/^agent_restore_drill_success\{repo="2"\} 1$/m);
    const lag = Number(run.stdout.match(/^agent_restore_drill_recovery_point_lag_seconds\{repo="1"\} (-?\d+)$/m)![1]);
    expect(lag).toBeLessThanOrEqual(
      Number(
        containerOf(distObject(`dist/${ENV}/backup/cronjob-postgres-restore-drill.yaml`), 'drill').env.find(
          (e: { name: string }) => e.name === 'DRILL_MAX_LAG_SECONDS',
        ).value,
      ),
    );
    expect(run.stderr).toContain('migration head 4f2a9c1d7e3b matches');
  });

  test('4. archive failure is visible: pg_stat_archiver counts failures while a repository refuses WAL', async () => {
    const before = Number(superuser(ports.primary, 'SELECT failed_count FROM pg_stat_archiver', 'postgres').stdout.trim());
    const archive = join(dirs.repos[0]!, 'archive');
    chmodSync(archive, 0o000);
    try {
      superuser(ports.primary, "INSERT INTO notes (body) VALUES ('while repo1 refuses WAL')");
      superuser(ports.primary, 'SELECT pg_switch_wal()', 'postgres');
      await waitFor(
        'a failed archive attempt',
        () => Number(superuser(ports.primary, 'SELECT failed_count FROM pg_stat_archiver', 'postgres').stdout.trim()) > before,
        60_000,
      );
      expect(superuser(ports.primary, 'SELECT last_failed_wal IS NOT NULL FROM pg_stat_archiver', 'postgres').stdout.trim()).toBe('t');
      expect(pgbackrest('check').status).not.toBe(0);
    } finally {
      chmodSync(archive, 0o750);
    }
  });

  test('2b. region loss: with repo1 deleted, the same point-in-time restore from repo2 yields exactly the first batch', async () => {
    rmSync(dirs.repos[0]!, { recursive: true, force: true });
    const started = Date.now();
    expect(await restoreTo('2', 'restored-repo2')).toEqual(['batch 1: a', 'batch 1: b']);
    console.info(`point-in-time restore from repo2 after losing repo1: ${Date.now() - started} ms`);
  });

  test('3b. the restore drill fails loudly on a missing repository and on a corrupted backup', () => {
    const missing = drill('1', join(scratch.dir('metrics'), 'missing.prom'));
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).toMatch(/^agent_restore_drill_success\{repo="1"\} 0$/m);
    expect(missing.stderr).toContain('repo1: restore failed');

    // Flip bytes in the middle of the largest file of repo2's backup.
    const backupDir = join(dirs.repos[1]!, 'backup', 'agent');
    const files = spawnSync('find', [backupDir, '-path', '*pg_data/base*', '-type', 'f', '-size', '+8k'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    const victim = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const size = statSync(victim).size;
    const garbage = Buffer.alloc(4096, 0x5a);
    const fd = openSync(victim, 'r+');
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2));
    closeSync(fd);

    const corrupted = drill('2', join(scratch.dir('metrics'), 'corrupted.prom'));
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
