import { createHash } from 'node:crypto';
import { k8s } from './k8s';
import type { ContainerResources, EnvironmentImages, EnvironmentSettings } from '../config/settings';

/** What stands for the digest of an image this repository builds before its first promotion. */
const UNPUBLISHED = 'unpublished';

/**
 * `repository:tag@digest`, or `repository:tag` where no digest is pinned (development tiers).
 * In a production tier only an image this repository builds can lack a digest (rules.ts): it was
 * never published, and its tag may be pushed later by anyone with write access, so it renders as
 * `repository:tag@unpublished`, which is no valid reference: the kubelet refuses it before any
 * pull (InvalidImageName, pkg/kubelet/images/image_manager.go) and the sync stays visibly broken
 * until `npm run promote` writes the digest (docs/delivery.md).
 */
export function imageReference(env: EnvironmentSettings, name: keyof EnvironmentImages): string {
  const image = env.images[name];
  const pin = image.digest ?? (env.tier === 'production' ? UNPUBLISHED : undefined);
  return `${image.repository}:${image.tag}${pin ? `@${pin}` : ''}`;
}

/**
 * Pod template metadata: the labels, and a hash of `restartOn` (configuration contents) so that
 * a configuration change rolls the pods, which would not notice a changed ConfigMap by themselves.
 */
export function podMetadata(labels: Record<string, string>, restartOn?: unknown): k8s.ObjectMeta {
  if (restartOn === undefined) return { labels };
  return {
    labels,
    annotations: { 'agent-platform/config-hash': createHash('sha256').update(JSON.stringify(restartOn)).digest('hex').slice(0, 16) },
  };
}

/** A writable directory: an emptyDir, because the root filesystem is read-only. */
export interface WritablePath {
  /** Volume name. */
  readonly name: string;
  readonly mountPath: string;
  /** Kubernetes quantity; bounds the node disk (or memory) the directory may use. */
  readonly sizeLimit: string;
  /** `Memory` for tmpfs (shared memory); default node disk. */
  readonly medium?: 'Memory';
}

/** A named container port. */
export interface ContainerPort {
  readonly name: string;
  readonly port: number;
}

export interface HardenedContainerProps {
  readonly name: string;
  readonly image: string;
  readonly resources: ContainerResources;
  readonly ports?: readonly ContainerPort[];
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly env?: readonly k8s.EnvVar[];
  readonly envFrom?: readonly k8s.EnvFromSource[];
  /** Required for long-running containers; omit only for run-to-completion containers. */
  readonly probes?: { readonly startup?: k8s.Probe; readonly liveness?: k8s.Probe; readonly readiness?: k8s.Probe };
  readonly lifecycle?: k8s.Lifecycle;
  /** @default - /tmp only */
  readonly writablePaths?: readonly WritablePath[];
  /** Pod volumes (configuration, data claims) this container mounts besides its writable paths. */
  readonly mounts?: readonly k8s.VolumeMount[];
}

/** Default writable path: a small /tmp. */
const TMP: WritablePath = { name: 'tmp', mountPath: '/tmp', sizeLimit: '64Mi' };

/**
 * A container with the security defaults every workload gets: read-only root filesystem,
 * no privilege escalation, all capabilities dropped, requests and a memory limit (no CPU
 * limit: throttling hurts tail latency more than it protects neighbours).
 */
export function hardenedContainer(props: HardenedContainerProps): k8s.Container {
  const writable = props.writablePaths ?? [TMP];
  return {
    name: props.name,
    image: props.image,
    imagePullPolicy: 'IfNotPresent',
    ...(props.command ? { command: [...props.command] } : {}),
    ...(props.args ? { args: [...props.args] } : {}),
    ...(props.ports ? { ports: props.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: 'TCP' })) } : {}),
    ...(props.env ? { env: [...props.env] } : {}),
    ...(props.envFrom ? { envFrom: [...props.envFrom] } : {}),
    resources: {
      requests: {
        cpu: k8s.Quantity.fromString(props.resources.cpuRequest),
        memory: k8s.Quantity.fromString(props.resources.memoryRequest),
      },
      limits: { memory: k8s.Quantity.fromString(props.resources.memoryLimit) },
    },
    ...(props.probes?.startup ? { startupProbe: props.probes.startup } : {}),
    ...(props.probes?.liveness ? { livenessProbe: props.probes.liveness } : {}),
    ...(props.probes?.readiness ? { readinessProbe: props.probes.readiness } : {}),
    ...(props.lifecycle ? { lifecycle: props.lifecycle } : {}),
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [...writable.map((w) => ({ name: w.name, mountPath: w.mountPath })), ...(props.mounts ?? [])],
  };
}

export interface HardenedPodSpecProps {
  readonly containers: readonly HardenedContainerProps[];
  readonly serviceAccountName: string;
  /** Numeric user (and group) every container runs as. */
  readonly uid: number;
  readonly terminationGracePeriodSeconds?: number;
  readonly topologySpreadConstraints?: readonly k8s.TopologySpreadConstraint[];
  /** @default false: the pod never talks to the Kubernetes API. */
  readonly automountServiceAccountToken?: boolean;
  /** Volumes besides the writable paths' emptyDirs (configuration, secrets). */
  readonly volumes?: readonly k8s.Volume[];
  readonly affinity?: k8s.Affinity;
  /** @default - Always (the pod's kind decides: Jobs need Never or OnFailure) */
  readonly restartPolicy?: 'Never' | 'OnFailure';
}

/** A pod spec meeting Pod Security "restricted", with one emptyDir per writable path. */
export function hardenedPodSpec(props: HardenedPodSpecProps): k8s.PodSpec {
  const volumes = new Map<string, k8s.Volume>();
  for (const c of props.containers) {
    for (const w of c.writablePaths ?? [TMP]) {
      const other = volumes.get(w.name);
      if (other && JSON.stringify(other.emptyDir?.sizeLimit) !== JSON.stringify(k8s.Quantity.fromString(w.sizeLimit))) {
        throw new Error(`container '${c.name}': writable path '${w.name}' is declared again with another size (${w.sizeLimit})`);
      }
      volumes.set(w.name, {
        name: w.name,
        emptyDir: { ...(w.medium ? { medium: w.medium } : {}), sizeLimit: k8s.Quantity.fromString(w.sizeLimit) },
      });
    }
  }
  return {
    serviceAccountName: props.serviceAccountName,
    automountServiceAccountToken: props.automountServiceAccountToken ?? false,
    enableServiceLinks: false,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: props.uid,
      runAsGroup: props.uid,
      fsGroup: props.uid,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    ...(props.terminationGracePeriodSeconds === undefined ? {} : { terminationGracePeriodSeconds: props.terminationGracePeriodSeconds }),
    ...(props.restartPolicy ? { restartPolicy: props.restartPolicy } : {}),
    ...(props.affinity ? { affinity: props.affinity } : {}),
    ...(props.topologySpreadConstraints ? { topologySpreadConstraints: [...props.topologySpreadConstraints] } : {}),
    containers: props.containers.map(hardenedContainer),
    volumes: [...volumes.values(), ...(props.volumes ?? [])],
  };
}
