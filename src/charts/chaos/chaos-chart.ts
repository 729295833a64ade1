import type { Construct } from 'constructs';
import {
  Schedule,
  ScheduleSpecConcurrencyPolicy as Concurrency,
  ScheduleSpecNetworkChaosAction as NetworkAction,
  ScheduleSpecNetworkChaosDirection as Direction,
  ScheduleSpecNetworkChaosMode as NetworkMode,
  ScheduleSpecNetworkChaosTargetMode as TargetMode,
  ScheduleSpecPodChaosAction as PodAction,
  ScheduleSpecPodChaosMode as PodMode,
  ScheduleSpecStressChaosMode as StressMode,
  type ScheduleSpec,
} from '../../../imports/schedule-chaos-mesh.org';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import type { Peer } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { PATRONI } from '../database/postgres-config';

export interface ChaosChartProps extends PlatformChartProps {
  /** The API's pods: the CPU stress and the network faults start there. */
  readonly api: Peer;
  /** Every PostgreSQL member; the leader is picked by Patroni's role label. */
  readonly database: Peer;
  /** The Redis servers; the master is the one labelled {@link REDIS_MASTER_TARGET} by hand. */
  readonly cache: Peer;
}

const CHAOS = new Component('agent-platform-chaos', 'chaos');

/** Chaos Mesh pauses a Schedule (and what it spawned) while this annotation is `true` (v2.8.3 api/v1alpha1 PauseAnnotationKey). */
export const PAUSE_ANNOTATION = 'experiment.chaos-mesh.org/pause';

/**
 * Nothing labels the Redis master (Sentinel elects it at run time and no pod may change labels),
 * so a game day labels the pod Sentinel names as master with this before the kill
 * (docs/game-days.md). A new pod from the StatefulSet comes without it.
 */
export const REDIS_MASTER_TARGET = { 'chaos.agent-platform/target': 'redis-master' } as const;

/** Minutes between the game day's experiments: each gets time to recover and be recorded. */
const SLOT_MINUTES = 30;

/** One game-day experiment: a hypothesis (docs/game-days.md) and the fault that tests it. */
interface Experiment {
  readonly name: string;
  readonly fault: Pick<ScheduleSpec, 'type' | 'podChaos' | 'networkChaos' | 'stressChaos'>;
}

/**
 * The staging game day's experiments as Chaos Mesh Schedules, one slot apart from the hour
 * `chaos.hourUtc` on weekday `chaos.weekday`, paused while `chaos.paused` (the default). Chaos
 * Mesh's daemon injects the faults from the node (the pod's network namespace, its cgroup), so
 * no NetworkPolicy of the namespace has to admit it.
 */
export class ChaosChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: ChaosChartProps) {
    super(scope, id, props);
    const env = this.env;
    const ns = env.namespace;
    const pods = (peer: Peer, extra: Readonly<Record<string, string>> = {}) => ({
      namespaces: [ns],
      labelSelectors: { ...peer.podSelector.matchLabels, ...extra },
    });
    // Slower and lossier than any healthy path inside a region, well inside the clients' timeouts.
    const degradedLink = (name: string, target: Peer): Experiment => ({
      name,
      fault: {
        type: 'NetworkChaos',
        networkChaos: {
          action: NetworkAction.NETEM,
          mode: NetworkMode.ALL,
          selector: pods(props.api),
          direction: Direction.TO,
          target: { mode: TargetMode.ALL, selector: pods(target) },
          delay: { latency: '100ms', jitter: '20ms', correlation: '25' },
          loss: { loss: '5', correlation: '25' },
          duration: '10m',
        },
      },
    });

    const experiments: Experiment[] = [
      // A leader kill only fails over where there is a replica to promote.
      ...(env.postgres.replicas > 0
        ? [
            {
              name: 'postgres-leader-kill',
              fault: {
                type: 'PodChaos',
                podChaos: {
                  action: PodAction.POD_HYPHEN_KILL,
                  mode: PodMode.ONE,
                  selector: pods(props.database, { [PATRONI.roleLabel]: PATRONI.leaderRole }),
                  gracePeriod: 0,
                },
              },
            },
          ]
        : []),
      // Sentinel mode has one master to kill; a cluster's masters are many, a standalone has no failover.
      ...(env.redis.mode === 'sentinel'
        ? [
            {
              name: 'redis-master-kill',
              fault: {
                type: 'PodChaos',
                podChaos: {
                  action: PodAction.POD_HYPHEN_KILL,
                  mode: PodMode.ONE,
                  selector: pods(props.cache, REDIS_MASTER_TARGET),
                  gracePeriod: 0,
                },
              },
            },
          ]
        : []),
      degradedLink('api-postgres-network-degraded', props.database),
      degradedLink('api-redis-network-degraded', props.cache),
      {
        name: 'api-cpu-stress',
        fault: {
          type: 'StressChaos',
          stressChaos: {
            mode: StressMode.ONE,
            selector: pods(props.api),
            stressors: { cpu: { workers: 2, load: 100 } },
            duration: '10m',
          },
        },
      },
    ];

    experiments.forEach((experiment, slot) => {
      const start = env.chaos.hourUtc * 60 + slot * SLOT_MINUTES;
      new Schedule(this, experiment.name, {
        metadata: objectMeta(env, {
          name: experiment.name,
          namespace: ns,
          component: CHAOS,
          wave: SyncWave.MONITORING,
          annotations: { [PAUSE_ANNOTATION]: String(env.chaos.paused) },
        }),
        spec: {
          schedule: `${start % 60} ${Math.floor(start / 60)} * * ${env.chaos.weekday}`,
          concurrencyPolicy: Concurrency.FORBID,
          historyLimit: 5,
          ...experiment.fault,
        },
      });
    });
  }
}
