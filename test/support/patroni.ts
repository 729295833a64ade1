// A Patroni cluster on this machine, run from an environment's rendered objects (rendered in
// memory from the working tree, so a test never runs a stale dist/). Only what a pod's
// network gives differently is swapped: the `kubernetes:` DCS for a local etcd (Debian's
// etcd-server), addresses and ports for 127.0.0.1, the pod's paths for scratch directories.
import { readFileSync, writeFileSync, chownSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { POSTGRES_LAYOUT as LAYOUT } from '../../src/charts/database/postgres-layout';
import { rendered, type Rendered } from './rendered';
import { account, containerEnv, freePorts, PG_BIN, psql, runAs, Scratch, Servers, TEST_SECRETS, waitFor } from './servers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** A rendered object of `env` by file name below dist/<env>/ (in-memory render). */
export function renderedObject(env: string, file: string, files: ReadonlyMap<string, string> = rendered().files): Any {
  const path = `dist/${env}/${file}`;
  const text = files.get(path);
  if (text === undefined) throw new Error(`nothing renders ${path}`);
  return load(text);
}

export const containerOf = (o: Rendered | Any, name: string): Any =>
  (o.spec.jobTemplate ?? o).spec.template.spec.containers.find((c: { name: string }) => c.name === name);

/** pgbackrest.conf with only the repository type, paths and ports of this machine (posix directories stand in for S3). */
export function localPgbackrestConf(
  renderedConf: string,
  paths: {
    repos: readonly string[];
    pgdata: string;
    socket: string;
    spool: string;
    lock: string;
    tls?: string;
    port?: number;
    pgPort: number;
  },
): string {
  const values: Record<string, string> = {
    'pg1-path': paths.pgdata,
    'pg1-port': String(paths.pgPort),
    'pg1-socket-path': paths.socket,
    'spool-path': paths.spool,
    ...(paths.port ? { 'tls-server-port': String(paths.port) } : {}),
    ...(paths.tls
      ? {
          'tls-server-cert-file': `${paths.tls}/tls.crt`,
          'tls-server-key-file': `${paths.tls}/tls.key`,
          'tls-server-ca-file': `${paths.tls}/ca.crt`,
        }
      : {}),
  };
  paths.repos.forEach((path, i) => {
    values[`repo${i + 1}-type`] = 'posix';
    values[`repo${i + 1}-path`] = path;
  });
  const lines = renderedConf
    .split('\n')
    .filter((l) => !/^repo\d+-s3-/.test(l))
    .map((l) => {
      const key = l.split('=')[0]!;
      return key in values ? `${key}=${values[key]}` : l;
    });
  // Each process gets its own lock directory, as each pod container has its own /tmp.
  const at = lines.indexOf('[global]') + 1;
  return [...lines.slice(0, at), `lock-path=${paths.lock}`, ...lines.slice(at)].join('\n');
}

export interface Member {
  readonly name: string;
  readonly pgPort: number;
  readonly apiPort: number;
  readonly dir: string;
  readonly pgdata: string;
  readonly socket: string;
  readonly env: Record<string, string>;
}

export interface ClusterOptions {
  /** Environment whose rendered objects run. */
  readonly env: string;
  /** Rendered files to run (a variant render); @default the working tree's render */
  readonly files?: ReadonlyMap<string, string>;
  /** Edits of the rendered patroni.yml a test makes on purpose (a mutation), after the local swaps. */
  readonly mutate?: (config: Any) => void;
  /** Backup repositories (posix directories) shared by the members; @default two fresh ones */
  readonly repos?: readonly string[];
}

/** Patroni members of one environment on 127.0.0.1, with etcd as their DCS. */
export class PatroniCluster {
  readonly scratch: Scratch;
  readonly servers: Servers;
  readonly members: Member[] = [];
  readonly repos: readonly string[];
  readonly scripts: string;
  readonly backupScripts: string;
  private readonly files: ReadonlyMap<string, string>;
  private etcdPort = 0;
  /** The pods' configuration directory (postgresql.conf, pg_hba.conf) on this machine. */
  readonly config: string;

  constructor(private readonly options: ClusterOptions) {
    this.files = options.files ?? rendered().files;
    this.scratch = new Scratch(`patroni-${options.env}`, 'postgres');
    this.servers = new Servers(this.scratch.dir('logs', 0o755));
    const env = options.env;
    const pgConfig = renderedObject(env, 'database/configmap-postgres-config.yaml', this.files).data;
    const podCidr = pgConfig['pg_hba.conf'].match(/replication\s+replicator\s+(\S+)/)[1];
    this.config = this.scratch.files('config', {
      'postgresql.conf': pgConfig['postgresql.conf'],
      'pg_hba.conf': pgConfig['pg_hba.conf'].replaceAll(podCidr, '127.0.0.1/32'),
    });
    this.scripts = this.scratch.files('scripts', renderedObject(env, 'database/configmap-postgres-scripts.yaml', this.files).data, 0o555);
    this.backupScripts = this.scratch.files(
      'backup-scripts',
      renderedObject(env, 'backup/configmap-pgbackrest-scripts.yaml', this.files).data,
      0o555,
    );
    this.repos = options.repos ?? [this.scratch.dir('repo1'), this.scratch.dir('repo2')];
  }

  /** The rendered member StatefulSet. */
  get statefulSet(): Any {
    return renderedObject(this.options.env, 'database/statefulset-postgres.yaml', this.files);
  }

  async start(): Promise<void> {
    const members: number = this.statefulSet.spec.replicas;
    const [client, peer, ...ports] = await freePorts(2 + 2 * members);
    this.etcdPort = client!;
    const etcdData = this.scratch.dir('etcd');
    this.servers.start(
      'etcd',
      'postgres',
      [
        'etcd',
        '--name=test',
        `--data-dir=${etcdData}`,
        `--listen-client-urls=http://127.0.0.1:${client}`,
        `--advertise-client-urls=http://127.0.0.1:${client}`,
        `--listen-peer-urls=http://127.0.0.1:${peer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${peer}`,
        `--initial-cluster=test=http://127.0.0.1:${peer}`,
      ],
      {},
    );
    await waitFor(
      'etcd',
      () => runAs('postgres', ['python3', '-c', GET, `http://127.0.0.1:${client}/health`], {}).stdout.includes('"true"'),
      20_000,
      () => this.servers.log('etcd'),
    );
    for (let i = 0; i < members; i++) this.members.push(this.prepare(i, ports[2 * i]!, ports[2 * i + 1]!));
  }

  /** Writes member `i`'s patroni.yml, pgbackrest.conf and environment. */
  private prepare(i: number, pgPort: number, apiPort: number): Member {
    const env = this.options.env;
    const name = `postgres-${i}`;
    const dir = this.scratch.dir(name);
    const pgdata = `${dir}/pgdata`;
    const socket = this.scratch.dir(`${name}/run`);
    const rewrite = (text: string) =>
      text
        .replaceAll(LAYOUT.configDir, this.config)
        .replaceAll(LAYOUT.scriptsDir, this.scripts)
        .replaceAll('/opt/agent/pgbackrest', this.backupScripts)
        .replaceAll(LAYOUT.pgdata, pgdata)
        .replaceAll(LAYOUT.socketDir, socket)
        .replaceAll(LAYOUT.binDir, PG_BIN);
    const config = load(rewrite(renderedObject(env, 'database/configmap-postgres-config.yaml', this.files).data['patroni.yml'])) as Any;
    // The one swap the tests cannot avoid: etcd for the Kubernetes API.
    delete config.kubernetes;
    config.etcd3 = { hosts: [`127.0.0.1:${this.etcdPort}`] };
    config.namespace = '/agent-test/';
    config.restapi.listen = `127.0.0.1:${apiPort}`;
    config.postgresql.listen = `127.0.0.1:${pgPort}`;
    this.options.mutate?.(config);
    writeFileSync(join(dir, 'patroni.yml'), dump(config));
    chownSync(join(dir, 'patroni.yml'), this.uid, account('postgres').gid);

    const backupConf = renderedObject(env, 'backup/configmap-pgbackrest-config.yaml', this.files).data['pgbackrest.conf'];
    const pgbackrestDir = this.scratch.files(`${name}/pgbackrest`, {
      'pgbackrest.conf': localPgbackrestConf(backupConf, {
        repos: this.repos,
        pgdata,
        socket,
        spool: this.scratch.dir(`${name}/spool`),
        lock: this.scratch.dir(`${name}/lock`),
        pgPort,
      }),
    });
    const container = containerOf(this.statefulSet, 'postgres');
    return {
      name,
      pgPort,
      apiPort,
      dir,
      pgdata,
      socket,
      env: {
        ...containerEnv(container, { secrets: TEST_SECRETS, podName: name }),
        PATRONI_POSTGRESQL_CONNECT_ADDRESS: `127.0.0.1:${pgPort}`,
        PATRONI_RESTAPI_CONNECT_ADDRESS: `127.0.0.1:${apiPort}`,
        PGDATA: pgdata,
        PGBACKREST_CONFIG: `${pgbackrestDir}/pgbackrest.conf`,
      },
    };
  }

  private get uid(): number {
    return account('postgres').uid;
  }

  /** Starts member `i` with the rendered container's command (its config path mapped to this machine). */
  startMember(i: number): void {
    const m = this.members[i]!;
    const command = (containerOf(this.statefulSet, 'postgres').command as string[]).map((a) =>
      a === `${LAYOUT.configDir}/patroni.yml` ? join(m.dir, 'patroni.yml') : a,
    );
    this.servers.start(m.name, 'postgres', command, m.env);
  }

  /** A crash of the whole pod: Patroni and every PostgreSQL process of member `i`, at once. */
  killMember(i: number): void {
    const m = this.members[i]!;
    const pid = this.postmasterPid(m);
    this.servers.kill(m.name);
    if (pid) {
      spawnKill(['-KILL', '-P', String(pid)]);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  private postmasterPid(m: Member): number | undefined {
    const file = join(m.pgdata, 'postmaster.pid');
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  /** Patroni's REST API of member `i`: the body of GET `path`, or undefined when it does not answer. */
  get(i: number, path: string): string | undefined {
    const r = runAs('postgres', ['python3', '-c', GET, `http://127.0.0.1:${this.members[i]!.apiPort}${path}`], {}, 10_000);
    return r.status === 0 ? r.stdout : undefined;
  }

  /** Patroni's REST API of member `i`: GET `path` as JSON, or undefined when it does not answer. */
  api(i: number, path: string): Any {
    const body = this.get(i, path);
    return body === undefined ? undefined : JSON.parse(body);
  }

  /** The leader's member index as the DCS (through a running member) reports it. */
  leader(exclude: number[] = []): number | undefined {
    for (let i = 0; i < this.members.length; i++) {
      if (exclude.includes(i)) continue;
      const cluster = this.api(i, '/cluster');
      const leader = cluster?.members?.find((m: Any) => m.role === 'leader' && m.state === 'running');
      const index = leader ? this.members.findIndex((m) => m.name === leader.name) : -1;
      if (index >= 0 && !exclude.includes(index)) return index;
    }
    return undefined;
  }

  /** Members streaming from the leader, by name, as the leader's pg_stat_replication shows them. */
  streaming(leader: number): string[] {
    return this.sql(
      leader,
      "SELECT application_name FROM pg_stat_replication WHERE state = 'streaming' AND application_name LIKE 'postgres-%' ORDER BY 1",
      'postgres',
    )
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
  }

  async waitForLeader(what: string, timeoutMs = 90_000, exclude: number[] = []): Promise<number> {
    return waitFor(
      what,
      () => this.leader(exclude),
      timeoutMs,
      () => this.logs(),
    );
  }

  async waitForStreaming(leader: number, count: number, timeoutMs = 90_000): Promise<string[]> {
    return waitFor(
      `${count} streaming members`,
      () => {
        const s = this.streaming(leader);
        return s.length >= count ? s : undefined;
      },
      timeoutMs,
      () => this.logs(),
    );
  }

  /** psql as the superuser on member `i`. */
  sql(i: number, query: string, database = 'agent') {
    return psql(this.members[i]!.pgPort, 'postgres', TEST_SECRETS.POSTGRES_PASSWORD, query, database);
  }

  /** Runs the rendered init Job's script against member `i` (standing in for the read-write Service). */
  runInit(i: number) {
    const job = renderedObject(this.options.env, 'database/job-postgres-init.yaml', this.files);
    const m = this.members[i]!;
    const config = join(m.dir, 'patroni.yml');
    return runAs(
      'postgres',
      ['bash', `${this.scripts}/postgres-init.sh`],
      {
        ...containerEnv(job.spec.template.spec.containers[0], { secrets: TEST_SECRETS }),
        PGHOST: '127.0.0.1',
        PGPORT: String(m.pgPort),
        PATRONI_CONFIG: config,
        PATRONI_API_URL: `http://127.0.0.1:${m.apiPort}`,
        POSTGRES_SCRIPTS_DIR: this.scripts,
      },
      60_000,
    );
  }

  /** Runs the rendered preStop hook of member `i`, as the kubelet would before stopping its pod. */
  runPreStop(i: number) {
    const m = this.members[i]!;
    const hook = containerOf(this.statefulSet, 'postgres').lifecycle.preStop.exec.command as string[];
    const command = hook.map((a) =>
      a === `${LAYOUT.configDir}/patroni.yml` ? join(m.dir, 'patroni.yml') : a.replace(LAYOUT.scriptsDir, this.scripts),
    );
    return runAs('postgres', command, m.env, 90_000);
  }

  logs(): string {
    return this.members.map((m) => `--- ${m.name}\n${this.servers.log(m.name).split('\n').slice(-25).join('\n')}`).join('\n');
  }

  stop(): void {
    for (let i = 0; i < this.members.length; i++) this.killMember(i);
    this.servers.stopAll();
    this.scratch.cleanup();
  }
}

/** Prints the body of an HTTP GET (as the postgres user, like the pods' own probes and scrapers). */
const GET = `import sys, urllib.request
print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())`;

function spawnKill(args: string[]): void {
  runAs('root', ['pkill', ...args], {}, 5_000);
}
