import { k8s } from './k8s';
import { Construct } from 'constructs';
import { VerticalPodAutoscaler, VerticalPodAutoscalerSpecUpdatePolicyUpdateMode } from '../../imports/vpa-autoscaling.k8s.io';
import type { EnvironmentSettings } from '../config/settings';
import { hardenedPodSpec, podMetadata, type ContainerPort, type HardenedContainerProps } from './hardened-pod';
import { objectMeta, SyncWave, type Component } from './identity';
import { Peer } from './network-flows';

export interface HardenedDeploymentProps {
  readonly env: EnvironmentSettings;
  /** Name of the Deployment, its ServiceAccount, Service, PDB and autoscalers. */
  readonly name: string;
  readonly component: Component;
  /** Release version for labels (the image tag). */
  readonly version: string;
  readonly container: HardenedContainerProps;
  /** Numeric user and group of the image. */
  readonly uid: number;
  /** HPA bounds; the Deployment leaves `replicas` to the HPA. */
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Average CPU utilisation (percent of request) the HPA keeps. */
  readonly targetCpuUtilization: number;
  /** Extra pods during a rollout; none are taken away (maxUnavailable 0). */
  readonly maxSurge: number;
  /** `required` refuses to schedule rather than crowd one zone. */
  readonly zoneSpread: 'required' | 'preferred';
  readonly terminationGracePeriodSeconds: number;
  /** Values whose change must restart the pods (config contents), hashed into an annotation. */
  readonly restartOn?: unknown;
}

/**
 * A stateless workload with the platform's defaults: own ServiceAccount without API token,
 * restricted pod security, zone and node spread, surge-only rollouts, a PodDisruptionBudget,
 * a ClusterIP Service on its ports, a HorizontalPodAutoscaler owning the replica count and,
 * where the cluster has it (`features.verticalPodAutoscaler`), a VerticalPodAutoscaler in
 * recommendation mode.
 */
export class HardenedDeployment extends Construct {
  readonly name: string;
  /** The pods, as a peer for network flows. */
  readonly pods: Peer;
  readonly ports: readonly ContainerPort[];
  readonly selectorLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: HardenedDeploymentProps) {
    super(scope, id);
    const { env, name, component } = props;
    this.name = name;
    this.ports = props.container.ports ?? [];
    this.selectorLabels = component.selectorLabels(env);
    this.pods = Peer.pods(name, this.selectorLabels);
    const meta = (wave: SyncWave) => objectMeta(env, { name, namespace: env.namespace, component, wave, version: props.version });

    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: objectMeta(env, { name, namespace: env.namespace, component, wave: SyncWave.FOUNDATION }),
      automountServiceAccountToken: false,
    });

    const spread = (topologyKey: string, whenUnsatisfiable: string): k8s.TopologySpreadConstraint => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: { matchLabels: this.selectorLabels },
      // Spread each rollout's pods on their own, not old and new together.
      matchLabelKeys: ['pod-template-hash'],
    });

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: meta(SyncWave.APP),
      spec: {
        selector: { matchLabels: this.selectorLabels },
        revisionHistoryLimit: 5,
        progressDeadlineSeconds: 600,
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(props.maxSurge), maxUnavailable: k8s.IntOrString.fromNumber(0) },
        },
        template: {
          metadata: podMetadata(component.labels(env, props.version), props.restartOn),
          spec: hardenedPodSpec({
            containers: [props.container],
            serviceAccountName: name,
            uid: props.uid,
            terminationGracePeriodSeconds: props.terminationGracePeriodSeconds,
            topologySpreadConstraints: [
              spread('topology.kubernetes.io/zone', props.zoneSpread === 'required' ? 'DoNotSchedule' : 'ScheduleAnyway'),
              spread('kubernetes.io/hostname', 'ScheduleAnyway'),
            ],
          }),
        },
      },
    });

    new k8s.KubeService(this, 'Service', {
      metadata: meta(SyncWave.APP),
      spec: {
        type: 'ClusterIP',
        selector: this.selectorLabels,
        ports: this.ports.map((p) => ({ name: p.name, port: p.port, targetPort: k8s.IntOrString.fromString(p.name), protocol: 'TCP' })),
      },
    });

    new k8s.KubePodDisruptionBudget(this, 'Budget', {
      metadata: meta(SyncWave.APP),
      spec: {
        selector: { matchLabels: this.selectorLabels },
        maxUnavailable: k8s.IntOrString.fromNumber(1),
        // Evicting a pod that never became ready cannot hurt availability.
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
      },
    });

    const target = { apiVersion: 'apps/v1', kind: 'Deployment', name };
    new k8s.KubeHorizontalPodAutoscalerV2(this, 'Autoscaler', {
      metadata: meta(SyncWave.APP),
      spec: {
        scaleTargetRef: target,
        minReplicas: props.minReplicas,
        maxReplicas: props.maxReplicas,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: props.targetCpuUtilization } } },
        ],
        behavior: {
          // Scale up at once; scale down slowly, because streamed responses hold pods for minutes.
          scaleUp: {
            stabilizationWindowSeconds: 0,
            selectPolicy: 'Max',
            policies: [
              { type: 'Percent', value: 100, periodSeconds: 30 },
              { type: 'Pods', value: 4, periodSeconds: 30 },
            ],
          },
          scaleDown: {
            stabilizationWindowSeconds: 300,
            selectPolicy: 'Min',
            policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
          },
        },
      },
    });

    // Recommendations only: the HPA scales on CPU, so VPA must not change requests itself.
    if (env.features.verticalPodAutoscaler) {
      new VerticalPodAutoscaler(this, 'Recommender', {
        metadata: meta(SyncWave.APP),
        spec: {
          targetRef: target,
          updatePolicy: { updateMode: VerticalPodAutoscalerSpecUpdatePolicyUpdateMode.OFF },
          resourcePolicy: { containerPolicies: [{ containerName: props.container.name, controlledResources: ['cpu', 'memory'] }] },
        },
      });
    }
  }
}
