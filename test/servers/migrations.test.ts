// Expand/contract on real PostgreSQL (docs/app-contract.md): the migration Job runs before the
// new release's pods start, so the previous release serves on the new schema through the preview,
// the analysis and, after an abort, for good. The reference service's migrations must keep the
// previous release's own statements working; its check (`python -m compat`) proves it for every
// kept release, and fails on a migration that contracts too early.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { apiEnvironment, serviceRunner } from '../support/agent-service';
import { SERVICE_ROOT, SYSTEM_PYTHON } from '../support/contract';
import { PatroniCluster } from '../support/patroni';
import { rendered, REPO_ROOT } from '../support/rendered';
import { distConfigMap, PG_BIN, requireBinaries, Scratch } from '../support/servers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const ENV = 'dev';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** The releases kept in compat/ (one module each), read from the directory, not from the check. */
const KEPT = readdirSync(join(SERVICE_ROOT, 'compat')).filter((f) => /^v\d+_\d+_\d+\.py$/.test(f));

describe('migrations keep the previous release working (expand/contract), on real PostgreSQL', () => {
  let scratch: Scratch;
  let database: PatroniCluster;
  let appEnv: Record<string, string>;

  /** Runs `args` with the service's Python as the service runs (nobody when root), in `dir`. */
  function python(dir: string, user: object, ...args: string[]) {
    return spawnSync(SYSTEM_PYTHON, ['-B', ...args], { cwd: dir, env: { PATH: '/usr/bin:/bin', ...appEnv }, encoding: 'utf8', ...user });
  }

  /** An empty application database, as a new environment's init Job leaves it. */
  function emptyDatabase(): void {
    const dropped = database.sql(0, 'DROP TABLE IF EXISTS notes, alembic_version');
    expect(dropped.status, dropped.stderr).toBe(0);
  }

  function query(sql: string): string {
    const result = database.sql(0, sql);
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  }

  beforeAll(async () => {
    requireBinaries(`${PG_BIN}/postgres`, SYSTEM_PYTHON);
    scratch = new Scratch('migrations', 'postgres');
    // dev's single Patroni member and the init Job (roles, grants, default privileges), as rendered.
    database = new PatroniCluster({ env: ENV });
    await database.start();
    database.startMember(0);
    await database.waitForLeader('the dev database');
    const init = database.runInit(0);
    expect(init.status, init.stderr).toBe(0);
    appEnv = apiEnvironment(ENV, { postgres: database.members[0]!.pgPort, redis: 0, app: 0 });
  });

  afterAll(() => {
    scratch?.cleanup();
    database?.stop();
  });

  test('every environment, prod included, gives the service the roles, grants and database URLs of dev, where this runs', () => {
    const environments = rendered().settings.environments.map((e) => e.name);
    expect(environments).toContain('prod');
    const local = { postgres: 5432, redis: 6379, app: 8000 };
    const urls = (env: string) => {
      const e = apiEnvironment(env, local);
      return [e.DATABASE_URL, e.DATABASE_READONLY_URL];
    };
    const roles = (env: string) => distConfigMap(`dist/${env}/database/configmap-postgres-scripts.yaml`)['postgres-roles.sql'];
    expect(roles(ENV)).toContain('ALTER DEFAULT PRIVILEGES');
    for (const env of environments) {
      expect(urls(env), env).toEqual(urls(ENV));
      expect(roles(env), env).toBe(roles(ENV));
    }
  });

  test('every kept release keeps working, reading and writing, on the next release’s schema; the newest on the tree’s', () => {
    expect(KEPT.length).toBeGreaterThan(0);
    emptyDatabase();
    const { dir, user } = serviceRunner(scratch);
    const check = python(dir, user, '-m', 'compat');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const pairs: Any[] = check.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // One pair per kept release, ending at the head alembic itself reports.
    const head = python(dir, user, '-m', 'alembic', 'heads');
    expect(head.status, head.stderr).toBe(0);
    expect(pairs).toHaveLength(KEPT.length);
    expect(pairs.map((p) => p.from.release)).toEqual(KEPT.map((f) => f.slice(1, -3).replaceAll('_', '.')));
    expect(pairs.at(-1).to.schema).toBe(head.stdout.trim().split(' ')[0]);
    expect(pairs.at(-1).to.release).toBe(readFileSync(join(SERVICE_ROOT, 'pyproject.toml'), 'utf8').match(/^version = "(.+)"$/m)?.[1]);
    // The database itself is at that head, holding each release's notes.
    expect(query('SELECT version_num FROM alembic_version')).toBe(pairs.at(-1).to.schema);
    expect(Number(query('SELECT count(*) FROM notes'))).toBe(pairs.at(-1).notes);
  });

  test('the migration Job’s command backfills the titles of notes written before it (first line, 80 characters) and is idempotent', () => {
    emptyDatabase();
    const { dir, user } = serviceRunner(scratch);
    const first = python(dir, user, '-m', 'alembic', 'upgrade', '0001_create_notes');
    expect(first.status, first.stderr).toBe(0);
    // A first line of 100 two-byte characters: the title is cut by characters, not bytes.
    const long = 'é'.repeat(100);
    query(`INSERT INTO notes (body) VALUES ('${long}' || E'\\nsecond line'), ('short'), ('')`);
    for (let run = 0; run < 2; run++) {
      const migrated = python(dir, user, '-m', 'alembic', 'upgrade', 'head');
      expect(migrated.status, migrated.stderr).toBe(0);
    }
    expect(JSON.parse(query('SELECT json_agg(title ORDER BY id) FROM notes'))).toEqual(['é'.repeat(80), 'short', '']);
  });

  test('a rolled-back release’s migration Job on the schema a later release migrated does nothing and succeeds', () => {
    emptyDatabase();
    const later = serviceRunner(scratch);
    const migrated = python(later.dir, later.user, '-m', 'alembic', 'upgrade', 'head');
    expect(migrated.status, migrated.stderr).toBe(0);
    const head = query('SELECT version_num FROM alembic_version');
    // The release before: the same service without the newest migration.
    const earlier = serviceRunner(scratch, { name: 'rolled-back', copy: true });
    const versions = join(earlier.dir, 'migrations', 'versions');
    const newest = readdirSync(versions).filter((f) => f.startsWith(head));
    expect(newest).toHaveLength(1);
    rmSync(join(versions, newest[0]!));
    const job = python(earlier.dir, earlier.user, '-m', 'alembic', 'upgrade', 'head');
    expect(job.status, job.stderr).toBe(0);
    expect(job.stderr).toContain(`the database is at ${head}, a later release's migration: nothing to do`);
    expect(query('SELECT version_num FROM alembic_version')).toBe(head);
  });

  // A contract step in the same release as the code that stops needing the old shape: release
  // 0.1.0, still serving while the new release is previewed, breaks.
  test.each([
    [
      'sets the new column NOT NULL',
      ['op.alter_column("notes", "title", nullable=False)'],
      /release 0\.1\.0 .*writes a note on 0002_note_titles: NotNullViolation/,
    ],
    [
      'renames a column',
      ['op.alter_column("notes", "body", new_column_name="content")'],
      /release 0\.1\.0 .*reads the notes on 0002_note_titles: UndefinedColumn/,
    ],
    ['drops a column', ['op.drop_column("notes", "body")'], /release 0\.1\.0 .*reads the notes on 0002_note_titles: UndefinedColumn/],
  ])('fails: a release whose migration %s the previous release uses', (what, statements, expected) => {
    emptyDatabase();
    const { dir, user } = serviceRunner(scratch, { name: what.replaceAll(' ', '-'), copy: true });
    const migration = join(dir, 'migrations', 'versions', '0002_note_titles.py');
    const source = readFileSync(migration, 'utf8');
    // Appended to the upgrade, which the downgrade follows.
    const changed = source.replace('\n\n\ndef downgrade', `\n${statements.map((st) => `    ${st}\n`).join('')}\n\ndef downgrade`);
    expect(changed).not.toBe(source);
    writeFileSync(migration, changed);
    const check = python(dir, user, '-m', 'compat');
    expect(check.status, check.stdout + check.stderr).toBe(1);
    expect(check.stderr).toMatch(expected);
  });
});

/** A kept release's record: the commit and file its statements were copied from. */
const RECORDS = KEPT.map((file) => {
  const text = readFileSync(join(SERVICE_ROOT, 'compat', file), 'utf8');
  const [, path, commit] = text.match(/`([\w/.]+)` at commit ([0-9a-f]{40})/) ?? [];
  return { file, text, path, commit };
});
const HISTORY = RECORDS.every((r) => r.commit && spawnSync('git', ['cat-file', '-e', r.commit], { cwd: REPO_ROOT }).status === 0);

// A shallow clone (CI's checkout) has no history to compare with; a full one always does.
test.skipIf(!HISTORY)('each kept release runs, verbatim, the statements its release’s own source ran', () => {
  expect(RECORDS.length).toBeGreaterThan(0);
  for (const { file, text, path, commit } of RECORDS) {
    const original = spawnSync('git', ['show', `${commit}:examples/agent-service/${path}`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(original.status, original.stderr).toBe(0);
    const statements = [...text.matchAll(/conn\.execute\(("[^"]+")/g)].map((m) => m[1]!);
    expect(statements.length, file).toBeGreaterThan(0);
    for (const statement of statements) expect(original.stdout, `${file}: ${statement}`).toContain(`conn.execute(${statement}`);
  }
});
