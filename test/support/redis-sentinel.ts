// Redis and Sentinel from Debian's redis-server and redis-sentinel packages, run with the
// redis.conf, sentinel.conf and start scripts the rendered ConfigMaps carry. Only addresses,
// ports and paths differ from the pods: every server announces 127.0.0.1 and its own port.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rendered } from './rendered';
import {
  containerEnv,
  distConfigMap,
  distObject,
  freePorts,
  requireBinaries,
  runAs,
  Scratch,
  Servers,
  waitFor,
  TEST_SECRETS,
  redisCli,
  replicationField,
} from './servers';

const SECRETS = TEST_SECRETS;
const PASSWORD = SECRETS.REDIS_PASSWORD;

/** A client that writes to whichever server the Sentinels name, recording each acknowledged write (ms timestamps). */
const WRITER = `
acked=$1; shift
while :; do
  master=""
  for s in "$@"; do
    master=$(timeout 2 redis-cli -p "$s" SENTINEL get-master-addr-by-name agent 2>/dev/null | paste -sd ' ') && [ -n "$master" ] && break
  done
  now=$(date +%s%3N)
  reply=$(timeout 5 redis-cli -h "\${master% *}" -p "\${master#* }" RPUSH writes "$now" 2>/dev/null)
  case "$reply" in [0-9]*) echo "$now" >>"$acked" ;; esac
  sleep 0.05
done`;

/**
 * Redis master, replicas and three Sentinels of one environment, from its rendered configuration:
 * replication, failover, the master's preStop hand-over, a full restart, and a Sentinel with a
 * stale view. One test file per environment, so environments run in parallel.
 */
export function redisSentinelLifecycle(ENV: string): void {
  const settings = rendered().settings.environments.find((e) => e.name === ENV);
  if (settings?.redis.mode !== 'sentinel') throw new Error(`environment ${ENV} does not run Redis in sentinel mode`);
  describe(`Redis master, replicas and three Sentinels (${ENV}), from its rendered configuration`, () => {
    let scratch: Scratch;
    let servers: Servers;
    let redisPorts: number[];
    let sentinelPorts: number[];
    let config: string;
    let scripts: string;
    const timings: Record<string, number> = {};
    /** The master the preStop test hands over from. */
    let demoted: number | undefined;

    const redisSet = distObject(`dist/${ENV}/cache/statefulset-redis.yaml`);
    const sentinelSet = distObject(`dist/${ENV}/cache/statefulset-redis-sentinel.yaml`);
    const sentinelConf: string = distConfigMap(`dist/${ENV}/cache/configmap-redis-config.yaml`)['sentinel.conf']!;
    const downAfterMs = Number(sentinelConf.match(/^sentinel down-after-milliseconds agent (\d+)$/m)![1]);
    const failoverTimeoutMs = Number(sentinelConf.match(/^sentinel failover-timeout agent (\d+)$/m)![1]);
    // The longest the configuration lets a failover take: the master found down, then a first
    // attempt that fails (a Sentinel starved of CPU elected but finding no good replica in time)
    // and the retry, which Sentinel starts two failover timeouts after the first; plus margin.
    const failoverWithinMs = downAfterMs + 2 * failoverTimeoutMs + 20_000;
    /** Every Sentinel's log: which of them led the failover, and why an attempt failed. */
    const sentinelLogs = () => sentinelPorts.map((_, i) => `--- sentinel-${i}\n${servers.log(`sentinel-${i}`)}`).join('\n');
    const server = redisSet.spec.template.spec.containers[0];
    const sentinelsOf = () => sentinelPorts.map((p) => `127.0.0.1:${p}`).join(' ');
    const masterPortBy = (sentinel: number) => Number(redisCli(sentinel, 'SENTINEL', 'get-master-addr-by-name', 'agent').split('\n')[1]);
    const masterPort = () => masterPortBy(sentinelPorts[0]!);
    const masters = () => redisPorts.filter((p) => replicationField(p, 'role') === 'master');

    /** A path the pod has on a volume, as this machine's scratch directory of that pod. */
    const local = (pod: string, value: string) =>
      value.replace(/^\/data(?=\/|$)/, scratch.dir(`${pod}/data`)).replace(/^\/run\/redis(?=\/|$)/, scratch.dir(`${pod}/run`));
    const podEnv = (container: unknown, pod: string): Record<string, string> =>
      Object.fromEntries(Object.entries(containerEnv(container, { secrets: SECRETS, podName: pod })).map(([k, v]) => [k, local(pod, v)]));
    const serverEnv = (i: number, extra: Record<string, string> = {}) => ({
      ...podEnv(server, `redis-${i}`),
      REDIS_ANNOUNCE_HOST: '127.0.0.1',
      REDIS_PORT: String(redisPorts[i]),
      REDIS_CONFIG: `${config}/redis.conf`,
      REDIS_SENTINELS: sentinelsOf(),
      ...(server.env.some((e: { name: string }) => e.name === 'REDIS_FIRST_MASTER_HOST')
        ? { REDIS_FIRST_MASTER_HOST: '127.0.0.1', REDIS_FIRST_MASTER_PORT: String(redisPorts[0]) }
        : {}),
      ...extra,
    });
    const script = (command: string[]) => command.map((a) => a.replace(/^\/opt\/agent\/redis\//, `${scripts}/`));
    const startServer = (i: number, extra: Record<string, string> = {}) =>
      servers.start(`redis-${i}`, 'redis', script(server.command), serverEnv(i, extra));
    const startSentinel = (i: number) =>
      servers.start(`sentinel-${i}`, 'redis', script(sentinelSet.spec.template.spec.containers[0].command), {
        ...podEnv(sentinelSet.spec.template.spec.containers[0], `redis-sentinel-${i}`),
        SENTINEL_ANNOUNCE_HOST: '127.0.0.1',
        SENTINEL_PORT: String(sentinelPorts[i]),
        SENTINEL_CONFIG: `${config}/sentinel.conf`,
        REDIS_SENTINELS: sentinelsOf(),
        REDIS_FIRST_MASTER_HOST: '127.0.0.1',
        REDIS_FIRST_MASTER_PORT: String(redisPorts[0]),
      });
    const answers = (i: number) =>
      waitFor(
        `redis-${i} to answer`,
        () => redisCli(redisPorts[i]!, 'PING') === 'PONG',
        20_000,
        () => servers.log(`redis-${i}`),
      );
    /** Every Sentinel names one master, and it takes writes with a replica in sync. */
    const settled = async (what: string) => {
      const master = await waitFor(
        what,
        () => {
          const named = new Set(sentinelPorts.map(masterPortBy));
          const [port] = [...named];
          return named.size === 1 &&
            replicationField(port!, 'role') === 'master' &&
            Number(replicationField(port!, 'connected_slaves')) >= 1
            ? port
            : undefined;
        },
        failoverWithinMs,
        sentinelLogs,
      );
      return master!;
    };

    beforeAll(async () => {
      requireBinaries('/usr/bin/redis-server', '/usr/bin/redis-sentinel');
      scratch = new Scratch(`redis-${ENV}`, 'redis');
      servers = new Servers(scratch.dir('logs', 0o755));
      const ports = await freePorts(redisSet.spec.replicas + sentinelSet.spec.replicas);
      redisPorts = ports.slice(0, redisSet.spec.replicas);
      sentinelPorts = ports.slice(redisSet.spec.replicas);
      config = scratch.files('config', distConfigMap(`dist/${ENV}/cache/configmap-redis-config.yaml`));
      scripts = scratch.files('scripts', distConfigMap(`dist/${ENV}/cache/configmap-redis-scripts.yaml`), 0o555);
      // As the two StatefulSets start: the Sentinels in parallel, the servers one by one (OrderedReady).
      for (const i of sentinelPorts.keys()) startSentinel(i);
      for (const i of redisPorts.keys()) {
        startServer(i);
        await answers(i);
      }
    });

    afterAll(() => {
      servers?.stopAll();
      if (process.env.KEEP_SCRATCH) console.info(scratch?.root);
      else scratch?.cleanup();
      console.info(`Redis ${ENV} (ms): ${JSON.stringify(timings)}`);
    });

    test('replicas follow the master and the Sentinels know every server and each other', async () => {
      const replicas = redisPorts.length - 1;
      expect(replicas).toBe(settings.redis.replicas);
      await waitFor('all replicas connected', () => replicationField(redisPorts[0]!, 'connected_slaves') === String(replicas), 20_000);
      for (const port of redisPorts.slice(1)) {
        expect(replicationField(port, 'role')).toBe('slave');
        await waitFor(`replica ${port} in sync`, () => replicationField(port, 'master_link_status') === 'up', 20_000);
      }
      // Every Sentinel knows every replica: whichever leads a failover reconfigures them all.
      for (const port of sentinelPorts) {
        await waitFor(
          `Sentinel ${port} to discover the other Sentinels and the replicas`,
          () => {
            const master = redisCli(port, 'SENTINEL', 'MASTER', 'agent').split('\n');
            const field = (name: string) => master[master.indexOf(name) + 1];
            return field('num-slaves') === String(replicas) && field('num-other-sentinels') === String(sentinelPorts.length - 1);
          },
          30_000,
        );
      }
      // The environment's min-replicas-to-write is in force on the master.
      expect(redisCli(redisPorts[0]!, 'CONFIG', 'GET', 'min-replicas-to-write').split('\n')[1]).toBe(
        String(settings.redis.minReplicasToWrite),
      );
    });

    test('when the master is killed, the Sentinels promote a replica, clients asking Sentinel find it, and WAIT-acknowledged writes survive', async () => {
      const oldMaster = redisPorts[0]!;
      expect(masterPort()).toBe(oldMaster);
      expect(redisCli(oldMaster, 'SET', 'session:42', 'acknowledged')).toBe('OK');
      expect(Number(redisCli(oldMaster, 'WAIT', '1', '2000'))).toBeGreaterThanOrEqual(1);

      const killedAt = Date.now();
      servers.kill('redis-0');
      const newMaster = await waitFor(
        'a new master',
        () => (masterPort() !== oldMaster ? masterPort() : undefined),
        failoverWithinMs,
        sentinelLogs,
      );
      timings.crashFailover = Date.now() - killedAt;
      expect(redisPorts.slice(1)).toContain(newMaster);
      // Every Sentinel agrees, as any of them may answer a client.
      for (const port of sentinelPorts) {
        await waitFor(`Sentinel ${port} to name the new master`, () => masterPortBy(port) === newMaster, 20_000);
      }
      await waitFor(
        'the promoted server to take writes',
        () => replicationField(newMaster, 'role') === 'master' && redisCli(newMaster, 'SET', 'after', 'failover') === 'OK',
        20_000,
      );
      expect(redisCli(newMaster, 'GET', 'session:42')).toBe('acknowledged');
    });

    test('after a full restart, the stale former master starting first does not come back as master: no acknowledged write is lost', async () => {
      // redis-0 was killed above and missed what the new master acknowledged since.
      const stale = redisPorts[0]!;
      const newer = masterPort();
      expect(newer).not.toBe(stale);
      for (let i = 0; i < 20; i++) expect(redisCli(newer, 'RPUSH', 'acknowledged', String(i))).not.toMatch(/ERR|NOREPLICAS/);
      expect(redisCli(newer, 'SET', 'written-after-failover', 'yes')).toBe('OK');
      expect(Number(redisCli(newer, 'WAIT', '1', '2000'))).toBeGreaterThanOrEqual(1);

      // A cluster-wide outage: every server and Sentinel stops at once.
      servers.stopAll();
      await waitFor('everything down', () => [...redisPorts, ...sentinelPorts].every((p) => redisCli(p, 'PING') === ''), 10_000);
      const restarted = Date.now();
      // Pod 0 first, as OrderedReady starts it, with the Sentinels; the others only after the
      // Sentinels would have declared the missing master down.
      for (const i of sentinelPorts.keys()) startSentinel(i);
      startServer(0);
      await answers(0);
      await new Promise((r) => setTimeout(r, downAfterMs + 2_000));
      expect(masters(), 'no master while the newest data is still down').not.toContain(stale);
      for (const i of redisPorts.keys()) if (i > 0) startServer(i);
      for (const i of redisPorts.keys()) await answers(i);
      const master = await settled('one master after the full restart');
      timings.fullRestart = Date.now() - restarted;
      expect(master).not.toBe(stale);
      expect(masters()).toEqual([master]);
      for (const port of redisPorts) {
        await waitFor(`${port} in sync`, () => port === master || replicationField(port, 'master_link_status') === 'up', 20_000);
        expect(redisCli(port, 'GET', 'written-after-failover'), `server ${port}`).toBe('yes');
        expect(redisCli(port, 'LLEN', 'acknowledged'), `server ${port}`).toBe('20');
        expect(redisCli(port, 'GET', 'session:42'), `server ${port}`).toBe('acknowledged');
      }
    });

    test("the master's preStop has the Sentinels fail over first: a writer following the Sentinels pauses for a moment and loses nothing; a replica's preStop does nothing", async () => {
      const before = await settled('a settled master');
      const replicas = redisPorts.filter((p) => p !== before);
      const acked = `${scratch.dir('writer', 0o755)}/acked`;
      servers.start('writer', 'redis', ['bash', '-c', WRITER, 'writer', acked, ...sentinelPorts.map(String)], { REDISCLI_AUTH: PASSWORD });
      const ackedWrites = () => (existsSync(acked) ? readFileSync(acked, 'utf8').trim().split('\n').map(Number) : []);
      await waitFor('the writer', () => ackedWrites().length > 10, 20_000);

      const hook = redisSet.spec.template.spec.containers[0].lifecycle.preStop.exec.command;
      const started = Date.now();
      const run = runAs('redis', script(hook), serverEnv(redisPorts.indexOf(before)), 60_000);
      timings.preStopHook = Date.now() - started;
      expect(run.status, run.stderr).toBe(0);
      const after = masterPort();
      expect(after, run.stderr).not.toBe(before);
      expect(run.stderr).toContain(`name 127.0.0.1:${after} as master`);
      // Writes reach the new master; the old one replicates it.
      const count = ackedWrites().length;
      await waitFor('writes on the new master', () => ackedWrites().length > count + 10, 20_000);
      servers.kill('writer');
      demoted = before;
      expect(replicationField(before, 'role')).toBe('slave');
      expect(replicationField(before, 'master_port')).toBe(String(after));
      await waitFor('the old master in sync', () => replicationField(before, 'master_link_status') === 'up', 20_000);

      const writes = ackedWrites();
      const gaps = writes.slice(1).map((t, i) => t - writes[i]!);
      timings.preStopWriteGap = Math.max(...gaps);
      // Shorter than the Sentinels' down-after alone, which a crash failover waits out first.
      expect(timings.preStopWriteGap).toBeLessThan(downAfterMs);
      const stored = new Set(redisCli(after, 'LRANGE', 'writes', '0', '-1').split('\n').map(Number));
      expect(writes.filter((t) => !stored.has(t))).toEqual([]);

      const quiet = runAs('redis', script(hook), serverEnv(redisPorts.indexOf(replicas.find((p) => p !== after)!)), 20_000);
      expect(quiet.status).toBe(0);
      expect(quiet.stderr).toContain('not the master');
      expect(masterPort()).toBe(after);
    });

    test('a server restarting while one Sentinel has a stale view follows the master the others agree on, and refuses to start when too few agree', async () => {
      const master = masterPort();
      // The former master (demoted by the preStop above) restarts while Sentinel 0 has been
      // replaced by one started from a stale configuration that still names it as master, on an
      // address its peers do not know (so they cannot correct it). It is the first one asked.
      const former = demoted ?? redisPorts.find((p) => p !== master)!;
      const i = redisPorts.indexOf(former);
      servers.kill(`redis-${i}`);
      servers.kill('sentinel-0');
      const [stalePort] = await freePorts(1);
      const staleConf = scratch.files(
        'stale-sentinel',
        {
          'sentinel.conf': [
            sentinelConf.replace('@MASTER_HOST@', '127.0.0.1').replace('@MASTER_PORT@', String(former)),
            `port ${stalePort}`,
            'sentinel announce-ip 127.0.0.1',
            `sentinel auth-pass agent ${PASSWORD}`,
            `sentinel sentinel-pass ${PASSWORD}`,
            `requirepass ${PASSWORD}`,
            '',
          ].join('\n'),
        },
        0o600,
      );
      servers.start('stale-sentinel', 'redis', ['redis-sentinel', `${staleConf}/sentinel.conf`], {});
      await waitFor('the stale Sentinel', () => masterPortBy(stalePort!) === former, 10_000);
      const asked = { REDIS_SENTINELS: [stalePort, ...sentinelPorts.slice(1)].map((p) => `127.0.0.1:${p}`).join(' ') };

      // Only the stale Sentinel and one other answer: they disagree, and too few agree on either.
      servers.kill('sentinel-1');
      const refused = startServer(i, { ...asked, REDIS_SENTINEL_WAIT_SECONDS: '4' });
      const exitCode = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 15_000);
        refused.once('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
      expect(exitCode, servers.log(`redis-${i}`)).not.toBe(0);
      expect(exitCode).not.toBeNull();
      expect(servers.log(`redis-${i}`)).toMatch(/no master named by \d+ agreeing Sentinels/);
      expect(masters()).toEqual([master]);

      // The other Sentinel back (its state kept): two agree against the stale one.
      startSentinel(1);
      await waitFor('Sentinel 1', () => masterPortBy(sentinelPorts[1]!) === master, 10_000);
      startServer(i, asked);
      await answers(i);
      expect(replicationField(former, 'role')).toBe('slave');
      expect(replicationField(former, 'master_port')).toBe(String(master));
      expect(masters()).toEqual([master]);
      await waitFor('the former master in sync', () => replicationField(former, 'master_link_status') === 'up', 20_000);
      // Once the former master replicates, the stale Sentinel learns the newer configuration too.
      await waitFor('the stale Sentinel to learn the master', () => masterPortBy(stalePort!) === master, 20_000);
    });
  });
}
