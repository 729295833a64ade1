import { Construct } from 'constructs';
import type { EnvironmentSettings } from '../config/settings';
import { hardenedPodSpec, podMetadata, type ContainerPort, type HardenedContainerProps } from './hardened-pod';
import { keepOnSync, objectMeta, type Component, type SyncWave } from './identity';
import { k8s } from './k8s';
import { Peer } from './network-flows';

/** A per-pod volume created from the StatefulSet's claim template. */
export interface DataVolume {
  readonly name: string;
  readonly size: string;
}

export interface StatefulWorkloadProps {
  readonly env: EnvironmentSettings;
  /** Name of the StatefulSet, its ServiceAccount and PDB; pods are `<name>-<ordinal>`. */
  readonly name: string;
  /** Name of the headless Service giving each pod its DNS name. @default - the StatefulSet's name */
  readonly peerServiceName?: string;
  /** Labels pods carry besides the component's (never used in the StatefulSet's selector). @default - none */
  readonly podLabels?: Record<string, string>;
  /** Mount a ServiceAccount token: the pods call the Kubernetes API themselves. @default false */
  readonly apiAccess?: boolean;
  readonly component: Component;
  /** Release version for labels (the image tag). */
  readonly version: string;
  readonly wave: SyncWave;
  readonly replicas: number;
  /** The main container first; sidecars after it. */
  readonly containers: readonly HardenedContainerProps[];
  /** Numeric user and group of the image. */
  readonly uid: number;
  readonly dataVolume?: DataVolume;
  /** Configuration and secret volumes. */
  readonly volumes?: readonly k8s.Volume[];
  /** Pods that must not share a node with these (their own kind included). */
  readonly separateFrom: Record<string, string>;
  /** `OrderedReady` starts pod N only once pod N-1 is ready. */
  readonly podManagementPolicy: 'OrderedReady' | 'Parallel';
  /** Voluntary disruptions allowed at once; 0 blocks drains until an operator steps in. */
  readonly maxUnavailable: number;
  readonly terminationGracePeriodSeconds: number;
  /** Values whose change must restart the pods (configuration), hashed into an annotation. */
  readonly restartOn?: unknown;
}

/**
 * A stateful workload with the platform's defaults: own ServiceAccount without API token,
 * restricted pod security, a headless Service giving each pod a stable DNS name (published
 * before readiness, so peers can find each other while bootstrapping), node anti-affinity
 * and zone spread (both required in the production tier), a PodDisruptionBudget, and volumes that
 * outlive the StatefulSet: claims are retained on deletion and scale-down as settings say,
 * and Argo CD never prunes or deletes the StatefulSet.
 */
export class StatefulWorkload extends Construct {
  readonly name: string;
  readonly peerServiceName: string;
  /** The pods, as a peer for network flows. */
  readonly pods: Peer;
  readonly selectorLabels: Record<string, string>;
  readonly ports: readonly ContainerPort[];
  private readonly namespace: string;

  constructor(scope: Construct, id: string, props: StatefulWorkloadProps) {
    super(scope, id);
    const { env, name, component } = props;
    this.name = name;
    this.peerServiceName = props.peerServiceName ?? name;
    this.namespace = env.namespace;
    this.selectorLabels = component.selectorLabels(env);
    this.pods = Peer.pods(name, this.selectorLabels);
    this.ports = props.containers.flatMap((c) => c.ports ?? []);
    const meta = (annotations?: Record<string, string>) =>
      objectMeta(env, { name, namespace: env.namespace, component, wave: props.wave, version: props.version, annotations });
    const production = env.tier === 'production';

    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: objectMeta(env, { name, namespace: env.namespace, component, wave: props.wave }),
      automountServiceAccountToken: props.apiAccess ?? false,
    });

    new k8s.KubeService(this, 'Peers', {
      metadata: objectMeta(env, {
        name: this.peerServiceName,
        namespace: env.namespace,
        component,
        wave: props.wave,
        version: props.version,
      }),
      spec: {
        clusterIp: 'None',
        publishNotReadyAddresses: true,
        selector: this.selectorLabels,
        ports: this.ports.map((p) => ({ name: p.name, port: p.port, targetPort: k8s.IntOrString.fromString(p.name), protocol: 'TCP' })),
      },
    });

    const separate: k8s.PodAffinityTerm = { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: props.separateFrom } };
    const retention = env.storage.volumeRetention;
    new k8s.KubeStatefulSet(this, 'Resource', {
      metadata: meta(keepOnSync(retention)),
      spec: {
        serviceName: this.peerServiceName,
        replicas: props.replicas,
        selector: { matchLabels: this.selectorLabels },
        podManagementPolicy: props.podManagementPolicy,
        updateStrategy: { type: 'RollingUpdate' },
        revisionHistoryLimit: 5,
        minReadySeconds: 10,
        persistentVolumeClaimRetentionPolicy: { whenDeleted: retention, whenScaled: retention },
        template: {
          metadata: podMetadata({ ...component.labels(env, props.version), ...props.podLabels }, props.restartOn),
          spec: hardenedPodSpec({
            containers: props.containers,
            serviceAccountName: name,
            automountServiceAccountToken: props.apiAccess ?? false,
            uid: props.uid,
            terminationGracePeriodSeconds: props.terminationGracePeriodSeconds,
            volumes: props.volumes,
            affinity: {
              podAntiAffinity: production
                ? { requiredDuringSchedulingIgnoredDuringExecution: [separate] }
                : { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: separate }] },
            },
            // Members pin to their volume's zone once placed. In the production tier the first
            // placement must spread them (one zone's loss then takes one member, not the quorum or
            // every copy); elsewhere a full zone may take them all.
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'topology.kubernetes.io/zone',
                whenUnsatisfiable: production ? 'DoNotSchedule' : 'ScheduleAnyway',
                labelSelector: { matchLabels: this.selectorLabels },
              },
            ],
          }),
        },
        ...(props.dataVolume
          ? {
              volumeClaimTemplates: [
                {
                  metadata: { name: props.dataVolume.name, labels: component.selectorLabels(env) },
                  spec: {
                    accessModes: ['ReadWriteOnce'],
                    storageClassName: env.storage.className,
                    resources: { requests: { storage: k8s.Quantity.fromString(props.dataVolume.size) } },
                  },
                },
              ],
            }
          : {}),
      },
    });

    new k8s.KubePodDisruptionBudget(this, 'Budget', {
      metadata: meta(),
      spec: { selector: { matchLabels: this.selectorLabels }, maxUnavailable: k8s.IntOrString.fromNumber(props.maxUnavailable) },
    });
  }

  /** Stable DNS name of pod `ordinal` (through the headless Service). */
  podHost(ordinal: number): string {
    return `${this.name}-${ordinal}.${this.peerServiceName}.${this.namespace}.svc.cluster.local`;
  }
}
