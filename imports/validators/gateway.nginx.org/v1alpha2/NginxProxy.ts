import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/GatewayNginxOrgV1alpha2NginxProxy";

/**
 * NginxProxy is a configuration object that can be referenced from a GatewayClass parametersRef
 * or a Gateway infrastructure.parametersRef. It provides a way to configure data plane settings.
 * If referenced from a GatewayClass, the settings apply to all Gateways attached to the GatewayClass.
 * If referenced from a Gateway, the settings apply to that Gateway alone. If both a Gateway and its GatewayClass
 * reference an NginxProxy, the settings are merged. Settings specified on the Gateway NginxProxy override those
 * set on the GatewayClass NginxProxy.
 */
export interface INginxProxy {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "gateway.nginx.org/v1alpha2";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "NginxProxy";
  "metadata"?: IObjectMeta;
  /**
   * Spec defines the desired state of the NginxProxy.
   */
  "spec": {
    /**
     * DisableHTTP2 defines if http2 should be disabled for all servers.
     * If not specified, or set to false, http2 will be enabled for all servers.
     */
    "disableHTTP2"?: boolean;
    /**
     * DisableSNIHostValidation disables the validation that ensures the SNI hostname
     * matches the Host header in HTTPS requests. When disabled, HTTPS connections can
     * be reused for requests to different hostnames covered by the same certificate.
     * This resolves HTTP/2 connection coalescing issues with wildcard certificates but
     * introduces security risks as described in Gateway API GEP-3567.
     * If not specified, defaults to false (validation enabled).
     */
    "disableSNIHostValidation"?: boolean;
    /**
     * DNSResolver specifies the DNS resolver configuration for external name resolution.
     * This enables support for routing to ExternalName Services.
     */
    "dnsResolver"?: {
      /**
       * Addresses specifies the list of DNS server addresses.
       * Each address can be an IP address or hostname.
       * Example: [{"type": "IPAddress", "value": "8.8.8.8"}, {"type": "Hostname", "value": "dns.google"}]
       */
      "addresses": Array<{
        /**
         * Type specifies the type of address.
         */
        "type": "IPAddress" | "Hostname";
        /**
         * Value specifies the address value.
         * When Type is "IPAddress", this must be a valid IPv4 or IPv6 address.
         * When Type is "Hostname", this must be a valid hostname.
         */
        "value": string;
      }>;
      /**
       * CacheTTL specifies how long to cache DNS responses.
       */
      "cacheTTL"?: string;
      /**
       * DisableIPv6 disables IPv6 lookups.
       * If not specified, or set to false, IPv6 lookups will be enabled.
       */
      "disableIPv6"?: boolean;
      /**
       * Timeout specifies the timeout for name resolution.
       */
      "timeout"?: string;
    };
    /**
     * IPFamily specifies the IP family to be used by the NGINX.
     * Default is "dual", meaning the server will use both IPv4 and IPv6.
     */
    "ipFamily"?: "dual" | "ipv4" | "ipv6";
    /**
     * Kubernetes contains the configuration for the NGINX Deployment and Service Kubernetes objects.
     */
    "kubernetes"?: {
      /**
       * DaemonSet is the configuration for the NGINX DaemonSet.
       */
      "daemonSet"?: {
        /**
         * Container defines container fields for the NGINX container.
         */
        "container"?: {
          /**
           * Debug enables debugging for NGINX by using the nginx-debug binary.
           */
          "debug"?: boolean;
          /**
           * HostPorts are the list of ports to expose on the host.
           */
          "hostPorts"?: Array<{
            /**
             * ContainerPort is the port on the nginx container to map to the HostPort.
             */
            "containerPort": number;
            /**
             * Port to expose on the host.
             */
            "port": number;
          }>;
          /**
           * Image is the NGINX image to use.
           */
          "image"?: {
            /**
             * PullPolicy describes a policy for if/when to pull a container image.
             */
            "pullPolicy"?: "Always" | "Never" | "IfNotPresent";
            /**
             * Repository is the image path.
             * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
             */
            "repository"?: string;
            /**
             * Tag is the image tag to use. Default matches the tag of the control plane.
             */
            "tag"?: string;
          };
          /**
           * Lifecycle describes actions that the management system should take in response to container lifecycle
           * events. For the PostStart and PreStop lifecycle handlers, management of the container blocks
           * until the action is complete, unless the container process fails, in which case the handler is aborted.
           */
          "lifecycle"?: {
            /**
             * PostStart is called immediately after a container is created. If the handler fails,
             * the container is terminated and restarted according to its restart policy.
             * Other management of the container blocks until the hook completes.
             * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
             */
            "postStart"?: {
              /**
               * Exec specifies a command to execute in the container.
               */
              "exec"?: {
                /**
                 * Command is the command line to execute inside the container, the working directory for the
                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                 * a shell, you need to explicitly call out to that shell.
                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                 */
                "command"?: Array<string>;
              };
              /**
               * HTTPGet specifies an HTTP GET request to perform.
               */
              "httpGet"?: {
                /**
                 * Host name to connect to, defaults to the pod IP. You probably want to set
                 * "Host" in httpHeaders instead.
                 */
                "host"?: string;
                /**
                 * Custom headers to set in the request. HTTP allows repeated headers.
                 */
                "httpHeaders"?: Array<{
                  /**
                   * The header field name.
                   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                   */
                  "name": string;
                  /**
                   * The header field value
                   */
                  "value": string;
                }>;
                /**
                 * Path to access on the HTTP server.
                 */
                "path"?: string;
                /**
                 * Name or number of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
                /**
                 * Scheme to use for connecting to the host.
                 * Defaults to HTTP.
                 */
                "scheme"?: string;
              };
              /**
               * Sleep represents a duration that the container should sleep.
               */
              "sleep"?: {
                /**
                 * Seconds is the number of seconds to sleep.
                 */
                "seconds": number;
              };
              /**
               * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
               * for backward compatibility. There is no validation of this field and
               * lifecycle hooks will fail at runtime when it is specified.
               */
              "tcpSocket"?: {
                /**
                 * Optional: Host name to connect to, defaults to the pod IP.
                 */
                "host"?: string;
                /**
                 * Number or name of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
              };
            };
            /**
             * PreStop is called immediately before a container is terminated due to an
             * API request or management event such as liveness/startup probe failure,
             * preemption, resource contention, etc. The handler is not called if the
             * container crashes or exits. The Pod's termination grace period countdown begins before the
             * PreStop hook is executed. Regardless of the outcome of the handler, the
             * container will eventually terminate within the Pod's termination grace
             * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
             * or until the termination grace period is reached.
             * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
             */
            "preStop"?: {
              /**
               * Exec specifies a command to execute in the container.
               */
              "exec"?: {
                /**
                 * Command is the command line to execute inside the container, the working directory for the
                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                 * a shell, you need to explicitly call out to that shell.
                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                 */
                "command"?: Array<string>;
              };
              /**
               * HTTPGet specifies an HTTP GET request to perform.
               */
              "httpGet"?: {
                /**
                 * Host name to connect to, defaults to the pod IP. You probably want to set
                 * "Host" in httpHeaders instead.
                 */
                "host"?: string;
                /**
                 * Custom headers to set in the request. HTTP allows repeated headers.
                 */
                "httpHeaders"?: Array<{
                  /**
                   * The header field name.
                   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                   */
                  "name": string;
                  /**
                   * The header field value
                   */
                  "value": string;
                }>;
                /**
                 * Path to access on the HTTP server.
                 */
                "path"?: string;
                /**
                 * Name or number of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
                /**
                 * Scheme to use for connecting to the host.
                 * Defaults to HTTP.
                 */
                "scheme"?: string;
              };
              /**
               * Sleep represents a duration that the container should sleep.
               */
              "sleep"?: {
                /**
                 * Seconds is the number of seconds to sleep.
                 */
                "seconds": number;
              };
              /**
               * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
               * for backward compatibility. There is no validation of this field and
               * lifecycle hooks will fail at runtime when it is specified.
               */
              "tcpSocket"?: {
                /**
                 * Optional: Host name to connect to, defaults to the pod IP.
                 */
                "host"?: string;
                /**
                 * Number or name of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
              };
            };
            /**
             * StopSignal defines which signal will be sent to a container when it is being stopped.
             * If not specified, the default is defined by the container runtime in use.
             * StopSignal can only be set for Pods with a non-empty .spec.os.name
             */
            "stopSignal"?: string;
          };
          /**
           * ReadinessProbe defines the readiness probe for the NGINX container.
           */
          "readinessProbe"?: {
            /**
             * Expose toggles whether the endpoint should be exposed through
             * the Gateway Service object. This allows an external LoadBalancer
             * to perform healthchecks. Default is false.
             */
            "expose"?: boolean;
            /**
             * InitialDelaySeconds is the number of seconds after the container has
             * started before the readiness probe is initiated.
             * If not specified, the default is 3 seconds.
             */
            "initialDelaySeconds"?: number;
            /**
             * Path is the path on which the readiness endpoint is exposed.
             * If not specified, the default path is /readyz.
             * Must start with a forward slash and contain only valid URL path characters.
             */
            "path"?: string;
            /**
             * Port is the port on which the readiness endpoint is exposed.
             * If not specified, the default port is 8081.
             */
            "port"?: number;
          };
          /**
           * Resources describes the compute resource requirements.
           */
          "resources"?: {
            /**
             * Claims lists the names of resources, defined in spec.resourceClaims,
             * that are used by this container.
             * 
             * This field depends on the
             * DynamicResourceAllocation feature gate.
             * 
             * This field is immutable. It can only be set for containers.
             */
            "claims"?: Array<{
              /**
               * Name must match the name of one entry in pod.spec.resourceClaims of
               * the Pod where this field is used. It makes that resource available
               * inside a container.
               */
              "name": string;
              /**
               * Request is the name chosen for a request in the referenced claim.
               * If empty, everything from the claim is made available, otherwise
               * only the result of this request.
               */
              "request"?: string;
            }>;
            /**
             * Limits describes the maximum amount of compute resources allowed.
             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
             */
            "limits"?: {
              [key: string]: number | string;
            };
            /**
             * Requests describes the minimum amount of compute resources required.
             * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
             * otherwise to an implementation-defined value. Requests cannot exceed Limits.
             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
             */
            "requests"?: {
              [key: string]: number | string;
            };
          };
          /**
           * VolumeMounts describe the mounting of Volumes within a container.
           */
          "volumeMounts"?: Array<{
            /**
             * Path within the container at which the volume should be mounted.  Must
             * not contain ':'.
             */
            "mountPath": string;
            /**
             * mountPropagation determines how mounts are propagated from the host
             * to container and the other way around.
             * When not set, MountPropagationNone is used.
             * This field is beta in 1.10.
             * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
             * (which defaults to None).
             */
            "mountPropagation"?: string;
            /**
             * This must match the Name of a Volume.
             */
            "name": string;
            /**
             * Mounted read-only if true, read-write otherwise (false or unspecified).
             * Defaults to false.
             */
            "readOnly"?: boolean;
            /**
             * RecursiveReadOnly specifies whether read-only mounts should be handled
             * recursively.
             * 
             * If ReadOnly is false, this field has no meaning and must be unspecified.
             * 
             * If ReadOnly is true, and this field is set to Disabled, the mount is not made
             * recursively read-only.  If this field is set to IfPossible, the mount is made
             * recursively read-only, if it is supported by the container runtime.  If this
             * field is set to Enabled, the mount is made recursively read-only if it is
             * supported by the container runtime, otherwise the pod will not be started and
             * an error will be generated to indicate the reason.
             * 
             * If this field is set to IfPossible or Enabled, MountPropagation must be set to
             * None (or be unspecified, which defaults to None).
             * 
             * If this field is not specified, it is treated as an equivalent of Disabled.
             */
            "recursiveReadOnly"?: string;
            /**
             * Path within the volume from which the container's volume should be mounted.
             * Defaults to "" (volume's root).
             */
            "subPath"?: string;
            /**
             * Expanded path within the volume from which the container's volume should be mounted.
             * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
             * Defaults to "" (volume's root).
             * SubPathExpr and SubPath are mutually exclusive.
             */
            "subPathExpr"?: string;
          }>;
        };
        /**
         * Patches are custom patches to apply to the NGINX DaemonSet.
         */
        "patches"?: Array<{
          /**
           * Type is the type of patch. Defaults to StrategicMerge.
           */
          "type"?: "StrategicMerge" | "Merge" | "JSONPatch";
          /**
           * Value is the patch data as raw JSON.
           * For StrategicMerge and Merge patches, this should be a JSON object.
           * For JSONPatch patches, this should be a JSON array of patch operations.
           */
          "value"?: any;
        }>;
        /**
         * Pod defines Pod-specific fields.
         */
        "pod"?: {
          /**
           * Affinity is the pod's scheduling constraints.
           */
          "affinity"?: {
            /**
             * Describes node affinity scheduling rules for the pod.
             */
            "nodeAffinity"?: {
              /**
               * The scheduler will prefer to schedule pods to nodes that satisfy
               * the affinity expressions specified by this field, but it may choose
               * a node that violates one or more of the expressions. The node that is
               * most preferred is the one with the greatest sum of weights, i.e.
               * for each node that meets all of the scheduling requirements (resource
               * request, requiredDuringScheduling affinity expressions, etc.),
               * compute a sum by iterating through the elements of this field and adding
               * "weight" to the sum if the node matches the corresponding matchExpressions; the
               * node(s) with the highest sum are the most preferred.
               */
              "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * A node selector term, associated with the corresponding weight.
                 */
                "preference": {
                  /**
                   * A list of node selector requirements by node's labels.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * A list of node selector requirements by node's fields.
                   */
                  "matchFields"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                };
                /**
                 * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                 */
                "weight": number;
              }>;
              /**
               * If the affinity requirements specified by this field are not met at
               * scheduling time, the pod will not be scheduled onto the node.
               * If the affinity requirements specified by this field cease to be met
               * at some point during pod execution (e.g. due to an update), the system
               * may or may not try to eventually evict the pod from its node.
               */
              "requiredDuringSchedulingIgnoredDuringExecution"?: {
                /**
                 * Required. A list of node selector terms. The terms are ORed.
                 */
                "nodeSelectorTerms": Array<{
                  /**
                   * A list of node selector requirements by node's labels.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * A list of node selector requirements by node's fields.
                   */
                  "matchFields"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                }>;
              };
            };
            /**
             * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
             */
            "podAffinity"?: {
              /**
               * The scheduler will prefer to schedule pods to nodes that satisfy
               * the affinity expressions specified by this field, but it may choose
               * a node that violates one or more of the expressions. The node that is
               * most preferred is the one with the greatest sum of weights, i.e.
               * for each node that meets all of the scheduling requirements (resource
               * request, requiredDuringScheduling affinity expressions, etc.),
               * compute a sum by iterating through the elements of this field and adding
               * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
               * node(s) with the highest sum are the most preferred.
               */
              "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * Required. A pod affinity term, associated with the corresponding weight.
                 */
                "podAffinityTerm": {
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
                   */
                  "labelSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                };
                /**
                 * weight associated with matching the corresponding podAffinityTerm,
                 * in the range 1-100.
                 */
                "weight": number;
              }>;
              /**
               * If the affinity requirements specified by this field are not met at
               * scheduling time, the pod will not be scheduled onto the node.
               * If the affinity requirements specified by this field cease to be met
               * at some point during pod execution (e.g. due to a pod label update), the
               * system may or may not try to eventually evict the pod from its node.
               * When there are multiple elements, the lists of nodes corresponding to each
               * podAffinityTerm are intersected, i.e. all terms must be satisfied.
               */
              "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * A label query over a set of resources, in this case pods.
                 * If it's null, this PodAffinityTerm matches with no Pods.
                 */
                "labelSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * MatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "matchLabelKeys"?: Array<string>;
                /**
                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "mismatchLabelKeys"?: Array<string>;
                /**
                 * A label query over the set of namespaces that the term applies to.
                 * The term is applied to the union of the namespaces selected by this field
                 * and the ones listed in the namespaces field.
                 * null selector and null or empty namespaces list means "this pod's namespace".
                 * An empty selector ({}) matches all namespaces.
                 */
                "namespaceSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * namespaces specifies a static list of namespace names that the term applies to.
                 * The term is applied to the union of the namespaces listed in this field
                 * and the ones selected by namespaceSelector.
                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                 */
                "namespaces"?: Array<string>;
                /**
                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                 * whose value of the label with key topologyKey matches that of any node on which any of the
                 * selected pods is running.
                 * Empty topologyKey is not allowed.
                 */
                "topologyKey": string;
              }>;
            };
            /**
             * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
             */
            "podAntiAffinity"?: {
              /**
               * The scheduler will prefer to schedule pods to nodes that satisfy
               * the anti-affinity expressions specified by this field, but it may choose
               * a node that violates one or more of the expressions. The node that is
               * most preferred is the one with the greatest sum of weights, i.e.
               * for each node that meets all of the scheduling requirements (resource
               * request, requiredDuringScheduling anti-affinity expressions, etc.),
               * compute a sum by iterating through the elements of this field and subtracting
               * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
               * node(s) with the highest sum are the most preferred.
               */
              "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * Required. A pod affinity term, associated with the corresponding weight.
                 */
                "podAffinityTerm": {
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
                   */
                  "labelSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                };
                /**
                 * weight associated with matching the corresponding podAffinityTerm,
                 * in the range 1-100.
                 */
                "weight": number;
              }>;
              /**
               * If the anti-affinity requirements specified by this field are not met at
               * scheduling time, the pod will not be scheduled onto the node.
               * If the anti-affinity requirements specified by this field cease to be met
               * at some point during pod execution (e.g. due to a pod label update), the
               * system may or may not try to eventually evict the pod from its node.
               * When there are multiple elements, the lists of nodes corresponding to each
               * podAffinityTerm are intersected, i.e. all terms must be satisfied.
               */
              "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * A label query over a set of resources, in this case pods.
                 * If it's null, this PodAffinityTerm matches with no Pods.
                 */
                "labelSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * MatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "matchLabelKeys"?: Array<string>;
                /**
                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "mismatchLabelKeys"?: Array<string>;
                /**
                 * A label query over the set of namespaces that the term applies to.
                 * The term is applied to the union of the namespaces selected by this field
                 * and the ones listed in the namespaces field.
                 * null selector and null or empty namespaces list means "this pod's namespace".
                 * An empty selector ({}) matches all namespaces.
                 */
                "namespaceSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * namespaces specifies a static list of namespace names that the term applies to.
                 * The term is applied to the union of the namespaces listed in this field
                 * and the ones selected by namespaceSelector.
                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                 */
                "namespaces"?: Array<string>;
                /**
                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                 * whose value of the label with key topologyKey matches that of any node on which any of the
                 * selected pods is running.
                 * Empty topologyKey is not allowed.
                 */
                "topologyKey": string;
              }>;
            };
          };
          /**
           * NodeSelector is a selector which must be true for the pod to fit on a node.
           * Selector which must match a node's labels for the pod to be scheduled on that node.
           */
          "nodeSelector"?: {
            [key: string]: string;
          };
          /**
           * TerminationGracePeriodSeconds is the optional duration in seconds the pod needs to terminate gracefully.
           * Value must be non-negative integer. The value zero indicates stop immediately via
           * the kill signal (no opportunity to shut down).
           * If this value is nil, the default grace period will be used instead.
           * The grace period is the duration in seconds after the processes running in the pod are sent
           * a termination signal and the time when the processes are forcibly halted with a kill signal.
           * Set this value longer than the expected cleanup time for your process.
           * Defaults to 30 seconds.
           */
          "terminationGracePeriodSeconds"?: number;
          /**
           * Tolerations allow the scheduler to schedule Pods with matching taints.
           */
          "tolerations"?: Array<{
            /**
             * Effect indicates the taint effect to match. Empty means match all taint effects.
             * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
             */
            "effect"?: string;
            /**
             * Key is the taint key that the toleration applies to. Empty means match all taint keys.
             * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
             */
            "key"?: string;
            /**
             * Operator represents a key's relationship to the value.
             * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
             * Exists is equivalent to wildcard for value, so that a pod can
             * tolerate all taints of a particular category.
             * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
             */
            "operator"?: string;
            /**
             * TolerationSeconds represents the period of time the toleration (which must be
             * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
             * it is not set, which means tolerate the taint forever (do not evict). Zero and
             * negative values will be treated as 0 (evict immediately) by the system.
             */
            "tolerationSeconds"?: number;
            /**
             * Value is the taint value the toleration matches to.
             * If the operator is Exists, the value should be empty, otherwise just a regular string.
             */
            "value"?: string;
          }>;
          /**
           * TopologySpreadConstraints describes how a group of Pods ought to spread across topology
           * domains. Scheduler will schedule Pods in a way which abides by the constraints.
           * All topologySpreadConstraints are ANDed.
           */
          "topologySpreadConstraints"?: Array<{
            /**
             * LabelSelector is used to find matching pods.
             * Pods that match this label selector are counted to determine the number of pods
             * in their corresponding topology domain.
             */
            "labelSelector"?: {
              /**
               * matchExpressions is a list of label selector requirements. The requirements are ANDed.
               */
              "matchExpressions"?: Array<{
                /**
                 * key is the label key that the selector applies to.
                 */
                "key": string;
                /**
                 * operator represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                 */
                "operator": string;
                /**
                 * values is an array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. This array is replaced during a strategic
                 * merge patch.
                 */
                "values"?: Array<string>;
              }>;
              /**
               * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
               * map is equivalent to an element of matchExpressions, whose key field is "key", the
               * operator is "In", and the values array contains only "value". The requirements are ANDed.
               */
              "matchLabels"?: {
                [key: string]: string;
              };
            };
            /**
             * MatchLabelKeys is a set of pod label keys to select the pods over which
             * spreading will be calculated. The keys are used to lookup values from the
             * incoming pod labels, those key-value labels are ANDed with labelSelector
             * to select the group of existing pods over which spreading will be calculated
             * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
             * MatchLabelKeys cannot be set when LabelSelector isn't set.
             * Keys that don't exist in the incoming pod labels will
             * be ignored. A null or empty list means only match against labelSelector.
             * 
             * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
             */
            "matchLabelKeys"?: Array<string>;
            /**
             * MaxSkew describes the degree to which pods may be unevenly distributed.
             * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
             * between the number of matching pods in the target topology and the global minimum.
             * The global minimum is the minimum number of matching pods in an eligible domain
             * or zero if the number of eligible domains is less than MinDomains.
             * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
             * labelSelector spread as 2/2/1:
             * In this case, the global minimum is 1.
             * | zone1 | zone2 | zone3 |
             * |  P P  |  P P  |   P   |
             * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
             * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
             * violate MaxSkew(1).
             * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
             * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
             * to topologies that satisfy it.
             * It's a required field. Default value is 1 and 0 is not allowed.
             */
            "maxSkew": number;
            /**
             * MinDomains indicates a minimum number of eligible domains.
             * When the number of eligible domains with matching topology keys is less than minDomains,
             * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
             * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
             * this value has no effect on scheduling.
             * As a result, when the number of eligible domains is less than minDomains,
             * scheduler won't schedule more than maxSkew Pods to those domains.
             * If value is nil, the constraint behaves as if MinDomains is equal to 1.
             * Valid values are integers greater than 0.
             * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
             * 
             * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
             * labelSelector spread as 2/2/2:
             * | zone1 | zone2 | zone3 |
             * |  P P  |  P P  |  P P  |
             * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
             * In this situation, new pod with the same labelSelector cannot be scheduled,
             * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
             * it will violate MaxSkew.
             */
            "minDomains"?: number;
            /**
             * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
             * when calculating pod topology spread skew. Options are:
             * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
             * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
             * 
             * If this value is nil, the behavior is equivalent to the Honor policy.
             */
            "nodeAffinityPolicy"?: string;
            /**
             * NodeTaintsPolicy indicates how we will treat node taints when calculating
             * pod topology spread skew. Options are:
             * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
             * has a toleration, are included.
             * - Ignore: node taints are ignored. All nodes are included.
             * 
             * If this value is nil, the behavior is equivalent to the Ignore policy.
             */
            "nodeTaintsPolicy"?: string;
            /**
             * TopologyKey is the key of node labels. Nodes that have a label with this key
             * and identical values are considered to be in the same topology.
             * We consider each <key, value> as a "bucket", and try to put balanced number
             * of pods into each bucket.
             * We define a domain as a particular instance of a topology.
             * Also, we define an eligible domain as a domain whose nodes meet the requirements of
             * nodeAffinityPolicy and nodeTaintsPolicy.
             * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
             * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
             * It's a required field.
             */
            "topologyKey": string;
            /**
             * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
             * the spread constraint.
             * - DoNotSchedule (default) tells the scheduler not to schedule it.
             * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
             *   but giving higher precedence to topologies that would help reduce the
             *   skew.
             * A constraint is considered "Unsatisfiable" for an incoming pod
             * if and only if every possible node assignment for that pod would violate
             * "MaxSkew" on some topology.
             * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
             * labelSelector spread as 3/1/1:
             * | zone1 | zone2 | zone3 |
             * | P P P |   P   |   P   |
             * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
             * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
             * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
             * won't make it \*more\* imbalanced.
             * It's a required field.
             */
            "whenUnsatisfiable": string;
          }>;
          /**
           * Volumes represents named volumes in a pod that may be accessed by any container in the pod.
           */
          "volumes"?: Array<{
            /**
             * awsElasticBlockStore represents an AWS Disk resource that is attached to a
             * kubelet's host machine and then exposed to the pod.
             * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
             * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
             */
            "awsElasticBlockStore"?: {
              /**
               * fsType is the filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
               */
              "fsType"?: string;
              /**
               * partition is the partition in the volume that you want to mount.
               * If omitted, the default is to mount by volume name.
               * Examples: For volume /dev/sda1, you specify the partition as "1".
               * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
               */
              "partition"?: number;
              /**
               * readOnly value true will force the readOnly setting in VolumeMounts.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
               */
              "readOnly"?: boolean;
              /**
               * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
               */
              "volumeID": string;
            };
            /**
             * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
             * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
             * are redirected to the disk.csi.azure.com CSI driver.
             */
            "azureDisk"?: {
              /**
               * cachingMode is the Host Caching mode: None, Read Only, Read Write.
               */
              "cachingMode"?: string;
              /**
               * diskName is the Name of the data disk in the blob storage
               */
              "diskName": string;
              /**
               * diskURI is the URI of data disk in the blob storage
               */
              "diskURI": string;
              /**
               * fsType is Filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
               */
              "kind"?: string;
              /**
               * readOnly Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
            };
            /**
             * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
             * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
             * are redirected to the file.csi.azure.com CSI driver.
             */
            "azureFile"?: {
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretName is the  name of secret that contains Azure Storage Account Name and Key
               */
              "secretName": string;
              /**
               * shareName is the azure share Name
               */
              "shareName": string;
            };
            /**
             * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
             * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
             */
            "cephfs"?: {
              /**
               * monitors is Required: Monitors is a collection of Ceph monitors
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "monitors": Array<string>;
              /**
               * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
               */
              "path"?: string;
              /**
               * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "readOnly"?: boolean;
              /**
               * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "secretFile"?: string;
              /**
               * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * user is optional: User is the rados user name, default is admin
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "user"?: string;
            };
            /**
             * cinder represents a cinder volume attached and mounted on kubelets host machine.
             * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
             * are redirected to the cinder.csi.openstack.org CSI driver.
             * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
             */
            "cinder"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
               */
              "fsType"?: string;
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
               */
              "readOnly"?: boolean;
              /**
               * secretRef is optional: points to a secret object containing parameters used to connect
               * to OpenStack.
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * volumeID used to identify the volume in cinder.
               * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
               */
              "volumeID": string;
            };
            /**
             * configMap represents a configMap that should populate this volume
             */
            "configMap"?: {
              /**
               * defaultMode is optional: mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
               * Defaults to 0644.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * items if unspecified, each key-value pair in the Data field of the referenced
               * ConfigMap will be projected into the volume as a file whose name is the
               * key and content is the value. If specified, the listed keys will be
               * projected into the specified paths, and unlisted keys will not be
               * present. If a key is specified which is not present in the ConfigMap,
               * the volume setup will error unless it is marked optional. Paths must be
               * relative and may not contain the '..' path or start with '..'.
               */
              "items"?: Array<{
                /**
                 * key is the key to project.
                 */
                "key": string;
                /**
                 * mode is Optional: mode bits used to set permissions on this file.
                 * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                 * If not specified, the volume defaultMode will be used.
                 * This might be in conflict with other options that affect the file
                 * mode, like fsGroup, and the result can be other mode bits set.
                 */
                "mode"?: number;
                /**
                 * path is the relative path of the file to map the key to.
                 * May not be an absolute path.
                 * May not contain the path element '..'.
                 * May not start with the string '..'.
                 */
                "path": string;
              }>;
              /**
               * Name of the referent.
               * This field is effectively required, but due to backwards compatibility is
               * allowed to be empty. Instances of this type with an empty value here are
               * almost certainly wrong.
               * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
               */
              "name"?: string;
              /**
               * optional specify whether the ConfigMap or its keys must be defined
               */
              "optional"?: boolean;
            };
            /**
             * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
             */
            "csi"?: {
              /**
               * driver is the name of the CSI driver that handles this volume.
               * Consult with your admin for the correct name as registered in the cluster.
               */
              "driver": string;
              /**
               * fsType to mount. Ex. "ext4", "xfs", "ntfs".
               * If not provided, the empty value is passed to the associated CSI driver
               * which will determine the default filesystem to apply.
               */
              "fsType"?: string;
              /**
               * nodePublishSecretRef is a reference to the secret object containing
               * sensitive information to pass to the CSI driver to complete the CSI
               * NodePublishVolume and NodeUnpublishVolume calls.
               * This field is optional, and  may be empty if no secret is required. If the
               * secret object contains more than one secret, all secret references are passed.
               */
              "nodePublishSecretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * readOnly specifies a read-only configuration for the volume.
               * Defaults to false (read/write).
               */
              "readOnly"?: boolean;
              /**
               * volumeAttributes stores driver-specific properties that are passed to the CSI
               * driver. Consult your driver's documentation for supported values.
               */
              "volumeAttributes"?: {
                [key: string]: string;
              };
            };
            /**
             * downwardAPI represents downward API about the pod that should populate this volume
             */
            "downwardAPI"?: {
              /**
               * Optional: mode bits to use on created files by default. Must be a
               * Optional: mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
               * Defaults to 0644.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * Items is a list of downward API volume file
               */
              "items"?: Array<{
                /**
                 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                 */
                "fieldRef"?: {
                  /**
                   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                   */
                  "apiVersion"?: string;
                  /**
                   * Path of the field to select in the specified API version.
                   */
                  "fieldPath": string;
                };
                /**
                 * Optional: mode bits used to set permissions on this file, must be an octal value
                 * between 0000 and 0777 or a decimal value between 0 and 511.
                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                 * If not specified, the volume defaultMode will be used.
                 * This might be in conflict with other options that affect the file
                 * mode, like fsGroup, and the result can be other mode bits set.
                 */
                "mode"?: number;
                /**
                 * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                 */
                "path": string;
                /**
                 * Selects a resource of the container: only resources limits and requests
                 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                 */
                "resourceFieldRef"?: {
                  /**
                   * Container name: required for volumes, optional for env vars
                   */
                  "containerName"?: string;
                  /**
                   * Specifies the output format of the exposed resources, defaults to "1"
                   */
                  "divisor"?: number | string;
                  /**
                   * Required: resource to select
                   */
                  "resource": string;
                };
              }>;
            };
            /**
             * emptyDir represents a temporary directory that shares a pod's lifetime.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
             */
            "emptyDir"?: {
              /**
               * medium represents what type of storage medium should back this directory.
               * The default is "" which means to use the node's default medium.
               * Must be an empty string (default) or Memory.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
               */
              "medium"?: string;
              /**
               * sizeLimit is the total amount of local storage required for this EmptyDir volume.
               * The size limit is also applicable for memory medium.
               * The maximum usage on memory medium EmptyDir would be the minimum value between
               * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
               * The default is nil which means that the limit is undefined.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
               */
              "sizeLimit"?: number | string;
            };
            /**
             * ephemeral represents a volume that is handled by a cluster storage driver.
             * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
             * and deleted when the pod is removed.
             * 
             * Use this if:
             * a) the volume is only needed while the pod runs,
             * b) features of normal volumes like restoring from snapshot or capacity
             *    tracking are needed,
             * c) the storage driver is specified through a storage class, and
             * d) the storage driver supports dynamic volume provisioning through
             *    a PersistentVolumeClaim (see EphemeralVolumeSource for more
             *    information on the connection between this volume type
             *    and PersistentVolumeClaim).
             * 
             * Use PersistentVolumeClaim or one of the vendor-specific
             * APIs for volumes that persist for longer than the lifecycle
             * of an individual pod.
             * 
             * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
             * be used that way - see the documentation of the driver for
             * more information.
             * 
             * A pod can use both types of ephemeral volumes and
             * persistent volumes at the same time.
             */
            "ephemeral"?: {
              /**
               * Will be used to create a stand-alone PVC to provision the volume.
               * The pod in which this EphemeralVolumeSource is embedded will be the
               * owner of the PVC, i.e. the PVC will be deleted together with the
               * pod.  The name of the PVC will be `<pod name>-<volume name>` where
               * `<volume name>` is the name from the `PodSpec.Volumes` array
               * entry. Pod validation will reject the pod if the concatenated name
               * is not valid for a PVC (for example, too long).
               * 
               * An existing PVC with that name that is not owned by the pod
               * will \*not\* be used for the pod to avoid using an unrelated
               * volume by mistake. Starting the pod is then blocked until
               * the unrelated PVC is removed. If such a pre-created PVC is
               * meant to be used by the pod, the PVC has to updated with an
               * owner reference to the pod once the pod exists. Normally
               * this should not be necessary, but it may be useful when
               * manually reconstructing a broken cluster.
               * 
               * This field is read-only and no changes will be made by Kubernetes
               * to the PVC after it has been created.
               * 
               * Required, must not be nil.
               */
              "volumeClaimTemplate"?: {
                /**
                 * May contain labels and annotations that will be copied into the PVC
                 * when creating it. No other fields are allowed and will be rejected during
                 * validation.
                 */
                "metadata"?: {
                };
                /**
                 * The specification for the PersistentVolumeClaim. The entire content is
                 * copied unchanged into the PVC that gets created from this
                 * template. The same fields as in a PersistentVolumeClaim
                 * are also valid here.
                 */
                "spec": {
                  /**
                   * accessModes contains the desired access modes the volume should have.
                   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                   */
                  "accessModes"?: Array<string>;
                  /**
                   * dataSource field can be used to specify either:
                   * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                   * \* An existing PVC (PersistentVolumeClaim)
                   * If the provisioner or an external controller can support the specified data source,
                   * it will create a new volume based on the contents of the specified data source.
                   * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                   * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                   * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                   */
                  "dataSource"?: {
                    /**
                     * APIGroup is the group for the resource being referenced.
                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                     * For any other third-party types, APIGroup is required.
                     */
                    "apiGroup"?: string;
                    /**
                     * Kind is the type of resource being referenced
                     */
                    "kind": string;
                    /**
                     * Name is the name of resource being referenced
                     */
                    "name": string;
                  };
                  /**
                   * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                   * volume is desired. This may be any object from a non-empty API group (non
                   * core object) or a PersistentVolumeClaim object.
                   * When this field is specified, volume binding will only succeed if the type of
                   * the specified object matches some installed volume populator or dynamic
                   * provisioner.
                   * This field will replace the functionality of the dataSource field and as such
                   * if both fields are non-empty, they must have the same value. For backwards
                   * compatibility, when namespace isn't specified in dataSourceRef,
                   * both fields (dataSource and dataSourceRef) will be set to the same
                   * value automatically if one of them is empty and the other is non-empty.
                   * When namespace is specified in dataSourceRef,
                   * dataSource isn't set to the same value and must be empty.
                   * There are three important differences between dataSource and dataSourceRef:
                   * \* While dataSource only allows two specific types of objects, dataSourceRef
                   *   allows any non-core object, as well as PersistentVolumeClaim objects.
                   * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                   *   preserves all values, and generates an error if a disallowed value is
                   *   specified.
                   * \* While dataSource only allows local objects, dataSourceRef allows objects
                   *   in any namespaces.
                   * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                   * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                   */
                  "dataSourceRef"?: {
                    /**
                     * APIGroup is the group for the resource being referenced.
                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                     * For any other third-party types, APIGroup is required.
                     */
                    "apiGroup"?: string;
                    /**
                     * Kind is the type of resource being referenced
                     */
                    "kind": string;
                    /**
                     * Name is the name of resource being referenced
                     */
                    "name": string;
                    /**
                     * Namespace is the namespace of resource being referenced
                     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                     */
                    "namespace"?: string;
                  };
                  /**
                   * resources represents the minimum resources the volume should have.
                   * Users are allowed to specify resource requirements
                   * that are lower than previous value but must still be higher than capacity recorded in the
                   * status field of the claim.
                   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                   */
                  "resources"?: {
                    /**
                     * Limits describes the maximum amount of compute resources allowed.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "limits"?: {
                      [key: string]: number | string;
                    };
                    /**
                     * Requests describes the minimum amount of compute resources required.
                     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "requests"?: {
                      [key: string]: number | string;
                    };
                  };
                  /**
                   * selector is a label query over volumes to consider for binding.
                   */
                  "selector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * storageClassName is the name of the StorageClass required by the claim.
                   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                   */
                  "storageClassName"?: string;
                  /**
                   * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                   * If specified, the CSI driver will create or update the volume with the attributes defined
                   * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                   * it can be changed after the claim is created. An empty string or nil value indicates that no
                   * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
                   * this field can be reset to its previous value (including nil) to cancel the modification.
                   * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                   * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                   * exists.
                   * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                   */
                  "volumeAttributesClassName"?: string;
                  /**
                   * volumeMode defines what type of volume is required by the claim.
                   * Value of Filesystem is implied when not included in claim spec.
                   */
                  "volumeMode"?: string;
                  /**
                   * volumeName is the binding reference to the PersistentVolume backing this claim.
                   */
                  "volumeName"?: string;
                };
              };
            };
            /**
             * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
             */
            "fc"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * lun is Optional: FC target lun number
               */
              "lun"?: number;
              /**
               * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * targetWWNs is Optional: FC target worldwide names (WWNs)
               */
              "targetWWNs"?: Array<string>;
              /**
               * wwids Optional: FC volume world wide identifiers (wwids)
               * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
               */
              "wwids"?: Array<string>;
            };
            /**
             * flexVolume represents a generic volume resource that is
             * provisioned/attached using an exec based plugin.
             * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
             */
            "flexVolume"?: {
              /**
               * driver is the name of the driver to use for this volume.
               */
              "driver": string;
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
               */
              "fsType"?: string;
              /**
               * options is Optional: this field holds extra command options if any.
               */
              "options"?: {
                [key: string]: string;
              };
              /**
               * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretRef is Optional: secretRef is reference to the secret object containing
               * sensitive information to pass to the plugin scripts. This may be
               * empty if no secret object is specified. If the secret object
               * contains more than one secret, all secrets are passed to the plugin
               * scripts.
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
            };
            /**
             * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
             * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
             */
            "flocker"?: {
              /**
               * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
               * should be considered as deprecated
               */
              "datasetName"?: string;
              /**
               * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
               */
              "datasetUUID"?: string;
            };
            /**
             * gcePersistentDisk represents a GCE Disk resource that is attached to a
             * kubelet's host machine and then exposed to the pod.
             * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
             * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
             */
            "gcePersistentDisk"?: {
              /**
               * fsType is filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "fsType"?: string;
              /**
               * partition is the partition in the volume that you want to mount.
               * If omitted, the default is to mount by volume name.
               * Examples: For volume /dev/sda1, you specify the partition as "1".
               * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "partition"?: number;
              /**
               * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "pdName": string;
              /**
               * readOnly here will force the ReadOnly setting in VolumeMounts.
               * Defaults to false.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "readOnly"?: boolean;
            };
            /**
             * gitRepo represents a git repository at a particular revision.
             * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
             * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
             * into the Pod's container.
             */
            "gitRepo"?: {
              /**
               * directory is the target directory name.
               * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
               * git repository.  Otherwise, if specified, the volume will contain the git repository in
               * the subdirectory with the given name.
               */
              "directory"?: string;
              /**
               * repository is the URL
               */
              "repository": string;
              /**
               * revision is the commit hash for the specified revision.
               */
              "revision"?: string;
            };
            /**
             * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
             * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
             */
            "glusterfs"?: {
              /**
               * endpoints is the endpoint name that details Glusterfs topology.
               */
              "endpoints": string;
              /**
               * path is the Glusterfs volume path.
               * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
               */
              "path": string;
              /**
               * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
               * Defaults to false.
               * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
               */
              "readOnly"?: boolean;
            };
            /**
             * hostPath represents a pre-existing file or directory on the host
             * machine that is directly exposed to the container. This is generally
             * used for system agents or other privileged things that are allowed
             * to see the host machine. Most containers will NOT need this.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
             */
            "hostPath"?: {
              /**
               * path of the directory on the host.
               * If the path is a symlink, it will follow the link to the real path.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
               */
              "path": string;
              /**
               * type for HostPath Volume
               * Defaults to ""
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
               */
              "type"?: string;
            };
            /**
             * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
             * The volume is resolved at pod startup depending on which PullPolicy value is provided:
             * 
             * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
             * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
             * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
             * 
             * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
             * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
             * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
             * The OCI object gets mounted in a single directory (spec.containers[\*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
             * The volume will be mounted read-only (ro) and non-executable files (noexec).
             * Sub path mounts for containers are not supported (spec.containers[\*].volumeMounts.subpath) before 1.33.
             * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
             */
            "image"?: {
              /**
               * Policy for pulling OCI objects. Possible values are:
               * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
               * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
               * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
               * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
               */
              "pullPolicy"?: string;
              /**
               * Required: Image or artifact reference to be used.
               * Behaves in the same way as pod.spec.containers[\*].image.
               * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
               * More info: https://kubernetes.io/docs/concepts/containers/images
               * This field is optional to allow higher level config management to default or override
               * container images in workload controllers like Deployments and StatefulSets.
               */
              "reference"?: string;
            };
            /**
             * iscsi represents an ISCSI Disk resource that is attached to a
             * kubelet's host machine and then exposed to the pod.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
             */
            "iscsi"?: {
              /**
               * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
               */
              "chapAuthDiscovery"?: boolean;
              /**
               * chapAuthSession defines whether support iSCSI Session CHAP authentication
               */
              "chapAuthSession"?: boolean;
              /**
               * fsType is the filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
               */
              "fsType"?: string;
              /**
               * initiatorName is the custom iSCSI Initiator Name.
               * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
               * <target portal>:<volume name> will be created for the connection.
               */
              "initiatorName"?: string;
              /**
               * iqn is the target iSCSI Qualified Name.
               */
              "iqn": string;
              /**
               * iscsiInterface is the interface Name that uses an iSCSI transport.
               * Defaults to 'default' (tcp).
               */
              "iscsiInterface"?: string;
              /**
               * lun represents iSCSI Target Lun number.
               */
              "lun": number;
              /**
               * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
               * is other than default (typically TCP ports 860 and 3260).
               */
              "portals"?: Array<string>;
              /**
               * readOnly here will force the ReadOnly setting in VolumeMounts.
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * secretRef is the CHAP Secret for iSCSI target and initiator authentication
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
               * is other than default (typically TCP ports 860 and 3260).
               */
              "targetPortal": string;
            };
            /**
             * name of the volume.
             * Must be a DNS_LABEL and unique within the pod.
             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
             */
            "name": string;
            /**
             * nfs represents an NFS mount on the host that shares a pod's lifetime
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
             */
            "nfs"?: {
              /**
               * path that is exported by the NFS server.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
               */
              "path": string;
              /**
               * readOnly here will force the NFS export to be mounted with read-only permissions.
               * Defaults to false.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
               */
              "readOnly"?: boolean;
              /**
               * server is the hostname or IP address of the NFS server.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
               */
              "server": string;
            };
            /**
             * persistentVolumeClaimVolumeSource represents a reference to a
             * PersistentVolumeClaim in the same namespace.
             * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
             */
            "persistentVolumeClaim"?: {
              /**
               * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
               * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
               */
              "claimName": string;
              /**
               * readOnly Will force the ReadOnly setting in VolumeMounts.
               * Default false.
               */
              "readOnly"?: boolean;
            };
            /**
             * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
             * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
             */
            "photonPersistentDisk"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * pdID is the ID that identifies Photon Controller persistent disk
               */
              "pdID": string;
            };
            /**
             * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
             * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
             * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
             * is on.
             */
            "portworxVolume"?: {
              /**
               * fSType represents the filesystem type to mount
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * volumeID uniquely identifies a Portworx volume
               */
              "volumeID": string;
            };
            /**
             * projected items for all in one resources secrets, configmaps, and downward API
             */
            "projected"?: {
              /**
               * defaultMode are the mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * sources is the list of volume projections. Each entry in this list
               * handles one source.
               */
              "sources"?: Array<{
                /**
                 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
                 * of ClusterTrustBundle objects in an auto-updating file.
                 * 
                 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
                 * 
                 * ClusterTrustBundle objects can either be selected by name, or by the
                 * combination of signer name and a label selector.
                 * 
                 * Kubelet performs aggressive normalization of the PEM contents written
                 * into the pod filesystem.  Esoteric PEM features such as inter-block
                 * comments and block headers are stripped.  Certificates are deduplicated.
                 * The ordering of certificates within the file is arbitrary, and Kubelet
                 * may change the order over time.
                 */
                "clusterTrustBundle"?: {
                  /**
                   * Select all ClusterTrustBundles that match this label selector.  Only has
                   * effect if signerName is set.  Mutually-exclusive with name.  If unset,
                   * interpreted as "match nothing".  If set but empty, interpreted as "match
                   * everything".
                   */
                  "labelSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
                   * with signerName and labelSelector.
                   */
                  "name"?: string;
                  /**
                   * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
                   * aren't available.  If using name, then the named ClusterTrustBundle is
                   * allowed not to exist.  If using signerName, then the combination of
                   * signerName and labelSelector is allowed to match zero
                   * ClusterTrustBundles.
                   */
                  "optional"?: boolean;
                  /**
                   * Relative path from the volume root to write the bundle.
                   */
                  "path": string;
                  /**
                   * Select all ClusterTrustBundles that match this signer name.
                   * Mutually-exclusive with name.  The contents of all selected
                   * ClusterTrustBundles will be unified and deduplicated.
                   */
                  "signerName"?: string;
                };
                /**
                 * configMap information about the configMap data to project
                 */
                "configMap"?: {
                  /**
                   * items if unspecified, each key-value pair in the Data field of the referenced
                   * ConfigMap will be projected into the volume as a file whose name is the
                   * key and content is the value. If specified, the listed keys will be
                   * projected into the specified paths, and unlisted keys will not be
                   * present. If a key is specified which is not present in the ConfigMap,
                   * the volume setup will error unless it is marked optional. Paths must be
                   * relative and may not contain the '..' path or start with '..'.
                   */
                  "items"?: Array<{
                    /**
                     * key is the key to project.
                     */
                    "key": string;
                    /**
                     * mode is Optional: mode bits used to set permissions on this file.
                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                     * If not specified, the volume defaultMode will be used.
                     * This might be in conflict with other options that affect the file
                     * mode, like fsGroup, and the result can be other mode bits set.
                     */
                    "mode"?: number;
                    /**
                     * path is the relative path of the file to map the key to.
                     * May not be an absolute path.
                     * May not contain the path element '..'.
                     * May not start with the string '..'.
                     */
                    "path": string;
                  }>;
                  /**
                   * Name of the referent.
                   * This field is effectively required, but due to backwards compatibility is
                   * allowed to be empty. Instances of this type with an empty value here are
                   * almost certainly wrong.
                   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                   */
                  "name"?: string;
                  /**
                   * optional specify whether the ConfigMap or its keys must be defined
                   */
                  "optional"?: boolean;
                };
                /**
                 * downwardAPI information about the downwardAPI data to project
                 */
                "downwardAPI"?: {
                  /**
                   * Items is a list of DownwardAPIVolume file
                   */
                  "items"?: Array<{
                    /**
                     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                     */
                    "fieldRef"?: {
                      /**
                       * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                       */
                      "apiVersion"?: string;
                      /**
                       * Path of the field to select in the specified API version.
                       */
                      "fieldPath": string;
                    };
                    /**
                     * Optional: mode bits used to set permissions on this file, must be an octal value
                     * between 0000 and 0777 or a decimal value between 0 and 511.
                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                     * If not specified, the volume defaultMode will be used.
                     * This might be in conflict with other options that affect the file
                     * mode, like fsGroup, and the result can be other mode bits set.
                     */
                    "mode"?: number;
                    /**
                     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                     */
                    "path": string;
                    /**
                     * Selects a resource of the container: only resources limits and requests
                     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                     */
                    "resourceFieldRef"?: {
                      /**
                       * Container name: required for volumes, optional for env vars
                       */
                      "containerName"?: string;
                      /**
                       * Specifies the output format of the exposed resources, defaults to "1"
                       */
                      "divisor"?: number | string;
                      /**
                       * Required: resource to select
                       */
                      "resource": string;
                    };
                  }>;
                };
                /**
                 * Projects an auto-rotating credential bundle (private key and certificate
                 * chain) that the pod can use either as a TLS client or server.
                 * 
                 * Kubelet generates a private key and uses it to send a
                 * PodCertificateRequest to the named signer.  Once the signer approves the
                 * request and issues a certificate chain, Kubelet writes the key and
                 * certificate chain to the pod filesystem.  The pod does not start until
                 * certificates have been issued for each podCertificate projected volume
                 * source in its spec.
                 * 
                 * Kubelet will begin trying to rotate the certificate at the time indicated
                 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
                 * timestamp.
                 * 
                 * Kubelet can write a single file, indicated by the credentialBundlePath
                 * field, or separate files, indicated by the keyPath and
                 * certificateChainPath fields.
                 * 
                 * The credential bundle is a single file in PEM format.  The first PEM
                 * entry is the private key (in PKCS#8 format), and the remaining PEM
                 * entries are the certificate chain issued by the signer (typically,
                 * signers will return their certificate chain in leaf-to-root order).
                 * 
                 * Prefer using the credential bundle format, since your application code
                 * can read it atomically.  If you use keyPath and certificateChainPath,
                 * your application must make two separate file reads. If these coincide
                 * with a certificate rotation, it is possible that the private key and leaf
                 * certificate you read may not correspond to each other.  Your application
                 * will need to check for this condition, and re-read until they are
                 * consistent.
                 * 
                 * The named signer controls chooses the format of the certificate it
                 * issues; consult the signer implementation's documentation to learn how to
                 * use the certificates it issues.
                 */
                "podCertificate"?: {
                  /**
                   * Write the certificate chain at this path in the projected volume.
                   * 
                   * Most applications should use credentialBundlePath.  When using keyPath
                   * and certificateChainPath, your application needs to check that the key
                   * and leaf certificate are consistent, because it is possible to read the
                   * files mid-rotation.
                   */
                  "certificateChainPath"?: string;
                  /**
                   * Write the credential bundle at this path in the projected volume.
                   * 
                   * The credential bundle is a single file that contains multiple PEM blocks.
                   * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
                   * key.
                   * 
                   * The remaining blocks are CERTIFICATE blocks, containing the issued
                   * certificate chain from the signer (leaf and any intermediates).
                   * 
                   * Using credentialBundlePath lets your Pod's application code make a single
                   * atomic read that retrieves a consistent key and certificate chain.  If you
                   * project them to separate files, your application code will need to
                   * additionally check that the leaf certificate was issued to the key.
                   */
                  "credentialBundlePath"?: string;
                  /**
                   * Write the key at this path in the projected volume.
                   * 
                   * Most applications should use credentialBundlePath.  When using keyPath
                   * and certificateChainPath, your application needs to check that the key
                   * and leaf certificate are consistent, because it is possible to read the
                   * files mid-rotation.
                   */
                  "keyPath"?: string;
                  /**
                   * The type of keypair Kubelet will generate for the pod.
                   * 
                   * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
                   * "ECDSAP521", and "ED25519".
                   */
                  "keyType": string;
                  /**
                   * maxExpirationSeconds is the maximum lifetime permitted for the
                   * certificate.
                   * 
                   * Kubelet copies this value verbatim into the PodCertificateRequests it
                   * generates for this projection.
                   * 
                   * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
                   * will reject values shorter than 3600 (1 hour).  The maximum allowable
                   * value is 7862400 (91 days).
                   * 
                   * The signer implementation is then free to issue a certificate with any
                   * lifetime \*shorter\* than MaxExpirationSeconds, but no shorter than 3600
                   * seconds (1 hour).  This constraint is enforced by kube-apiserver.
                   * `kubernetes.io` signers will never issue certificates with a lifetime
                   * longer than 24 hours.
                   */
                  "maxExpirationSeconds"?: number;
                  /**
                   * Kubelet's generated CSRs will be addressed to this signer.
                   */
                  "signerName": string;
                  /**
                   * userAnnotations allow pod authors to pass additional information to
                   * the signer implementation.  Kubernetes does not restrict or validate this
                   * metadata in any way.
                   * 
                   * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
                   * the PodCertificateRequest objects that Kubelet creates.
                   * 
                   * Entries are subject to the same validation as object metadata annotations,
                   * with the addition that all keys must be domain-prefixed. No restrictions
                   * are placed on values, except an overall size limitation on the entire field.
                   * 
                   * Signers should document the keys and values they support. Signers should
                   * deny requests that contain keys they do not recognize.
                   */
                  "userAnnotations"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * secret information about the secret data to project
                 */
                "secret"?: {
                  /**
                   * items if unspecified, each key-value pair in the Data field of the referenced
                   * Secret will be projected into the volume as a file whose name is the
                   * key and content is the value. If specified, the listed keys will be
                   * projected into the specified paths, and unlisted keys will not be
                   * present. If a key is specified which is not present in the Secret,
                   * the volume setup will error unless it is marked optional. Paths must be
                   * relative and may not contain the '..' path or start with '..'.
                   */
                  "items"?: Array<{
                    /**
                     * key is the key to project.
                     */
                    "key": string;
                    /**
                     * mode is Optional: mode bits used to set permissions on this file.
                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                     * If not specified, the volume defaultMode will be used.
                     * This might be in conflict with other options that affect the file
                     * mode, like fsGroup, and the result can be other mode bits set.
                     */
                    "mode"?: number;
                    /**
                     * path is the relative path of the file to map the key to.
                     * May not be an absolute path.
                     * May not contain the path element '..'.
                     * May not start with the string '..'.
                     */
                    "path": string;
                  }>;
                  /**
                   * Name of the referent.
                   * This field is effectively required, but due to backwards compatibility is
                   * allowed to be empty. Instances of this type with an empty value here are
                   * almost certainly wrong.
                   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                   */
                  "name"?: string;
                  /**
                   * optional field specify whether the Secret or its key must be defined
                   */
                  "optional"?: boolean;
                };
                /**
                 * serviceAccountToken is information about the serviceAccountToken data to project
                 */
                "serviceAccountToken"?: {
                  /**
                   * audience is the intended audience of the token. A recipient of a token
                   * must identify itself with an identifier specified in the audience of the
                   * token, and otherwise should reject the token. The audience defaults to the
                   * identifier of the apiserver.
                   */
                  "audience"?: string;
                  /**
                   * expirationSeconds is the requested duration of validity of the service
                   * account token. As the token approaches expiration, the kubelet volume
                   * plugin will proactively rotate the service account token. The kubelet will
                   * start trying to rotate the token if the token is older than 80 percent of
                   * its time to live or if the token is older than 24 hours.Defaults to 1 hour
                   * and must be at least 10 minutes.
                   */
                  "expirationSeconds"?: number;
                  /**
                   * path is the path relative to the mount point of the file to project the
                   * token into.
                   */
                  "path": string;
                };
              }>;
            };
            /**
             * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
             * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
             */
            "quobyte"?: {
              /**
               * group to map volume access to
               * Default is no group
               */
              "group"?: string;
              /**
               * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * registry represents a single or multiple Quobyte Registry services
               * specified as a string as host:port pair (multiple entries are separated with commas)
               * which acts as the central registry for volumes
               */
              "registry": string;
              /**
               * tenant owning the given Quobyte volume in the Backend
               * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
               */
              "tenant"?: string;
              /**
               * user to map volume access to
               * Defaults to serivceaccount user
               */
              "user"?: string;
              /**
               * volume is a string that references an already created Quobyte volume by name.
               */
              "volume": string;
            };
            /**
             * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
             * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
             */
            "rbd"?: {
              /**
               * fsType is the filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
               */
              "fsType"?: string;
              /**
               * image is the rados image name.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "image": string;
              /**
               * keyring is the path to key ring for RBDUser.
               * Default is /etc/ceph/keyring.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "keyring"?: string;
              /**
               * monitors is a collection of Ceph monitors.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "monitors": Array<string>;
              /**
               * pool is the rados pool name.
               * Default is rbd.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "pool"?: string;
              /**
               * readOnly here will force the ReadOnly setting in VolumeMounts.
               * Defaults to false.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "readOnly"?: boolean;
              /**
               * secretRef is name of the authentication secret for RBDUser. If provided
               * overrides keyring.
               * Default is nil.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * user is the rados user name.
               * Default is admin.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "user"?: string;
            };
            /**
             * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
             * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
             */
            "scaleIO"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs".
               * Default is "xfs".
               */
              "fsType"?: string;
              /**
               * gateway is the host address of the ScaleIO API Gateway.
               */
              "gateway": string;
              /**
               * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
               */
              "protectionDomain"?: string;
              /**
               * readOnly Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretRef references to the secret for ScaleIO user and other
               * sensitive information. If this is not provided, Login operation will fail.
               */
              "secretRef": {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * sslEnabled Flag enable/disable SSL communication with Gateway, default false
               */
              "sslEnabled"?: boolean;
              /**
               * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
               * Default is ThinProvisioned.
               */
              "storageMode"?: string;
              /**
               * storagePool is the ScaleIO Storage Pool associated with the protection domain.
               */
              "storagePool"?: string;
              /**
               * system is the name of the storage system as configured in ScaleIO.
               */
              "system": string;
              /**
               * volumeName is the name of a volume already created in the ScaleIO system
               * that is associated with this volume source.
               */
              "volumeName"?: string;
            };
            /**
             * secret represents a secret that should populate this volume.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
             */
            "secret"?: {
              /**
               * defaultMode is Optional: mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values
               * for mode bits. Defaults to 0644.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * items If unspecified, each key-value pair in the Data field of the referenced
               * Secret will be projected into the volume as a file whose name is the
               * key and content is the value. If specified, the listed keys will be
               * projected into the specified paths, and unlisted keys will not be
               * present. If a key is specified which is not present in the Secret,
               * the volume setup will error unless it is marked optional. Paths must be
               * relative and may not contain the '..' path or start with '..'.
               */
              "items"?: Array<{
                /**
                 * key is the key to project.
                 */
                "key": string;
                /**
                 * mode is Optional: mode bits used to set permissions on this file.
                 * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                 * If not specified, the volume defaultMode will be used.
                 * This might be in conflict with other options that affect the file
                 * mode, like fsGroup, and the result can be other mode bits set.
                 */
                "mode"?: number;
                /**
                 * path is the relative path of the file to map the key to.
                 * May not be an absolute path.
                 * May not contain the path element '..'.
                 * May not start with the string '..'.
                 */
                "path": string;
              }>;
              /**
               * optional field specify whether the Secret or its keys must be defined
               */
              "optional"?: boolean;
              /**
               * secretName is the name of the secret in the pod's namespace to use.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
               */
              "secretName"?: string;
            };
            /**
             * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
             * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
             */
            "storageos"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretRef specifies the secret to use for obtaining the StorageOS API
               * credentials.  If not specified, default values will be attempted.
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * volumeName is the human-readable name of the StorageOS volume.  Volume
               * names are only unique within a namespace.
               */
              "volumeName"?: string;
              /**
               * volumeNamespace specifies the scope of the volume within StorageOS.  If no
               * namespace is specified then the Pod's namespace will be used.  This allows the
               * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
               * Set VolumeName to any name to override the default behaviour.
               * Set to "default" if you are not using namespaces within StorageOS.
               * Namespaces that do not pre-exist within StorageOS will be created.
               */
              "volumeNamespace"?: string;
            };
            /**
             * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
             * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
             * are redirected to the csi.vsphere.vmware.com CSI driver.
             */
            "vsphereVolume"?: {
              /**
               * fsType is filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
               */
              "storagePolicyID"?: string;
              /**
               * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
               */
              "storagePolicyName"?: string;
              /**
               * volumePath is the path that identifies vSphere volume vmdk
               */
              "volumePath": string;
            };
          }>;
        };
        /**
         * WAFContainers defines container specifications for NGINX App Protect WAF v5 containers.
         * These containers are only deployed when WAF is enabled in the NginxProxy spec.
         */
        "wafContainers"?: {
          /**
           * ConfigManager defines the configuration for the WAF configuration manager container.
           * This container manages policy configuration and communication with the enforcer.
           */
          "configManager"?: {
            /**
             * Image is the container image to use for this WAF container.
             */
            "image"?: {
              /**
               * PullPolicy describes a policy for if/when to pull a container image.
               */
              "pullPolicy"?: "Always" | "Never" | "IfNotPresent";
              /**
               * Repository is the image path.
               * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
               */
              "repository"?: string;
              /**
               * Tag is the image tag to use. Default matches the tag of the control plane.
               */
              "tag"?: string;
            };
            /**
             * Resources describes the compute resource requirements for this WAF container.
             */
            "resources"?: {
              /**
               * Claims lists the names of resources, defined in spec.resourceClaims,
               * that are used by this container.
               * 
               * This field depends on the
               * DynamicResourceAllocation feature gate.
               * 
               * This field is immutable. It can only be set for containers.
               */
              "claims"?: Array<{
                /**
                 * Name must match the name of one entry in pod.spec.resourceClaims of
                 * the Pod where this field is used. It makes that resource available
                 * inside a container.
                 */
                "name": string;
                /**
                 * Request is the name chosen for a request in the referenced claim.
                 * If empty, everything from the claim is made available, otherwise
                 * only the result of this request.
                 */
                "request"?: string;
              }>;
              /**
               * Limits describes the maximum amount of compute resources allowed.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "limits"?: {
                [key: string]: number | string;
              };
              /**
               * Requests describes the minimum amount of compute resources required.
               * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
               * otherwise to an implementation-defined value. Requests cannot exceed Limits.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "requests"?: {
                [key: string]: number | string;
              };
            };
            /**
             * VolumeMounts describe the mounting of Volumes within the WAF container.
             */
            "volumeMounts"?: Array<{
              /**
               * Path within the container at which the volume should be mounted.  Must
               * not contain ':'.
               */
              "mountPath": string;
              /**
               * mountPropagation determines how mounts are propagated from the host
               * to container and the other way around.
               * When not set, MountPropagationNone is used.
               * This field is beta in 1.10.
               * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
               * (which defaults to None).
               */
              "mountPropagation"?: string;
              /**
               * This must match the Name of a Volume.
               */
              "name": string;
              /**
               * Mounted read-only if true, read-write otherwise (false or unspecified).
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * RecursiveReadOnly specifies whether read-only mounts should be handled
               * recursively.
               * 
               * If ReadOnly is false, this field has no meaning and must be unspecified.
               * 
               * If ReadOnly is true, and this field is set to Disabled, the mount is not made
               * recursively read-only.  If this field is set to IfPossible, the mount is made
               * recursively read-only, if it is supported by the container runtime.  If this
               * field is set to Enabled, the mount is made recursively read-only if it is
               * supported by the container runtime, otherwise the pod will not be started and
               * an error will be generated to indicate the reason.
               * 
               * If this field is set to IfPossible or Enabled, MountPropagation must be set to
               * None (or be unspecified, which defaults to None).
               * 
               * If this field is not specified, it is treated as an equivalent of Disabled.
               */
              "recursiveReadOnly"?: string;
              /**
               * Path within the volume from which the container's volume should be mounted.
               * Defaults to "" (volume's root).
               */
              "subPath"?: string;
              /**
               * Expanded path within the volume from which the container's volume should be mounted.
               * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
               * Defaults to "" (volume's root).
               * SubPathExpr and SubPath are mutually exclusive.
               */
              "subPathExpr"?: string;
            }>;
          };
          /**
           * Enforcer defines the configuration for the WAF enforcer container.
           * This container performs the actual WAF enforcement and policy application.
           */
          "enforcer"?: {
            /**
             * Image is the container image to use for this WAF container.
             */
            "image"?: {
              /**
               * PullPolicy describes a policy for if/when to pull a container image.
               */
              "pullPolicy"?: "Always" | "Never" | "IfNotPresent";
              /**
               * Repository is the image path.
               * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
               */
              "repository"?: string;
              /**
               * Tag is the image tag to use. Default matches the tag of the control plane.
               */
              "tag"?: string;
            };
            /**
             * Resources describes the compute resource requirements for this WAF container.
             */
            "resources"?: {
              /**
               * Claims lists the names of resources, defined in spec.resourceClaims,
               * that are used by this container.
               * 
               * This field depends on the
               * DynamicResourceAllocation feature gate.
               * 
               * This field is immutable. It can only be set for containers.
               */
              "claims"?: Array<{
                /**
                 * Name must match the name of one entry in pod.spec.resourceClaims of
                 * the Pod where this field is used. It makes that resource available
                 * inside a container.
                 */
                "name": string;
                /**
                 * Request is the name chosen for a request in the referenced claim.
                 * If empty, everything from the claim is made available, otherwise
                 * only the result of this request.
                 */
                "request"?: string;
              }>;
              /**
               * Limits describes the maximum amount of compute resources allowed.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "limits"?: {
                [key: string]: number | string;
              };
              /**
               * Requests describes the minimum amount of compute resources required.
               * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
               * otherwise to an implementation-defined value. Requests cannot exceed Limits.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "requests"?: {
                [key: string]: number | string;
              };
            };
            /**
             * VolumeMounts describe the mounting of Volumes within the WAF container.
             */
            "volumeMounts"?: Array<{
              /**
               * Path within the container at which the volume should be mounted.  Must
               * not contain ':'.
               */
              "mountPath": string;
              /**
               * mountPropagation determines how mounts are propagated from the host
               * to container and the other way around.
               * When not set, MountPropagationNone is used.
               * This field is beta in 1.10.
               * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
               * (which defaults to None).
               */
              "mountPropagation"?: string;
              /**
               * This must match the Name of a Volume.
               */
              "name": string;
              /**
               * Mounted read-only if true, read-write otherwise (false or unspecified).
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * RecursiveReadOnly specifies whether read-only mounts should be handled
               * recursively.
               * 
               * If ReadOnly is false, this field has no meaning and must be unspecified.
               * 
               * If ReadOnly is true, and this field is set to Disabled, the mount is not made
               * recursively read-only.  If this field is set to IfPossible, the mount is made
               * recursively read-only, if it is supported by the container runtime.  If this
               * field is set to Enabled, the mount is made recursively read-only if it is
               * supported by the container runtime, otherwise the pod will not be started and
               * an error will be generated to indicate the reason.
               * 
               * If this field is set to IfPossible or Enabled, MountPropagation must be set to
               * None (or be unspecified, which defaults to None).
               * 
               * If this field is not specified, it is treated as an equivalent of Disabled.
               */
              "recursiveReadOnly"?: string;
              /**
               * Path within the volume from which the container's volume should be mounted.
               * Defaults to "" (volume's root).
               */
              "subPath"?: string;
              /**
               * Expanded path within the volume from which the container's volume should be mounted.
               * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
               * Defaults to "" (volume's root).
               * SubPathExpr and SubPath are mutually exclusive.
               */
              "subPathExpr"?: string;
            }>;
          };
        };
      };
      /**
       * Deployment is the configuration for the NGINX Deployment.
       * This is the default deployment option.
       */
      "deployment"?: {
        /**
         * Autoscaling defines the configuration for Horizontal Pod Autoscaling.
         */
        "autoscaling"?: {
          /**
           * Behavior configures the scaling behavior of the target
           * in both Up and Down directions (scaleUp and scaleDown fields respectively).
           * If not set, the default HPAScalingRules for scale up and scale down are used.
           */
          "behavior"?: {
            /**
             * scaleDown is scaling policy for scaling Down.
             * If not set, the default value is to allow to scale down to minReplicas pods, with a
             * 300 second stabilization window (i.e., the highest recommendation for
             * the last 300sec is used).
             */
            "scaleDown"?: {
              /**
               * policies is a list of potential scaling polices which can be used during scaling.
               * If not set, use the default values:
               * - For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window.
               * - For scale down: allow all pods to be removed in a 15s window.
               */
              "policies"?: Array<{
                /**
                 * periodSeconds specifies the window of time for which the policy should hold true.
                 * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
                 */
                "periodSeconds": number;
                /**
                 * type is used to specify the scaling policy.
                 */
                "type": string;
                /**
                 * value contains the amount of change which is permitted by the policy.
                 * It must be greater than zero
                 */
                "value": number;
              }>;
              /**
               * selectPolicy is used to specify which policy should be used.
               * If not set, the default value Max is used.
               */
              "selectPolicy"?: string;
              /**
               * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
               * considered while scaling up or scaling down.
               * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
               * If not set, use the default values:
               * - For scale up: 0 (i.e. no stabilization is done).
               * - For scale down: 300 (i.e. the stabilization window is 300 seconds long).
               */
              "stabilizationWindowSeconds"?: number;
              /**
               * tolerance is the tolerance on the ratio between the current and desired
               * metric value under which no updates are made to the desired number of
               * replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not
               * set, the default cluster-wide tolerance is applied (by default 10%).
               * 
               * For example, if autoscaling is configured with a memory consumption target of 100Mi,
               * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
               * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
               * 
               * This is an beta field and requires the HPAConfigurableTolerance feature
               * gate to be enabled.
               */
              "tolerance"?: number | string;
            };
            /**
             * scaleUp is scaling policy for scaling Up.
             * If not set, the default value is the higher of:
             *   \* increase no more than 4 pods per 60 seconds
             *   \* double the number of pods per 60 seconds
             * No stabilization is used.
             */
            "scaleUp"?: {
              /**
               * policies is a list of potential scaling polices which can be used during scaling.
               * If not set, use the default values:
               * - For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window.
               * - For scale down: allow all pods to be removed in a 15s window.
               */
              "policies"?: Array<{
                /**
                 * periodSeconds specifies the window of time for which the policy should hold true.
                 * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
                 */
                "periodSeconds": number;
                /**
                 * type is used to specify the scaling policy.
                 */
                "type": string;
                /**
                 * value contains the amount of change which is permitted by the policy.
                 * It must be greater than zero
                 */
                "value": number;
              }>;
              /**
               * selectPolicy is used to specify which policy should be used.
               * If not set, the default value Max is used.
               */
              "selectPolicy"?: string;
              /**
               * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
               * considered while scaling up or scaling down.
               * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
               * If not set, use the default values:
               * - For scale up: 0 (i.e. no stabilization is done).
               * - For scale down: 300 (i.e. the stabilization window is 300 seconds long).
               */
              "stabilizationWindowSeconds"?: number;
              /**
               * tolerance is the tolerance on the ratio between the current and desired
               * metric value under which no updates are made to the desired number of
               * replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not
               * set, the default cluster-wide tolerance is applied (by default 10%).
               * 
               * For example, if autoscaling is configured with a memory consumption target of 100Mi,
               * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
               * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
               * 
               * This is an beta field and requires the HPAConfigurableTolerance feature
               * gate to be enabled.
               */
              "tolerance"?: number | string;
            };
          };
          /**
           * Enable or disable Horizontal Pod Autoscaler.
           */
          "enable": boolean;
          /**
           * Maximum number of replicas.
           */
          "maxReplicas": number;
          /**
           * Metrics configures additional metrics options.
           */
          "metrics"?: Array<{
            /**
             * containerResource refers to a resource metric (such as those specified in
             * requests and limits) known to Kubernetes describing a single container in
             * each pod of the current scale target (e.g. CPU or memory). Such metrics are
             * built in to Kubernetes, and have special scaling options on top of those
             * available to normal per-pod metrics using the "pods" source.
             */
            "containerResource"?: {
              /**
               * container is the name of the container in the pods of the scaling target
               */
              "container": string;
              /**
               * name is the name of the resource in question.
               */
              "name": string;
              /**
               * target specifies the target value for the given metric
               */
              "target": {
                /**
                 * averageUtilization is the target value of the average of the
                 * resource metric across all relevant pods, represented as a percentage of
                 * the requested value of the resource for the pods.
                 * Currently only valid for Resource metric source type
                 */
                "averageUtilization"?: number;
                /**
                 * averageValue is the target value of the average of the
                 * metric across all relevant pods (as a quantity)
                 */
                "averageValue"?: number | string;
                /**
                 * type represents whether the metric type is Utilization, Value, or AverageValue
                 */
                "type": string;
                /**
                 * value is the target value of the metric (as a quantity).
                 */
                "value"?: number | string;
              };
            };
            /**
             * external refers to a global metric that is not associated
             * with any Kubernetes object. It allows autoscaling based on information
             * coming from components running outside of cluster
             * (for example length of queue in cloud messaging service, or
             * QPS from loadbalancer running outside of cluster).
             */
            "external"?: {
              /**
               * metric identifies the target metric by name and selector
               */
              "metric": {
                /**
                 * name is the name of the given metric
                 */
                "name": string;
                /**
                 * selector is the string-encoded form of a standard kubernetes label selector for the given metric
                 * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
                 * When unset, just the metricName will be used to gather metrics.
                 */
                "selector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
              };
              /**
               * target specifies the target value for the given metric
               */
              "target": {
                /**
                 * averageUtilization is the target value of the average of the
                 * resource metric across all relevant pods, represented as a percentage of
                 * the requested value of the resource for the pods.
                 * Currently only valid for Resource metric source type
                 */
                "averageUtilization"?: number;
                /**
                 * averageValue is the target value of the average of the
                 * metric across all relevant pods (as a quantity)
                 */
                "averageValue"?: number | string;
                /**
                 * type represents whether the metric type is Utilization, Value, or AverageValue
                 */
                "type": string;
                /**
                 * value is the target value of the metric (as a quantity).
                 */
                "value"?: number | string;
              };
            };
            /**
             * object refers to a metric describing a single kubernetes object
             * (for example, hits-per-second on an Ingress object).
             */
            "object"?: {
              /**
               * describedObject specifies the descriptions of a object,such as kind,name apiVersion
               */
              "describedObject": {
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
               * metric identifies the target metric by name and selector
               */
              "metric": {
                /**
                 * name is the name of the given metric
                 */
                "name": string;
                /**
                 * selector is the string-encoded form of a standard kubernetes label selector for the given metric
                 * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
                 * When unset, just the metricName will be used to gather metrics.
                 */
                "selector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
              };
              /**
               * target specifies the target value for the given metric
               */
              "target": {
                /**
                 * averageUtilization is the target value of the average of the
                 * resource metric across all relevant pods, represented as a percentage of
                 * the requested value of the resource for the pods.
                 * Currently only valid for Resource metric source type
                 */
                "averageUtilization"?: number;
                /**
                 * averageValue is the target value of the average of the
                 * metric across all relevant pods (as a quantity)
                 */
                "averageValue"?: number | string;
                /**
                 * type represents whether the metric type is Utilization, Value, or AverageValue
                 */
                "type": string;
                /**
                 * value is the target value of the metric (as a quantity).
                 */
                "value"?: number | string;
              };
            };
            /**
             * pods refers to a metric describing each pod in the current scale target
             * (for example, transactions-processed-per-second).  The values will be
             * averaged together before being compared to the target value.
             */
            "pods"?: {
              /**
               * metric identifies the target metric by name and selector
               */
              "metric": {
                /**
                 * name is the name of the given metric
                 */
                "name": string;
                /**
                 * selector is the string-encoded form of a standard kubernetes label selector for the given metric
                 * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
                 * When unset, just the metricName will be used to gather metrics.
                 */
                "selector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
              };
              /**
               * target specifies the target value for the given metric
               */
              "target": {
                /**
                 * averageUtilization is the target value of the average of the
                 * resource metric across all relevant pods, represented as a percentage of
                 * the requested value of the resource for the pods.
                 * Currently only valid for Resource metric source type
                 */
                "averageUtilization"?: number;
                /**
                 * averageValue is the target value of the average of the
                 * metric across all relevant pods (as a quantity)
                 */
                "averageValue"?: number | string;
                /**
                 * type represents whether the metric type is Utilization, Value, or AverageValue
                 */
                "type": string;
                /**
                 * value is the target value of the metric (as a quantity).
                 */
                "value"?: number | string;
              };
            };
            /**
             * resource refers to a resource metric (such as those specified in
             * requests and limits) known to Kubernetes describing each pod in the
             * current scale target (e.g. CPU or memory). Such metrics are built in to
             * Kubernetes, and have special scaling options on top of those available
             * to normal per-pod metrics using the "pods" source.
             */
            "resource"?: {
              /**
               * name is the name of the resource in question.
               */
              "name": string;
              /**
               * target specifies the target value for the given metric
               */
              "target": {
                /**
                 * averageUtilization is the target value of the average of the
                 * resource metric across all relevant pods, represented as a percentage of
                 * the requested value of the resource for the pods.
                 * Currently only valid for Resource metric source type
                 */
                "averageUtilization"?: number;
                /**
                 * averageValue is the target value of the average of the
                 * metric across all relevant pods (as a quantity)
                 */
                "averageValue"?: number | string;
                /**
                 * type represents whether the metric type is Utilization, Value, or AverageValue
                 */
                "type": string;
                /**
                 * value is the target value of the metric (as a quantity).
                 */
                "value"?: number | string;
              };
            };
            /**
             * type is the type of metric source.  It should be one of "ContainerResource", "External",
             * "Object", "Pods" or "Resource", each mapping to a matching field in the object.
             */
            "type": string;
          }>;
          /**
           * Minimum number of replicas.
           */
          "minReplicas"?: number;
          /**
           * Target cpu utilization percentage of HPA.
           */
          "targetCPUUtilizationPercentage"?: number;
          /**
           * Target memory utilization percentage of HPA.
           */
          "targetMemoryUtilizationPercentage"?: number;
        };
        /**
         * Container defines container fields for the NGINX container.
         */
        "container"?: {
          /**
           * Debug enables debugging for NGINX by using the nginx-debug binary.
           */
          "debug"?: boolean;
          /**
           * HostPorts are the list of ports to expose on the host.
           */
          "hostPorts"?: Array<{
            /**
             * ContainerPort is the port on the nginx container to map to the HostPort.
             */
            "containerPort": number;
            /**
             * Port to expose on the host.
             */
            "port": number;
          }>;
          /**
           * Image is the NGINX image to use.
           */
          "image"?: {
            /**
             * PullPolicy describes a policy for if/when to pull a container image.
             */
            "pullPolicy"?: "Always" | "Never" | "IfNotPresent";
            /**
             * Repository is the image path.
             * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
             */
            "repository"?: string;
            /**
             * Tag is the image tag to use. Default matches the tag of the control plane.
             */
            "tag"?: string;
          };
          /**
           * Lifecycle describes actions that the management system should take in response to container lifecycle
           * events. For the PostStart and PreStop lifecycle handlers, management of the container blocks
           * until the action is complete, unless the container process fails, in which case the handler is aborted.
           */
          "lifecycle"?: {
            /**
             * PostStart is called immediately after a container is created. If the handler fails,
             * the container is terminated and restarted according to its restart policy.
             * Other management of the container blocks until the hook completes.
             * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
             */
            "postStart"?: {
              /**
               * Exec specifies a command to execute in the container.
               */
              "exec"?: {
                /**
                 * Command is the command line to execute inside the container, the working directory for the
                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                 * a shell, you need to explicitly call out to that shell.
                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                 */
                "command"?: Array<string>;
              };
              /**
               * HTTPGet specifies an HTTP GET request to perform.
               */
              "httpGet"?: {
                /**
                 * Host name to connect to, defaults to the pod IP. You probably want to set
                 * "Host" in httpHeaders instead.
                 */
                "host"?: string;
                /**
                 * Custom headers to set in the request. HTTP allows repeated headers.
                 */
                "httpHeaders"?: Array<{
                  /**
                   * The header field name.
                   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                   */
                  "name": string;
                  /**
                   * The header field value
                   */
                  "value": string;
                }>;
                /**
                 * Path to access on the HTTP server.
                 */
                "path"?: string;
                /**
                 * Name or number of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
                /**
                 * Scheme to use for connecting to the host.
                 * Defaults to HTTP.
                 */
                "scheme"?: string;
              };
              /**
               * Sleep represents a duration that the container should sleep.
               */
              "sleep"?: {
                /**
                 * Seconds is the number of seconds to sleep.
                 */
                "seconds": number;
              };
              /**
               * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
               * for backward compatibility. There is no validation of this field and
               * lifecycle hooks will fail at runtime when it is specified.
               */
              "tcpSocket"?: {
                /**
                 * Optional: Host name to connect to, defaults to the pod IP.
                 */
                "host"?: string;
                /**
                 * Number or name of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
              };
            };
            /**
             * PreStop is called immediately before a container is terminated due to an
             * API request or management event such as liveness/startup probe failure,
             * preemption, resource contention, etc. The handler is not called if the
             * container crashes or exits. The Pod's termination grace period countdown begins before the
             * PreStop hook is executed. Regardless of the outcome of the handler, the
             * container will eventually terminate within the Pod's termination grace
             * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
             * or until the termination grace period is reached.
             * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
             */
            "preStop"?: {
              /**
               * Exec specifies a command to execute in the container.
               */
              "exec"?: {
                /**
                 * Command is the command line to execute inside the container, the working directory for the
                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                 * a shell, you need to explicitly call out to that shell.
                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                 */
                "command"?: Array<string>;
              };
              /**
               * HTTPGet specifies an HTTP GET request to perform.
               */
              "httpGet"?: {
                /**
                 * Host name to connect to, defaults to the pod IP. You probably want to set
                 * "Host" in httpHeaders instead.
                 */
                "host"?: string;
                /**
                 * Custom headers to set in the request. HTTP allows repeated headers.
                 */
                "httpHeaders"?: Array<{
                  /**
                   * The header field name.
                   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                   */
                  "name": string;
                  /**
                   * The header field value
                   */
                  "value": string;
                }>;
                /**
                 * Path to access on the HTTP server.
                 */
                "path"?: string;
                /**
                 * Name or number of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
                /**
                 * Scheme to use for connecting to the host.
                 * Defaults to HTTP.
                 */
                "scheme"?: string;
              };
              /**
               * Sleep represents a duration that the container should sleep.
               */
              "sleep"?: {
                /**
                 * Seconds is the number of seconds to sleep.
                 */
                "seconds": number;
              };
              /**
               * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
               * for backward compatibility. There is no validation of this field and
               * lifecycle hooks will fail at runtime when it is specified.
               */
              "tcpSocket"?: {
                /**
                 * Optional: Host name to connect to, defaults to the pod IP.
                 */
                "host"?: string;
                /**
                 * Number or name of the port to access on the container.
                 * Number must be in the range 1 to 65535.
                 * Name must be an IANA_SVC_NAME.
                 */
                "port": number | string;
              };
            };
            /**
             * StopSignal defines which signal will be sent to a container when it is being stopped.
             * If not specified, the default is defined by the container runtime in use.
             * StopSignal can only be set for Pods with a non-empty .spec.os.name
             */
            "stopSignal"?: string;
          };
          /**
           * ReadinessProbe defines the readiness probe for the NGINX container.
           */
          "readinessProbe"?: {
            /**
             * Expose toggles whether the endpoint should be exposed through
             * the Gateway Service object. This allows an external LoadBalancer
             * to perform healthchecks. Default is false.
             */
            "expose"?: boolean;
            /**
             * InitialDelaySeconds is the number of seconds after the container has
             * started before the readiness probe is initiated.
             * If not specified, the default is 3 seconds.
             */
            "initialDelaySeconds"?: number;
            /**
             * Path is the path on which the readiness endpoint is exposed.
             * If not specified, the default path is /readyz.
             * Must start with a forward slash and contain only valid URL path characters.
             */
            "path"?: string;
            /**
             * Port is the port on which the readiness endpoint is exposed.
             * If not specified, the default port is 8081.
             */
            "port"?: number;
          };
          /**
           * Resources describes the compute resource requirements.
           */
          "resources"?: {
            /**
             * Claims lists the names of resources, defined in spec.resourceClaims,
             * that are used by this container.
             * 
             * This field depends on the
             * DynamicResourceAllocation feature gate.
             * 
             * This field is immutable. It can only be set for containers.
             */
            "claims"?: Array<{
              /**
               * Name must match the name of one entry in pod.spec.resourceClaims of
               * the Pod where this field is used. It makes that resource available
               * inside a container.
               */
              "name": string;
              /**
               * Request is the name chosen for a request in the referenced claim.
               * If empty, everything from the claim is made available, otherwise
               * only the result of this request.
               */
              "request"?: string;
            }>;
            /**
             * Limits describes the maximum amount of compute resources allowed.
             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
             */
            "limits"?: {
              [key: string]: number | string;
            };
            /**
             * Requests describes the minimum amount of compute resources required.
             * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
             * otherwise to an implementation-defined value. Requests cannot exceed Limits.
             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
             */
            "requests"?: {
              [key: string]: number | string;
            };
          };
          /**
           * VolumeMounts describe the mounting of Volumes within a container.
           */
          "volumeMounts"?: Array<{
            /**
             * Path within the container at which the volume should be mounted.  Must
             * not contain ':'.
             */
            "mountPath": string;
            /**
             * mountPropagation determines how mounts are propagated from the host
             * to container and the other way around.
             * When not set, MountPropagationNone is used.
             * This field is beta in 1.10.
             * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
             * (which defaults to None).
             */
            "mountPropagation"?: string;
            /**
             * This must match the Name of a Volume.
             */
            "name": string;
            /**
             * Mounted read-only if true, read-write otherwise (false or unspecified).
             * Defaults to false.
             */
            "readOnly"?: boolean;
            /**
             * RecursiveReadOnly specifies whether read-only mounts should be handled
             * recursively.
             * 
             * If ReadOnly is false, this field has no meaning and must be unspecified.
             * 
             * If ReadOnly is true, and this field is set to Disabled, the mount is not made
             * recursively read-only.  If this field is set to IfPossible, the mount is made
             * recursively read-only, if it is supported by the container runtime.  If this
             * field is set to Enabled, the mount is made recursively read-only if it is
             * supported by the container runtime, otherwise the pod will not be started and
             * an error will be generated to indicate the reason.
             * 
             * If this field is set to IfPossible or Enabled, MountPropagation must be set to
             * None (or be unspecified, which defaults to None).
             * 
             * If this field is not specified, it is treated as an equivalent of Disabled.
             */
            "recursiveReadOnly"?: string;
            /**
             * Path within the volume from which the container's volume should be mounted.
             * Defaults to "" (volume's root).
             */
            "subPath"?: string;
            /**
             * Expanded path within the volume from which the container's volume should be mounted.
             * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
             * Defaults to "" (volume's root).
             * SubPathExpr and SubPath are mutually exclusive.
             */
            "subPathExpr"?: string;
          }>;
        };
        /**
         * Patches are custom patches to apply to the NGINX Deployment.
         */
        "patches"?: Array<{
          /**
           * Type is the type of patch. Defaults to StrategicMerge.
           */
          "type"?: "StrategicMerge" | "Merge" | "JSONPatch";
          /**
           * Value is the patch data as raw JSON.
           * For StrategicMerge and Merge patches, this should be a JSON object.
           * For JSONPatch patches, this should be a JSON array of patch operations.
           */
          "value"?: any;
        }>;
        /**
         * Pod defines Pod-specific fields.
         */
        "pod"?: {
          /**
           * Affinity is the pod's scheduling constraints.
           */
          "affinity"?: {
            /**
             * Describes node affinity scheduling rules for the pod.
             */
            "nodeAffinity"?: {
              /**
               * The scheduler will prefer to schedule pods to nodes that satisfy
               * the affinity expressions specified by this field, but it may choose
               * a node that violates one or more of the expressions. The node that is
               * most preferred is the one with the greatest sum of weights, i.e.
               * for each node that meets all of the scheduling requirements (resource
               * request, requiredDuringScheduling affinity expressions, etc.),
               * compute a sum by iterating through the elements of this field and adding
               * "weight" to the sum if the node matches the corresponding matchExpressions; the
               * node(s) with the highest sum are the most preferred.
               */
              "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * A node selector term, associated with the corresponding weight.
                 */
                "preference": {
                  /**
                   * A list of node selector requirements by node's labels.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * A list of node selector requirements by node's fields.
                   */
                  "matchFields"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                };
                /**
                 * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                 */
                "weight": number;
              }>;
              /**
               * If the affinity requirements specified by this field are not met at
               * scheduling time, the pod will not be scheduled onto the node.
               * If the affinity requirements specified by this field cease to be met
               * at some point during pod execution (e.g. due to an update), the system
               * may or may not try to eventually evict the pod from its node.
               */
              "requiredDuringSchedulingIgnoredDuringExecution"?: {
                /**
                 * Required. A list of node selector terms. The terms are ORed.
                 */
                "nodeSelectorTerms": Array<{
                  /**
                   * A list of node selector requirements by node's labels.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * A list of node selector requirements by node's fields.
                   */
                  "matchFields"?: Array<{
                    /**
                     * The label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * Represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                     */
                    "operator": string;
                    /**
                     * An array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. If the operator is Gt or Lt, the values
                     * array must have a single element, which will be interpreted as an integer.
                     * This array is replaced during a strategic merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                }>;
              };
            };
            /**
             * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
             */
            "podAffinity"?: {
              /**
               * The scheduler will prefer to schedule pods to nodes that satisfy
               * the affinity expressions specified by this field, but it may choose
               * a node that violates one or more of the expressions. The node that is
               * most preferred is the one with the greatest sum of weights, i.e.
               * for each node that meets all of the scheduling requirements (resource
               * request, requiredDuringScheduling affinity expressions, etc.),
               * compute a sum by iterating through the elements of this field and adding
               * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
               * node(s) with the highest sum are the most preferred.
               */
              "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * Required. A pod affinity term, associated with the corresponding weight.
                 */
                "podAffinityTerm": {
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
                   */
                  "labelSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                };
                /**
                 * weight associated with matching the corresponding podAffinityTerm,
                 * in the range 1-100.
                 */
                "weight": number;
              }>;
              /**
               * If the affinity requirements specified by this field are not met at
               * scheduling time, the pod will not be scheduled onto the node.
               * If the affinity requirements specified by this field cease to be met
               * at some point during pod execution (e.g. due to a pod label update), the
               * system may or may not try to eventually evict the pod from its node.
               * When there are multiple elements, the lists of nodes corresponding to each
               * podAffinityTerm are intersected, i.e. all terms must be satisfied.
               */
              "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * A label query over a set of resources, in this case pods.
                 * If it's null, this PodAffinityTerm matches with no Pods.
                 */
                "labelSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * MatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "matchLabelKeys"?: Array<string>;
                /**
                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "mismatchLabelKeys"?: Array<string>;
                /**
                 * A label query over the set of namespaces that the term applies to.
                 * The term is applied to the union of the namespaces selected by this field
                 * and the ones listed in the namespaces field.
                 * null selector and null or empty namespaces list means "this pod's namespace".
                 * An empty selector ({}) matches all namespaces.
                 */
                "namespaceSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * namespaces specifies a static list of namespace names that the term applies to.
                 * The term is applied to the union of the namespaces listed in this field
                 * and the ones selected by namespaceSelector.
                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                 */
                "namespaces"?: Array<string>;
                /**
                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                 * whose value of the label with key topologyKey matches that of any node on which any of the
                 * selected pods is running.
                 * Empty topologyKey is not allowed.
                 */
                "topologyKey": string;
              }>;
            };
            /**
             * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
             */
            "podAntiAffinity"?: {
              /**
               * The scheduler will prefer to schedule pods to nodes that satisfy
               * the anti-affinity expressions specified by this field, but it may choose
               * a node that violates one or more of the expressions. The node that is
               * most preferred is the one with the greatest sum of weights, i.e.
               * for each node that meets all of the scheduling requirements (resource
               * request, requiredDuringScheduling anti-affinity expressions, etc.),
               * compute a sum by iterating through the elements of this field and subtracting
               * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
               * node(s) with the highest sum are the most preferred.
               */
              "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * Required. A pod affinity term, associated with the corresponding weight.
                 */
                "podAffinityTerm": {
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
                   */
                  "labelSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                };
                /**
                 * weight associated with matching the corresponding podAffinityTerm,
                 * in the range 1-100.
                 */
                "weight": number;
              }>;
              /**
               * If the anti-affinity requirements specified by this field are not met at
               * scheduling time, the pod will not be scheduled onto the node.
               * If the anti-affinity requirements specified by this field cease to be met
               * at some point during pod execution (e.g. due to a pod label update), the
               * system may or may not try to eventually evict the pod from its node.
               * When there are multiple elements, the lists of nodes corresponding to each
               * podAffinityTerm are intersected, i.e. all terms must be satisfied.
               */
              "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                /**
                 * A label query over a set of resources, in this case pods.
                 * If it's null, this PodAffinityTerm matches with no Pods.
                 */
                "labelSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * MatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "matchLabelKeys"?: Array<string>;
                /**
                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                 * be taken into consideration. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                 * to select the group of existing pods which pods will be taken into consideration
                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                 * pod labels will be ignored. The default value is empty.
                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                 */
                "mismatchLabelKeys"?: Array<string>;
                /**
                 * A label query over the set of namespaces that the term applies to.
                 * The term is applied to the union of the namespaces selected by this field
                 * and the ones listed in the namespaces field.
                 * null selector and null or empty namespaces list means "this pod's namespace".
                 * An empty selector ({}) matches all namespaces.
                 */
                "namespaceSelector"?: {
                  /**
                   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                   */
                  "matchExpressions"?: Array<{
                    /**
                     * key is the label key that the selector applies to.
                     */
                    "key": string;
                    /**
                     * operator represents a key's relationship to a set of values.
                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                     */
                    "operator": string;
                    /**
                     * values is an array of string values. If the operator is In or NotIn,
                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                     * the values array must be empty. This array is replaced during a strategic
                     * merge patch.
                     */
                    "values"?: Array<string>;
                  }>;
                  /**
                   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                   * map is equivalent to an element of matchExpressions, whose key field is "key", the
                   * operator is "In", and the values array contains only "value". The requirements are ANDed.
                   */
                  "matchLabels"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * namespaces specifies a static list of namespace names that the term applies to.
                 * The term is applied to the union of the namespaces listed in this field
                 * and the ones selected by namespaceSelector.
                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                 */
                "namespaces"?: Array<string>;
                /**
                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                 * whose value of the label with key topologyKey matches that of any node on which any of the
                 * selected pods is running.
                 * Empty topologyKey is not allowed.
                 */
                "topologyKey": string;
              }>;
            };
          };
          /**
           * NodeSelector is a selector which must be true for the pod to fit on a node.
           * Selector which must match a node's labels for the pod to be scheduled on that node.
           */
          "nodeSelector"?: {
            [key: string]: string;
          };
          /**
           * TerminationGracePeriodSeconds is the optional duration in seconds the pod needs to terminate gracefully.
           * Value must be non-negative integer. The value zero indicates stop immediately via
           * the kill signal (no opportunity to shut down).
           * If this value is nil, the default grace period will be used instead.
           * The grace period is the duration in seconds after the processes running in the pod are sent
           * a termination signal and the time when the processes are forcibly halted with a kill signal.
           * Set this value longer than the expected cleanup time for your process.
           * Defaults to 30 seconds.
           */
          "terminationGracePeriodSeconds"?: number;
          /**
           * Tolerations allow the scheduler to schedule Pods with matching taints.
           */
          "tolerations"?: Array<{
            /**
             * Effect indicates the taint effect to match. Empty means match all taint effects.
             * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
             */
            "effect"?: string;
            /**
             * Key is the taint key that the toleration applies to. Empty means match all taint keys.
             * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
             */
            "key"?: string;
            /**
             * Operator represents a key's relationship to the value.
             * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
             * Exists is equivalent to wildcard for value, so that a pod can
             * tolerate all taints of a particular category.
             * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
             */
            "operator"?: string;
            /**
             * TolerationSeconds represents the period of time the toleration (which must be
             * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
             * it is not set, which means tolerate the taint forever (do not evict). Zero and
             * negative values will be treated as 0 (evict immediately) by the system.
             */
            "tolerationSeconds"?: number;
            /**
             * Value is the taint value the toleration matches to.
             * If the operator is Exists, the value should be empty, otherwise just a regular string.
             */
            "value"?: string;
          }>;
          /**
           * TopologySpreadConstraints describes how a group of Pods ought to spread across topology
           * domains. Scheduler will schedule Pods in a way which abides by the constraints.
           * All topologySpreadConstraints are ANDed.
           */
          "topologySpreadConstraints"?: Array<{
            /**
             * LabelSelector is used to find matching pods.
             * Pods that match this label selector are counted to determine the number of pods
             * in their corresponding topology domain.
             */
            "labelSelector"?: {
              /**
               * matchExpressions is a list of label selector requirements. The requirements are ANDed.
               */
              "matchExpressions"?: Array<{
                /**
                 * key is the label key that the selector applies to.
                 */
                "key": string;
                /**
                 * operator represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                 */
                "operator": string;
                /**
                 * values is an array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. This array is replaced during a strategic
                 * merge patch.
                 */
                "values"?: Array<string>;
              }>;
              /**
               * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
               * map is equivalent to an element of matchExpressions, whose key field is "key", the
               * operator is "In", and the values array contains only "value". The requirements are ANDed.
               */
              "matchLabels"?: {
                [key: string]: string;
              };
            };
            /**
             * MatchLabelKeys is a set of pod label keys to select the pods over which
             * spreading will be calculated. The keys are used to lookup values from the
             * incoming pod labels, those key-value labels are ANDed with labelSelector
             * to select the group of existing pods over which spreading will be calculated
             * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
             * MatchLabelKeys cannot be set when LabelSelector isn't set.
             * Keys that don't exist in the incoming pod labels will
             * be ignored. A null or empty list means only match against labelSelector.
             * 
             * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
             */
            "matchLabelKeys"?: Array<string>;
            /**
             * MaxSkew describes the degree to which pods may be unevenly distributed.
             * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
             * between the number of matching pods in the target topology and the global minimum.
             * The global minimum is the minimum number of matching pods in an eligible domain
             * or zero if the number of eligible domains is less than MinDomains.
             * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
             * labelSelector spread as 2/2/1:
             * In this case, the global minimum is 1.
             * | zone1 | zone2 | zone3 |
             * |  P P  |  P P  |   P   |
             * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
             * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
             * violate MaxSkew(1).
             * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
             * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
             * to topologies that satisfy it.
             * It's a required field. Default value is 1 and 0 is not allowed.
             */
            "maxSkew": number;
            /**
             * MinDomains indicates a minimum number of eligible domains.
             * When the number of eligible domains with matching topology keys is less than minDomains,
             * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
             * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
             * this value has no effect on scheduling.
             * As a result, when the number of eligible domains is less than minDomains,
             * scheduler won't schedule more than maxSkew Pods to those domains.
             * If value is nil, the constraint behaves as if MinDomains is equal to 1.
             * Valid values are integers greater than 0.
             * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
             * 
             * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
             * labelSelector spread as 2/2/2:
             * | zone1 | zone2 | zone3 |
             * |  P P  |  P P  |  P P  |
             * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
             * In this situation, new pod with the same labelSelector cannot be scheduled,
             * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
             * it will violate MaxSkew.
             */
            "minDomains"?: number;
            /**
             * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
             * when calculating pod topology spread skew. Options are:
             * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
             * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
             * 
             * If this value is nil, the behavior is equivalent to the Honor policy.
             */
            "nodeAffinityPolicy"?: string;
            /**
             * NodeTaintsPolicy indicates how we will treat node taints when calculating
             * pod topology spread skew. Options are:
             * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
             * has a toleration, are included.
             * - Ignore: node taints are ignored. All nodes are included.
             * 
             * If this value is nil, the behavior is equivalent to the Ignore policy.
             */
            "nodeTaintsPolicy"?: string;
            /**
             * TopologyKey is the key of node labels. Nodes that have a label with this key
             * and identical values are considered to be in the same topology.
             * We consider each <key, value> as a "bucket", and try to put balanced number
             * of pods into each bucket.
             * We define a domain as a particular instance of a topology.
             * Also, we define an eligible domain as a domain whose nodes meet the requirements of
             * nodeAffinityPolicy and nodeTaintsPolicy.
             * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
             * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
             * It's a required field.
             */
            "topologyKey": string;
            /**
             * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
             * the spread constraint.
             * - DoNotSchedule (default) tells the scheduler not to schedule it.
             * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
             *   but giving higher precedence to topologies that would help reduce the
             *   skew.
             * A constraint is considered "Unsatisfiable" for an incoming pod
             * if and only if every possible node assignment for that pod would violate
             * "MaxSkew" on some topology.
             * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
             * labelSelector spread as 3/1/1:
             * | zone1 | zone2 | zone3 |
             * | P P P |   P   |   P   |
             * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
             * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
             * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
             * won't make it \*more\* imbalanced.
             * It's a required field.
             */
            "whenUnsatisfiable": string;
          }>;
          /**
           * Volumes represents named volumes in a pod that may be accessed by any container in the pod.
           */
          "volumes"?: Array<{
            /**
             * awsElasticBlockStore represents an AWS Disk resource that is attached to a
             * kubelet's host machine and then exposed to the pod.
             * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
             * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
             */
            "awsElasticBlockStore"?: {
              /**
               * fsType is the filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
               */
              "fsType"?: string;
              /**
               * partition is the partition in the volume that you want to mount.
               * If omitted, the default is to mount by volume name.
               * Examples: For volume /dev/sda1, you specify the partition as "1".
               * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
               */
              "partition"?: number;
              /**
               * readOnly value true will force the readOnly setting in VolumeMounts.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
               */
              "readOnly"?: boolean;
              /**
               * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
               */
              "volumeID": string;
            };
            /**
             * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
             * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
             * are redirected to the disk.csi.azure.com CSI driver.
             */
            "azureDisk"?: {
              /**
               * cachingMode is the Host Caching mode: None, Read Only, Read Write.
               */
              "cachingMode"?: string;
              /**
               * diskName is the Name of the data disk in the blob storage
               */
              "diskName": string;
              /**
               * diskURI is the URI of data disk in the blob storage
               */
              "diskURI": string;
              /**
               * fsType is Filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
               */
              "kind"?: string;
              /**
               * readOnly Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
            };
            /**
             * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
             * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
             * are redirected to the file.csi.azure.com CSI driver.
             */
            "azureFile"?: {
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretName is the  name of secret that contains Azure Storage Account Name and Key
               */
              "secretName": string;
              /**
               * shareName is the azure share Name
               */
              "shareName": string;
            };
            /**
             * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
             * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
             */
            "cephfs"?: {
              /**
               * monitors is Required: Monitors is a collection of Ceph monitors
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "monitors": Array<string>;
              /**
               * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
               */
              "path"?: string;
              /**
               * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "readOnly"?: boolean;
              /**
               * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "secretFile"?: string;
              /**
               * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * user is optional: User is the rados user name, default is admin
               * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
               */
              "user"?: string;
            };
            /**
             * cinder represents a cinder volume attached and mounted on kubelets host machine.
             * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
             * are redirected to the cinder.csi.openstack.org CSI driver.
             * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
             */
            "cinder"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
               */
              "fsType"?: string;
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
               */
              "readOnly"?: boolean;
              /**
               * secretRef is optional: points to a secret object containing parameters used to connect
               * to OpenStack.
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * volumeID used to identify the volume in cinder.
               * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
               */
              "volumeID": string;
            };
            /**
             * configMap represents a configMap that should populate this volume
             */
            "configMap"?: {
              /**
               * defaultMode is optional: mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
               * Defaults to 0644.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * items if unspecified, each key-value pair in the Data field of the referenced
               * ConfigMap will be projected into the volume as a file whose name is the
               * key and content is the value. If specified, the listed keys will be
               * projected into the specified paths, and unlisted keys will not be
               * present. If a key is specified which is not present in the ConfigMap,
               * the volume setup will error unless it is marked optional. Paths must be
               * relative and may not contain the '..' path or start with '..'.
               */
              "items"?: Array<{
                /**
                 * key is the key to project.
                 */
                "key": string;
                /**
                 * mode is Optional: mode bits used to set permissions on this file.
                 * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                 * If not specified, the volume defaultMode will be used.
                 * This might be in conflict with other options that affect the file
                 * mode, like fsGroup, and the result can be other mode bits set.
                 */
                "mode"?: number;
                /**
                 * path is the relative path of the file to map the key to.
                 * May not be an absolute path.
                 * May not contain the path element '..'.
                 * May not start with the string '..'.
                 */
                "path": string;
              }>;
              /**
               * Name of the referent.
               * This field is effectively required, but due to backwards compatibility is
               * allowed to be empty. Instances of this type with an empty value here are
               * almost certainly wrong.
               * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
               */
              "name"?: string;
              /**
               * optional specify whether the ConfigMap or its keys must be defined
               */
              "optional"?: boolean;
            };
            /**
             * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
             */
            "csi"?: {
              /**
               * driver is the name of the CSI driver that handles this volume.
               * Consult with your admin for the correct name as registered in the cluster.
               */
              "driver": string;
              /**
               * fsType to mount. Ex. "ext4", "xfs", "ntfs".
               * If not provided, the empty value is passed to the associated CSI driver
               * which will determine the default filesystem to apply.
               */
              "fsType"?: string;
              /**
               * nodePublishSecretRef is a reference to the secret object containing
               * sensitive information to pass to the CSI driver to complete the CSI
               * NodePublishVolume and NodeUnpublishVolume calls.
               * This field is optional, and  may be empty if no secret is required. If the
               * secret object contains more than one secret, all secret references are passed.
               */
              "nodePublishSecretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * readOnly specifies a read-only configuration for the volume.
               * Defaults to false (read/write).
               */
              "readOnly"?: boolean;
              /**
               * volumeAttributes stores driver-specific properties that are passed to the CSI
               * driver. Consult your driver's documentation for supported values.
               */
              "volumeAttributes"?: {
                [key: string]: string;
              };
            };
            /**
             * downwardAPI represents downward API about the pod that should populate this volume
             */
            "downwardAPI"?: {
              /**
               * Optional: mode bits to use on created files by default. Must be a
               * Optional: mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
               * Defaults to 0644.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * Items is a list of downward API volume file
               */
              "items"?: Array<{
                /**
                 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                 */
                "fieldRef"?: {
                  /**
                   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                   */
                  "apiVersion"?: string;
                  /**
                   * Path of the field to select in the specified API version.
                   */
                  "fieldPath": string;
                };
                /**
                 * Optional: mode bits used to set permissions on this file, must be an octal value
                 * between 0000 and 0777 or a decimal value between 0 and 511.
                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                 * If not specified, the volume defaultMode will be used.
                 * This might be in conflict with other options that affect the file
                 * mode, like fsGroup, and the result can be other mode bits set.
                 */
                "mode"?: number;
                /**
                 * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                 */
                "path": string;
                /**
                 * Selects a resource of the container: only resources limits and requests
                 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                 */
                "resourceFieldRef"?: {
                  /**
                   * Container name: required for volumes, optional for env vars
                   */
                  "containerName"?: string;
                  /**
                   * Specifies the output format of the exposed resources, defaults to "1"
                   */
                  "divisor"?: number | string;
                  /**
                   * Required: resource to select
                   */
                  "resource": string;
                };
              }>;
            };
            /**
             * emptyDir represents a temporary directory that shares a pod's lifetime.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
             */
            "emptyDir"?: {
              /**
               * medium represents what type of storage medium should back this directory.
               * The default is "" which means to use the node's default medium.
               * Must be an empty string (default) or Memory.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
               */
              "medium"?: string;
              /**
               * sizeLimit is the total amount of local storage required for this EmptyDir volume.
               * The size limit is also applicable for memory medium.
               * The maximum usage on memory medium EmptyDir would be the minimum value between
               * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
               * The default is nil which means that the limit is undefined.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
               */
              "sizeLimit"?: number | string;
            };
            /**
             * ephemeral represents a volume that is handled by a cluster storage driver.
             * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
             * and deleted when the pod is removed.
             * 
             * Use this if:
             * a) the volume is only needed while the pod runs,
             * b) features of normal volumes like restoring from snapshot or capacity
             *    tracking are needed,
             * c) the storage driver is specified through a storage class, and
             * d) the storage driver supports dynamic volume provisioning through
             *    a PersistentVolumeClaim (see EphemeralVolumeSource for more
             *    information on the connection between this volume type
             *    and PersistentVolumeClaim).
             * 
             * Use PersistentVolumeClaim or one of the vendor-specific
             * APIs for volumes that persist for longer than the lifecycle
             * of an individual pod.
             * 
             * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
             * be used that way - see the documentation of the driver for
             * more information.
             * 
             * A pod can use both types of ephemeral volumes and
             * persistent volumes at the same time.
             */
            "ephemeral"?: {
              /**
               * Will be used to create a stand-alone PVC to provision the volume.
               * The pod in which this EphemeralVolumeSource is embedded will be the
               * owner of the PVC, i.e. the PVC will be deleted together with the
               * pod.  The name of the PVC will be `<pod name>-<volume name>` where
               * `<volume name>` is the name from the `PodSpec.Volumes` array
               * entry. Pod validation will reject the pod if the concatenated name
               * is not valid for a PVC (for example, too long).
               * 
               * An existing PVC with that name that is not owned by the pod
               * will \*not\* be used for the pod to avoid using an unrelated
               * volume by mistake. Starting the pod is then blocked until
               * the unrelated PVC is removed. If such a pre-created PVC is
               * meant to be used by the pod, the PVC has to updated with an
               * owner reference to the pod once the pod exists. Normally
               * this should not be necessary, but it may be useful when
               * manually reconstructing a broken cluster.
               * 
               * This field is read-only and no changes will be made by Kubernetes
               * to the PVC after it has been created.
               * 
               * Required, must not be nil.
               */
              "volumeClaimTemplate"?: {
                /**
                 * May contain labels and annotations that will be copied into the PVC
                 * when creating it. No other fields are allowed and will be rejected during
                 * validation.
                 */
                "metadata"?: {
                };
                /**
                 * The specification for the PersistentVolumeClaim. The entire content is
                 * copied unchanged into the PVC that gets created from this
                 * template. The same fields as in a PersistentVolumeClaim
                 * are also valid here.
                 */
                "spec": {
                  /**
                   * accessModes contains the desired access modes the volume should have.
                   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                   */
                  "accessModes"?: Array<string>;
                  /**
                   * dataSource field can be used to specify either:
                   * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                   * \* An existing PVC (PersistentVolumeClaim)
                   * If the provisioner or an external controller can support the specified data source,
                   * it will create a new volume based on the contents of the specified data source.
                   * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                   * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                   * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                   */
                  "dataSource"?: {
                    /**
                     * APIGroup is the group for the resource being referenced.
                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                     * For any other third-party types, APIGroup is required.
                     */
                    "apiGroup"?: string;
                    /**
                     * Kind is the type of resource being referenced
                     */
                    "kind": string;
                    /**
                     * Name is the name of resource being referenced
                     */
                    "name": string;
                  };
                  /**
                   * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                   * volume is desired. This may be any object from a non-empty API group (non
                   * core object) or a PersistentVolumeClaim object.
                   * When this field is specified, volume binding will only succeed if the type of
                   * the specified object matches some installed volume populator or dynamic
                   * provisioner.
                   * This field will replace the functionality of the dataSource field and as such
                   * if both fields are non-empty, they must have the same value. For backwards
                   * compatibility, when namespace isn't specified in dataSourceRef,
                   * both fields (dataSource and dataSourceRef) will be set to the same
                   * value automatically if one of them is empty and the other is non-empty.
                   * When namespace is specified in dataSourceRef,
                   * dataSource isn't set to the same value and must be empty.
                   * There are three important differences between dataSource and dataSourceRef:
                   * \* While dataSource only allows two specific types of objects, dataSourceRef
                   *   allows any non-core object, as well as PersistentVolumeClaim objects.
                   * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                   *   preserves all values, and generates an error if a disallowed value is
                   *   specified.
                   * \* While dataSource only allows local objects, dataSourceRef allows objects
                   *   in any namespaces.
                   * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                   * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                   */
                  "dataSourceRef"?: {
                    /**
                     * APIGroup is the group for the resource being referenced.
                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                     * For any other third-party types, APIGroup is required.
                     */
                    "apiGroup"?: string;
                    /**
                     * Kind is the type of resource being referenced
                     */
                    "kind": string;
                    /**
                     * Name is the name of resource being referenced
                     */
                    "name": string;
                    /**
                     * Namespace is the namespace of resource being referenced
                     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                     */
                    "namespace"?: string;
                  };
                  /**
                   * resources represents the minimum resources the volume should have.
                   * Users are allowed to specify resource requirements
                   * that are lower than previous value but must still be higher than capacity recorded in the
                   * status field of the claim.
                   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                   */
                  "resources"?: {
                    /**
                     * Limits describes the maximum amount of compute resources allowed.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "limits"?: {
                      [key: string]: number | string;
                    };
                    /**
                     * Requests describes the minimum amount of compute resources required.
                     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "requests"?: {
                      [key: string]: number | string;
                    };
                  };
                  /**
                   * selector is a label query over volumes to consider for binding.
                   */
                  "selector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * storageClassName is the name of the StorageClass required by the claim.
                   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                   */
                  "storageClassName"?: string;
                  /**
                   * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                   * If specified, the CSI driver will create or update the volume with the attributes defined
                   * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                   * it can be changed after the claim is created. An empty string or nil value indicates that no
                   * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
                   * this field can be reset to its previous value (including nil) to cancel the modification.
                   * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                   * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                   * exists.
                   * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                   */
                  "volumeAttributesClassName"?: string;
                  /**
                   * volumeMode defines what type of volume is required by the claim.
                   * Value of Filesystem is implied when not included in claim spec.
                   */
                  "volumeMode"?: string;
                  /**
                   * volumeName is the binding reference to the PersistentVolume backing this claim.
                   */
                  "volumeName"?: string;
                };
              };
            };
            /**
             * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
             */
            "fc"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * lun is Optional: FC target lun number
               */
              "lun"?: number;
              /**
               * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * targetWWNs is Optional: FC target worldwide names (WWNs)
               */
              "targetWWNs"?: Array<string>;
              /**
               * wwids Optional: FC volume world wide identifiers (wwids)
               * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
               */
              "wwids"?: Array<string>;
            };
            /**
             * flexVolume represents a generic volume resource that is
             * provisioned/attached using an exec based plugin.
             * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
             */
            "flexVolume"?: {
              /**
               * driver is the name of the driver to use for this volume.
               */
              "driver": string;
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
               */
              "fsType"?: string;
              /**
               * options is Optional: this field holds extra command options if any.
               */
              "options"?: {
                [key: string]: string;
              };
              /**
               * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretRef is Optional: secretRef is reference to the secret object containing
               * sensitive information to pass to the plugin scripts. This may be
               * empty if no secret object is specified. If the secret object
               * contains more than one secret, all secrets are passed to the plugin
               * scripts.
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
            };
            /**
             * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
             * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
             */
            "flocker"?: {
              /**
               * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
               * should be considered as deprecated
               */
              "datasetName"?: string;
              /**
               * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
               */
              "datasetUUID"?: string;
            };
            /**
             * gcePersistentDisk represents a GCE Disk resource that is attached to a
             * kubelet's host machine and then exposed to the pod.
             * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
             * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
             */
            "gcePersistentDisk"?: {
              /**
               * fsType is filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "fsType"?: string;
              /**
               * partition is the partition in the volume that you want to mount.
               * If omitted, the default is to mount by volume name.
               * Examples: For volume /dev/sda1, you specify the partition as "1".
               * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "partition"?: number;
              /**
               * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "pdName": string;
              /**
               * readOnly here will force the ReadOnly setting in VolumeMounts.
               * Defaults to false.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
               */
              "readOnly"?: boolean;
            };
            /**
             * gitRepo represents a git repository at a particular revision.
             * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
             * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
             * into the Pod's container.
             */
            "gitRepo"?: {
              /**
               * directory is the target directory name.
               * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
               * git repository.  Otherwise, if specified, the volume will contain the git repository in
               * the subdirectory with the given name.
               */
              "directory"?: string;
              /**
               * repository is the URL
               */
              "repository": string;
              /**
               * revision is the commit hash for the specified revision.
               */
              "revision"?: string;
            };
            /**
             * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
             * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
             */
            "glusterfs"?: {
              /**
               * endpoints is the endpoint name that details Glusterfs topology.
               */
              "endpoints": string;
              /**
               * path is the Glusterfs volume path.
               * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
               */
              "path": string;
              /**
               * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
               * Defaults to false.
               * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
               */
              "readOnly"?: boolean;
            };
            /**
             * hostPath represents a pre-existing file or directory on the host
             * machine that is directly exposed to the container. This is generally
             * used for system agents or other privileged things that are allowed
             * to see the host machine. Most containers will NOT need this.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
             */
            "hostPath"?: {
              /**
               * path of the directory on the host.
               * If the path is a symlink, it will follow the link to the real path.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
               */
              "path": string;
              /**
               * type for HostPath Volume
               * Defaults to ""
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
               */
              "type"?: string;
            };
            /**
             * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
             * The volume is resolved at pod startup depending on which PullPolicy value is provided:
             * 
             * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
             * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
             * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
             * 
             * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
             * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
             * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
             * The OCI object gets mounted in a single directory (spec.containers[\*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
             * The volume will be mounted read-only (ro) and non-executable files (noexec).
             * Sub path mounts for containers are not supported (spec.containers[\*].volumeMounts.subpath) before 1.33.
             * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
             */
            "image"?: {
              /**
               * Policy for pulling OCI objects. Possible values are:
               * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
               * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
               * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
               * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
               */
              "pullPolicy"?: string;
              /**
               * Required: Image or artifact reference to be used.
               * Behaves in the same way as pod.spec.containers[\*].image.
               * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
               * More info: https://kubernetes.io/docs/concepts/containers/images
               * This field is optional to allow higher level config management to default or override
               * container images in workload controllers like Deployments and StatefulSets.
               */
              "reference"?: string;
            };
            /**
             * iscsi represents an ISCSI Disk resource that is attached to a
             * kubelet's host machine and then exposed to the pod.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
             */
            "iscsi"?: {
              /**
               * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
               */
              "chapAuthDiscovery"?: boolean;
              /**
               * chapAuthSession defines whether support iSCSI Session CHAP authentication
               */
              "chapAuthSession"?: boolean;
              /**
               * fsType is the filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
               */
              "fsType"?: string;
              /**
               * initiatorName is the custom iSCSI Initiator Name.
               * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
               * <target portal>:<volume name> will be created for the connection.
               */
              "initiatorName"?: string;
              /**
               * iqn is the target iSCSI Qualified Name.
               */
              "iqn": string;
              /**
               * iscsiInterface is the interface Name that uses an iSCSI transport.
               * Defaults to 'default' (tcp).
               */
              "iscsiInterface"?: string;
              /**
               * lun represents iSCSI Target Lun number.
               */
              "lun": number;
              /**
               * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
               * is other than default (typically TCP ports 860 and 3260).
               */
              "portals"?: Array<string>;
              /**
               * readOnly here will force the ReadOnly setting in VolumeMounts.
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * secretRef is the CHAP Secret for iSCSI target and initiator authentication
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
               * is other than default (typically TCP ports 860 and 3260).
               */
              "targetPortal": string;
            };
            /**
             * name of the volume.
             * Must be a DNS_LABEL and unique within the pod.
             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
             */
            "name": string;
            /**
             * nfs represents an NFS mount on the host that shares a pod's lifetime
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
             */
            "nfs"?: {
              /**
               * path that is exported by the NFS server.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
               */
              "path": string;
              /**
               * readOnly here will force the NFS export to be mounted with read-only permissions.
               * Defaults to false.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
               */
              "readOnly"?: boolean;
              /**
               * server is the hostname or IP address of the NFS server.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
               */
              "server": string;
            };
            /**
             * persistentVolumeClaimVolumeSource represents a reference to a
             * PersistentVolumeClaim in the same namespace.
             * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
             */
            "persistentVolumeClaim"?: {
              /**
               * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
               * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
               */
              "claimName": string;
              /**
               * readOnly Will force the ReadOnly setting in VolumeMounts.
               * Default false.
               */
              "readOnly"?: boolean;
            };
            /**
             * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
             * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
             */
            "photonPersistentDisk"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * pdID is the ID that identifies Photon Controller persistent disk
               */
              "pdID": string;
            };
            /**
             * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
             * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
             * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
             * is on.
             */
            "portworxVolume"?: {
              /**
               * fSType represents the filesystem type to mount
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * volumeID uniquely identifies a Portworx volume
               */
              "volumeID": string;
            };
            /**
             * projected items for all in one resources secrets, configmaps, and downward API
             */
            "projected"?: {
              /**
               * defaultMode are the mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * sources is the list of volume projections. Each entry in this list
               * handles one source.
               */
              "sources"?: Array<{
                /**
                 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
                 * of ClusterTrustBundle objects in an auto-updating file.
                 * 
                 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
                 * 
                 * ClusterTrustBundle objects can either be selected by name, or by the
                 * combination of signer name and a label selector.
                 * 
                 * Kubelet performs aggressive normalization of the PEM contents written
                 * into the pod filesystem.  Esoteric PEM features such as inter-block
                 * comments and block headers are stripped.  Certificates are deduplicated.
                 * The ordering of certificates within the file is arbitrary, and Kubelet
                 * may change the order over time.
                 */
                "clusterTrustBundle"?: {
                  /**
                   * Select all ClusterTrustBundles that match this label selector.  Only has
                   * effect if signerName is set.  Mutually-exclusive with name.  If unset,
                   * interpreted as "match nothing".  If set but empty, interpreted as "match
                   * everything".
                   */
                  "labelSelector"?: {
                    /**
                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * key is the label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * operator represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists and DoesNotExist.
                       */
                      "operator": string;
                      /**
                       * values is an array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. This array is replaced during a strategic
                       * merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                     */
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  /**
                   * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
                   * with signerName and labelSelector.
                   */
                  "name"?: string;
                  /**
                   * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
                   * aren't available.  If using name, then the named ClusterTrustBundle is
                   * allowed not to exist.  If using signerName, then the combination of
                   * signerName and labelSelector is allowed to match zero
                   * ClusterTrustBundles.
                   */
                  "optional"?: boolean;
                  /**
                   * Relative path from the volume root to write the bundle.
                   */
                  "path": string;
                  /**
                   * Select all ClusterTrustBundles that match this signer name.
                   * Mutually-exclusive with name.  The contents of all selected
                   * ClusterTrustBundles will be unified and deduplicated.
                   */
                  "signerName"?: string;
                };
                /**
                 * configMap information about the configMap data to project
                 */
                "configMap"?: {
                  /**
                   * items if unspecified, each key-value pair in the Data field of the referenced
                   * ConfigMap will be projected into the volume as a file whose name is the
                   * key and content is the value. If specified, the listed keys will be
                   * projected into the specified paths, and unlisted keys will not be
                   * present. If a key is specified which is not present in the ConfigMap,
                   * the volume setup will error unless it is marked optional. Paths must be
                   * relative and may not contain the '..' path or start with '..'.
                   */
                  "items"?: Array<{
                    /**
                     * key is the key to project.
                     */
                    "key": string;
                    /**
                     * mode is Optional: mode bits used to set permissions on this file.
                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                     * If not specified, the volume defaultMode will be used.
                     * This might be in conflict with other options that affect the file
                     * mode, like fsGroup, and the result can be other mode bits set.
                     */
                    "mode"?: number;
                    /**
                     * path is the relative path of the file to map the key to.
                     * May not be an absolute path.
                     * May not contain the path element '..'.
                     * May not start with the string '..'.
                     */
                    "path": string;
                  }>;
                  /**
                   * Name of the referent.
                   * This field is effectively required, but due to backwards compatibility is
                   * allowed to be empty. Instances of this type with an empty value here are
                   * almost certainly wrong.
                   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                   */
                  "name"?: string;
                  /**
                   * optional specify whether the ConfigMap or its keys must be defined
                   */
                  "optional"?: boolean;
                };
                /**
                 * downwardAPI information about the downwardAPI data to project
                 */
                "downwardAPI"?: {
                  /**
                   * Items is a list of DownwardAPIVolume file
                   */
                  "items"?: Array<{
                    /**
                     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                     */
                    "fieldRef"?: {
                      /**
                       * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                       */
                      "apiVersion"?: string;
                      /**
                       * Path of the field to select in the specified API version.
                       */
                      "fieldPath": string;
                    };
                    /**
                     * Optional: mode bits used to set permissions on this file, must be an octal value
                     * between 0000 and 0777 or a decimal value between 0 and 511.
                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                     * If not specified, the volume defaultMode will be used.
                     * This might be in conflict with other options that affect the file
                     * mode, like fsGroup, and the result can be other mode bits set.
                     */
                    "mode"?: number;
                    /**
                     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                     */
                    "path": string;
                    /**
                     * Selects a resource of the container: only resources limits and requests
                     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                     */
                    "resourceFieldRef"?: {
                      /**
                       * Container name: required for volumes, optional for env vars
                       */
                      "containerName"?: string;
                      /**
                       * Specifies the output format of the exposed resources, defaults to "1"
                       */
                      "divisor"?: number | string;
                      /**
                       * Required: resource to select
                       */
                      "resource": string;
                    };
                  }>;
                };
                /**
                 * Projects an auto-rotating credential bundle (private key and certificate
                 * chain) that the pod can use either as a TLS client or server.
                 * 
                 * Kubelet generates a private key and uses it to send a
                 * PodCertificateRequest to the named signer.  Once the signer approves the
                 * request and issues a certificate chain, Kubelet writes the key and
                 * certificate chain to the pod filesystem.  The pod does not start until
                 * certificates have been issued for each podCertificate projected volume
                 * source in its spec.
                 * 
                 * Kubelet will begin trying to rotate the certificate at the time indicated
                 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
                 * timestamp.
                 * 
                 * Kubelet can write a single file, indicated by the credentialBundlePath
                 * field, or separate files, indicated by the keyPath and
                 * certificateChainPath fields.
                 * 
                 * The credential bundle is a single file in PEM format.  The first PEM
                 * entry is the private key (in PKCS#8 format), and the remaining PEM
                 * entries are the certificate chain issued by the signer (typically,
                 * signers will return their certificate chain in leaf-to-root order).
                 * 
                 * Prefer using the credential bundle format, since your application code
                 * can read it atomically.  If you use keyPath and certificateChainPath,
                 * your application must make two separate file reads. If these coincide
                 * with a certificate rotation, it is possible that the private key and leaf
                 * certificate you read may not correspond to each other.  Your application
                 * will need to check for this condition, and re-read until they are
                 * consistent.
                 * 
                 * The named signer controls chooses the format of the certificate it
                 * issues; consult the signer implementation's documentation to learn how to
                 * use the certificates it issues.
                 */
                "podCertificate"?: {
                  /**
                   * Write the certificate chain at this path in the projected volume.
                   * 
                   * Most applications should use credentialBundlePath.  When using keyPath
                   * and certificateChainPath, your application needs to check that the key
                   * and leaf certificate are consistent, because it is possible to read the
                   * files mid-rotation.
                   */
                  "certificateChainPath"?: string;
                  /**
                   * Write the credential bundle at this path in the projected volume.
                   * 
                   * The credential bundle is a single file that contains multiple PEM blocks.
                   * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
                   * key.
                   * 
                   * The remaining blocks are CERTIFICATE blocks, containing the issued
                   * certificate chain from the signer (leaf and any intermediates).
                   * 
                   * Using credentialBundlePath lets your Pod's application code make a single
                   * atomic read that retrieves a consistent key and certificate chain.  If you
                   * project them to separate files, your application code will need to
                   * additionally check that the leaf certificate was issued to the key.
                   */
                  "credentialBundlePath"?: string;
                  /**
                   * Write the key at this path in the projected volume.
                   * 
                   * Most applications should use credentialBundlePath.  When using keyPath
                   * and certificateChainPath, your application needs to check that the key
                   * and leaf certificate are consistent, because it is possible to read the
                   * files mid-rotation.
                   */
                  "keyPath"?: string;
                  /**
                   * The type of keypair Kubelet will generate for the pod.
                   * 
                   * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
                   * "ECDSAP521", and "ED25519".
                   */
                  "keyType": string;
                  /**
                   * maxExpirationSeconds is the maximum lifetime permitted for the
                   * certificate.
                   * 
                   * Kubelet copies this value verbatim into the PodCertificateRequests it
                   * generates for this projection.
                   * 
                   * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
                   * will reject values shorter than 3600 (1 hour).  The maximum allowable
                   * value is 7862400 (91 days).
                   * 
                   * The signer implementation is then free to issue a certificate with any
                   * lifetime \*shorter\* than MaxExpirationSeconds, but no shorter than 3600
                   * seconds (1 hour).  This constraint is enforced by kube-apiserver.
                   * `kubernetes.io` signers will never issue certificates with a lifetime
                   * longer than 24 hours.
                   */
                  "maxExpirationSeconds"?: number;
                  /**
                   * Kubelet's generated CSRs will be addressed to this signer.
                   */
                  "signerName": string;
                  /**
                   * userAnnotations allow pod authors to pass additional information to
                   * the signer implementation.  Kubernetes does not restrict or validate this
                   * metadata in any way.
                   * 
                   * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
                   * the PodCertificateRequest objects that Kubelet creates.
                   * 
                   * Entries are subject to the same validation as object metadata annotations,
                   * with the addition that all keys must be domain-prefixed. No restrictions
                   * are placed on values, except an overall size limitation on the entire field.
                   * 
                   * Signers should document the keys and values they support. Signers should
                   * deny requests that contain keys they do not recognize.
                   */
                  "userAnnotations"?: {
                    [key: string]: string;
                  };
                };
                /**
                 * secret information about the secret data to project
                 */
                "secret"?: {
                  /**
                   * items if unspecified, each key-value pair in the Data field of the referenced
                   * Secret will be projected into the volume as a file whose name is the
                   * key and content is the value. If specified, the listed keys will be
                   * projected into the specified paths, and unlisted keys will not be
                   * present. If a key is specified which is not present in the Secret,
                   * the volume setup will error unless it is marked optional. Paths must be
                   * relative and may not contain the '..' path or start with '..'.
                   */
                  "items"?: Array<{
                    /**
                     * key is the key to project.
                     */
                    "key": string;
                    /**
                     * mode is Optional: mode bits used to set permissions on this file.
                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                     * If not specified, the volume defaultMode will be used.
                     * This might be in conflict with other options that affect the file
                     * mode, like fsGroup, and the result can be other mode bits set.
                     */
                    "mode"?: number;
                    /**
                     * path is the relative path of the file to map the key to.
                     * May not be an absolute path.
                     * May not contain the path element '..'.
                     * May not start with the string '..'.
                     */
                    "path": string;
                  }>;
                  /**
                   * Name of the referent.
                   * This field is effectively required, but due to backwards compatibility is
                   * allowed to be empty. Instances of this type with an empty value here are
                   * almost certainly wrong.
                   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                   */
                  "name"?: string;
                  /**
                   * optional field specify whether the Secret or its key must be defined
                   */
                  "optional"?: boolean;
                };
                /**
                 * serviceAccountToken is information about the serviceAccountToken data to project
                 */
                "serviceAccountToken"?: {
                  /**
                   * audience is the intended audience of the token. A recipient of a token
                   * must identify itself with an identifier specified in the audience of the
                   * token, and otherwise should reject the token. The audience defaults to the
                   * identifier of the apiserver.
                   */
                  "audience"?: string;
                  /**
                   * expirationSeconds is the requested duration of validity of the service
                   * account token. As the token approaches expiration, the kubelet volume
                   * plugin will proactively rotate the service account token. The kubelet will
                   * start trying to rotate the token if the token is older than 80 percent of
                   * its time to live or if the token is older than 24 hours.Defaults to 1 hour
                   * and must be at least 10 minutes.
                   */
                  "expirationSeconds"?: number;
                  /**
                   * path is the path relative to the mount point of the file to project the
                   * token into.
                   */
                  "path": string;
                };
              }>;
            };
            /**
             * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
             * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
             */
            "quobyte"?: {
              /**
               * group to map volume access to
               * Default is no group
               */
              "group"?: string;
              /**
               * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * registry represents a single or multiple Quobyte Registry services
               * specified as a string as host:port pair (multiple entries are separated with commas)
               * which acts as the central registry for volumes
               */
              "registry": string;
              /**
               * tenant owning the given Quobyte volume in the Backend
               * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
               */
              "tenant"?: string;
              /**
               * user to map volume access to
               * Defaults to serivceaccount user
               */
              "user"?: string;
              /**
               * volume is a string that references an already created Quobyte volume by name.
               */
              "volume": string;
            };
            /**
             * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
             * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
             */
            "rbd"?: {
              /**
               * fsType is the filesystem type of the volume that you want to mount.
               * Tip: Ensure that the filesystem type is supported by the host operating system.
               * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
               */
              "fsType"?: string;
              /**
               * image is the rados image name.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "image": string;
              /**
               * keyring is the path to key ring for RBDUser.
               * Default is /etc/ceph/keyring.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "keyring"?: string;
              /**
               * monitors is a collection of Ceph monitors.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "monitors": Array<string>;
              /**
               * pool is the rados pool name.
               * Default is rbd.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "pool"?: string;
              /**
               * readOnly here will force the ReadOnly setting in VolumeMounts.
               * Defaults to false.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "readOnly"?: boolean;
              /**
               * secretRef is name of the authentication secret for RBDUser. If provided
               * overrides keyring.
               * Default is nil.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * user is the rados user name.
               * Default is admin.
               * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
               */
              "user"?: string;
            };
            /**
             * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
             * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
             */
            "scaleIO"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs".
               * Default is "xfs".
               */
              "fsType"?: string;
              /**
               * gateway is the host address of the ScaleIO API Gateway.
               */
              "gateway": string;
              /**
               * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
               */
              "protectionDomain"?: string;
              /**
               * readOnly Defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretRef references to the secret for ScaleIO user and other
               * sensitive information. If this is not provided, Login operation will fail.
               */
              "secretRef": {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * sslEnabled Flag enable/disable SSL communication with Gateway, default false
               */
              "sslEnabled"?: boolean;
              /**
               * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
               * Default is ThinProvisioned.
               */
              "storageMode"?: string;
              /**
               * storagePool is the ScaleIO Storage Pool associated with the protection domain.
               */
              "storagePool"?: string;
              /**
               * system is the name of the storage system as configured in ScaleIO.
               */
              "system": string;
              /**
               * volumeName is the name of a volume already created in the ScaleIO system
               * that is associated with this volume source.
               */
              "volumeName"?: string;
            };
            /**
             * secret represents a secret that should populate this volume.
             * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
             */
            "secret"?: {
              /**
               * defaultMode is Optional: mode bits used to set permissions on created files by default.
               * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
               * YAML accepts both octal and decimal values, JSON requires decimal values
               * for mode bits. Defaults to 0644.
               * Directories within the path are not affected by this setting.
               * This might be in conflict with other options that affect the file
               * mode, like fsGroup, and the result can be other mode bits set.
               */
              "defaultMode"?: number;
              /**
               * items If unspecified, each key-value pair in the Data field of the referenced
               * Secret will be projected into the volume as a file whose name is the
               * key and content is the value. If specified, the listed keys will be
               * projected into the specified paths, and unlisted keys will not be
               * present. If a key is specified which is not present in the Secret,
               * the volume setup will error unless it is marked optional. Paths must be
               * relative and may not contain the '..' path or start with '..'.
               */
              "items"?: Array<{
                /**
                 * key is the key to project.
                 */
                "key": string;
                /**
                 * mode is Optional: mode bits used to set permissions on this file.
                 * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                 * If not specified, the volume defaultMode will be used.
                 * This might be in conflict with other options that affect the file
                 * mode, like fsGroup, and the result can be other mode bits set.
                 */
                "mode"?: number;
                /**
                 * path is the relative path of the file to map the key to.
                 * May not be an absolute path.
                 * May not contain the path element '..'.
                 * May not start with the string '..'.
                 */
                "path": string;
              }>;
              /**
               * optional field specify whether the Secret or its keys must be defined
               */
              "optional"?: boolean;
              /**
               * secretName is the name of the secret in the pod's namespace to use.
               * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
               */
              "secretName"?: string;
            };
            /**
             * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
             * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
             */
            "storageos"?: {
              /**
               * fsType is the filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * readOnly defaults to false (read/write). ReadOnly here will force
               * the ReadOnly setting in VolumeMounts.
               */
              "readOnly"?: boolean;
              /**
               * secretRef specifies the secret to use for obtaining the StorageOS API
               * credentials.  If not specified, default values will be attempted.
               */
              "secretRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
              };
              /**
               * volumeName is the human-readable name of the StorageOS volume.  Volume
               * names are only unique within a namespace.
               */
              "volumeName"?: string;
              /**
               * volumeNamespace specifies the scope of the volume within StorageOS.  If no
               * namespace is specified then the Pod's namespace will be used.  This allows the
               * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
               * Set VolumeName to any name to override the default behaviour.
               * Set to "default" if you are not using namespaces within StorageOS.
               * Namespaces that do not pre-exist within StorageOS will be created.
               */
              "volumeNamespace"?: string;
            };
            /**
             * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
             * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
             * are redirected to the csi.vsphere.vmware.com CSI driver.
             */
            "vsphereVolume"?: {
              /**
               * fsType is filesystem type to mount.
               * Must be a filesystem type supported by the host operating system.
               * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
               */
              "fsType"?: string;
              /**
               * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
               */
              "storagePolicyID"?: string;
              /**
               * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
               */
              "storagePolicyName"?: string;
              /**
               * volumePath is the path that identifies vSphere volume vmdk
               */
              "volumePath": string;
            };
          }>;
        };
        /**
         * Number of desired Pods.
         */
        "replicas"?: number;
        /**
         * WAFContainers defines container specifications for NGINX App Protect WAF v5 containers.
         * These containers are only deployed when WAF is enabled in the NginxProxy spec.
         */
        "wafContainers"?: {
          /**
           * ConfigManager defines the configuration for the WAF configuration manager container.
           * This container manages policy configuration and communication with the enforcer.
           */
          "configManager"?: {
            /**
             * Image is the container image to use for this WAF container.
             */
            "image"?: {
              /**
               * PullPolicy describes a policy for if/when to pull a container image.
               */
              "pullPolicy"?: "Always" | "Never" | "IfNotPresent";
              /**
               * Repository is the image path.
               * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
               */
              "repository"?: string;
              /**
               * Tag is the image tag to use. Default matches the tag of the control plane.
               */
              "tag"?: string;
            };
            /**
             * Resources describes the compute resource requirements for this WAF container.
             */
            "resources"?: {
              /**
               * Claims lists the names of resources, defined in spec.resourceClaims,
               * that are used by this container.
               * 
               * This field depends on the
               * DynamicResourceAllocation feature gate.
               * 
               * This field is immutable. It can only be set for containers.
               */
              "claims"?: Array<{
                /**
                 * Name must match the name of one entry in pod.spec.resourceClaims of
                 * the Pod where this field is used. It makes that resource available
                 * inside a container.
                 */
                "name": string;
                /**
                 * Request is the name chosen for a request in the referenced claim.
                 * If empty, everything from the claim is made available, otherwise
                 * only the result of this request.
                 */
                "request"?: string;
              }>;
              /**
               * Limits describes the maximum amount of compute resources allowed.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "limits"?: {
                [key: string]: number | string;
              };
              /**
               * Requests describes the minimum amount of compute resources required.
               * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
               * otherwise to an implementation-defined value. Requests cannot exceed Limits.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "requests"?: {
                [key: string]: number | string;
              };
            };
            /**
             * VolumeMounts describe the mounting of Volumes within the WAF container.
             */
            "volumeMounts"?: Array<{
              /**
               * Path within the container at which the volume should be mounted.  Must
               * not contain ':'.
               */
              "mountPath": string;
              /**
               * mountPropagation determines how mounts are propagated from the host
               * to container and the other way around.
               * When not set, MountPropagationNone is used.
               * This field is beta in 1.10.
               * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
               * (which defaults to None).
               */
              "mountPropagation"?: string;
              /**
               * This must match the Name of a Volume.
               */
              "name": string;
              /**
               * Mounted read-only if true, read-write otherwise (false or unspecified).
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * RecursiveReadOnly specifies whether read-only mounts should be handled
               * recursively.
               * 
               * If ReadOnly is false, this field has no meaning and must be unspecified.
               * 
               * If ReadOnly is true, and this field is set to Disabled, the mount is not made
               * recursively read-only.  If this field is set to IfPossible, the mount is made
               * recursively read-only, if it is supported by the container runtime.  If this
               * field is set to Enabled, the mount is made recursively read-only if it is
               * supported by the container runtime, otherwise the pod will not be started and
               * an error will be generated to indicate the reason.
               * 
               * If this field is set to IfPossible or Enabled, MountPropagation must be set to
               * None (or be unspecified, which defaults to None).
               * 
               * If this field is not specified, it is treated as an equivalent of Disabled.
               */
              "recursiveReadOnly"?: string;
              /**
               * Path within the volume from which the container's volume should be mounted.
               * Defaults to "" (volume's root).
               */
              "subPath"?: string;
              /**
               * Expanded path within the volume from which the container's volume should be mounted.
               * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
               * Defaults to "" (volume's root).
               * SubPathExpr and SubPath are mutually exclusive.
               */
              "subPathExpr"?: string;
            }>;
          };
          /**
           * Enforcer defines the configuration for the WAF enforcer container.
           * This container performs the actual WAF enforcement and policy application.
           */
          "enforcer"?: {
            /**
             * Image is the container image to use for this WAF container.
             */
            "image"?: {
              /**
               * PullPolicy describes a policy for if/when to pull a container image.
               */
              "pullPolicy"?: "Always" | "Never" | "IfNotPresent";
              /**
               * Repository is the image path.
               * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
               */
              "repository"?: string;
              /**
               * Tag is the image tag to use. Default matches the tag of the control plane.
               */
              "tag"?: string;
            };
            /**
             * Resources describes the compute resource requirements for this WAF container.
             */
            "resources"?: {
              /**
               * Claims lists the names of resources, defined in spec.resourceClaims,
               * that are used by this container.
               * 
               * This field depends on the
               * DynamicResourceAllocation feature gate.
               * 
               * This field is immutable. It can only be set for containers.
               */
              "claims"?: Array<{
                /**
                 * Name must match the name of one entry in pod.spec.resourceClaims of
                 * the Pod where this field is used. It makes that resource available
                 * inside a container.
                 */
                "name": string;
                /**
                 * Request is the name chosen for a request in the referenced claim.
                 * If empty, everything from the claim is made available, otherwise
                 * only the result of this request.
                 */
                "request"?: string;
              }>;
              /**
               * Limits describes the maximum amount of compute resources allowed.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "limits"?: {
                [key: string]: number | string;
              };
              /**
               * Requests describes the minimum amount of compute resources required.
               * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
               * otherwise to an implementation-defined value. Requests cannot exceed Limits.
               * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
               */
              "requests"?: {
                [key: string]: number | string;
              };
            };
            /**
             * VolumeMounts describe the mounting of Volumes within the WAF container.
             */
            "volumeMounts"?: Array<{
              /**
               * Path within the container at which the volume should be mounted.  Must
               * not contain ':'.
               */
              "mountPath": string;
              /**
               * mountPropagation determines how mounts are propagated from the host
               * to container and the other way around.
               * When not set, MountPropagationNone is used.
               * This field is beta in 1.10.
               * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
               * (which defaults to None).
               */
              "mountPropagation"?: string;
              /**
               * This must match the Name of a Volume.
               */
              "name": string;
              /**
               * Mounted read-only if true, read-write otherwise (false or unspecified).
               * Defaults to false.
               */
              "readOnly"?: boolean;
              /**
               * RecursiveReadOnly specifies whether read-only mounts should be handled
               * recursively.
               * 
               * If ReadOnly is false, this field has no meaning and must be unspecified.
               * 
               * If ReadOnly is true, and this field is set to Disabled, the mount is not made
               * recursively read-only.  If this field is set to IfPossible, the mount is made
               * recursively read-only, if it is supported by the container runtime.  If this
               * field is set to Enabled, the mount is made recursively read-only if it is
               * supported by the container runtime, otherwise the pod will not be started and
               * an error will be generated to indicate the reason.
               * 
               * If this field is set to IfPossible or Enabled, MountPropagation must be set to
               * None (or be unspecified, which defaults to None).
               * 
               * If this field is not specified, it is treated as an equivalent of Disabled.
               */
              "recursiveReadOnly"?: string;
              /**
               * Path within the volume from which the container's volume should be mounted.
               * Defaults to "" (volume's root).
               */
              "subPath"?: string;
              /**
               * Expanded path within the volume from which the container's volume should be mounted.
               * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
               * Defaults to "" (volume's root).
               * SubPathExpr and SubPath are mutually exclusive.
               */
              "subPathExpr"?: string;
            }>;
          };
        };
      };
      /**
       * Service is the configuration for the NGINX Service.
       */
      "service"?: {
        /**
         * ExternalTrafficPolicy describes how nodes distribute service traffic they
         * receive on one of the Service's "externally-facing" addresses (NodePorts, ExternalIPs,
         * and LoadBalancer IPs).
         */
        "externalTrafficPolicy"?: "Cluster" | "Local";
        /**
         * LoadBalancerClass is the class of the load balancer implementation this Service belongs to.
         * Requires service type to be LoadBalancer.
         */
        "loadBalancerClass"?: string;
        /**
         * LoadBalancerIP is a static IP address for the load balancer. Requires service type to be LoadBalancer.
         */
        "loadBalancerIP"?: string;
        /**
         * LoadBalancerSourceRanges are the IP ranges (CIDR) that are allowed to access the load balancer.
         * Requires service type to be LoadBalancer.
         */
        "loadBalancerSourceRanges"?: Array<string>;
        /**
         * NodePorts are the list of NodePorts to expose on the NGINX data plane service.
         * Each NodePort MUST map to a Gateway listener port, otherwise it will be ignored.
         * The default NodePort range enforced by Kubernetes is 30000-32767.
         */
        "nodePorts"?: Array<{
          /**
           * ListenerPort is the Gateway listener port that this NodePort maps to.
           */
          "listenerPort": number;
          /**
           * Port is the NodePort to expose.
           */
          "port": number;
        }>;
        /**
         * Patches are custom patches to apply to the NGINX Service.
         */
        "patches"?: Array<{
          /**
           * Type is the type of patch. Defaults to StrategicMerge.
           */
          "type"?: "StrategicMerge" | "Merge" | "JSONPatch";
          /**
           * Value is the patch data as raw JSON.
           * For StrategicMerge and Merge patches, this should be a JSON object.
           * For JSONPatch patches, this should be a JSON array of patch operations.
           */
          "value"?: any;
        }>;
        /**
         * ServiceType describes ingress method for the Service.
         */
        "type"?: "ClusterIP" | "LoadBalancer" | "NodePort";
      };
    };
    /**
     * Logging defines logging related settings for NGINX.
     */
    "logging"?: {
      /**
       * AccessLog defines the access log settings, including format itself and disabling option.
       * For now only path /dev/stdout can be used.
       */
      "accessLog"?: {
        /**
         * Disable turns off access logging when set to true.
         */
        "disable"?: boolean;
        /**
         * Escape specifies how to escape characters in variables for access log.
         * Possible values are: default, json, none.
         * If not specified, 'default' escaping is used.
         * See https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format
         */
        "escape"?: "default" | "json" | "none";
        /**
         * Format specifies the custom log format string.
         * If not specified, NGINX default 'combined' format is used.
         * For now only path /dev/stdout can be used.
         * Single quotes and line breaks are not allowed because the format is
         * rendered inside a single-quoted NGINX log_format directive.
         * See https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format
         */
        "format"?: string;
      };
      /**
       * AgentLevel defines the log level of the NGINX agent process. Changing this value results in a
       * re-roll of the NGINX deployment.
       */
      "agentLevel"?: "debug" | "info" | "error" | "panic" | "fatal";
      /**
       * ErrorLevel defines the error log level. Possible log levels listed in order of increasing severity are
       * debug, info, notice, warn, error, crit, alert, and emerg. Setting a certain log level will cause all messages
       * of the specified and more severe log levels to be logged. For example, the log level 'error' will cause error,
       * crit, alert, and emerg messages to be logged. https://nginx.org/en/docs/ngx_core_module.html#error_log
       */
      "errorLevel"?: "debug" | "info" | "notice" | "warn" | "error" | "crit" | "alert" | "emerg";
    };
    /**
     * Metrics defines the configuration for Prometheus scraping metrics. Changing this value results in a
     * re-roll of the NGINX deployment.
     */
    "metrics"?: {
      /**
       * Disable serving Prometheus metrics on the listen port.
       */
      "disable"?: boolean;
      /**
       * Port where the Prometheus metrics are exposed.
       */
      "port"?: number;
    };
    /**
     * NginxPlus specifies NGINX Plus additional settings.
     */
    "nginxPlus"?: {
      /**
       * AllowedAddresses specifies IPAddresses or CIDR blocks to the allow list for accessing the NGINX Plus API.
       */
      "allowedAddresses"?: Array<{
        /**
         * Type specifies the type of address.
         */
        "type": "CIDR" | "IPAddress";
        /**
         * Value specifies the address value.
         */
        "value": string;
      }>;
    };
    /**
     * RewriteClientIP defines configuration for rewriting the client IP to the original client's IP.
     */
    "rewriteClientIP"?: {
      /**
       * Mode defines how NGINX will rewrite the client's IP address.
       * There are two possible modes:
       * - ProxyProtocol: NGINX will rewrite the client's IP using the PROXY protocol header.
       * - XForwardedFor: NGINX will rewrite the client's IP using the X-Forwarded-For header.
       * Sets NGINX directive real_ip_header: https://nginx.org/en/docs/http/ngx_http_realip_module.html#real_ip_header
       */
      "mode"?: "ProxyProtocol" | "XForwardedFor";
      /**
       * SetIPRecursively configures whether recursive search is used when selecting the client's address from
       * the X-Forwarded-For header. It is used in conjunction with TrustedAddresses.
       * If enabled, NGINX will recurse on the values in X-Forwarded-Header from the end of array
       * to start of array and select the first untrusted IP.
       * For example, if X-Forwarded-For is [11.11.11.11, 22.22.22.22, 55.55.55.1],
       * and TrustedAddresses is set to 55.55.55.1/32, NGINX will rewrite the client IP to 22.22.22.22.
       * If disabled, NGINX will select the IP at the end of the array.
       * In the previous example, 55.55.55.1 would be selected.
       * Sets NGINX directive real_ip_recursive: https://nginx.org/en/docs/http/ngx_http_realip_module.html#real_ip_recursive
       */
      "setIPRecursively"?: boolean;
      /**
       * TrustedAddresses specifies the addresses that are trusted to send correct client IP information.
       * If a request comes from a trusted address, NGINX will rewrite the client IP information,
       * and forward it to the backend in the X-Forwarded-For\* and X-Real-IP headers.
       * If the request does not come from a trusted address, NGINX will not rewrite the client IP information.
       * To trust all addresses (not recommended for production), set to 0.0.0.0/0.
       * If no addresses are provided, NGINX will not rewrite the client IP information.
       * Sets NGINX directive set_real_ip_from: https://nginx.org/en/docs/http/ngx_http_realip_module.html#set_real_ip_from
       * This field is required if mode is set.
       */
      "trustedAddresses"?: Array<{
        /**
         * Type specifies the type of address.
         */
        "type": "CIDR" | "IPAddress" | "Hostname";
        /**
         * Value specifies the address value.
         */
        "value": string;
      }>;
    };
    /**
     * ServerTokens configures whether NGINX emits its version in the "Server"
     * response header and on error pages.
     * 
     * OSS NGINX accepts:
     *   - "on": Shows nginx and version (e.g. "nginx/1.25.0")
     *   - "off": Shows nginx only (e.g. "nginx")
     *   - "build": Shows version and build name (e.g. "nginx/1.25.0 (build-name)")
     * 
     * NGINX Plus additionally accepts:
     *   - "": Suppress the "Server" response header entirely
     *   - <custom string>: Set a custom header value and supports variables
     * 
     * See: https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens
     * NGINX directive: https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens
     * Default is "off".
     */
    "serverTokens"?: string;
    /**
     * Telemetry specifies the OpenTelemetry configuration.
     */
    "telemetry"?: {
      /**
       * DisabledFeatures specifies OpenTelemetry features to be disabled.
       */
      "disabledFeatures"?: Array<"DisableTracing">;
      /**
       * Exporter specifies OpenTelemetry export parameters.
       */
      "exporter"?: {
        /**
         * BatchCount is the number of pending batches per worker, spans exceeding the limit are dropped.
         * Default: https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter
         */
        "batchCount"?: number;
        /**
         * BatchSize is the maximum number of spans to be sent in one batch per worker.
         * Default: https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter
         */
        "batchSize"?: number;
        /**
         * Endpoint is the address of OTLP/gRPC endpoint that will accept telemetry data.
         * Format: alphanumeric hostname with optional http scheme and optional port.
         */
        "endpoint"?: string;
        /**
         * Interval is the maximum interval between two exports.
         * Default: https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter
         */
        "interval"?: string;
      };
      /**
       * ServiceName is the "service.name" attribute of the OpenTelemetry resource.
       * Default is 'ngf:<gateway-namespace>:<gateway-name>'. If a value is provided by the user,
       * then the default becomes a prefix to that value.
       */
      "serviceName"?: string;
      /**
       * SpanAttributes are custom key/value attributes that are added to each span.
       */
      "spanAttributes"?: Array<{
        /**
         * Key is the key for a span attribute.
         * Format: must have all '"' escaped and must not contain any '$' or end with an unescaped '\'
         */
        "key": string;
        /**
         * Value is the value for a span attribute.
         * Format: must have all '"' escaped and must not contain any '$' or end with an unescaped '\'
         */
        "value": string;
      }>;
    };
    /**
     * WAF configures NGINX App Protect WAF functionality.
     */
    "waf"?: {
      /**
       * BundleFailOpen controls the behavior when a WAF policy bundle (policy or log profile)
       * has not yet been successfully fetched. When set to true, NGINX configuration is pushed
       * and traffic is served without WAF protection until the bundle becomes available. When
       * false (the default), the configuration push is withheld until the bundle is fetched,
       * maintaining a fail-closed posture.
       */
      "bundleFailOpen"?: boolean;
      /**
       * DisableCookieSeed disables the app_protect_cookie_seed directive.
       * By default, NGF sets this directive to a stable value derived from the Gateway UID,
       * ensuring WAF session cookies are consistent across multiple NGINX replicas.
       * Set this to true if you have pre-compiled the cookie seed into your WAF policy bundles
       * via the compiler global settings, to avoid conflicting with the compiled-in value.
       * Default is false.
       */
      "disableCookieSeed"?: boolean;
      /**
       * Enable enables NGINX App Protect WAF functionality.
       * When enabled, NGINX Gateway Fabric will deploy additional WAF containers
       * (waf-enforcer and waf-config-mgr) alongside the main NGINX container.
       * Default is false.
       */
      "enable"?: boolean;
    };
    /**
     * WorkerConnections specifies the maximum number of simultaneous connections that can be opened by a worker process.
     * Default is 1024.
     */
    "workerConnections"?: number;
  };
}

/**
 * NginxProxy is a configuration object that can be referenced from a GatewayClass parametersRef
 * or a Gateway infrastructure.parametersRef. It provides a way to configure data plane settings.
 * If referenced from a GatewayClass, the settings apply to all Gateways attached to the GatewayClass.
 * If referenced from a Gateway, the settings apply to that Gateway alone. If both a Gateway and its GatewayClass
 * reference an NginxProxy, the settings are merged. Settings specified on the Gateway NginxProxy override those
 * set on the GatewayClass NginxProxy.
 */
export class NginxProxy extends Model<INginxProxy> implements INginxProxy {
  "apiVersion": INginxProxy["apiVersion"];
  "kind": INginxProxy["kind"];
  "metadata"?: INginxProxy["metadata"];
  "spec": INginxProxy["spec"];

static apiVersion: INginxProxy["apiVersion"] = "gateway.nginx.org/v1alpha2";
static kind: INginxProxy["kind"] = "NginxProxy";
static is = createTypeMetaGuard<INginxProxy>(NginxProxy);

constructor(data?: ModelData<INginxProxy>) {
  super();

  this.setDefinedProps({
    apiVersion: NginxProxy.apiVersion,
    kind: NginxProxy.kind,
    ...data
  } as INginxProxy);
}
}


setValidateFunc(NginxProxy, validate as ValidateFunc<INginxProxy>);
