import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Rollout,
  toJson_RolloutSpec,
  type RolloutSpecStrategyBlueGreenPostPromotionAnalysis,
  type RolloutSpecStrategyBlueGreenPrePromotionAnalysis,
} from '../../imports/rollout-argoproj.io';
import { VerticalPodAutoscaler, VerticalPodAutoscalerSpecUpdatePolicyUpdateMode } from '../../imports/vpa-autoscaling.k8s.io';
import type { EnvironmentSettings } from '../config/settings';
import { hardenedPodSpec, podMetadata, type ContainerPort, type HardenedContainerProps } from './hardened-pod';
import { objectMeta, SyncWave, type Component } from './identity';
import { k8s } from './k8s';
import { Peer } from './network-flows';

/**
 * Label Argo Rollouts puts on each ReplicaSet's pods and adds to the active and preview Services'
 * selectors (`DefaultRolloutUniqueLabelKey`, argo-rollouts v1.9.0 pkg/apis/rollouts/v1alpha1/types.go).
 */
export const ROLLOUT_POD_TEMPLATE_HASH = 'rollouts-pod-template-hash';

/** Seconds a new version's pods have to become available before the release is aborted. */
export const PROGRESS_DEADLINE_SECONDS = 600;

/** How a blue-green release proceeds (Argo Rollouts `strategy.blueGreen`). */
export interface BlueGreenProps {
  /** Promote once the pre-promotion analysis passes; otherwise a person promotes. */
  readonly autoPromotion: boolean;
  /** Pods of the new version before promotion. */
  readonly previewReplicas: number;
  /** Seconds the previous version keeps running after promotion. */
  readonly scaleDownDelaySeconds: number;
  /** Seconds the pods of an aborted version stay up. */
  readonly abortScaleDownDelaySeconds: number;
  /** Analysis of the new version while only the preview Service reaches it. */
  readonly prePromotionAnalysis: RolloutSpecStrategyBlueGreenPrePromotionAnalysis;
  /** Analysis of the new version once the active Service sends it the users. */
  readonly postPromotionAnalysis: RolloutSpecStrategyBlueGreenPostPromotionAnalysis;
}

export interface HardenedRolloutProps {
  readonly env: EnvironmentSettings;
  /** Name of the Rollout, its ServiceAccount, active Service, PDB and autoscalers; the preview Service is `<name>-preview`. */
  readonly name: string;
  readonly component: Component;
  /** Release version for labels (the image tag). */
  readonly version: string;
  readonly container: HardenedContainerProps;
  /** Numeric user and group of the image. */
  readonly uid: number;
  /** HPA bounds; the Rollout leaves `replicas` to the HPA. */
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Average CPU utilisation (percent of request) the HPA keeps. */
  readonly targetCpuUtilization: number;
  readonly blueGreen: BlueGreenProps;
  /** `required` refuses to schedule rather than crowd one zone. */
  readonly zoneSpread: 'required' | 'preferred';
  readonly terminationGracePeriodSeconds: number;
  /** Values whose change must restart the pods (config contents), hashed into an annotation. */
  readonly restartOn?: unknown;
}

/**
 * A stateless workload released blue-green by Argo Rollouts, with the platform's defaults: own
 * ServiceAccount without API token, restricted pod security, zone and node spread, an active
 * Service (the users') and a preview Service (the next version), a PodDisruptionBudget, a
 * HorizontalPodAutoscaler owning the replica count and, where the cluster has it
 * (`features.verticalPodAutoscaler`), a VerticalPodAutoscaler in recommendation mode.
 *
 * The Rollout carries its own pod template rather than referencing a Deployment (`workloadRef`):
 * one object holds what runs, so the policy checks read the template where it is used, and no
 * Deployment scaled to zero sits beside it for a reviewer or the HPA to mistake for the workload.
 */
export class HardenedRollout extends Construct {
  /** The active and preview Services of the Rollout `name`: known before it exists, for its analyses. */
  static serviceNames(name: string): { readonly active: string; readonly preview: string } {
    return { active: name, preview: `${name}-preview` };
  }

  readonly name: string;
  /** The Service the users reach (the promoted version). */
  readonly activeServiceName: string;
  /** The Service that reaches the newest version before its promotion. */
  readonly previewServiceName: string;
  /** The pods of every version, as a peer for network flows: both ReplicaSets carry the same labels. */
  readonly pods: Peer;
  readonly ports: readonly ContainerPort[];
  readonly selectorLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: HardenedRolloutProps) {
    super(scope, id);
    const { env, name, component, blueGreen } = props;
    this.name = name;
    const services = HardenedRollout.serviceNames(name);
    this.activeServiceName = services.active;
    this.previewServiceName = services.preview;
    this.ports = props.container.ports ?? [];
    this.selectorLabels = component.selectorLabels(env);
    this.pods = Peer.pods(name, this.selectorLabels);
    const meta = (wave: SyncWave, objectName = name) =>
      objectMeta(env, { name: objectName, namespace: env.namespace, component, wave, version: props.version });

    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: objectMeta(env, { name, namespace: env.namespace, component, wave: SyncWave.FOUNDATION }),
      automountServiceAccountToken: false,
    });

    const spread = (topologyKey: string, whenUnsatisfiable: string): k8s.TopologySpreadConstraint => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: { matchLabels: this.selectorLabels },
      // Spread each version's pods on their own, not old and new together.
      matchLabelKeys: [ROLLOUT_POD_TEMPLATE_HASH],
    });

    const template: k8s.PodTemplateSpec = {
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
    };
    // The generated Rollout class re-declares the whole pod template and drops what it types
    // differently (int-or-string probe ports); the spec is typed by it, the template is the
    // platform's hardened Kubernetes PodTemplateSpec.
    new ApiObject(this, 'Resource', {
      ...Rollout.GVK,
      metadata: meta(SyncWave.RELEASE),
      spec: {
        ...toJson_RolloutSpec({
          selector: { matchLabels: this.selectorLabels },
          revisionHistoryLimit: 5,
          progressDeadlineSeconds: PROGRESS_DEADLINE_SECONDS,
          // A new version that never becomes ready is aborted (and alerted on), not left half-started.
          progressDeadlineAbort: true,
          strategy: {
            blueGreen: {
              activeService: this.activeServiceName,
              previewService: this.previewServiceName,
              autoPromotionEnabled: blueGreen.autoPromotion,
              previewReplicaCount: blueGreen.previewReplicas,
              scaleDownDelaySeconds: blueGreen.scaleDownDelaySeconds,
              abortScaleDownDelaySeconds: blueGreen.abortScaleDownDelaySeconds,
              prePromotionAnalysis: blueGreen.prePromotionAnalysis,
              postPromotionAnalysis: blueGreen.postPromotionAnalysis,
            },
          },
        }),
        template: k8s.toJson_PodTemplateSpec(template),
      },
    });

    // Argo Rollouts adds the ReplicaSet's `rollouts-pod-template-hash` to both selectors; the stable labels here select every version.
    for (const [service, serviceName] of [
      ['Service', this.activeServiceName],
      ['PreviewService', this.previewServiceName],
    ] as const) {
      new k8s.KubeService(this, service, {
        metadata: meta(SyncWave.APP, serviceName),
        spec: {
          type: 'ClusterIP',
          selector: this.selectorLabels,
          ports: this.ports.map((p) => ({ name: p.name, port: p.port, targetPort: k8s.IntOrString.fromString(p.name), protocol: 'TCP' })),
        },
      });
    }

    // One budget over both versions' pods: a drain during a release never takes more than one API pod at a time.
    new k8s.KubePodDisruptionBudget(this, 'Budget', {
      metadata: meta(SyncWave.APP),
      spec: {
        selector: { matchLabels: this.selectorLabels },
        maxUnavailable: k8s.IntOrString.fromNumber(1),
        // Evicting a pod that never became ready cannot hurt availability.
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
      },
    });

    // The Rollout has the scale subresource; the HPA sets its replicas and the controller sizes each version from them.
    const target = { apiVersion: Rollout.GVK.apiVersion, kind: Rollout.GVK.kind, name };
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
