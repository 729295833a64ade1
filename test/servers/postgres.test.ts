// PostgreSQL from Debian's postgresql-15 package, run with the postgresql.conf, pg_hba.conf,
// start script, init script and role SQL that dist/staging carries. Only addresses, ports and
// paths differ from the pod: 127.0.0.1 stands in for the pod network and the Services.
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

// Real servers: replication and failover take seconds, not milliseconds.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const ENV = 'staging';
const SECRETS = TEST_SECRETS;
const settingsOf = (path: string) => distObject(path);
const statefulSet = (name: string) => settingsOf(`dist/${ENV}/database/statefulset-${name}.yaml`);
const container = (o: { spec: { template: { spec: { containers: { name: string }[] } } } }, name: string) =>
  o.spec.template.spec.containers.find((c) => c.name === name)!;

describe('PostgreSQL primary and streaming replica, from the rendered configuration', () => {
  let scratch: Scratch;
  let servers: Servers;
  let config: string;
  let scripts: string;
  let socketDir: string;
  let primaryPort: number;
  let replicaPort: number;

  /** Environment of a rendered container with the addresses and paths of this machine. */
  const serverEnv = (set: string, podName: string, port: number, dataDir: string) => ({
    ...containerEnv(container(statefulSet(set), 'postgres'), { secrets: SECRETS, podName }),
    PGDATA: dataDir,
    POSTGRES_PORT: String(port),
    POSTGRES_PRIMARY_HOST: '127.0.0.1',
    POSTGRES_PRIMARY_PORT: String(primaryPort),
    POSTGRES_CONFIG_DIR: config,
    POSTGRES_SOCKET_DIR: socketDir,
  });
  const initJob = () => {
    const job = settingsOf(`dist/${ENV}/database/job-postgres-init.yaml`);
    const env = {
      ...containerEnv(job.spec.template.spec.containers[0], { secrets: SECRETS }),
      PGHOST: '127.0.0.1',
      PGPORT: String(primaryPort),
    };
    return runAs('postgres', ['bash', `${scripts}/postgres-init.sh`], env);
  };

  beforeAll(async () => {
    requireBinaries(`${PG_BIN}/postgres`, `${PG_BIN}/pg_basebackup`);
    scratch = new Scratch('pg-servers', 'postgres');
    servers = new Servers(scratch.dir('logs', 0o755));
    const ports = await freePorts(2);
    primaryPort = ports[0]!;
    replicaPort = ports[1]!;
    config = scratch.files('config', localPostgresConfig(ENV));
    scripts = scratch.files('scripts', distConfigMap(`dist/${ENV}/database/configmap-postgres-scripts.yaml`), 0o555);
    socketDir = scratch.dir('run', 0o700);
  });

  afterAll(() => {
    servers?.stopAll();
    scratch?.cleanup();
  });

  test('the primary initialises an empty volume with the start script and accepts connections', async () => {
    servers.start(
      'primary',
      'postgres',
      ['bash', `${scripts}/postgres-start.sh`],
      serverEnv('postgres-primary', 'postgres-primary-0', primaryPort, `${scratch.dir('primary')}/pgdata`),
    );
    await waitFor(
      'the primary to accept connections',
      () => postgresReady(primaryPort),
      30_000,
      () => servers.log('primary'),
    );
    expect(servers.log('primary')).toContain('empty volume: creating the database cluster');
  });

  test('the init script creates roles and database, and a second run leaves the same state', () => {
    const snapshot = () =>
      psql(
        primaryPort,
        'postgres',
        SECRETS.POSTGRES_PASSWORD,
        `SELECT string_agg(x, E'\\n' ORDER BY x) FROM (
           SELECT format('role %s login=%s repl=%s super=%s createdb=%s conn=%s cfg=%s', rolname, rolcanlogin, rolreplication, rolsuper, rolcreatedb, rolconnlimit, rolconfig) AS x FROM pg_roles WHERE rolname !~ '^pg_'
           UNION ALL SELECT format('member %s of %s', m.rolname, r.rolname) FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
           UNION ALL SELECT format('db %s owner %s acl %s', datname, pg_get_userbyid(datdba), datacl) FROM pg_database
         ) s`,
        'postgres',
      ).stdout +
      psql(
        primaryPort,
        'postgres',
        SECRETS.POSTGRES_PASSWORD,
        `SELECT string_agg(x, E'\\n' ORDER BY x) FROM (
           SELECT format('schema %s owner %s acl %s', nspname, pg_get_userbyid(nspowner), nspacl) AS x FROM pg_namespace WHERE nspname = 'public'
           UNION ALL SELECT format('default acl %s', defaclacl) FROM pg_default_acl
           UNION ALL SELECT format('extension %s', extname) FROM pg_extension
         ) s`,
      ).stdout;

    const first = initJob();
    expect(first.status, first.stderr).toBe(0);
    const afterFirst = snapshot();
    expect(afterFirst).toContain('role agent login=t repl=f super=f createdb=f');
    expect(afterFirst).toContain('role replicator login=t repl=t super=f');
    expect(afterFirst).toContain('member monitoring of pg_monitor');
    expect(afterFirst).toContain('db agent owner agent');
    expect(afterFirst).toContain('extension pg_stat_statements');

    const second = initJob();
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot()).toBe(afterFirst);
    // Passwords were re-set to the same values: every role still logs in with its secret.
    for (const [user, password] of [
      ['agent', SECRETS.APP_PASSWORD],
      ['agent_readonly', SECRETS.READONLY_PASSWORD],
      ['monitoring', SECRETS.MONITORING_PASSWORD],
    ] as const) {
      expect(psql(primaryPort, user, password, 'SELECT 1').stdout.trim(), user).toBe('1');
    }
  });

  test('the read-only role cannot write even on the primary, and the monitoring role reads statistics only', () => {
    expect(psql(primaryPort, 'agent', SECRETS.APP_PASSWORD, 'CREATE TABLE notes (id serial PRIMARY KEY, body text)').status).toBe(0);
    const write = psql(primaryPort, 'agent_readonly', SECRETS.READONLY_PASSWORD, "INSERT INTO notes (body) VALUES ('x')");
    expect(write.status).not.toBe(0);
    expect(write.stderr).toMatch(/read-only transaction/);
    expect(psql(primaryPort, 'agent_readonly', SECRETS.READONLY_PASSWORD, 'SELECT count(*) FROM notes').stdout.trim()).toBe('0');
    const peek = psql(primaryPort, 'monitoring', SECRETS.MONITORING_PASSWORD, 'SELECT count(*) FROM notes');
    expect(peek.stderr).toMatch(/permission denied/);
  });

  test('a replica bootstraps from the primary through its own slot, streams a new row and refuses writes', async () => {
    servers.start(
      'replica',
      'postgres',
      ['bash', `${scripts}/postgres-start.sh`],
      serverEnv('postgres-replica', 'postgres-replica-0', replicaPort, `${scratch.dir('replica')}/pgdata`),
    );
    await waitFor(
      'the replica to accept connections',
      () => postgresReady(replicaPort),
      60_000,
      () => servers.log('replica'),
    );
    expect(servers.log('replica')).toContain('copying the primary through slot postgres_replica_0');

    const replication = psql(
      primaryPort,
      'postgres',
      SECRETS.POSTGRES_PASSWORD,
      'SELECT application_name, state FROM pg_stat_replication',
      'postgres',
    );
    expect(replication.stdout.trim()).toBe('postgres-replica-0|streaming');
    const slot = psql(primaryPort, 'postgres', SECRETS.POSTGRES_PASSWORD, 'SELECT slot_name, active FROM pg_replication_slots', 'postgres');
    expect(slot.stdout.trim()).toBe('postgres_replica_0|t');

    expect(psql(primaryPort, 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('written on the primary')").status).toBe(0);
    await waitFor(
      'the row on the replica',
      () => psql(replicaPort, 'agent', SECRETS.APP_PASSWORD, 'SELECT body FROM notes').stdout.trim() === 'written on the primary',
    );

    const refused = psql(replicaPort, 'agent', SECRETS.APP_PASSWORD, "INSERT INTO notes (body) VALUES ('on the replica')");
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/read-only transaction/);
    // The replica's recovery settings name the passfile on the in-memory volume, never the password.
    const autoConf = runAs('postgres', ['cat', `${scratch.root}/replica/pgdata/postgresql.auto.conf`], {}).stdout;
    expect(autoConf).toContain(`passfile=''${socketDir}/.pgpass''`);
    expect(autoConf).not.toContain(SECRETS.REPLICATION_PASSWORD);
  });

  test('a former primary is never started as a standby (split-brain guard)', async () => {
    servers.kill('primary');
    await waitFor('the primary to stop', () => !postgresReady(primaryPort));
    const env = serverEnv('postgres-primary', 'postgres-primary-0', primaryPort, `${scratch.root}/primary/pgdata`);
    // After a failover the rendered POSTGRES_PRIMARY_POD names the promoted replica.
    const run = runAs('postgres', ['bash', `${scripts}/postgres-start.sh`], { ...env, POSTGRES_PRIMARY_POD: 'postgres-replica-0' }, 15_000);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refusing to start: .* belongs to a former primary/);
  });
});
