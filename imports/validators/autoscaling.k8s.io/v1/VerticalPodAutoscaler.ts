import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/AutoscalingK8sIoV1VerticalPodAutoscaler";

/**
 * VerticalPodAutoscaler is the configuration for a vertical pod
 * autoscaler, which automatically manages pod resources based on historical and
 * real time resource utilization.
 */
export interface IVerticalPodAutoscaler {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "autoscaling.k8s.io/v1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "VerticalPodAutoscaler";
  "metadata"?: IObjectMeta;
  /**
   * Specification of the behavior of the autoscaler.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status.
   */
  "spec": {
    /**
     * Recommender responsible for generating recommendation for this object.
     * List should be empty (then the default recommender will generate the
     * recommendation) or contain exactly one recommender.
     */
    "recommenders"?: Array<{
      /**
       * Name of the recommender responsible for generating recommendation for this object.
       */
      "name": string;
    }>;
    /**
     * Controls how the autoscaler computes recommended resources.
     * The resource policy may be used to set constraints on the recommendations
     * for individual containers.
     * If any individual containers need to be excluded from getting the VPA recommendations, then
     * it must be disabled explicitly by setting mode to "Off" under containerPolicies.
     * If not specified, the autoscaler computes recommended resources for all containers in the pod,
     * without additional constraints.
     */
    "resourcePolicy"?: {
      /**
       * Per-container resource policies.
       */
      "containerPolicies"?: Array<{
        /**
         * Name of the container or DefaultContainerResourcePolicy, in which
         * case the policy is used by the containers that don't have their own
         * policy specified.
         */
        "containerName"?: string;
        /**
         * Specifies the type of recommendations that will be computed
         * (and possibly applied) by VPA.
         * If not specified, the default of [cpu, memory] will be used.
         */
        "controlledResources"?: Array<string>;
        /**
         * Specifies which resource values should be controlled.
         * The default is "RequestsAndLimits".
         */
        "controlledValues"?: "RequestsAndLimits" | "RequestsOnly";
        /**
         * Specifies the maximum amount of resources that will be recommended
         * for the container. The default is no maximum.
         */
        "maxAllowed"?: {
          [key: string]: number | string;
        };
        /**
         * memoryAggregationIntervalCount is the number of consecutive
         * memoryAggregationIntervals which make up the memory aggregation window.
         * The total window length is:
         * MemoryAggregationIntervalSeconds \* MemoryAggregationIntervalCount.
         */
        "memoryAggregationIntervalCount"?: number;
        /**
         * memoryAggregationIntervalSeconds is the length of a single interval
         * (in seconds) for which the peak memory usage is computed.
         * Memory usage peaks are aggregated in multiples of this interval.
         * In other words, there is one memory usage sample per interval
         * (the maximum usage over that interval).
         */
        "memoryAggregationIntervalSeconds"?: number;
        /**
         * Specifies the minimal amount of resources that will be recommended
         * for the container. The default is no minimum.
         */
        "minAllowed"?: {
          [key: string]: number | string;
        };
        /**
         * Whether autoscaler is enabled for the container. The default is "Auto".
         */
        "mode"?: "Auto" | "Off";
        /**
         * oomBumpUpRatio is the ratio to increase memory when OOM is detected.
         */
        "oomBumpUpRatio"?: number | string;
        /**
         * oomMinBumpUp is the minimum increase in memory when OOM is detected.
         */
        "oomMinBumpUp"?: number | string;
        /**
         * startupBoost specifies the startup boost policy for the container.
         * This overrides any pod-level startup boost policy.
         * The startup boost policy takes precedence over the rest of the fields in
         * this struct, except for ContainerName and ControlledValues.
         */
        "startupBoost"?: {
          /**
           * cpu specifies the CPU startup boost policy.
           * If this field is not set, no startup boost is applied.
           */
          "cpu"?: {
            /**
             * durationSeconds indicates for how long to keep the pod boosted after it goes to Ready.
             * Defaults to 0.
             */
            "durationSeconds"?: number;
            /**
             * factor specifies the factor to apply to the resource request.
             * This field is required when Type is "Factor".
             */
            "factor"?: number;
            /**
             * quantity specifies the absolute resource quantity to be used as the
             * resource request and limit during the boost phase.
             * This field is required when Type is "Quantity".
             */
            "quantity"?: number | string;
            /**
             * type specifies the kind of boost to apply.
             * Supported values are: "Factor", "Quantity".
             * No startupboost will be applied for unrecognized values.
             */
            "type": "Factor" | "Quantity";
          };
        };
        /**
         * targetCPUPercentile is the CPU usage percentile used as the target for
         * the recommendation, overriding the global --target-cpu-percentile flag
         * for this container. Must be in (0, 1], for example 0.9 for the 90th
         * percentile.
         */
        "targetCPUPercentile"?: number | string;
        /**
         * targetMemoryPercentile is the memory usage percentile used as the
         * target for the recommendation, overriding the global
         * --target-memory-percentile flag for this container. Must be in (0, 1],
         * for example 0.9 for the 90th percentile.
         */
        "targetMemoryPercentile"?: number | string;
      }>;
    };
    /**
     * startupBoost specifies the startup boost policy for the pod.
     */
    "startupBoost"?: {
      /**
       * cpu specifies the CPU startup boost policy.
       * If this field is not set, no startup boost is applied.
       */
      "cpu"?: {
        /**
         * durationSeconds indicates for how long to keep the pod boosted after it goes to Ready.
         * Defaults to 0.
         */
        "durationSeconds"?: number;
        /**
         * factor specifies the factor to apply to the resource request.
         * This field is required when Type is "Factor".
         */
        "factor"?: number;
        /**
         * quantity specifies the absolute resource quantity to be used as the
         * resource request and limit during the boost phase.
         * This field is required when Type is "Quantity".
         */
        "quantity"?: number | string;
        /**
         * type specifies the kind of boost to apply.
         * Supported values are: "Factor", "Quantity".
         * No startupboost will be applied for unrecognized values.
         */
        "type": "Factor" | "Quantity";
      };
    };
    /**
     * TargetRef points to the controller managing the set of pods for the
     * autoscaler to control - e.g. Deployment, StatefulSet. VerticalPodAutoscaler
     * can be targeted at controller implementing scale subresource (the pod set is
     * retrieved from the controller's ScaleStatus) or some well known controllers
     * (e.g. for DaemonSet the pod set is read from the controller's spec).
     * If VerticalPodAutoscaler cannot use specified target it will report
     * ConfigUnsupported condition.
     * Note that VerticalPodAutoscaler does not require full implementation
     * of scale subresource - it will not use it to modify the replica count.
     * The only thing retrieved is a label selector matching pods grouped by
     * the target resource.
     */
    "targetRef": {
      /**
       * apiVersion is the API version of the referent
       */
      "apiVersion"?: string;
      /**
       * kind is the kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
       */
      "kind": string;
      /**
       * name is the name of the referent; More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
       */
      "name": string;
    };
    /**
     * Describes the rules on how changes are applied to the pods.
     * If not specified, all fields in the `PodUpdatePolicy` are set to their
     * default values.
     */
    "updatePolicy"?: {
      /**
       * evictAfterOOMSeconds specifies the time in seconds to wait after an OOM event before
       * considering the pod for eviction. Pods that have OOMed in less than this time
       * since start will be evicted.
       */
      "evictAfterOOMSeconds"?: number;
      /**
       * EvictionRequirements is a list of EvictionRequirements that need to
       * evaluate to true in order for a Pod to be evicted. If more than one
       * EvictionRequirement is specified, all of them need to be fulfilled to allow eviction.
       */
      "evictionRequirements"?: Array<{
        /**
         * EvictionChangeRequirement refers to the relationship between the new target recommendation for a Pod and its current requests, what kind of change is necessary for the Pod to be evicted
         */
        "changeRequirement": "TargetHigherThanRequests" | "TargetLowerThanRequests";
        /**
         * Resources is a list of one or more resources that the condition applies
         * to. If more than one resource is given, the EvictionRequirement is fulfilled
         * if at least one resource meets `changeRequirement`.
         */
        "resources": Array<string>;
      }>;
      /**
       * Minimal number of replicas which need to be alive for Updater to attempt
       * pod eviction (pending other checks like PDB). Only positive values are
       * allowed. Overrides global '--min-replicas' flag.
       */
      "minReplicas"?: number;
      /**
       * Controls when autoscaler applies changes to the pod resources.
       * The default is 'Recreate'.
       */
      "updateMode"?: "Off" | "Initial" | "Recreate" | "InPlaceOrRecreate" | "InPlace" | "Auto";
    };
  };
  /**
   * Current information about the autoscaler.
   */
  "status"?: {
    /**
     * Conditions is the set of conditions required for this autoscaler to scale its target,
     * and indicates whether or not those conditions are met.
     */
    "conditions"?: Array<{
      /**
       * lastTransitionTime is the last time the condition transitioned from
       * one status to another
       */
      "lastTransitionTime"?: string;
      /**
       * message is a human-readable explanation containing details about
       * the transition
       */
      "message"?: string;
      /**
       * observedGeneration represents the .metadata.generation that the condition was set based upon.
       * For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date
       * with respect to the current state of the instance.
       */
      "observedGeneration"?: number;
      /**
       * reason is the reason for the condition's last transition.
       */
      "reason"?: string;
      /**
       * status is the status of the condition (True, False, Unknown)
       */
      "status": string;
      /**
       * type describes the current condition
       */
      "type": string;
    }>;
    /**
     * observedGeneration is the most recent generation observed by this autoscaler.
     */
    "observedGeneration"?: number;
    /**
     * The most recently computed amount of resources recommended by the
     * autoscaler for the controlled pods.
     */
    "recommendation"?: {
      /**
       * Resources recommended by the autoscaler for each container.
       */
      "containerRecommendations"?: Array<{
        /**
         * Name of the container.
         */
        "containerName"?: string;
        /**
         * Minimum recommended amount of resources. Observes ContainerResourcePolicy.
         * This amount is not guaranteed to be sufficient for the application to operate in a stable way, however
         * running with less resources is likely to have significant impact on performance/availability.
         */
        "lowerBound"?: {
          [key: string]: number | string;
        };
        /**
         * Recommended amount of resources. Observes ContainerResourcePolicy.
         */
        "target": {
          [key: string]: number | string;
        };
        /**
         * The most recent recommended resources target computed by the autoscaler
         * for the controlled pods, based only on actual resource usage, not taking
         * into account the ContainerResourcePolicy.
         * May differ from the Recommendation if the actual resource usage causes
         * the target to violate the ContainerResourcePolicy (lower than MinAllowed
         * or higher that MaxAllowed).
         * Used only as status indication, will not affect actual resource assignment.
         */
        "uncappedTarget"?: {
          [key: string]: number | string;
        };
        /**
         * Maximum recommended amount of resources. Observes ContainerResourcePolicy.
         * Any resources allocated beyond this value are likely wasted. This value may be larger than the maximum
         * amount of application is actually capable of consuming.
         */
        "upperBound"?: {
          [key: string]: number | string;
        };
      }>;
    };
  };
}

/**
 * VerticalPodAutoscaler is the configuration for a vertical pod
 * autoscaler, which automatically manages pod resources based on historical and
 * real time resource utilization.
 */
export class VerticalPodAutoscaler extends Model<IVerticalPodAutoscaler> implements IVerticalPodAutoscaler {
  "apiVersion": IVerticalPodAutoscaler["apiVersion"];
  "kind": IVerticalPodAutoscaler["kind"];
  "metadata"?: IVerticalPodAutoscaler["metadata"];
  "spec": IVerticalPodAutoscaler["spec"];
  "status"?: IVerticalPodAutoscaler["status"];

static apiVersion: IVerticalPodAutoscaler["apiVersion"] = "autoscaling.k8s.io/v1";
static kind: IVerticalPodAutoscaler["kind"] = "VerticalPodAutoscaler";
static is = createTypeMetaGuard<IVerticalPodAutoscaler>(VerticalPodAutoscaler);

constructor(data?: ModelData<IVerticalPodAutoscaler>) {
  super();

  this.setDefinedProps({
    apiVersion: VerticalPodAutoscaler.apiVersion,
    kind: VerticalPodAutoscaler.kind,
    ...data
  } as IVerticalPodAutoscaler);
}
}


setValidateFunc(VerticalPodAutoscaler, validate as ValidateFunc<IVerticalPodAutoscaler>);
