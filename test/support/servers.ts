// Real servers for the data-tier tests: PostgreSQL and Redis from Debian's packages, run as
// unprivileged users on 127.0.0.1 with the configuration and scripts of an in-memory render.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { rendered } from './rendered';

export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Values the synced Secrets hold in the tests (by secret key), standing in for the secret store. */
export const TEST_SECRETS = {
  POSTGRES_PASSWORD: 'superuser-test-password',
  REPLICATION_PASSWORD: 'replication-test-password',
  MONITORING_PASSWORD: 'monitoring-test-password',
  APP_PASSWORD: 'app test/password?',
  READONLY_PASSWORD: 'readonly-test-password',
  MAINTENANCE_PASSWORD: 'maintenance-test-password',
  PATRONI_API_PASSWORD: 'patroni-api-test-password',
  REDIS_PASSWORD: 'redis-test-password',
  REDISCLI_AUTH: 'redis-test-password',
  LLM_API_KEY: 'not-a-real-key',
  SESSION_SIGNING_KEY: 'not-a-real-signing-key',
  PGBACKREST_REPO1_CIPHER_PASS: 'repo1-test-cipher',
  PGBACKREST_REPO2_CIPHER_PASS: 'repo2-test-cipher',
} as const;

/** Fails with the install command when a server binary is missing (scripts/system-tools.sh installs them). */
export function requireBinaries(...paths: string[]): void {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run 'bash scripts/system-tools.sh' as root`);
  if (!AS_ROOT && spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status !== 0) {
    throw new Error(
      'run as a non-root user, the servers need unprivileged user namespaces (see AS_ROOT in test/support/servers.ts): ' +
        "enable them as root with 'sysctl -w kernel.unprivileged_userns_clone=1 user.max_user_namespaces=15000', or run the suite as root",
    );
  }
}

/**
 * A rendered object by its path below the repository (`dist/<env>/...`), from an in-memory
 * render of the working tree: a test never runs a stale committed tree.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function distObject(path: string): any {
  const text = rendered().files.get(path);
  if (text === undefined) throw new Error(`the working tree renders no ${path}`);
  return load(text);
}

/** The data of a rendered ConfigMap (in-memory render). */
export function distConfigMap(path: string): Record<string, string> {
  return distObject(path).data as Record<string, string>;
}

/** psql on 127.0.0.1:`port` as `user`: tuples only, unaligned, stopping at the first error. */
export function psql(port: number, user: string, password: string, sql: string, database = 'agent') {
  return runAs('postgres', [`${PG_BIN}/psql`, '--no-psqlrc', '--tuples-only', '--no-align', '--set=ON_ERROR_STOP=1', '--command', sql], {
    PGHOST: '127.0.0.1',
    PGPORT: String(port),
    PGUSER: user,
    PGPASSWORD: password,
    PGDATABASE: database,
  });
}

/** True when PostgreSQL on 127.0.0.1:`port` accepts connections. */
export function postgresReady(port: number): boolean {
  return runAs('postgres', [`${PG_BIN}/pg_isready`, '--quiet', '--host=127.0.0.1', `--port=${port}`], {}).status === 0;
}

/**
 * Who owns the files a server run as `user` uses: that user from /etc/passwd when the suite
 * runs as root; the invoking user otherwise (inside the server's user namespace it is `user`).
 */
export function account(user: string): { uid: number; gid: number } {
  return AS_ROOT ? packageAccount(user) : { uid: process.getuid!(), gid: process.getgid!() };
}

/** A user's uid and gid from /etc/passwd (the Debian packages create them). */
function packageAccount(user: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no user '${user}' (it comes with the Debian package)`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A scratch directory owned by `user`, removed by `cleanup()`. */
export class Scratch {
  readonly root: string;
  private readonly owner: { uid: number; gid: number };

  constructor(prefix: string, user: string) {
    this.owner = account(user);
    this.root = mkdtempSync(join(tmpdir(), `${prefix}-`));
    chmodSync(this.root, 0o755);
    chownSync(this.root, this.owner.uid, this.owner.gid);
  }

  /** Creates (or returns) a directory below the root, owned by the user. */
  dir(name: string, mode = 0o700): string {
    let path = this.root;
    for (const part of name.split('/')) {
      path = join(path, part);
      mkdirSync(path, { recursive: true, mode });
      chmodSync(path, mode);
      chownSync(path, this.owner.uid, this.owner.gid);
    }
    return path;
  }

  /** Writes files (ConfigMap data) into a directory, as the pod's volume would hold them. */
  files(name: string, data: Record<string, string>, mode = 0o444): string {
    const dir = this.dir(name, 0o755);
    for (const [file, content] of Object.entries(data)) {
      // Replaced, not written over: the files are read-only, which binds a non-root owner too.
      rmSync(join(dir, file), { force: true });
      writeFileSync(join(dir, file), content, { mode });
      chownSync(join(dir, file), this.owner.uid, this.owner.gid);
    }
    return dir;
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Ports free on this machine. Each test worker (process) searches its own band of 20000-29999,
 * so parallel test files do not race for a port; with `bus`, port + 10000 must be free too (a
 * Redis cluster node's bus), and those (30000-39999) are never handed out as ports.
 */
export async function freePorts(count: number, options: { bus?: boolean } = {}): Promise<number[]> {
  const from = 20000 + portBand() * 1000 + Math.floor(Math.random() * 800);
  const ports: number[] = [];
  for (let port = from; ports.length < count && port < from + 200; port++) {
    if ((await isFree(port)) && (!options.bus || (await isFree(port + 10000)))) ports.push(port);
  }
  if (ports.length < count) throw new Error(`only ${ports.length} of ${count} free ports from ${from}`);
  return ports;
}

/**
 * This worker's band (0-9). Vitest numbers the workers running at once 1 to maxWorkers
 * (VITEST_POOL_ID), so files running in parallel get different bands; the run's own process id
 * shifts them, so that concurrent runs tend not to share them. Outside vitest: the process id.
 */
function portBand(): number {
  const worker = Number(process.env.VITEST_POOL_ID);
  return Number.isInteger(worker) && worker > 0 ? (process.ppid + worker) % 10 : process.pid % 10;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** Test values of the pgBackRest repository secret (posix repositories need only the cipher passes). */
const TEST_PGBACKREST_SECRET = {
  PGBACKREST_REPO1_CIPHER_PASS: TEST_SECRETS.PGBACKREST_REPO1_CIPHER_PASS,
  PGBACKREST_REPO2_CIPHER_PASS: TEST_SECRETS.PGBACKREST_REPO2_CIPHER_PASS,
} as const;

/**
 * The environment a rendered container gets, with secrets and pod fields filled in as Kubernetes
 * would: `env` entries, and `envFrom` Secrets from `envFrom` (a Secret with no test values fails).
 */
export function containerEnv(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  container: any,
  values: {
    readonly secrets: Record<string, string>;
    readonly podName?: string;
    readonly envFrom?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  },
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const name: string | undefined = from.secretRef?.name;
    const secrets: Readonly<Record<string, Readonly<Record<string, string>>>> = values.envFrom ?? {
      'pgbackrest-credentials': TEST_PGBACKREST_SECRET,
    };
    const secret = name === undefined ? undefined : secrets[name];
    if (secret === undefined) throw new Error(`no test values for the Secret '${name}' the container takes its environment from`);
    Object.assign(env, secret);
  }
  for (const e of container.env ?? []) {
    if (e.value !== undefined) env[e.name] = String(e.value).replace(/\$\(([A-Z_]+)\)/g, (_, v: string) => env[v] ?? '');
    else if (e.valueFrom?.secretKeyRef) {
      const value = values.secrets[e.valueFrom.secretKeyRef.key];
      if (value === undefined) throw new Error(`no test value for secret key ${e.valueFrom.secretKeyRef.key}`);
      env[e.name] = value;
    } else if (e.valueFrom?.fieldRef?.fieldPath === 'metadata.name') env[e.name] = values.podName ?? '';
  }
  return env;
}

const BASE_PATH = `${PG_BIN}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;

/** Runs a command to completion as `user` with exactly `env` (plus PATH). */
export function runAs(user: string, command: string[], env: Record<string, string>, timeoutMs = 60_000) {
  const [file, ...args] = asUser(user, command, env);
  const result = spawnSync(file!, args, { encoding: 'utf8', timeout: timeoutMs, cwd: NEUTRAL_CWD });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Run as root, the suite starts each server as the unprivileged user the package made for it
 * (as the pods run them, never as root). Run as anyone else, each server runs in a user
 * namespace in which the invoking user *is* that package user: PostgreSQL's peer
 * authentication then sees `postgres` exactly as in the pods, with the rendered pg_hba.conf
 * unchanged. Only installing the Debian packages needs root.
 */
export const AS_ROOT = process.getuid?.() === 0;

/**
 * Run directories a package owns that its server writes (PostgreSQL's socket directory, named
 * by the rendered configuration). A non-root run cannot write the package's own, so each
 * server sees a private one of the invoking user's in its place (a bind mount in a mount
 * namespace); every server and client of the suite sees the same one.
 */
const RUN_DIRS: Record<string, string> = { postgres: '/var/run/postgresql' };

/**
 * Where servers start unless told otherwise: a directory every user may enter. The suite's own
 * working directory (the checkout) may sit under a private parent the servers' users cannot
 * enter, and Python programs such as Patroni fail on an unreadable working directory.
 */
const NEUTRAL_CWD = tmpdir();

/** `command` with exactly `env`, as `user` (see AS_ROOT). */
function asUser(user: string, command: string[], env: Record<string, string>): string[] {
  const clean = ['env', '-i', `PATH=${BASE_PATH}`, ...envArgs(env), ...command];
  if (AS_ROOT) return ['runuser', '-u', user, '--', ...clean];
  const { uid, gid } = packageAccount(user);
  const enter = ['unshare', '--user', `--map-user=${uid}`, `--map-group=${gid}`, '--', ...clean];
  const runDir = RUN_DIRS[user];
  if (runDir === undefined) return enter;
  // An outer namespace as root may bind-mount; the inner one then drops to the package user.
  const mount = 'mount --bind "$1" "$2" && shift 2 && exec "$@"';
  return ['unshare', '--user', '--map-root-user', '--mount', 'sh', '-c', mount, 'sh', privateRunDir(user), runDir, ...enter];
}

function privateRunDir(user: string): string {
  const dir = join(tmpdir(), `agent-platform-run-${process.getuid!()}`, user);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function envArgs(env: Record<string, string>): string[] {
  return Object.entries(env).map(([k, v]) => `${k}=${v}`);
}

/** Long-running servers started as unprivileged users; each in its own process group. */
export class Servers {
  private readonly started: { name: string; child: ChildProcess }[] = [];

  constructor(private readonly logDir: string) {}

  /** Starts `command` as `user` with exactly `env`; output goes to <logDir>/<name>.log. */
  start(name: string, user: string, command: string[], env: Record<string, string>, cwd?: string): ChildProcess {
    const log = openSync(join(this.logDir, `${name}.log`), 'a');
    const [file, ...args] = asUser(user, command, env);
    const child = spawn(file!, args, {
      detached: true,
      stdio: ['ignore', log, log],
      cwd: cwd ?? NEUTRAL_CWD,
    });
    this.started.push({ name, child });
    return child;
  }

  log(name: string): string {
    const path = join(this.logDir, `${name}.log`);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }

  /** Kills a server at once (SIGKILL to its process group): a crash, not a shutdown. */
  kill(name: string): void {
    for (const s of this.started.filter((s) => s.name === name)) killGroup(s.child, 'SIGKILL');
  }

  stopAll(): void {
    for (const s of this.started) killGroup(s.child, 'SIGKILL');
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Polls `check` until it returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  timeoutMs = 30_000,
  describe?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describe ? `\n${describe()}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** redis-cli against a local port, authenticated as the pods are (REDISCLI_AUTH). */
export function redisCli(port: number, ...args: string[]): string {
  const result = spawnSync('redis-cli', ['-p', String(port), ...args], {
    encoding: 'utf8',
    env: { ...process.env, REDISCLI_AUTH: TEST_SECRETS.REDIS_PASSWORD },
    timeout: 5000,
  });
  return (result.stdout ?? '').trim();
}

/** One field of a Redis server's `INFO replication`. */
export function replicationField(port: number, field: string): string | undefined {
  return redisCli(port, 'INFO', 'replication')
    .match(new RegExp(`^${field}:(.*)$`, 'm'))?.[1]
    ?.trim();
}
