// The weekly database maintenance run for real: one PostgreSQL (Debian's postgresql-15) started
// with prod's rendered postgresql.conf and pg_hba.conf, its roles made by the rendered
// postgres-roles.sql, and each maintenance CronJob's rendered container (command, arguments,
// environment; scripts from the rendered ConfigMap) run against a database with generated bloat.
// Only the host and port (this machine's server for the read-write Service) are swapped, and
// archiving is off (no repository here).
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { containerOf, renderedObject } from '../support/patroni';
import {
  containerEnv,
  freePorts,
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

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const ENV = 'prod';
const TASKS = ['analyze', 'reindex', 'report'] as const;

describe(`${ENV}: database maintenance jobs on real PostgreSQL`, () => {
  let scratch: Scratch;
  let servers: Servers;
  let port: number;
  let scripts: string;

  const superuser = (sql: string, database = 'agent') => psql(port, 'postgres', TEST_SECRETS.POSTGRES_PASSWORD, sql, database);
  /** One value of a superuser query, failing the test when the query fails. */
  const value = (sql: string): string => {
    const r = superuser(sql);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim();
  };
  const app = (sql: string) => {
    const r = psql(port, 'agent', TEST_SECRETS.APP_PASSWORD, sql);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim();
  };

  /** Runs `env`'s rendered maintenance CronJob for `task` against this machine's server, with `overrides` on top. */
  const runJob = (task: (typeof TASKS)[number], overrides: Record<string, string> = {}, env = ENV) => {
    const container = containerOf(renderedObject(env, `maintenance/cronjob-postgres-maintenance-${task}.yaml`), task);
    const command = (container.command as string[]).map((a) => a.replace('/opt/agent/maintenance', scripts));
    const started = Date.now();
    const r = runAs(
      'postgres',
      command,
      { ...containerEnv(container, { secrets: TEST_SECRETS }), PGHOST: '127.0.0.1', PGPORT: String(port), ...overrides },
      120_000,
    );
    return { ...r, seconds: (Date.now() - started) / 1000 };
  };

  const indexSize = (name: string) => Number(value(`SELECT pg_relation_size('${name}'::regclass)`));
  const filenode = (name: string) => value(`SELECT pg_relation_filenode('${name}'::regclass)`);
  const leafDensity = (name: string) => Number(value(`SELECT avg_leaf_density FROM pgstatindex('${name}')`));

  beforeAll(async () => {
    requireBinaries(`${PG_BIN}/initdb`, `${PG_BIN}/postgres`, `${PG_BIN}/vacuumdb`, `${PG_BIN}/reindexdb`);
    scratch = new Scratch('maintenance', 'postgres');
    servers = new Servers(scratch.dir('logs', 0o755));
    [port] = (await freePorts(1)) as [number];
    const pgConfig = renderedObject(ENV, 'database/configmap-postgres-config.yaml').data;
    const podCidr = pgConfig['pg_hba.conf'].match(/replication\s+replicator\s+(\S+)/)[1];
    const config = scratch.files('config', {
      'postgresql.conf': pgConfig['postgresql.conf'],
      'pg_hba.conf': pgConfig['pg_hba.conf'].replaceAll(podCidr, '127.0.0.1/32'),
    });
    scripts = scratch.files('scripts', renderedObject(ENV, 'maintenance/configmap-postgres-maintenance-scripts.yaml').data, 0o555);
    const databaseScripts = scratch.files('database-scripts', renderedObject(ENV, 'database/configmap-postgres-scripts.yaml').data);
    const pgdata = scratch.dir('pgdata');
    const init = scratch.files('init', { password: TEST_SECRETS.POSTGRES_PASSWORD }, 0o400);
    const initdb = runAs(
      'postgres',
      [`${PG_BIN}/initdb`, `--pgdata=${pgdata}`, '--username=postgres', `--pwfile=${init}/password`, '--encoding=UTF8', '--no-sync'],
      {},
    );
    expect(initdb.status, initdb.stderr).toBe(0);
    servers.start(
      'postgres',
      'postgres',
      [
        `${PG_BIN}/postgres`,
        '-D',
        pgdata,
        '-c',
        `config_file=${config}/postgresql.conf`,
        '-c',
        `hba_file=${config}/pg_hba.conf`,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `port=${port}`,
        '-c',
        `unix_socket_directories=${scratch.dir('run')}`,
        // No repository on this machine; the rendered shared_buffers would reserve the pods' memory;
        // no flushes to disk for a database thrown away after the test.
        '-c',
        'archive_mode=off',
        '-c',
        'shared_buffers=128MB',
        '-c',
        'fsync=off',
      ],
      {},
    );
    await waitFor(
      'PostgreSQL',
      () => postgresReady(port),
      30_000,
      () => servers.log('postgres'),
    );

    // The roles and database as the rendered init Job makes them (its SQL, its environment).
    const initJob = renderedObject(ENV, 'database/job-postgres-init.yaml');
    const roles = runAs('postgres', [`${PG_BIN}/psql`, '--no-psqlrc', '--quiet', `--file=${databaseScripts}/postgres-roles.sql`], {
      ...containerEnv(initJob.spec.template.spec.containers[0], { secrets: TEST_SECRETS }),
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      // As postgres-init.sh connects: the superuser with its password.
      PGUSER: 'postgres',
      PGPASSWORD: TEST_SECRETS.POSTGRES_PASSWORD,
      PGDATABASE: 'postgres',
    });
    expect(roles.status, roles.stderr).toBe(0);

    // The application's tables, as its migrations would own them. Autovacuum stays off on them so
    // that only the jobs under test analyze them. `bloated` loses 90% of its rows in a scattered
    // pattern and is vacuumed (as autovacuum would): its index keeps its pages, a tenth full.
    // `healthy` keeps every row; `small` is as bloated as `bloated` but far below any size worth a
    // rebuild. 600,000 integer keys make a B-tree index of about 13 MiB.
    app(`
      CREATE TABLE bloated WITH (autovacuum_enabled = off) AS SELECT g AS id FROM generate_series(1, 600000) g;
      CREATE TABLE healthy WITH (autovacuum_enabled = off) AS SELECT g AS id FROM generate_series(1, 600000) g;
      CREATE TABLE small WITH (autovacuum_enabled = off) AS SELECT g AS id, md5(g::text) AS payload FROM generate_series(1, 20000) g;
      ALTER TABLE bloated ADD PRIMARY KEY (id);
      ALTER TABLE healthy ADD PRIMARY KEY (id);
      ALTER TABLE small ADD PRIMARY KEY (id);
      CREATE INDEX small_payload ON small (payload);
      DELETE FROM bloated WHERE id % 10 <> 0;
      DELETE FROM small WHERE id % 10 <> 0;
    `);
    app('VACUUM bloated');
    app('VACUUM small');
  });

  afterAll(() => {
    servers?.stopAll();
    scratch?.cleanup();
  });

  test('the jobs connect as the maintenance role, which is no superuser', () => {
    const env = containerEnv(containerOf(renderedObject(ENV, 'maintenance/cronjob-postgres-maintenance-analyze.yaml'), 'analyze'), {
      secrets: TEST_SECRETS,
    });
    expect(env.PGUSER).not.toBe('postgres');
    expect(value(`SELECT rolsuper FROM pg_roles WHERE rolname = '${env.PGUSER}'`)).toBe('f');
  });

  test('analyze: statistics for every table, in stages while tables with rows have none (after a restore)', () => {
    const stats = (table: string) => Number(value(`SELECT count(*) FROM pg_stats WHERE tablename = '${table}'`));
    const lastAnalyze = (table: string) =>
      value(`SELECT coalesce(last_analyze::text, '') FROM pg_stat_user_tables WHERE relname = '${table}'`);
    expect([stats('bloated'), stats('healthy')]).toEqual([0, 0]);
    expect(lastAnalyze('bloated')).toBe('');

    const first = runJob('analyze');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/never analyzed: analyzing in stages/);
    expect(stats('bloated')).toBeGreaterThan(0);
    expect(stats('healthy')).toBeGreaterThan(0);
    const analyzed = lastAnalyze('bloated');
    expect(analyzed).not.toBe('');
    // The planner's row estimate now matches what the tables hold.
    expect(Math.abs(Number(value(`SELECT reltuples FROM pg_class WHERE relname = 'bloated'`)) - 60000)).toBeLessThan(600);

    const second = runJob('analyze');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).not.toMatch(/in stages/);
    expect(lastAnalyze('bloated') > analyzed).toBe(true);
  });

  test('reindex: rebuilds the bloated index only, and drops what an interrupted rebuild left', () => {
    // An invalid index as an interrupted REINDEX CONCURRENTLY leaves it: a failed concurrent build.
    app('CREATE TABLE dup (v int); INSERT INTO dup VALUES (1), (1)');
    expect(psql(port, 'agent', TEST_SECRETS.APP_PASSWORD, 'CREATE UNIQUE INDEX CONCURRENTLY dup_v_ccnew ON dup (v)').status).not.toBe(0);
    expect(value(`SELECT indisvalid FROM pg_index WHERE indexrelid = 'dup_v_ccnew'::regclass`)).toBe('f');

    // The oracle: pgstatindex's leaf density, far below and far above any threshold worth using.
    expect(leafDensity('bloated_pkey')).toBeLessThan(20);
    expect(leafDensity('healthy_pkey')).toBeGreaterThan(80);
    expect(leafDensity('small_pkey')).toBeLessThan(20);
    const before = { bloated: indexSize('bloated_pkey'), healthy: indexSize('healthy_pkey'), small: indexSize('small_pkey') };
    const nodes = { bloated: filenode('bloated_pkey'), healthy: filenode('healthy_pkey'), small: filenode('small_pkey') };
    expect(before.bloated).toBeGreaterThan(10 * 2 ** 20);
    expect(before.small).toBeLessThan(2 ** 20);

    const r = runJob('reindex');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/dropping public\.dup_v_ccnew/);
    expect(r.stderr).toMatch(/rebuilding public\.bloated_pkey/);
    expect(r.stderr).not.toMatch(/rebuilding public\.(healthy|small)_pkey/);
    expect(value(`SELECT count(*) FROM pg_class WHERE relname = 'dup_v_ccnew'`)).toBe('0');

    const after = { bloated: indexSize('bloated_pkey'), healthy: indexSize('healthy_pkey'), small: indexSize('small_pkey') };
    // A tenth of the rows, densely packed: about a tenth of the pages.
    expect(after.bloated).toBeLessThan(before.bloated / 5);
    expect(leafDensity('bloated_pkey')).toBeGreaterThan(80);
    expect(filenode('bloated_pkey')).not.toBe(nodes.bloated);
    expect([filenode('healthy_pkey'), filenode('small_pkey')]).toEqual([nodes.healthy, nodes.small]);
    expect(after.healthy).toBe(before.healthy);
    // The rebuilt index is valid and used.
    expect(value(`SELECT indisvalid FROM pg_index WHERE indexrelid = 'bloated_pkey'::regclass`)).toBe('t');
    expect(app('SELECT count(*) FROM bloated WHERE id BETWEEN 300000 AND 300100')).toBe('11');
  });

  test('report: bloat, unused indexes and the top statements since the last report, then a fresh start', () => {
    const probe = 'SELECT count(*) FROM healthy h1 JOIN healthy h2 USING (id) WHERE h1.id % 7 = 3';
    for (let i = 0; i < 2; i++) app(probe);
    const resetBefore = value('SELECT stats_reset FROM pg_stat_statements_info');

    const r = runJob('report');
    expect(r.status, r.stderr).toBe(0);
    const section = (title: RegExp) => {
      const at = r.stdout.search(title);
      expect(at, r.stdout).toBeGreaterThanOrEqual(0);
      const next = r.stdout.indexOf('\n== ', at + 1);
      return r.stdout.slice(at, next < 0 ? undefined : next);
    };
    expect(section(/== Tables/)).toMatch(/\bbloated\b.*\b60000\b/);
    // healthy_pkey is dense (about 90%), and listed: it is past the size floor.
    expect(section(/== B-tree indexes/)).toMatch(/healthy_pkey\s*\|[^|]*\|\s*(8\d|9\d)\.\d/);
    expect(section(/== Indexes never scanned/)).toMatch(/small_payload/);
    expect(section(/== Indexes never scanned/)).not.toMatch(/_pkey/);
    const top = section(/== Top statements/);
    expect(top).toMatch(/SELECT count\(\*\) FROM healthy h1 JOIN healthy h2/);
    expect(top).toMatch(/\|\s*agent\s*\|/);

    // The next report counts from now: the statements reported are gone, the reset time moved on.
    expect(value(`SELECT count(*) FROM pg_stat_statements WHERE query LIKE '%healthy h1 JOIN healthy h2%'`)).toBe('0');
    expect(value('SELECT stats_reset FROM pg_stat_statements_info') > resetBefore).toBe(true);
  });

  test('a server that takes no writes (a replica behind a stale endpoint) is refused, never maintained', () => {
    // What a standby reports at login: its sessions are read-only by default.
    expect(superuser('ALTER ROLE maintenance SET default_transaction_read_only = on').status).toBe(0);
    try {
      const r = runJob('reindex');
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/read-only/);
      expect(r.stderr).not.toMatch(/rebuilding/);
    } finally {
      expect(superuser('ALTER ROLE maintenance RESET default_transaction_read_only').status).toBe(0);
    }
  });

  describe('bounded: a job blocked by a lock fails instead of waiting', () => {
    const HOLDER = 'lock-holder';
    beforeAll(async () => {
      // The application holds a lock ANALYZE conflicts with, in a transaction left open.
      servers.start(
        'holder',
        'postgres',
        [`${PG_BIN}/psql`, '--no-psqlrc', '--command', 'BEGIN; LOCK TABLE bloated IN SHARE UPDATE EXCLUSIVE MODE; SELECT pg_sleep(300)'],
        {
          PGHOST: '127.0.0.1',
          PGPORT: String(port),
          PGUSER: 'agent',
          PGPASSWORD: TEST_SECRETS.APP_PASSWORD,
          PGDATABASE: 'agent',
          PGAPPNAME: HOLDER,
        },
      );
      await waitFor(
        'the lock holder',
        () =>
          value(
            `SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE a.application_name = '${HOLDER}' AND l.relation = 'bloated'::regclass AND l.granted`,
          ) === '1',
      );
    });
    afterAll(() => {
      superuser(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${HOLDER}'`);
      servers.kill('holder');
    });

    test('lock_timeout: the rendered timeout ends the wait and the job exits non-zero', () => {
      const r = runJob('analyze');
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/canceling statement due to lock timeout/);
      // The requirement: maintenance gives way within seconds, never waits out the window.
      expect(r.seconds).toBeLessThan(30);
    });

    test("statement_timeout: no statement outlives the job's deadline", () => {
      // A deadline 3 s past the script's margin, with a lock timeout that would wait longer.
      const r = runJob('analyze', { MAINTENANCE_DEADLINE_SECONDS: '18', LOCK_TIMEOUT_SECONDS: '300' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/canceling statement due to statement timeout/);
      expect(r.seconds).toBeLessThan(15);
    });
  });

  test.each(['dev', 'staging'])('%s: the rendered jobs run against the same database', (env) => {
    for (const task of TASKS) {
      const r = runJob(task, {}, env);
      expect(r.status, `${task}: ${r.stderr}`).toBe(0);
    }
  });
});
