import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/ChaosMeshOrgV1alpha1Schedule";

/**
 * Schedule is the cronly schedule object
 */
export interface ISchedule {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "chaos-mesh.org/v1alpha1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "Schedule";
  "metadata"?: IObjectMeta;
  /**
   * ScheduleSpec is the specification of a schedule object
   */
  "spec": {
    /**
     * AWSChaosSpec is the content of the specification for an AWSChaos
     */
    "awsChaos"?: {
      /**
       * Action defines the specific aws chaos action.
       * Supported action: ec2-stop / ec2-restart / detach-volume
       * Default action: ec2-stop
       */
      "action": "ec2-stop" | "ec2-restart" | "detach-volume";
      /**
       * AWSRegion defines the region of aws.
       */
      "awsRegion": string;
      /**
       * DeviceName indicates the name of the device.
       * Needed in detach-volume.
       */
      "deviceName"?: string;
      /**
       * Duration represents the duration of the chaos action.
       */
      "duration"?: string;
      /**
       * Ec2Instance indicates the ID of the ec2 instance.
       */
      "ec2Instance": string;
      /**
       * Endpoint indicates the endpoint of the aws server. Just used it in test now.
       */
      "endpoint"?: string;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * SecretName defines the name of kubernetes secret.
       */
      "secretName"?: string;
      /**
       * EbsVolume indicates the ID of the EBS volume.
       * Needed in detach-volume.
       */
      "volumeID"?: string;
    };
    /**
     * AzureChaosSpec is the content of the specification for an AzureChaos
     */
    "azureChaos"?: {
      /**
       * Action defines the specific azure chaos action.
       * Supported action: vm-stop / vm-restart / disk-detach
       * Default action: vm-stop
       */
      "action": "vm-stop" | "vm-restart" | "disk-detach";
      /**
       * DiskName indicates the name of the disk.
       * Needed in disk-detach.
       */
      "diskName"?: string;
      /**
       * Duration represents the duration of the chaos action.
       */
      "duration"?: string;
      /**
       * LUN indicates the Logical Unit Number of the data disk.
       * Needed in disk-detach.
       */
      "lun"?: number;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * ResourceGroupName defines the name of ResourceGroup
       */
      "resourceGroupName": string;
      /**
       * SecretName defines the name of kubernetes secret. It is used for Azure credentials.
       */
      "secretName"?: string;
      /**
       * SubscriptionID defines the id of Azure subscription.
       */
      "subscriptionID": string;
      /**
       * VMName defines the name of Virtual Machine
       */
      "vmName": string;
    };
    /**
     * BlockChaosSpec is the content of the specification for a BlockChaos
     */
    "blockChaos"?: {
      /**
       * Action defines the specific block chaos action.
       * Supported action: delay
       */
      "action": "delay";
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Delay defines the delay distribution.
       */
      "delay"?: {
        "correlation"?: string;
        "jitter"?: string;
        /**
         * Latency defines the latency of every io request.
         */
        "latency"?: string;
      };
      /**
       * Duration represents the duration of the chaos action.
       */
      "duration"?: string;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
      "volumeName": string;
    };
    "concurrencyPolicy"?: "Forbid" | "Allow";
    /**
     * DNSChaosSpec defines the desired state of DNSChaos
     */
    "dnsChaos"?: {
      /**
       * Action defines the specific DNS chaos action.
       * Supported action: error, random
       * Default action: error
       */
      "action": "error" | "random";
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * Choose which domain names to take effect, support the placeholder ? and wildcard \*, or the Specified domain name.
       * Note:
       *      1. The wildcard \* must be at the end of the string. For example, chaos-\*.org is invalid.
       *      2. if the patterns is empty, will take effect on all the domain names.
       * For example:
       * 		The value is ["google.com", "github.\*", "chaos-mes?.org"],
       * 		will take effect on "google.com", "github.com" and "chaos-mesh.org"
       */
      "patterns"?: Array<string>;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    /**
     * GCPChaosSpec is the content of the specification for a GCPChaos
     */
    "gcpChaos"?: {
      /**
       * Action defines the specific gcp chaos action.
       * Supported action: node-stop / node-reset / disk-loss
       * Default action: node-stop
       */
      "action": "node-stop" | "node-reset" | "disk-loss";
      /**
       * The device name of disks to detach.
       * Needed in disk-loss.
       */
      "deviceNames"?: Array<string>;
      /**
       * Duration represents the duration of the chaos action.
       */
      "duration"?: string;
      /**
       * Instance defines the name of the instance
       */
      "instance": string;
      /**
       * Project defines the ID of gcp project.
       */
      "project": string;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * SecretName defines the name of kubernetes secret. It is used for GCP credentials.
       */
      "secretName"?: string;
      /**
       * Zone defines the zone of gcp project.
       */
      "zone": string;
    };
    "historyLimit"?: number;
    "httpChaos"?: {
      /**
       * Abort is a rule to abort a http session.
       */
      "abort"?: boolean;
      /**
       * Code is a rule to select target by http status code in response.
       */
      "code"?: number;
      /**
       * Delay represents the delay of the target request/response.
       * A duration string is a possibly unsigned sequence of
       * decimal numbers, each with optional fraction and a unit suffix,
       * such as "300ms", "2h45m".
       * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
       */
      "delay"?: string;
      /**
       * Duration represents the duration of the chaos action.
       */
      "duration"?: string;
      /**
       * Method is a rule to select target by http method in request.
       */
      "method"?: string;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * Patch is a rule to patch some contents in target.
       */
      "patch"?: {
        /**
         * Body is a rule to patch message body of target.
         */
        "body"?: {
          /**
           * Type represents the patch type, only support `JSON` as [merge patch json](https://tools.ietf.org/html/rfc7396) currently.
           */
          "type": string;
          /**
           * Value is the patch contents.
           */
          "value": string;
        };
        /**
         * Headers is a rule to append http headers of target.
         * For example: `[["Set-Cookie", "<one cookie>"], ["Set-Cookie", "<another cookie>"]]`.
         */
        "headers"?: Array<Array<string>>;
        /**
         * Queries is a rule to append uri queries of target(Request only).
         * For example: `[["foo", "bar"], ["foo", "unknown"]]`.
         */
        "queries"?: Array<Array<string>>;
      };
      /**
       * Path is a rule to select target by uri path in http request.
       */
      "path"?: string;
      /**
       * Port represents the target port to be proxy of.
       */
      "port"?: number;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Replace is a rule to replace some contents in target.
       */
      "replace"?: {
        /**
         * Body is a rule to replace http message body in target.
         */
        "body"?: string;
        /**
         * Code is a rule to replace http status code in response.
         */
        "code"?: number;
        /**
         * Headers is a rule to replace http headers of target.
         * The key-value pairs represent header name and header value pairs.
         */
        "headers"?: {
          [key: string]: string;
        };
        /**
         * Method is a rule to replace http method in request.
         */
        "method"?: string;
        /**
         * Path is rule to to replace uri path in http request.
         */
        "path"?: string;
        /**
         * Queries is a rule to replace uri queries in http request.
         * For example, with value `{ "foo": "unknown" }`, the `/?foo=bar` will be altered to `/?foo=unknown`,
         */
        "queries"?: {
          [key: string]: string;
        };
      };
      /**
       * RequestHeaders is a rule to select target by http headers in request.
       * The key-value pairs represent header name and header value pairs.
       */
      "request_headers"?: {
        [key: string]: string;
      };
      /**
       * ResponseHeaders is a rule to select target by http headers in response.
       * The key-value pairs represent header name and header value pairs.
       */
      "response_headers"?: {
        [key: string]: string;
      };
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Target is the object to be selected and injected.
       */
      "target": "Request" | "Response";
      /**
       * TLS is the tls config,
       * will override PodHttpChaos if there are multiple HTTPChaos experiments are applied
       */
      "tls"?: {
        /**
         * CAName represents the data name of ca file in secret, `ca.crt` for example
         */
        "caName"?: string;
        /**
         * CertName represents the data name of cert file in secret, `tls.crt` for example
         */
        "certName": string;
        /**
         * KeyName represents the data name of key file in secret, `tls.key` for example
         */
        "keyName": string;
        /**
         * SecretName represents the name of required secret resource
         */
        "secretName": string;
        /**
         * SecretNamespace represents the namespace of required secret resource
         */
        "secretNamespace": string;
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    /**
     * IOChaosSpec defines the desired state of IOChaos
     */
    "ioChaos"?: {
      /**
       * Action defines the specific pod chaos action.
       * Supported action: latency / fault / attrOverride / mistake
       */
      "action": "latency" | "fault" | "attrOverride" | "mistake";
      /**
       * Attr defines the overrided attribution
       */
      "attr"?: {
        /**
         * Timespec represents a time
         */
        "atime"?: {
          "nsec": number;
          "sec": number;
        };
        "blocks"?: number;
        /**
         * Timespec represents a time
         */
        "ctime"?: {
          "nsec": number;
          "sec": number;
        };
        "gid"?: number;
        "ino"?: number;
        /**
         * FileType represents type of file
         */
        "kind"?: string;
        /**
         * Timespec represents a time
         */
        "mtime"?: {
          "nsec": number;
          "sec": number;
        };
        "nlink"?: number;
        "perm"?: number;
        "rdev"?: number;
        "size"?: number;
        "uid"?: number;
      };
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Delay defines the value of I/O chaos action delay.
       * A delay string is a possibly signed sequence of
       * decimal numbers, each with optional fraction and a unit suffix,
       * such as "300ms".
       * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
       */
      "delay"?: string;
      /**
       * Duration represents the duration of the chaos action.
       * It is required when the action is `PodFailureAction`.
       * A duration string is a possibly signed sequence of
       * decimal numbers, each with optional fraction and a unit suffix,
       * such as "300ms", "-1.5h" or "2h45m".
       * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
       */
      "duration"?: string;
      /**
       * Errno defines the error code that returned by I/O action.
       * refer to: https://www-numi.fnal.gov/offline_software/srt_public_context/WebDocs/Errors/unix_system_errors.html
       */
      "errno"?: number;
      /**
       * Methods defines the I/O methods for injecting I/O chaos action.
       * default: all I/O methods.
       */
      "methods"?: Array<string>;
      /**
       * Mistake defines what types of incorrectness are injected to IO operations
       */
      "mistake"?: {
        /**
         * Filling determines what is filled in the mistake data.
         */
        "filling"?: "zero" | "random";
        /**
         * Max length of each wrong data segment in bytes
         */
        "maxLength"?: number;
        /**
         * There will be [1, MaxOccurrences] segments of wrong data.
         */
        "maxOccurrences"?: number;
      };
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * Path defines the path of files for injecting I/O chaos action.
       */
      "path"?: string;
      /**
       * Percent defines the percentage of injection errors and provides a number from 0-100.
       * default: 100.
       */
      "percent"?: number;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
      /**
       * VolumePath represents the mount path of injected volume
       */
      "volumePath": string;
    };
    /**
     * JVMChaosSpec defines the desired state of JVMChaos
     */
    "jvmChaos"?: {
      /**
       * Action defines the specific jvm chaos action.
       * Supported action: latency;return;exception;stress;gc;ruleData
       */
      "action": "latency" | "return" | "exception" | "stress" | "gc" | "ruleData" | "mysql";
      /**
       * Java class
       */
      "class"?: string;
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * the CPU core number needs to use, only set it when action is stress
       */
      "cpuCount"?: number;
      /**
       * the match database
       * default value is "", means match all database
       */
      "database"?: string;
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      /**
       * the exception which needs to throw for action `exception`
       * or the exception message needs to throw in action `mysql`
       */
      "exception"?: string;
      /**
       * the latency duration for action 'latency', unit ms
       * or the latency duration in action `mysql`
       */
      "latency"?: number;
      /**
       * the memory type needs to locate, only set it when action is stress, the value can be 'stack' or 'heap'
       */
      "memType"?: string;
      /**
       * the method in Java class
       */
      "method"?: string;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * the version of mysql-connector-java, only support 5.X.X(set to "5") and 8.X.X(set to "8") now
       */
      "mysqlConnectorVersion"?: string;
      /**
       * byteman rule name, should be unique, and will generate one if not set
       */
      "name"?: string;
      /**
       * the pid of Java process which needs to attach
       */
      "pid"?: number;
      /**
       * the port of agent server, default 9277
       */
      "port"?: number;
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * the return value for action 'return'
       */
      "returnValue"?: string;
      /**
       * the byteman rule's data for action 'ruleData'
       */
      "ruleData"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * the match sql type
       * default value is "", means match all SQL type.
       * The value can be 'select', 'insert', 'update', 'delete', 'replace'.
       */
      "sqlType"?: string;
      /**
       * the match table
       * default value is "", means match all table
       */
      "table"?: string;
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    /**
     * KernelChaosSpec defines the desired state of KernelChaos
     */
    "kernelChaos"?: {
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      /**
       * FailKernRequest defines the request of kernel injection
       */
      "failKernRequest": {
        /**
         * Callchain indicate a special call chain, such as:
         *     ext4_mount
         *       -> mount_subtree
         *          -> ...
         *             -> should_failslab
         * With an optional set of predicates and an optional set of
         * parameters, which used with predicates. You can read call chan
         * and predicate examples from https://github.com/chaos-mesh/bpfki/tree/develop/examples
         * to learn more.
         * If no special call chain, just keep Callchain empty, which means it will fail at any call chain
         * with slab alloc (eg: kmalloc).
         */
        "callchain"?: Array<{
          /**
           * Funcname can be find from kernel source or `/proc/kallsyms`, such as `ext4_mount`
           */
          "funcname"?: string;
          /**
           * Parameters is used with predicate, for example, if you want to inject slab error
           * in `d_alloc_parallel(struct dentry \*parent, const struct qstr \*name)` with a special
           * name `bananas`, you need to set it to `struct dentry \*parent, const struct qstr \*name`
           * otherwise omit it.
           */
          "parameters"?: string;
          /**
           * Predicate will access the arguments of this Frame, example with Parameters's, you can
           * set it to `STRNCMP(name->name, "bananas", 8)` to make inject only with it, or omit it
           * to inject for all d_alloc_parallel call chain.
           */
          "predicate"?: string;
        }>;
        /**
         * FailType indicates what to fail, can be set to '0' / '1' / '2'
         * If `0`, indicates slab to fail (should_failslab)
         * If `1`, indicates alloc_page to fail (should_fail_alloc_page)
         * If `2`, indicates bio to fail (should_fail_bio)
         * You can read:
         *   1. https://www.kernel.org/doc/html/latest/fault-injection/fault-injection.html
         *   2. http://github.com/iovisor/bcc/blob/master/tools/inject_example.txt
         * to learn more
         */
        "failtype": number;
        /**
         * Headers indicates the appropriate kernel headers you need.
         * Eg: "linux/mmzone.h", "linux/blkdev.h" and so on
         */
        "headers"?: Array<string>;
        /**
         * Probability indicates the fails with probability.
         * If you want 1%, please set this field with 1.
         */
        "probability"?: number;
        /**
         * Times indicates the max times of fails.
         */
        "times"?: number;
      };
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    /**
     * NetworkChaosSpec defines the desired state of NetworkChaos
     */
    "networkChaos"?: {
      /**
       * Action defines the specific network chaos action.
       * Supported action: partition, netem, delay, loss, duplicate, corrupt
       * Default action: delay
       */
      "action": "netem" | "delay" | "loss" | "duplicate" | "corrupt" | "partition" | "bandwidth";
      /**
       * Bandwidth represents the detail about bandwidth control action
       */
      "bandwidth"?: {
        /**
         * Buffer is the maximum amount of bytes that tokens can be available for instantaneously.
         */
        "buffer": number;
        /**
         * Limit is the number of bytes that can be queued waiting for tokens to become available.
         */
        "limit": number;
        /**
         * Minburst specifies the size of the peakrate bucket. For perfect
         * accuracy, should be set to the MTU of the interface.  If a
         * peakrate is needed, but some burstiness is acceptable, this
         * size can be raised. A 3000 byte minburst allows around 3mbit/s
         * of peakrate, given 1000 byte packets.
         */
        "minburst"?: number;
        /**
         * Peakrate is the maximum depletion rate of the bucket.
         * The peakrate does not need to be set, it is only necessary
         * if perfect millisecond timescale shaping is required.
         */
        "peakrate"?: number;
        /**
         * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
         */
        "rate": string;
      };
      /**
       * Corrupt represents the detail about corrupt action
       */
      "corrupt"?: {
        "correlation"?: string;
        "corrupt": string;
      };
      /**
       * Delay represents the detail about delay action
       */
      "delay"?: {
        "correlation"?: string;
        "jitter"?: string;
        "latency": string;
        /**
         * ReorderSpec defines details of packet reorder.
         */
        "reorder"?: {
          "correlation"?: string;
          "gap": number;
          "reorder": string;
        };
      };
      /**
       * Device represents the network device to be affected.
       */
      "device"?: string;
      /**
       * Direction represents the direction, this applies on netem and network partition action
       */
      "direction"?: "to" | "from" | "both";
      /**
       * DuplicateSpec represents the detail about loss action
       */
      "duplicate"?: {
        "correlation"?: string;
        "duplicate": string;
      };
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      /**
       * ExternalTargets represents network targets outside k8s
       */
      "externalTargets"?: Array<string>;
      /**
       * Loss represents the detail about loss action
       */
      "loss"?: {
        "correlation"?: string;
        "loss": string;
      };
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * Rate represents the detail about rate control action
       */
      "rate"?: {
        /**
         * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
         */
        "rate": string;
      };
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Target represents network target, this applies on netem and network partition action
       */
      "target"?: {
        /**
         * Mode defines the mode to run chaos action.
         * Supported mode: one / all / fixed / fixed-percent / random-max-percent
         */
        "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
        /**
         * Selector is used to select pods that are used to inject chaos action.
         */
        "selector": {
          /**
           * Map of string keys and values that can be used to select objects.
           * A selector based on annotations.
           */
          "annotationSelectors"?: {
            [key: string]: string;
          };
          /**
           * a slice of label selector expressions that can be used to select objects.
           * A list of selectors based on set-based label expressions.
           */
          "expressionSelectors"?: Array<{
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
           * Map of string keys and values that can be used to select objects.
           * A selector based on fields.
           */
          "fieldSelectors"?: {
            [key: string]: string;
          };
          /**
           * Map of string keys and values that can be used to select objects.
           * A selector based on labels.
           */
          "labelSelectors"?: {
            [key: string]: string;
          };
          /**
           * Namespaces is a set of namespace to which objects belong.
           */
          "namespaces"?: Array<string>;
          /**
           * Map of string keys and values that can be used to select nodes.
           * Selector which must match a node's labels,
           * and objects must belong to these selected nodes.
           */
          "nodeSelectors"?: {
            [key: string]: string;
          };
          /**
           * Nodes is a set of node name and objects must belong to these nodes.
           */
          "nodes"?: Array<string>;
          /**
           * PodPhaseSelectors is a set of condition of a pod at the current time.
           * supported value: Pending / Running / Succeeded / Failed / Unknown
           */
          "podPhaseSelectors"?: Array<string>;
          /**
           * Pods is a map of string keys and a set values that used to select pods.
           * The key defines the namespace which pods belong,
           * and the each values is a set of pod names.
           */
          "pods"?: {
            [key: string]: Array<string>;
          };
        };
        /**
         * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
         * If `FixedMode`, provide an integer of pods to do chaos action.
         * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
         * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
         */
        "value"?: string;
      };
      /**
       * TargetDevice represents the network device to be affected in target scope.
       */
      "targetDevice"?: string;
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    /**
     * PhysicalMachineChaosSpec defines the desired state of PhysicalMachineChaos
     */
    "physicalmachineChaos"?: {
      /**
       * the subAction, generate automatically
       */
      "action": "stress-cpu" | "stress-mem" | "disk-read-payload" | "disk-write-payload" | "disk-fill" | "network-corrupt" | "network-duplicate" | "network-loss" | "network-delay" | "network-partition" | "network-dns" | "network-bandwidth" | "network-flood" | "network-down" | "process" | "jvm-exception" | "jvm-gc" | "jvm-latency" | "jvm-return" | "jvm-stress" | "jvm-rule-data" | "jvm-mysql" | "clock" | "redis-expiration" | "redis-penetration" | "redis-cacheLimit" | "redis-restart" | "redis-stop" | "kafka-fill" | "kafka-flood" | "kafka-io" | "file-create" | "file-modify" | "file-delete" | "file-rename" | "file-append" | "file-replace" | "vm" | "user_defined";
      /**
       * DEPRECATED: Use Selector instead.
       * Only one of Address and Selector could be specified.
       */
      "address"?: Array<string>;
      "clock"?: {
        /**
         * the identifier of the particular clock on which to act.
         * More clock description in linux kernel can be found in man page of clock_getres, clock_gettime, clock_settime.
         * Muti clock ids should be split with ","
         */
        "clock-ids-slice"?: string;
        /**
         * the pid of target program.
         */
        "pid"?: number;
        /**
         * specifies the length of time offset.
         */
        "time-offset"?: string;
      };
      "disk-fill"?: {
        /**
         * fill disk by fallocate
         */
        "fill-by-fallocate"?: boolean;
        /**
         * specifies the location to fill data in. if path not provided,
         * payload will read/write from/into a temp file, temp file will be deleted after writing
         */
        "path"?: string;
        /**
         * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
         * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
         */
        "size"?: string;
      };
      "disk-read-payload"?: {
        /**
         * specifies the location to fill data in. if path not provided,
         * payload will read/write from/into a temp file, temp file will be deleted after writing
         */
        "path"?: string;
        /**
         * specifies the number of process work on writing, default 1, only 1-255 is valid value
         */
        "payload-process-num"?: number;
        /**
         * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
         * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
         */
        "size"?: string;
      };
      "disk-write-payload"?: {
        /**
         * specifies the location to fill data in. if path not provided,
         * payload will read/write from/into a temp file, temp file will be deleted after writing
         */
        "path"?: string;
        /**
         * specifies the number of process work on writing, default 1, only 1-255 is valid value
         */
        "payload-process-num"?: number;
        /**
         * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
         * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
         */
        "size"?: string;
      };
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      "file-append"?: {
        /**
         * Count is the number of times to append the data.
         */
        "count"?: number;
        /**
         * Data is the data for append.
         */
        "data"?: string;
        /**
         * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
         */
        "file-name"?: string;
      };
      "file-create"?: {
        /**
         * DirName is the directory name to create or delete.
         */
        "dir-name"?: string;
        /**
         * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
         */
        "file-name"?: string;
      };
      "file-delete"?: {
        /**
         * DirName is the directory name to create or delete.
         */
        "dir-name"?: string;
        /**
         * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
         */
        "file-name"?: string;
      };
      "file-modify"?: {
        /**
         * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
         */
        "file-name"?: string;
        /**
         * Privilege is the file privilege to be set.
         */
        "privilege"?: number;
      };
      "file-rename"?: {
        /**
         * DestFile is the name to be renamed.
         */
        "dest-file"?: string;
        /**
         * SourceFile is the name need to be renamed.
         */
        "source-file"?: string;
      };
      "file-replace"?: {
        /**
         * DestStr is the destination string of the file.
         */
        "dest-string"?: string;
        /**
         * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
         */
        "file-name"?: string;
        /**
         * Line is the line number of the file to be replaced.
         */
        "line"?: number;
        /**
         * OriginStr is the origin string of the file.
         */
        "origin-string"?: string;
      };
      "http-abort"?: {
        /**
         * Code is a rule to select target by http status code in response
         */
        "code"?: string;
        /**
         * HTTP method
         */
        "method"?: string;
        /**
         * Match path of Uri with wildcard matches
         */
        "path"?: string;
        /**
         * The TCP port that the target service listens on
         */
        "port"?: number;
        /**
         * Composed with one of the port of HTTP connection, we will only attack HTTP connection with port inside proxy_ports
         */
        "proxy_ports": Array<number>;
        /**
         * HTTP target: Request or Response
         */
        "target": string;
      };
      "http-config"?: {
        /**
         * The config file path
         */
        "file_path"?: string;
      };
      "http-delay"?: {
        /**
         * Code is a rule to select target by http status code in response
         */
        "code"?: string;
        /**
         * Delay represents the delay of the target request/response
         */
        "delay": string;
        /**
         * HTTP method
         */
        "method"?: string;
        /**
         * Match path of Uri with wildcard matches
         */
        "path"?: string;
        /**
         * The TCP port that the target service listens on
         */
        "port"?: number;
        /**
         * Composed with one of the port of HTTP connection, we will only attack HTTP connection with port inside proxy_ports
         */
        "proxy_ports": Array<number>;
        /**
         * HTTP target: Request or Response
         */
        "target": string;
      };
      /**
       * used for HTTP request, now only support GET
       */
      "http-request"?: {
        /**
         * The number of requests to send
         */
        "count"?: number;
        /**
         * Enable connection pool
         */
        "enable-conn-pool"?: boolean;
        /**
         * Request to send"
         */
        "url"?: string;
      };
      "jvm-exception"?: {
        /**
         * Java class
         */
        "class"?: string;
        /**
         * the exception which needs to throw for action `exception`
         */
        "exception"?: string;
        /**
         * the method in Java class
         */
        "method"?: string;
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
      };
      "jvm-gc"?: {
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
      };
      "jvm-latency"?: {
        /**
         * Java class
         */
        "class"?: string;
        /**
         * the latency duration for action 'latency', unit ms
         */
        "latency"?: number;
        /**
         * the method in Java class
         */
        "method"?: string;
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
      };
      "jvm-mysql"?: {
        /**
         * the match database
         * default value is "", means match all database
         */
        "database"?: string;
        /**
         * The exception which needs to throw for action `exception`
         * or the exception message needs to throw in action `mysql`
         */
        "exception"?: string;
        /**
         * The latency duration for action 'latency'
         * or the latency duration in action `mysql`
         */
        "latency"?: number;
        /**
         * the version of mysql-connector-java, only support 5.X.X(set to "5") and 8.X.X(set to "8") now
         */
        "mysqlConnectorVersion"?: string;
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
        /**
         * the match sql type
         * default value is "", means match all SQL type.
         * The value can be 'select', 'insert', 'update', 'delete', 'replace'.
         */
        "sqlType"?: string;
        /**
         * the match table
         * default value is "", means match all table
         */
        "table"?: string;
      };
      "jvm-return"?: {
        /**
         * Java class
         */
        "class"?: string;
        /**
         * the method in Java class
         */
        "method"?: string;
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
        /**
         * the return value for action 'return'
         */
        "value"?: string;
      };
      "jvm-rule-data"?: {
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
        /**
         * RuleData used to save the rule file's data, will use it when recover
         */
        "rule-data"?: string;
      };
      "jvm-stress"?: {
        /**
         * the CPU core number need to use, only set it when action is stress
         */
        "cpu-count"?: number;
        /**
         * the memory type need to locate, only set it when action is stress, the value can be 'stack' or 'heap'
         */
        "mem-type"?: string;
        /**
         * the pid of Java process which needs to attach
         */
        "pid"?: number;
        /**
         * the port of agent server, default 9277
         */
        "port"?: number;
      };
      "kafka-fill"?: {
        /**
         * The host of kafka server
         */
        "host"?: string;
        /**
         * The max bytes to fill
         */
        "maxBytes"?: number;
        /**
         * The size of each message
         */
        "messageSize"?: number;
        /**
         * The password of kafka client
         */
        "password"?: string;
        /**
         * The port of kafka server
         */
        "port"?: number;
        /**
         * The command to reload kafka config
         */
        "reloadCommand"?: string;
        /**
         * The topic to attack
         */
        "topic"?: string;
        /**
         * The username of kafka client
         */
        "username"?: string;
      };
      "kafka-flood"?: {
        /**
         * The host of kafka server
         */
        "host"?: string;
        /**
         * The size of each message
         */
        "messageSize"?: number;
        /**
         * The password of kafka client
         */
        "password"?: string;
        /**
         * The port of kafka server
         */
        "port"?: number;
        /**
         * The number of worker threads
         */
        "threads"?: number;
        /**
         * The topic to attack
         */
        "topic"?: string;
        /**
         * The username of kafka client
         */
        "username"?: string;
      };
      "kafka-io"?: {
        /**
         * The path of server config
         */
        "configFile"?: string;
        /**
         * Make kafka cluster non-readable
         */
        "nonReadable"?: boolean;
        /**
         * Make kafka cluster non-writable
         */
        "nonWritable"?: boolean;
        /**
         * The topic to attack
         */
        "topic"?: string;
      };
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      "network-bandwidth"?: {
        "buffer": number;
        "device"?: string;
        "hostname"?: string;
        "ip-address"?: string;
        "limit": number;
        "minburst"?: number;
        "peakrate"?: number;
        "rate": string;
      };
      "network-corrupt"?: {
        /**
         * correlation is percentage (10 is 10%)
         */
        "correlation"?: string;
        /**
         * the network interface to impact
         */
        "device"?: string;
        /**
         * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "egress-port"?: string;
        /**
         * only impact traffic to these hostnames
         */
        "hostname"?: string;
        /**
         * only impact egress traffic to these IP addresses
         */
        "ip-address"?: string;
        /**
         * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
         */
        "ip-protocol"?: string;
        /**
         * percentage of packets to corrupt (10 is 10%)
         */
        "percent"?: string;
        /**
         * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "source-port"?: string;
      };
      "network-delay"?: {
        /**
         * only the packet which match the tcp flag can be accepted, others will be dropped.
         * only set when the IPProtocol is tcp, used for partition.
         */
        "accept-tcp-flags"?: string;
        /**
         * correlation is percentage (10 is 10%)
         */
        "correlation"?: string;
        /**
         * the network interface to impact
         */
        "device"?: string;
        /**
         * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "egress-port"?: string;
        /**
         * only impact traffic to these hostnames
         */
        "hostname"?: string;
        /**
         * only impact egress traffic to these IP addresses
         */
        "ip-address"?: string;
        /**
         * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
         */
        "ip-protocol"?: string;
        /**
         * jitter time, time units: ns, us (or µs), ms, s, m, h.
         */
        "jitter"?: string;
        /**
         * delay egress time, time units: ns, us (or µs), ms, s, m, h.
         */
        "latency"?: string;
        /**
         * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "source-port"?: string;
      };
      "network-dns"?: {
        /**
         * map this host to specified IP
         */
        "dns-domain-name"?: string;
        /**
         * map specified host to this IP address
         */
        "dns-ip"?: string;
        /**
         * update the DNS server in /etc/resolv.conf with this value
         */
        "dns-server"?: string;
      };
      "network-down"?: {
        /**
         * The network interface to impact
         */
        "device"?: string;
        /**
         * NIC down time, time units: ns, us (or µs), ms, s, m, h.
         */
        "duration"?: string;
      };
      "network-duplicate"?: {
        /**
         * correlation is percentage (10 is 10%)
         */
        "correlation"?: string;
        /**
         * the network interface to impact
         */
        "device"?: string;
        /**
         * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "egress-port"?: string;
        /**
         * only impact traffic to these hostnames
         */
        "hostname"?: string;
        /**
         * only impact egress traffic to these IP addresses
         */
        "ip-address"?: string;
        /**
         * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
         */
        "ip-protocol"?: string;
        /**
         * percentage of packets to duplicate (10 is 10%)
         */
        "percent"?: string;
        /**
         * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "source-port"?: string;
      };
      "network-flood"?: {
        /**
         * The number of seconds to run the iperf test
         */
        "duration": string;
        /**
         * Generate traffic to this IP address
         */
        "ip-address"?: string;
        /**
         * The number of iperf parallel client threads to run
         */
        "parallel"?: number;
        /**
         * Generate traffic to this port on the IP address
         */
        "port"?: string;
        /**
         * The speed of network traffic, allows bps, kbps, mbps, gbps, tbps unit. bps means bytes per second
         */
        "rate": string;
      };
      "network-loss"?: {
        /**
         * correlation is percentage (10 is 10%)
         */
        "correlation"?: string;
        /**
         * the network interface to impact
         */
        "device"?: string;
        /**
         * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "egress-port"?: string;
        /**
         * only impact traffic to these hostnames
         */
        "hostname"?: string;
        /**
         * only impact egress traffic to these IP addresses
         */
        "ip-address"?: string;
        /**
         * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
         */
        "ip-protocol"?: string;
        /**
         * percentage of packets to loss (10 is 10%)
         */
        "percent"?: string;
        /**
         * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
         * it can only be used in conjunction with -p tcp or -p udp
         */
        "source-port"?: string;
      };
      "network-partition"?: {
        /**
         * only the packet which match the tcp flag can be accepted, others will be dropped.
         * only set when the IPProtocol is tcp, used for partition.
         */
        "accept-tcp-flags"?: string;
        /**
         * the network interface to impact
         */
        "device"?: string;
        /**
         * specifies the partition direction, values can be 'from', 'to'.
         * 'from' means packets coming from the 'IPAddress' or 'Hostname' and going to your server,
         * 'to' means packets originating from your server and going to the 'IPAddress' or 'Hostname'.
         */
        "direction"?: string;
        /**
         * only impact traffic to these hostnames
         */
        "hostname"?: string;
        /**
         * only impact egress traffic to these IP addresses
         */
        "ip-address"?: string;
        /**
         * only impact egress traffic to these IP addresses
         */
        "ip-protocol"?: string;
      };
      "process"?: {
        /**
         * the process name or the process ID
         */
        "process"?: string;
        /**
         * the command to be run when recovering experiment
         */
        "recoverCmd"?: string;
        /**
         * the signal number to send
         */
        "signal"?: number;
      };
      "redis-cacheLimit"?: {
        /**
         * The adress of Redis server
         */
        "addr"?: string;
        /**
         * The size of `maxmemory`
         */
        "cacheSize"?: string;
        /**
         * The password of Redis server
         */
        "password"?: string;
        /**
         * Specifies maxmemory as a percentage of the original value
         */
        "percent"?: string;
      };
      "redis-expiration"?: {
        /**
         * The adress of Redis server
         */
        "addr"?: string;
        /**
         * The expiration of the keys
         */
        "expiration"?: string;
        /**
         * The keys to be expired
         */
        "key"?: string;
        /**
         * Additional options for `expiration`
         */
        "option"?: string;
        /**
         * The password of Redis server
         */
        "password"?: string;
      };
      "redis-penetration"?: {
        /**
         * The adress of Redis server
         */
        "addr"?: string;
        /**
         * The password of Redis server
         */
        "password"?: string;
        /**
         * The number of requests to be sent
         */
        "requestNum"?: number;
      };
      "redis-restart"?: {
        /**
         * The adress of Redis server
         */
        "addr"?: string;
        /**
         * The path of Sentinel conf
         */
        "conf"?: string;
        /**
         * The control flag determines whether to flush config
         */
        "flushConfig"?: boolean;
        /**
         * The password of Redis server
         */
        "password"?: string;
        /**
         * The path of `redis-server` command-line tool
         */
        "redisPath"?: boolean;
      };
      "redis-stop"?: {
        /**
         * The adress of Redis server
         */
        "addr"?: string;
        /**
         * The path of Sentinel conf
         */
        "conf"?: string;
        /**
         * The control flag determines whether to flush config
         */
        "flushConfig"?: boolean;
        /**
         * The password of Redis server
         */
        "password"?: string;
        /**
         * The path of `redis-server` command-line tool
         */
        "redisPath"?: boolean;
      };
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select physical machines that are used to inject chaos action.
       */
      "selector"?: {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * PhysicalMachines is a map of string keys and a set values that used to select physical machines.
         * The key defines the namespace which physical machine belong,
         * and each value is a set of physical machine names.
         */
        "physicalMachines"?: {
          [key: string]: Array<string>;
        };
      };
      "stress-cpu"?: {
        /**
         * specifies P percent loading per CPU worker. 0 is effectively a sleep (no load) and 100 is full loading.
         */
        "load"?: number;
        /**
         * extend stress-ng options
         */
        "options"?: Array<string>;
        /**
         * specifies N workers to apply the stressor.
         */
        "workers"?: number;
      };
      "stress-mem"?: {
        /**
         * extend stress-ng options
         */
        "options"?: Array<string>;
        /**
         * specifies N bytes consumed per vm worker, default is the total available memory.
         * One can specify the size as % of total available memory or in units of B, KB/KiB, MB/MiB, GB/GiB, TB/TiB..
         */
        "size"?: string;
      };
      /**
       * the experiment ID
       */
      "uid"?: string;
      "user_defined"?: {
        /**
         * The command to be executed when attack
         */
        "attackCmd"?: string;
        /**
         * The command to be executed when recover
         */
        "recoverCmd"?: string;
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of physical machines to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of physical machines the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
      "vm"?: {
        /**
         * The name of the VM to be injected
         */
        "vm-name"?: string;
      };
    };
    /**
     * PodChaosSpec defines the attributes that a user creates on a chaos experiment about pods.
     */
    "podChaos"?: {
      /**
       * Action defines the specific pod chaos action.
       * Supported action: pod-kill / pod-failure / container-kill
       * Default action: pod-kill
       */
      "action": "pod-kill" | "pod-failure" | "container-kill";
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Duration represents the duration of the chaos action.
       * It is required when the action is `PodFailureAction`.
       * A duration string is a possibly signed sequence of
       * decimal numbers, each with optional fraction and a unit suffix,
       * such as "300ms", "-1.5h" or "2h45m".
       * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
       */
      "duration"?: string;
      /**
       * GracePeriod is used in pod-kill action. It represents the duration in seconds before the pod should be deleted.
       * Value must be non-negative integer. The default value is zero that indicates delete immediately.
       */
      "gracePeriod"?: number;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    "schedule": string;
    "startingDeadlineSeconds"?: number;
    /**
     * StressChaosSpec defines the desired state of StressChaos
     */
    "stressChaos"?: {
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * StressngStressors defines plenty of stressors just like `Stressors` except that it's an experimental
       * feature and more powerful. You can define stressors in `stress-ng` (see also `man stress-ng`) dialect,
       * however not all of the supported stressors are well tested. It maybe retired in later releases. You
       * should always use `Stressors` to define the stressors and use this only when you want more stressors
       * unsupported by `Stressors`. When both `StressngStressors` and `Stressors` are defined, `StressngStressors`
       * wins.
       */
      "stressngStressors"?: string;
      /**
       * Stressors defines plenty of stressors supported to stress system components out.
       * You can use one or more of them to make up various kinds of stresses. At least
       * one of the stressors should be specified.
       */
      "stressors"?: {
        /**
         * CPUStressor stresses CPU out
         */
        "cpu"?: {
          /**
           * Load specifies P percent loading per CPU worker. 0 is effectively a sleep (no load) and 100
           * is full loading.
           */
          "load"?: number;
          /**
           * extend stress-ng options
           */
          "options"?: Array<string>;
          /**
           * Workers specifies N workers to apply the stressor.
           * Maximum 8192 workers can run by stress-ng
           */
          "workers": number;
        };
        /**
         * MemoryStressor stresses virtual memory out
         */
        "memory"?: {
          /**
           * OOMScoreAdj sets the oom_score_adj of the stress process. See `man 5 proc` to know more
           * about this option.
           */
          "oomScoreAdj"?: number;
          /**
           * extend stress-ng options
           */
          "options"?: Array<string>;
          /**
           * Size specifies N bytes consumed per vm worker, default is the total available memory.
           * One can specify the size as % of total available memory or in units of B, KB/KiB,
           * MB/MiB, GB/GiB, TB/TiB.
           */
          "size"?: string;
          /**
           * Workers specifies N workers to apply the stressor.
           * Maximum 8192 workers can run by stress-ng
           */
          "workers": number;
        };
      };
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    /**
     * TimeChaosSpec defines the desired state of TimeChaos
     */
    "timeChaos"?: {
      /**
       * ClockIds defines all affected clock id
       * All available options are ["CLOCK_REALTIME","CLOCK_MONOTONIC","CLOCK_PROCESS_CPUTIME_ID","CLOCK_THREAD_CPUTIME_ID",
       * "CLOCK_MONOTONIC_RAW","CLOCK_REALTIME_COARSE","CLOCK_MONOTONIC_COARSE","CLOCK_BOOTTIME","CLOCK_REALTIME_ALARM",
       * "CLOCK_BOOTTIME_ALARM"]
       * Default value is ["CLOCK_REALTIME"]
       */
      "clockIds"?: Array<string>;
      /**
       * ContainerNames indicates list of the name of affected container.
       * If not set, the first container will be injected
       */
      "containerNames"?: Array<string>;
      /**
       * Duration represents the duration of the chaos action
       */
      "duration"?: string;
      /**
       * Mode defines the mode to run chaos action.
       * Supported mode: one / all / fixed / fixed-percent / random-max-percent
       */
      "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
      /**
       * RemoteCluster represents the remote cluster where the chaos will be deployed
       */
      "remoteCluster"?: string;
      /**
       * Selector is used to select pods that are used to inject chaos action.
       */
      "selector": {
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on annotations.
         */
        "annotationSelectors"?: {
          [key: string]: string;
        };
        /**
         * a slice of label selector expressions that can be used to select objects.
         * A list of selectors based on set-based label expressions.
         */
        "expressionSelectors"?: Array<{
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
         * Map of string keys and values that can be used to select objects.
         * A selector based on fields.
         */
        "fieldSelectors"?: {
          [key: string]: string;
        };
        /**
         * Map of string keys and values that can be used to select objects.
         * A selector based on labels.
         */
        "labelSelectors"?: {
          [key: string]: string;
        };
        /**
         * Namespaces is a set of namespace to which objects belong.
         */
        "namespaces"?: Array<string>;
        /**
         * Map of string keys and values that can be used to select nodes.
         * Selector which must match a node's labels,
         * and objects must belong to these selected nodes.
         */
        "nodeSelectors"?: {
          [key: string]: string;
        };
        /**
         * Nodes is a set of node name and objects must belong to these nodes.
         */
        "nodes"?: Array<string>;
        /**
         * PodPhaseSelectors is a set of condition of a pod at the current time.
         * supported value: Pending / Running / Succeeded / Failed / Unknown
         */
        "podPhaseSelectors"?: Array<string>;
        /**
         * Pods is a map of string keys and a set values that used to select pods.
         * The key defines the namespace which pods belong,
         * and the each values is a set of pod names.
         */
        "pods"?: {
          [key: string]: Array<string>;
        };
      };
      /**
       * TimeOffset defines the delta time of injected program. It's a possibly signed sequence of decimal numbers, such as
       * "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
       */
      "timeOffset": string;
      /**
       * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
       * If `FixedMode`, provide an integer of pods to do chaos action.
       * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
       * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
       */
      "value"?: string;
    };
    "type": string;
    "workflow"?: {
      "entry": string;
      "templates": Array<{
        /**
         * AbortWithStatusCheck describe whether to abort the workflow when the failure threshold of StatusCheck is exceeded.
         * Only used when Type is TypeStatusCheck.
         */
        "abortWithStatusCheck"?: boolean;
        /**
         * AWSChaosSpec is the content of the specification for an AWSChaos
         */
        "awsChaos"?: {
          /**
           * Action defines the specific aws chaos action.
           * Supported action: ec2-stop / ec2-restart / detach-volume
           * Default action: ec2-stop
           */
          "action": "ec2-stop" | "ec2-restart" | "detach-volume";
          /**
           * AWSRegion defines the region of aws.
           */
          "awsRegion": string;
          /**
           * DeviceName indicates the name of the device.
           * Needed in detach-volume.
           */
          "deviceName"?: string;
          /**
           * Duration represents the duration of the chaos action.
           */
          "duration"?: string;
          /**
           * Ec2Instance indicates the ID of the ec2 instance.
           */
          "ec2Instance": string;
          /**
           * Endpoint indicates the endpoint of the aws server. Just used it in test now.
           */
          "endpoint"?: string;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * SecretName defines the name of kubernetes secret.
           */
          "secretName"?: string;
          /**
           * EbsVolume indicates the ID of the EBS volume.
           * Needed in detach-volume.
           */
          "volumeID"?: string;
        };
        /**
         * AzureChaosSpec is the content of the specification for an AzureChaos
         */
        "azureChaos"?: {
          /**
           * Action defines the specific azure chaos action.
           * Supported action: vm-stop / vm-restart / disk-detach
           * Default action: vm-stop
           */
          "action": "vm-stop" | "vm-restart" | "disk-detach";
          /**
           * DiskName indicates the name of the disk.
           * Needed in disk-detach.
           */
          "diskName"?: string;
          /**
           * Duration represents the duration of the chaos action.
           */
          "duration"?: string;
          /**
           * LUN indicates the Logical Unit Number of the data disk.
           * Needed in disk-detach.
           */
          "lun"?: number;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * ResourceGroupName defines the name of ResourceGroup
           */
          "resourceGroupName": string;
          /**
           * SecretName defines the name of kubernetes secret. It is used for Azure credentials.
           */
          "secretName"?: string;
          /**
           * SubscriptionID defines the id of Azure subscription.
           */
          "subscriptionID": string;
          /**
           * VMName defines the name of Virtual Machine
           */
          "vmName": string;
        };
        /**
         * BlockChaosSpec is the content of the specification for a BlockChaos
         */
        "blockChaos"?: {
          /**
           * Action defines the specific block chaos action.
           * Supported action: delay
           */
          "action": "delay";
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Delay defines the delay distribution.
           */
          "delay"?: {
            "correlation"?: string;
            "jitter"?: string;
            /**
             * Latency defines the latency of every io request.
             */
            "latency"?: string;
          };
          /**
           * Duration represents the duration of the chaos action.
           */
          "duration"?: string;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
          "volumeName": string;
        };
        /**
         * Children describes the children steps of serial or parallel node. Only used when Type is TypeSerial or TypeParallel.
         */
        "children"?: Array<string>;
        /**
         * ConditionalBranches describes the conditional branches of custom tasks. Only used when Type is TypeTask.
         */
        "conditionalBranches"?: Array<{
          /**
           * Expression is the expression for this conditional branch, expected type of result is boolean. If expression is empty, this branch will always be selected/the template will be spawned.
           */
          "expression"?: string;
          /**
           * Target is the name of other template, if expression is evaluated as true, this template will be spawned.
           */
          "target": string;
        }>;
        "deadline"?: string;
        /**
         * DNSChaosSpec defines the desired state of DNSChaos
         */
        "dnsChaos"?: {
          /**
           * Action defines the specific DNS chaos action.
           * Supported action: error, random
           * Default action: error
           */
          "action": "error" | "random";
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * Choose which domain names to take effect, support the placeholder ? and wildcard \*, or the Specified domain name.
           * Note:
           *      1. The wildcard \* must be at the end of the string. For example, chaos-\*.org is invalid.
           *      2. if the patterns is empty, will take effect on all the domain names.
           * For example:
           * 		The value is ["google.com", "github.\*", "chaos-mes?.org"],
           * 		will take effect on "google.com", "github.com" and "chaos-mesh.org"
           */
          "patterns"?: Array<string>;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        /**
         * GCPChaosSpec is the content of the specification for a GCPChaos
         */
        "gcpChaos"?: {
          /**
           * Action defines the specific gcp chaos action.
           * Supported action: node-stop / node-reset / disk-loss
           * Default action: node-stop
           */
          "action": "node-stop" | "node-reset" | "disk-loss";
          /**
           * The device name of disks to detach.
           * Needed in disk-loss.
           */
          "deviceNames"?: Array<string>;
          /**
           * Duration represents the duration of the chaos action.
           */
          "duration"?: string;
          /**
           * Instance defines the name of the instance
           */
          "instance": string;
          /**
           * Project defines the ID of gcp project.
           */
          "project": string;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * SecretName defines the name of kubernetes secret. It is used for GCP credentials.
           */
          "secretName"?: string;
          /**
           * Zone defines the zone of gcp project.
           */
          "zone": string;
        };
        "httpChaos"?: {
          /**
           * Abort is a rule to abort a http session.
           */
          "abort"?: boolean;
          /**
           * Code is a rule to select target by http status code in response.
           */
          "code"?: number;
          /**
           * Delay represents the delay of the target request/response.
           * A duration string is a possibly unsigned sequence of
           * decimal numbers, each with optional fraction and a unit suffix,
           * such as "300ms", "2h45m".
           * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
           */
          "delay"?: string;
          /**
           * Duration represents the duration of the chaos action.
           */
          "duration"?: string;
          /**
           * Method is a rule to select target by http method in request.
           */
          "method"?: string;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * Patch is a rule to patch some contents in target.
           */
          "patch"?: {
            /**
             * Body is a rule to patch message body of target.
             */
            "body"?: {
              /**
               * Type represents the patch type, only support `JSON` as [merge patch json](https://tools.ietf.org/html/rfc7396) currently.
               */
              "type": string;
              /**
               * Value is the patch contents.
               */
              "value": string;
            };
            /**
             * Headers is a rule to append http headers of target.
             * For example: `[["Set-Cookie", "<one cookie>"], ["Set-Cookie", "<another cookie>"]]`.
             */
            "headers"?: Array<Array<string>>;
            /**
             * Queries is a rule to append uri queries of target(Request only).
             * For example: `[["foo", "bar"], ["foo", "unknown"]]`.
             */
            "queries"?: Array<Array<string>>;
          };
          /**
           * Path is a rule to select target by uri path in http request.
           */
          "path"?: string;
          /**
           * Port represents the target port to be proxy of.
           */
          "port"?: number;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Replace is a rule to replace some contents in target.
           */
          "replace"?: {
            /**
             * Body is a rule to replace http message body in target.
             */
            "body"?: string;
            /**
             * Code is a rule to replace http status code in response.
             */
            "code"?: number;
            /**
             * Headers is a rule to replace http headers of target.
             * The key-value pairs represent header name and header value pairs.
             */
            "headers"?: {
              [key: string]: string;
            };
            /**
             * Method is a rule to replace http method in request.
             */
            "method"?: string;
            /**
             * Path is rule to to replace uri path in http request.
             */
            "path"?: string;
            /**
             * Queries is a rule to replace uri queries in http request.
             * For example, with value `{ "foo": "unknown" }`, the `/?foo=bar` will be altered to `/?foo=unknown`,
             */
            "queries"?: {
              [key: string]: string;
            };
          };
          /**
           * RequestHeaders is a rule to select target by http headers in request.
           * The key-value pairs represent header name and header value pairs.
           */
          "request_headers"?: {
            [key: string]: string;
          };
          /**
           * ResponseHeaders is a rule to select target by http headers in response.
           * The key-value pairs represent header name and header value pairs.
           */
          "response_headers"?: {
            [key: string]: string;
          };
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Target is the object to be selected and injected.
           */
          "target": "Request" | "Response";
          /**
           * TLS is the tls config,
           * will override PodHttpChaos if there are multiple HTTPChaos experiments are applied
           */
          "tls"?: {
            /**
             * CAName represents the data name of ca file in secret, `ca.crt` for example
             */
            "caName"?: string;
            /**
             * CertName represents the data name of cert file in secret, `tls.crt` for example
             */
            "certName": string;
            /**
             * KeyName represents the data name of key file in secret, `tls.key` for example
             */
            "keyName": string;
            /**
             * SecretName represents the name of required secret resource
             */
            "secretName": string;
            /**
             * SecretNamespace represents the namespace of required secret resource
             */
            "secretNamespace": string;
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        /**
         * IOChaosSpec defines the desired state of IOChaos
         */
        "ioChaos"?: {
          /**
           * Action defines the specific pod chaos action.
           * Supported action: latency / fault / attrOverride / mistake
           */
          "action": "latency" | "fault" | "attrOverride" | "mistake";
          /**
           * Attr defines the overrided attribution
           */
          "attr"?: {
            /**
             * Timespec represents a time
             */
            "atime"?: {
              "nsec": number;
              "sec": number;
            };
            "blocks"?: number;
            /**
             * Timespec represents a time
             */
            "ctime"?: {
              "nsec": number;
              "sec": number;
            };
            "gid"?: number;
            "ino"?: number;
            /**
             * FileType represents type of file
             */
            "kind"?: string;
            /**
             * Timespec represents a time
             */
            "mtime"?: {
              "nsec": number;
              "sec": number;
            };
            "nlink"?: number;
            "perm"?: number;
            "rdev"?: number;
            "size"?: number;
            "uid"?: number;
          };
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Delay defines the value of I/O chaos action delay.
           * A delay string is a possibly signed sequence of
           * decimal numbers, each with optional fraction and a unit suffix,
           * such as "300ms".
           * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
           */
          "delay"?: string;
          /**
           * Duration represents the duration of the chaos action.
           * It is required when the action is `PodFailureAction`.
           * A duration string is a possibly signed sequence of
           * decimal numbers, each with optional fraction and a unit suffix,
           * such as "300ms", "-1.5h" or "2h45m".
           * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
           */
          "duration"?: string;
          /**
           * Errno defines the error code that returned by I/O action.
           * refer to: https://www-numi.fnal.gov/offline_software/srt_public_context/WebDocs/Errors/unix_system_errors.html
           */
          "errno"?: number;
          /**
           * Methods defines the I/O methods for injecting I/O chaos action.
           * default: all I/O methods.
           */
          "methods"?: Array<string>;
          /**
           * Mistake defines what types of incorrectness are injected to IO operations
           */
          "mistake"?: {
            /**
             * Filling determines what is filled in the mistake data.
             */
            "filling"?: "zero" | "random";
            /**
             * Max length of each wrong data segment in bytes
             */
            "maxLength"?: number;
            /**
             * There will be [1, MaxOccurrences] segments of wrong data.
             */
            "maxOccurrences"?: number;
          };
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * Path defines the path of files for injecting I/O chaos action.
           */
          "path"?: string;
          /**
           * Percent defines the percentage of injection errors and provides a number from 0-100.
           * default: 100.
           */
          "percent"?: number;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
          /**
           * VolumePath represents the mount path of injected volume
           */
          "volumePath": string;
        };
        /**
         * JVMChaosSpec defines the desired state of JVMChaos
         */
        "jvmChaos"?: {
          /**
           * Action defines the specific jvm chaos action.
           * Supported action: latency;return;exception;stress;gc;ruleData
           */
          "action": "latency" | "return" | "exception" | "stress" | "gc" | "ruleData" | "mysql";
          /**
           * Java class
           */
          "class"?: string;
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * the CPU core number needs to use, only set it when action is stress
           */
          "cpuCount"?: number;
          /**
           * the match database
           * default value is "", means match all database
           */
          "database"?: string;
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          /**
           * the exception which needs to throw for action `exception`
           * or the exception message needs to throw in action `mysql`
           */
          "exception"?: string;
          /**
           * the latency duration for action 'latency', unit ms
           * or the latency duration in action `mysql`
           */
          "latency"?: number;
          /**
           * the memory type needs to locate, only set it when action is stress, the value can be 'stack' or 'heap'
           */
          "memType"?: string;
          /**
           * the method in Java class
           */
          "method"?: string;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * the version of mysql-connector-java, only support 5.X.X(set to "5") and 8.X.X(set to "8") now
           */
          "mysqlConnectorVersion"?: string;
          /**
           * byteman rule name, should be unique, and will generate one if not set
           */
          "name"?: string;
          /**
           * the pid of Java process which needs to attach
           */
          "pid"?: number;
          /**
           * the port of agent server, default 9277
           */
          "port"?: number;
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * the return value for action 'return'
           */
          "returnValue"?: string;
          /**
           * the byteman rule's data for action 'ruleData'
           */
          "ruleData"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * the match sql type
           * default value is "", means match all SQL type.
           * The value can be 'select', 'insert', 'update', 'delete', 'replace'.
           */
          "sqlType"?: string;
          /**
           * the match table
           * default value is "", means match all table
           */
          "table"?: string;
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        /**
         * KernelChaosSpec defines the desired state of KernelChaos
         */
        "kernelChaos"?: {
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          /**
           * FailKernRequest defines the request of kernel injection
           */
          "failKernRequest": {
            /**
             * Callchain indicate a special call chain, such as:
             *     ext4_mount
             *       -> mount_subtree
             *          -> ...
             *             -> should_failslab
             * With an optional set of predicates and an optional set of
             * parameters, which used with predicates. You can read call chan
             * and predicate examples from https://github.com/chaos-mesh/bpfki/tree/develop/examples
             * to learn more.
             * If no special call chain, just keep Callchain empty, which means it will fail at any call chain
             * with slab alloc (eg: kmalloc).
             */
            "callchain"?: Array<{
              /**
               * Funcname can be find from kernel source or `/proc/kallsyms`, such as `ext4_mount`
               */
              "funcname"?: string;
              /**
               * Parameters is used with predicate, for example, if you want to inject slab error
               * in `d_alloc_parallel(struct dentry \*parent, const struct qstr \*name)` with a special
               * name `bananas`, you need to set it to `struct dentry \*parent, const struct qstr \*name`
               * otherwise omit it.
               */
              "parameters"?: string;
              /**
               * Predicate will access the arguments of this Frame, example with Parameters's, you can
               * set it to `STRNCMP(name->name, "bananas", 8)` to make inject only with it, or omit it
               * to inject for all d_alloc_parallel call chain.
               */
              "predicate"?: string;
            }>;
            /**
             * FailType indicates what to fail, can be set to '0' / '1' / '2'
             * If `0`, indicates slab to fail (should_failslab)
             * If `1`, indicates alloc_page to fail (should_fail_alloc_page)
             * If `2`, indicates bio to fail (should_fail_bio)
             * You can read:
             *   1. https://www.kernel.org/doc/html/latest/fault-injection/fault-injection.html
             *   2. http://github.com/iovisor/bcc/blob/master/tools/inject_example.txt
             * to learn more
             */
            "failtype": number;
            /**
             * Headers indicates the appropriate kernel headers you need.
             * Eg: "linux/mmzone.h", "linux/blkdev.h" and so on
             */
            "headers"?: Array<string>;
            /**
             * Probability indicates the fails with probability.
             * If you want 1%, please set this field with 1.
             */
            "probability"?: number;
            /**
             * Times indicates the max times of fails.
             */
            "times"?: number;
          };
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        "name": string;
        /**
         * NetworkChaosSpec defines the desired state of NetworkChaos
         */
        "networkChaos"?: {
          /**
           * Action defines the specific network chaos action.
           * Supported action: partition, netem, delay, loss, duplicate, corrupt
           * Default action: delay
           */
          "action": "netem" | "delay" | "loss" | "duplicate" | "corrupt" | "partition" | "bandwidth";
          /**
           * Bandwidth represents the detail about bandwidth control action
           */
          "bandwidth"?: {
            /**
             * Buffer is the maximum amount of bytes that tokens can be available for instantaneously.
             */
            "buffer": number;
            /**
             * Limit is the number of bytes that can be queued waiting for tokens to become available.
             */
            "limit": number;
            /**
             * Minburst specifies the size of the peakrate bucket. For perfect
             * accuracy, should be set to the MTU of the interface.  If a
             * peakrate is needed, but some burstiness is acceptable, this
             * size can be raised. A 3000 byte minburst allows around 3mbit/s
             * of peakrate, given 1000 byte packets.
             */
            "minburst"?: number;
            /**
             * Peakrate is the maximum depletion rate of the bucket.
             * The peakrate does not need to be set, it is only necessary
             * if perfect millisecond timescale shaping is required.
             */
            "peakrate"?: number;
            /**
             * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
             */
            "rate": string;
          };
          /**
           * Corrupt represents the detail about corrupt action
           */
          "corrupt"?: {
            "correlation"?: string;
            "corrupt": string;
          };
          /**
           * Delay represents the detail about delay action
           */
          "delay"?: {
            "correlation"?: string;
            "jitter"?: string;
            "latency": string;
            /**
             * ReorderSpec defines details of packet reorder.
             */
            "reorder"?: {
              "correlation"?: string;
              "gap": number;
              "reorder": string;
            };
          };
          /**
           * Device represents the network device to be affected.
           */
          "device"?: string;
          /**
           * Direction represents the direction, this applies on netem and network partition action
           */
          "direction"?: "to" | "from" | "both";
          /**
           * DuplicateSpec represents the detail about loss action
           */
          "duplicate"?: {
            "correlation"?: string;
            "duplicate": string;
          };
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          /**
           * ExternalTargets represents network targets outside k8s
           */
          "externalTargets"?: Array<string>;
          /**
           * Loss represents the detail about loss action
           */
          "loss"?: {
            "correlation"?: string;
            "loss": string;
          };
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * Rate represents the detail about rate control action
           */
          "rate"?: {
            /**
             * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
             */
            "rate": string;
          };
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Target represents network target, this applies on netem and network partition action
           */
          "target"?: {
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * TargetDevice represents the network device to be affected in target scope.
           */
          "targetDevice"?: string;
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        /**
         * PhysicalMachineChaosSpec defines the desired state of PhysicalMachineChaos
         */
        "physicalmachineChaos"?: {
          /**
           * the subAction, generate automatically
           */
          "action": "stress-cpu" | "stress-mem" | "disk-read-payload" | "disk-write-payload" | "disk-fill" | "network-corrupt" | "network-duplicate" | "network-loss" | "network-delay" | "network-partition" | "network-dns" | "network-bandwidth" | "network-flood" | "network-down" | "process" | "jvm-exception" | "jvm-gc" | "jvm-latency" | "jvm-return" | "jvm-stress" | "jvm-rule-data" | "jvm-mysql" | "clock" | "redis-expiration" | "redis-penetration" | "redis-cacheLimit" | "redis-restart" | "redis-stop" | "kafka-fill" | "kafka-flood" | "kafka-io" | "file-create" | "file-modify" | "file-delete" | "file-rename" | "file-append" | "file-replace" | "vm" | "user_defined";
          /**
           * DEPRECATED: Use Selector instead.
           * Only one of Address and Selector could be specified.
           */
          "address"?: Array<string>;
          "clock"?: {
            /**
             * the identifier of the particular clock on which to act.
             * More clock description in linux kernel can be found in man page of clock_getres, clock_gettime, clock_settime.
             * Muti clock ids should be split with ","
             */
            "clock-ids-slice"?: string;
            /**
             * the pid of target program.
             */
            "pid"?: number;
            /**
             * specifies the length of time offset.
             */
            "time-offset"?: string;
          };
          "disk-fill"?: {
            /**
             * fill disk by fallocate
             */
            "fill-by-fallocate"?: boolean;
            /**
             * specifies the location to fill data in. if path not provided,
             * payload will read/write from/into a temp file, temp file will be deleted after writing
             */
            "path"?: string;
            /**
             * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
             * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
             */
            "size"?: string;
          };
          "disk-read-payload"?: {
            /**
             * specifies the location to fill data in. if path not provided,
             * payload will read/write from/into a temp file, temp file will be deleted after writing
             */
            "path"?: string;
            /**
             * specifies the number of process work on writing, default 1, only 1-255 is valid value
             */
            "payload-process-num"?: number;
            /**
             * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
             * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
             */
            "size"?: string;
          };
          "disk-write-payload"?: {
            /**
             * specifies the location to fill data in. if path not provided,
             * payload will read/write from/into a temp file, temp file will be deleted after writing
             */
            "path"?: string;
            /**
             * specifies the number of process work on writing, default 1, only 1-255 is valid value
             */
            "payload-process-num"?: number;
            /**
             * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
             * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
             */
            "size"?: string;
          };
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          "file-append"?: {
            /**
             * Count is the number of times to append the data.
             */
            "count"?: number;
            /**
             * Data is the data for append.
             */
            "data"?: string;
            /**
             * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
             */
            "file-name"?: string;
          };
          "file-create"?: {
            /**
             * DirName is the directory name to create or delete.
             */
            "dir-name"?: string;
            /**
             * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
             */
            "file-name"?: string;
          };
          "file-delete"?: {
            /**
             * DirName is the directory name to create or delete.
             */
            "dir-name"?: string;
            /**
             * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
             */
            "file-name"?: string;
          };
          "file-modify"?: {
            /**
             * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
             */
            "file-name"?: string;
            /**
             * Privilege is the file privilege to be set.
             */
            "privilege"?: number;
          };
          "file-rename"?: {
            /**
             * DestFile is the name to be renamed.
             */
            "dest-file"?: string;
            /**
             * SourceFile is the name need to be renamed.
             */
            "source-file"?: string;
          };
          "file-replace"?: {
            /**
             * DestStr is the destination string of the file.
             */
            "dest-string"?: string;
            /**
             * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
             */
            "file-name"?: string;
            /**
             * Line is the line number of the file to be replaced.
             */
            "line"?: number;
            /**
             * OriginStr is the origin string of the file.
             */
            "origin-string"?: string;
          };
          "http-abort"?: {
            /**
             * Code is a rule to select target by http status code in response
             */
            "code"?: string;
            /**
             * HTTP method
             */
            "method"?: string;
            /**
             * Match path of Uri with wildcard matches
             */
            "path"?: string;
            /**
             * The TCP port that the target service listens on
             */
            "port"?: number;
            /**
             * Composed with one of the port of HTTP connection, we will only attack HTTP connection with port inside proxy_ports
             */
            "proxy_ports": Array<number>;
            /**
             * HTTP target: Request or Response
             */
            "target": string;
          };
          "http-config"?: {
            /**
             * The config file path
             */
            "file_path"?: string;
          };
          "http-delay"?: {
            /**
             * Code is a rule to select target by http status code in response
             */
            "code"?: string;
            /**
             * Delay represents the delay of the target request/response
             */
            "delay": string;
            /**
             * HTTP method
             */
            "method"?: string;
            /**
             * Match path of Uri with wildcard matches
             */
            "path"?: string;
            /**
             * The TCP port that the target service listens on
             */
            "port"?: number;
            /**
             * Composed with one of the port of HTTP connection, we will only attack HTTP connection with port inside proxy_ports
             */
            "proxy_ports": Array<number>;
            /**
             * HTTP target: Request or Response
             */
            "target": string;
          };
          /**
           * used for HTTP request, now only support GET
           */
          "http-request"?: {
            /**
             * The number of requests to send
             */
            "count"?: number;
            /**
             * Enable connection pool
             */
            "enable-conn-pool"?: boolean;
            /**
             * Request to send"
             */
            "url"?: string;
          };
          "jvm-exception"?: {
            /**
             * Java class
             */
            "class"?: string;
            /**
             * the exception which needs to throw for action `exception`
             */
            "exception"?: string;
            /**
             * the method in Java class
             */
            "method"?: string;
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
          };
          "jvm-gc"?: {
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
          };
          "jvm-latency"?: {
            /**
             * Java class
             */
            "class"?: string;
            /**
             * the latency duration for action 'latency', unit ms
             */
            "latency"?: number;
            /**
             * the method in Java class
             */
            "method"?: string;
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
          };
          "jvm-mysql"?: {
            /**
             * the match database
             * default value is "", means match all database
             */
            "database"?: string;
            /**
             * The exception which needs to throw for action `exception`
             * or the exception message needs to throw in action `mysql`
             */
            "exception"?: string;
            /**
             * The latency duration for action 'latency'
             * or the latency duration in action `mysql`
             */
            "latency"?: number;
            /**
             * the version of mysql-connector-java, only support 5.X.X(set to "5") and 8.X.X(set to "8") now
             */
            "mysqlConnectorVersion"?: string;
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
            /**
             * the match sql type
             * default value is "", means match all SQL type.
             * The value can be 'select', 'insert', 'update', 'delete', 'replace'.
             */
            "sqlType"?: string;
            /**
             * the match table
             * default value is "", means match all table
             */
            "table"?: string;
          };
          "jvm-return"?: {
            /**
             * Java class
             */
            "class"?: string;
            /**
             * the method in Java class
             */
            "method"?: string;
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
            /**
             * the return value for action 'return'
             */
            "value"?: string;
          };
          "jvm-rule-data"?: {
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
            /**
             * RuleData used to save the rule file's data, will use it when recover
             */
            "rule-data"?: string;
          };
          "jvm-stress"?: {
            /**
             * the CPU core number need to use, only set it when action is stress
             */
            "cpu-count"?: number;
            /**
             * the memory type need to locate, only set it when action is stress, the value can be 'stack' or 'heap'
             */
            "mem-type"?: string;
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
          };
          "kafka-fill"?: {
            /**
             * The host of kafka server
             */
            "host"?: string;
            /**
             * The max bytes to fill
             */
            "maxBytes"?: number;
            /**
             * The size of each message
             */
            "messageSize"?: number;
            /**
             * The password of kafka client
             */
            "password"?: string;
            /**
             * The port of kafka server
             */
            "port"?: number;
            /**
             * The command to reload kafka config
             */
            "reloadCommand"?: string;
            /**
             * The topic to attack
             */
            "topic"?: string;
            /**
             * The username of kafka client
             */
            "username"?: string;
          };
          "kafka-flood"?: {
            /**
             * The host of kafka server
             */
            "host"?: string;
            /**
             * The size of each message
             */
            "messageSize"?: number;
            /**
             * The password of kafka client
             */
            "password"?: string;
            /**
             * The port of kafka server
             */
            "port"?: number;
            /**
             * The number of worker threads
             */
            "threads"?: number;
            /**
             * The topic to attack
             */
            "topic"?: string;
            /**
             * The username of kafka client
             */
            "username"?: string;
          };
          "kafka-io"?: {
            /**
             * The path of server config
             */
            "configFile"?: string;
            /**
             * Make kafka cluster non-readable
             */
            "nonReadable"?: boolean;
            /**
             * Make kafka cluster non-writable
             */
            "nonWritable"?: boolean;
            /**
             * The topic to attack
             */
            "topic"?: string;
          };
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          "network-bandwidth"?: {
            "buffer": number;
            "device"?: string;
            "hostname"?: string;
            "ip-address"?: string;
            "limit": number;
            "minburst"?: number;
            "peakrate"?: number;
            "rate": string;
          };
          "network-corrupt"?: {
            /**
             * correlation is percentage (10 is 10%)
             */
            "correlation"?: string;
            /**
             * the network interface to impact
             */
            "device"?: string;
            /**
             * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "egress-port"?: string;
            /**
             * only impact traffic to these hostnames
             */
            "hostname"?: string;
            /**
             * only impact egress traffic to these IP addresses
             */
            "ip-address"?: string;
            /**
             * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
             */
            "ip-protocol"?: string;
            /**
             * percentage of packets to corrupt (10 is 10%)
             */
            "percent"?: string;
            /**
             * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "source-port"?: string;
          };
          "network-delay"?: {
            /**
             * only the packet which match the tcp flag can be accepted, others will be dropped.
             * only set when the IPProtocol is tcp, used for partition.
             */
            "accept-tcp-flags"?: string;
            /**
             * correlation is percentage (10 is 10%)
             */
            "correlation"?: string;
            /**
             * the network interface to impact
             */
            "device"?: string;
            /**
             * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "egress-port"?: string;
            /**
             * only impact traffic to these hostnames
             */
            "hostname"?: string;
            /**
             * only impact egress traffic to these IP addresses
             */
            "ip-address"?: string;
            /**
             * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
             */
            "ip-protocol"?: string;
            /**
             * jitter time, time units: ns, us (or µs), ms, s, m, h.
             */
            "jitter"?: string;
            /**
             * delay egress time, time units: ns, us (or µs), ms, s, m, h.
             */
            "latency"?: string;
            /**
             * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "source-port"?: string;
          };
          "network-dns"?: {
            /**
             * map this host to specified IP
             */
            "dns-domain-name"?: string;
            /**
             * map specified host to this IP address
             */
            "dns-ip"?: string;
            /**
             * update the DNS server in /etc/resolv.conf with this value
             */
            "dns-server"?: string;
          };
          "network-down"?: {
            /**
             * The network interface to impact
             */
            "device"?: string;
            /**
             * NIC down time, time units: ns, us (or µs), ms, s, m, h.
             */
            "duration"?: string;
          };
          "network-duplicate"?: {
            /**
             * correlation is percentage (10 is 10%)
             */
            "correlation"?: string;
            /**
             * the network interface to impact
             */
            "device"?: string;
            /**
             * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "egress-port"?: string;
            /**
             * only impact traffic to these hostnames
             */
            "hostname"?: string;
            /**
             * only impact egress traffic to these IP addresses
             */
            "ip-address"?: string;
            /**
             * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
             */
            "ip-protocol"?: string;
            /**
             * percentage of packets to duplicate (10 is 10%)
             */
            "percent"?: string;
            /**
             * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "source-port"?: string;
          };
          "network-flood"?: {
            /**
             * The number of seconds to run the iperf test
             */
            "duration": string;
            /**
             * Generate traffic to this IP address
             */
            "ip-address"?: string;
            /**
             * The number of iperf parallel client threads to run
             */
            "parallel"?: number;
            /**
             * Generate traffic to this port on the IP address
             */
            "port"?: string;
            /**
             * The speed of network traffic, allows bps, kbps, mbps, gbps, tbps unit. bps means bytes per second
             */
            "rate": string;
          };
          "network-loss"?: {
            /**
             * correlation is percentage (10 is 10%)
             */
            "correlation"?: string;
            /**
             * the network interface to impact
             */
            "device"?: string;
            /**
             * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "egress-port"?: string;
            /**
             * only impact traffic to these hostnames
             */
            "hostname"?: string;
            /**
             * only impact egress traffic to these IP addresses
             */
            "ip-address"?: string;
            /**
             * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
             */
            "ip-protocol"?: string;
            /**
             * percentage of packets to loss (10 is 10%)
             */
            "percent"?: string;
            /**
             * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
             * it can only be used in conjunction with -p tcp or -p udp
             */
            "source-port"?: string;
          };
          "network-partition"?: {
            /**
             * only the packet which match the tcp flag can be accepted, others will be dropped.
             * only set when the IPProtocol is tcp, used for partition.
             */
            "accept-tcp-flags"?: string;
            /**
             * the network interface to impact
             */
            "device"?: string;
            /**
             * specifies the partition direction, values can be 'from', 'to'.
             * 'from' means packets coming from the 'IPAddress' or 'Hostname' and going to your server,
             * 'to' means packets originating from your server and going to the 'IPAddress' or 'Hostname'.
             */
            "direction"?: string;
            /**
             * only impact traffic to these hostnames
             */
            "hostname"?: string;
            /**
             * only impact egress traffic to these IP addresses
             */
            "ip-address"?: string;
            /**
             * only impact egress traffic to these IP addresses
             */
            "ip-protocol"?: string;
          };
          "process"?: {
            /**
             * the process name or the process ID
             */
            "process"?: string;
            /**
             * the command to be run when recovering experiment
             */
            "recoverCmd"?: string;
            /**
             * the signal number to send
             */
            "signal"?: number;
          };
          "redis-cacheLimit"?: {
            /**
             * The adress of Redis server
             */
            "addr"?: string;
            /**
             * The size of `maxmemory`
             */
            "cacheSize"?: string;
            /**
             * The password of Redis server
             */
            "password"?: string;
            /**
             * Specifies maxmemory as a percentage of the original value
             */
            "percent"?: string;
          };
          "redis-expiration"?: {
            /**
             * The adress of Redis server
             */
            "addr"?: string;
            /**
             * The expiration of the keys
             */
            "expiration"?: string;
            /**
             * The keys to be expired
             */
            "key"?: string;
            /**
             * Additional options for `expiration`
             */
            "option"?: string;
            /**
             * The password of Redis server
             */
            "password"?: string;
          };
          "redis-penetration"?: {
            /**
             * The adress of Redis server
             */
            "addr"?: string;
            /**
             * The password of Redis server
             */
            "password"?: string;
            /**
             * The number of requests to be sent
             */
            "requestNum"?: number;
          };
          "redis-restart"?: {
            /**
             * The adress of Redis server
             */
            "addr"?: string;
            /**
             * The path of Sentinel conf
             */
            "conf"?: string;
            /**
             * The control flag determines whether to flush config
             */
            "flushConfig"?: boolean;
            /**
             * The password of Redis server
             */
            "password"?: string;
            /**
             * The path of `redis-server` command-line tool
             */
            "redisPath"?: boolean;
          };
          "redis-stop"?: {
            /**
             * The adress of Redis server
             */
            "addr"?: string;
            /**
             * The path of Sentinel conf
             */
            "conf"?: string;
            /**
             * The control flag determines whether to flush config
             */
            "flushConfig"?: boolean;
            /**
             * The password of Redis server
             */
            "password"?: string;
            /**
             * The path of `redis-server` command-line tool
             */
            "redisPath"?: boolean;
          };
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select physical machines that are used to inject chaos action.
           */
          "selector"?: {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * PhysicalMachines is a map of string keys and a set values that used to select physical machines.
             * The key defines the namespace which physical machine belong,
             * and each value is a set of physical machine names.
             */
            "physicalMachines"?: {
              [key: string]: Array<string>;
            };
          };
          "stress-cpu"?: {
            /**
             * specifies P percent loading per CPU worker. 0 is effectively a sleep (no load) and 100 is full loading.
             */
            "load"?: number;
            /**
             * extend stress-ng options
             */
            "options"?: Array<string>;
            /**
             * specifies N workers to apply the stressor.
             */
            "workers"?: number;
          };
          "stress-mem"?: {
            /**
             * extend stress-ng options
             */
            "options"?: Array<string>;
            /**
             * specifies N bytes consumed per vm worker, default is the total available memory.
             * One can specify the size as % of total available memory or in units of B, KB/KiB, MB/MiB, GB/GiB, TB/TiB..
             */
            "size"?: string;
          };
          /**
           * the experiment ID
           */
          "uid"?: string;
          "user_defined"?: {
            /**
             * The command to be executed when attack
             */
            "attackCmd"?: string;
            /**
             * The command to be executed when recover
             */
            "recoverCmd"?: string;
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of physical machines to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of physical machines the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
          "vm"?: {
            /**
             * The name of the VM to be injected
             */
            "vm-name"?: string;
          };
        };
        /**
         * PodChaosSpec defines the attributes that a user creates on a chaos experiment about pods.
         */
        "podChaos"?: {
          /**
           * Action defines the specific pod chaos action.
           * Supported action: pod-kill / pod-failure / container-kill
           * Default action: pod-kill
           */
          "action": "pod-kill" | "pod-failure" | "container-kill";
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Duration represents the duration of the chaos action.
           * It is required when the action is `PodFailureAction`.
           * A duration string is a possibly signed sequence of
           * decimal numbers, each with optional fraction and a unit suffix,
           * such as "300ms", "-1.5h" or "2h45m".
           * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
           */
          "duration"?: string;
          /**
           * GracePeriod is used in pod-kill action. It represents the duration in seconds before the pod should be deleted.
           * Value must be non-negative integer. The default value is zero that indicates delete immediately.
           */
          "gracePeriod"?: number;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        /**
         * Schedule describe the Schedule(describing scheduled chaos) to be injected with chaos nodes. Only used when Type is TypeSchedule.
         */
        "schedule"?: {
          /**
           * AWSChaosSpec is the content of the specification for an AWSChaos
           */
          "awsChaos"?: {
            /**
             * Action defines the specific aws chaos action.
             * Supported action: ec2-stop / ec2-restart / detach-volume
             * Default action: ec2-stop
             */
            "action": "ec2-stop" | "ec2-restart" | "detach-volume";
            /**
             * AWSRegion defines the region of aws.
             */
            "awsRegion": string;
            /**
             * DeviceName indicates the name of the device.
             * Needed in detach-volume.
             */
            "deviceName"?: string;
            /**
             * Duration represents the duration of the chaos action.
             */
            "duration"?: string;
            /**
             * Ec2Instance indicates the ID of the ec2 instance.
             */
            "ec2Instance": string;
            /**
             * Endpoint indicates the endpoint of the aws server. Just used it in test now.
             */
            "endpoint"?: string;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * SecretName defines the name of kubernetes secret.
             */
            "secretName"?: string;
            /**
             * EbsVolume indicates the ID of the EBS volume.
             * Needed in detach-volume.
             */
            "volumeID"?: string;
          };
          /**
           * AzureChaosSpec is the content of the specification for an AzureChaos
           */
          "azureChaos"?: {
            /**
             * Action defines the specific azure chaos action.
             * Supported action: vm-stop / vm-restart / disk-detach
             * Default action: vm-stop
             */
            "action": "vm-stop" | "vm-restart" | "disk-detach";
            /**
             * DiskName indicates the name of the disk.
             * Needed in disk-detach.
             */
            "diskName"?: string;
            /**
             * Duration represents the duration of the chaos action.
             */
            "duration"?: string;
            /**
             * LUN indicates the Logical Unit Number of the data disk.
             * Needed in disk-detach.
             */
            "lun"?: number;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * ResourceGroupName defines the name of ResourceGroup
             */
            "resourceGroupName": string;
            /**
             * SecretName defines the name of kubernetes secret. It is used for Azure credentials.
             */
            "secretName"?: string;
            /**
             * SubscriptionID defines the id of Azure subscription.
             */
            "subscriptionID": string;
            /**
             * VMName defines the name of Virtual Machine
             */
            "vmName": string;
          };
          /**
           * BlockChaosSpec is the content of the specification for a BlockChaos
           */
          "blockChaos"?: {
            /**
             * Action defines the specific block chaos action.
             * Supported action: delay
             */
            "action": "delay";
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Delay defines the delay distribution.
             */
            "delay"?: {
              "correlation"?: string;
              "jitter"?: string;
              /**
               * Latency defines the latency of every io request.
               */
              "latency"?: string;
            };
            /**
             * Duration represents the duration of the chaos action.
             */
            "duration"?: string;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
            "volumeName": string;
          };
          "concurrencyPolicy"?: "Forbid" | "Allow";
          /**
           * DNSChaosSpec defines the desired state of DNSChaos
           */
          "dnsChaos"?: {
            /**
             * Action defines the specific DNS chaos action.
             * Supported action: error, random
             * Default action: error
             */
            "action": "error" | "random";
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * Choose which domain names to take effect, support the placeholder ? and wildcard \*, or the Specified domain name.
             * Note:
             *      1. The wildcard \* must be at the end of the string. For example, chaos-\*.org is invalid.
             *      2. if the patterns is empty, will take effect on all the domain names.
             * For example:
             * 		The value is ["google.com", "github.\*", "chaos-mes?.org"],
             * 		will take effect on "google.com", "github.com" and "chaos-mesh.org"
             */
            "patterns"?: Array<string>;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * GCPChaosSpec is the content of the specification for a GCPChaos
           */
          "gcpChaos"?: {
            /**
             * Action defines the specific gcp chaos action.
             * Supported action: node-stop / node-reset / disk-loss
             * Default action: node-stop
             */
            "action": "node-stop" | "node-reset" | "disk-loss";
            /**
             * The device name of disks to detach.
             * Needed in disk-loss.
             */
            "deviceNames"?: Array<string>;
            /**
             * Duration represents the duration of the chaos action.
             */
            "duration"?: string;
            /**
             * Instance defines the name of the instance
             */
            "instance": string;
            /**
             * Project defines the ID of gcp project.
             */
            "project": string;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * SecretName defines the name of kubernetes secret. It is used for GCP credentials.
             */
            "secretName"?: string;
            /**
             * Zone defines the zone of gcp project.
             */
            "zone": string;
          };
          "historyLimit"?: number;
          "httpChaos"?: {
            /**
             * Abort is a rule to abort a http session.
             */
            "abort"?: boolean;
            /**
             * Code is a rule to select target by http status code in response.
             */
            "code"?: number;
            /**
             * Delay represents the delay of the target request/response.
             * A duration string is a possibly unsigned sequence of
             * decimal numbers, each with optional fraction and a unit suffix,
             * such as "300ms", "2h45m".
             * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
             */
            "delay"?: string;
            /**
             * Duration represents the duration of the chaos action.
             */
            "duration"?: string;
            /**
             * Method is a rule to select target by http method in request.
             */
            "method"?: string;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * Patch is a rule to patch some contents in target.
             */
            "patch"?: {
              /**
               * Body is a rule to patch message body of target.
               */
              "body"?: {
                /**
                 * Type represents the patch type, only support `JSON` as [merge patch json](https://tools.ietf.org/html/rfc7396) currently.
                 */
                "type": string;
                /**
                 * Value is the patch contents.
                 */
                "value": string;
              };
              /**
               * Headers is a rule to append http headers of target.
               * For example: `[["Set-Cookie", "<one cookie>"], ["Set-Cookie", "<another cookie>"]]`.
               */
              "headers"?: Array<Array<string>>;
              /**
               * Queries is a rule to append uri queries of target(Request only).
               * For example: `[["foo", "bar"], ["foo", "unknown"]]`.
               */
              "queries"?: Array<Array<string>>;
            };
            /**
             * Path is a rule to select target by uri path in http request.
             */
            "path"?: string;
            /**
             * Port represents the target port to be proxy of.
             */
            "port"?: number;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Replace is a rule to replace some contents in target.
             */
            "replace"?: {
              /**
               * Body is a rule to replace http message body in target.
               */
              "body"?: string;
              /**
               * Code is a rule to replace http status code in response.
               */
              "code"?: number;
              /**
               * Headers is a rule to replace http headers of target.
               * The key-value pairs represent header name and header value pairs.
               */
              "headers"?: {
                [key: string]: string;
              };
              /**
               * Method is a rule to replace http method in request.
               */
              "method"?: string;
              /**
               * Path is rule to to replace uri path in http request.
               */
              "path"?: string;
              /**
               * Queries is a rule to replace uri queries in http request.
               * For example, with value `{ "foo": "unknown" }`, the `/?foo=bar` will be altered to `/?foo=unknown`,
               */
              "queries"?: {
                [key: string]: string;
              };
            };
            /**
             * RequestHeaders is a rule to select target by http headers in request.
             * The key-value pairs represent header name and header value pairs.
             */
            "request_headers"?: {
              [key: string]: string;
            };
            /**
             * ResponseHeaders is a rule to select target by http headers in response.
             * The key-value pairs represent header name and header value pairs.
             */
            "response_headers"?: {
              [key: string]: string;
            };
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Target is the object to be selected and injected.
             */
            "target": "Request" | "Response";
            /**
             * TLS is the tls config,
             * will override PodHttpChaos if there are multiple HTTPChaos experiments are applied
             */
            "tls"?: {
              /**
               * CAName represents the data name of ca file in secret, `ca.crt` for example
               */
              "caName"?: string;
              /**
               * CertName represents the data name of cert file in secret, `tls.crt` for example
               */
              "certName": string;
              /**
               * KeyName represents the data name of key file in secret, `tls.key` for example
               */
              "keyName": string;
              /**
               * SecretName represents the name of required secret resource
               */
              "secretName": string;
              /**
               * SecretNamespace represents the namespace of required secret resource
               */
              "secretNamespace": string;
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * IOChaosSpec defines the desired state of IOChaos
           */
          "ioChaos"?: {
            /**
             * Action defines the specific pod chaos action.
             * Supported action: latency / fault / attrOverride / mistake
             */
            "action": "latency" | "fault" | "attrOverride" | "mistake";
            /**
             * Attr defines the overrided attribution
             */
            "attr"?: {
              /**
               * Timespec represents a time
               */
              "atime"?: {
                "nsec": number;
                "sec": number;
              };
              "blocks"?: number;
              /**
               * Timespec represents a time
               */
              "ctime"?: {
                "nsec": number;
                "sec": number;
              };
              "gid"?: number;
              "ino"?: number;
              /**
               * FileType represents type of file
               */
              "kind"?: string;
              /**
               * Timespec represents a time
               */
              "mtime"?: {
                "nsec": number;
                "sec": number;
              };
              "nlink"?: number;
              "perm"?: number;
              "rdev"?: number;
              "size"?: number;
              "uid"?: number;
            };
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Delay defines the value of I/O chaos action delay.
             * A delay string is a possibly signed sequence of
             * decimal numbers, each with optional fraction and a unit suffix,
             * such as "300ms".
             * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
             */
            "delay"?: string;
            /**
             * Duration represents the duration of the chaos action.
             * It is required when the action is `PodFailureAction`.
             * A duration string is a possibly signed sequence of
             * decimal numbers, each with optional fraction and a unit suffix,
             * such as "300ms", "-1.5h" or "2h45m".
             * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
             */
            "duration"?: string;
            /**
             * Errno defines the error code that returned by I/O action.
             * refer to: https://www-numi.fnal.gov/offline_software/srt_public_context/WebDocs/Errors/unix_system_errors.html
             */
            "errno"?: number;
            /**
             * Methods defines the I/O methods for injecting I/O chaos action.
             * default: all I/O methods.
             */
            "methods"?: Array<string>;
            /**
             * Mistake defines what types of incorrectness are injected to IO operations
             */
            "mistake"?: {
              /**
               * Filling determines what is filled in the mistake data.
               */
              "filling"?: "zero" | "random";
              /**
               * Max length of each wrong data segment in bytes
               */
              "maxLength"?: number;
              /**
               * There will be [1, MaxOccurrences] segments of wrong data.
               */
              "maxOccurrences"?: number;
            };
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * Path defines the path of files for injecting I/O chaos action.
             */
            "path"?: string;
            /**
             * Percent defines the percentage of injection errors and provides a number from 0-100.
             * default: 100.
             */
            "percent"?: number;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
            /**
             * VolumePath represents the mount path of injected volume
             */
            "volumePath": string;
          };
          /**
           * JVMChaosSpec defines the desired state of JVMChaos
           */
          "jvmChaos"?: {
            /**
             * Action defines the specific jvm chaos action.
             * Supported action: latency;return;exception;stress;gc;ruleData
             */
            "action": "latency" | "return" | "exception" | "stress" | "gc" | "ruleData" | "mysql";
            /**
             * Java class
             */
            "class"?: string;
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * the CPU core number needs to use, only set it when action is stress
             */
            "cpuCount"?: number;
            /**
             * the match database
             * default value is "", means match all database
             */
            "database"?: string;
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            /**
             * the exception which needs to throw for action `exception`
             * or the exception message needs to throw in action `mysql`
             */
            "exception"?: string;
            /**
             * the latency duration for action 'latency', unit ms
             * or the latency duration in action `mysql`
             */
            "latency"?: number;
            /**
             * the memory type needs to locate, only set it when action is stress, the value can be 'stack' or 'heap'
             */
            "memType"?: string;
            /**
             * the method in Java class
             */
            "method"?: string;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * the version of mysql-connector-java, only support 5.X.X(set to "5") and 8.X.X(set to "8") now
             */
            "mysqlConnectorVersion"?: string;
            /**
             * byteman rule name, should be unique, and will generate one if not set
             */
            "name"?: string;
            /**
             * the pid of Java process which needs to attach
             */
            "pid"?: number;
            /**
             * the port of agent server, default 9277
             */
            "port"?: number;
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * the return value for action 'return'
             */
            "returnValue"?: string;
            /**
             * the byteman rule's data for action 'ruleData'
             */
            "ruleData"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * the match sql type
             * default value is "", means match all SQL type.
             * The value can be 'select', 'insert', 'update', 'delete', 'replace'.
             */
            "sqlType"?: string;
            /**
             * the match table
             * default value is "", means match all table
             */
            "table"?: string;
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * KernelChaosSpec defines the desired state of KernelChaos
           */
          "kernelChaos"?: {
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            /**
             * FailKernRequest defines the request of kernel injection
             */
            "failKernRequest": {
              /**
               * Callchain indicate a special call chain, such as:
               *     ext4_mount
               *       -> mount_subtree
               *          -> ...
               *             -> should_failslab
               * With an optional set of predicates and an optional set of
               * parameters, which used with predicates. You can read call chan
               * and predicate examples from https://github.com/chaos-mesh/bpfki/tree/develop/examples
               * to learn more.
               * If no special call chain, just keep Callchain empty, which means it will fail at any call chain
               * with slab alloc (eg: kmalloc).
               */
              "callchain"?: Array<{
                /**
                 * Funcname can be find from kernel source or `/proc/kallsyms`, such as `ext4_mount`
                 */
                "funcname"?: string;
                /**
                 * Parameters is used with predicate, for example, if you want to inject slab error
                 * in `d_alloc_parallel(struct dentry \*parent, const struct qstr \*name)` with a special
                 * name `bananas`, you need to set it to `struct dentry \*parent, const struct qstr \*name`
                 * otherwise omit it.
                 */
                "parameters"?: string;
                /**
                 * Predicate will access the arguments of this Frame, example with Parameters's, you can
                 * set it to `STRNCMP(name->name, "bananas", 8)` to make inject only with it, or omit it
                 * to inject for all d_alloc_parallel call chain.
                 */
                "predicate"?: string;
              }>;
              /**
               * FailType indicates what to fail, can be set to '0' / '1' / '2'
               * If `0`, indicates slab to fail (should_failslab)
               * If `1`, indicates alloc_page to fail (should_fail_alloc_page)
               * If `2`, indicates bio to fail (should_fail_bio)
               * You can read:
               *   1. https://www.kernel.org/doc/html/latest/fault-injection/fault-injection.html
               *   2. http://github.com/iovisor/bcc/blob/master/tools/inject_example.txt
               * to learn more
               */
              "failtype": number;
              /**
               * Headers indicates the appropriate kernel headers you need.
               * Eg: "linux/mmzone.h", "linux/blkdev.h" and so on
               */
              "headers"?: Array<string>;
              /**
               * Probability indicates the fails with probability.
               * If you want 1%, please set this field with 1.
               */
              "probability"?: number;
              /**
               * Times indicates the max times of fails.
               */
              "times"?: number;
            };
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * NetworkChaosSpec defines the desired state of NetworkChaos
           */
          "networkChaos"?: {
            /**
             * Action defines the specific network chaos action.
             * Supported action: partition, netem, delay, loss, duplicate, corrupt
             * Default action: delay
             */
            "action": "netem" | "delay" | "loss" | "duplicate" | "corrupt" | "partition" | "bandwidth";
            /**
             * Bandwidth represents the detail about bandwidth control action
             */
            "bandwidth"?: {
              /**
               * Buffer is the maximum amount of bytes that tokens can be available for instantaneously.
               */
              "buffer": number;
              /**
               * Limit is the number of bytes that can be queued waiting for tokens to become available.
               */
              "limit": number;
              /**
               * Minburst specifies the size of the peakrate bucket. For perfect
               * accuracy, should be set to the MTU of the interface.  If a
               * peakrate is needed, but some burstiness is acceptable, this
               * size can be raised. A 3000 byte minburst allows around 3mbit/s
               * of peakrate, given 1000 byte packets.
               */
              "minburst"?: number;
              /**
               * Peakrate is the maximum depletion rate of the bucket.
               * The peakrate does not need to be set, it is only necessary
               * if perfect millisecond timescale shaping is required.
               */
              "peakrate"?: number;
              /**
               * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
               */
              "rate": string;
            };
            /**
             * Corrupt represents the detail about corrupt action
             */
            "corrupt"?: {
              "correlation"?: string;
              "corrupt": string;
            };
            /**
             * Delay represents the detail about delay action
             */
            "delay"?: {
              "correlation"?: string;
              "jitter"?: string;
              "latency": string;
              /**
               * ReorderSpec defines details of packet reorder.
               */
              "reorder"?: {
                "correlation"?: string;
                "gap": number;
                "reorder": string;
              };
            };
            /**
             * Device represents the network device to be affected.
             */
            "device"?: string;
            /**
             * Direction represents the direction, this applies on netem and network partition action
             */
            "direction"?: "to" | "from" | "both";
            /**
             * DuplicateSpec represents the detail about loss action
             */
            "duplicate"?: {
              "correlation"?: string;
              "duplicate": string;
            };
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            /**
             * ExternalTargets represents network targets outside k8s
             */
            "externalTargets"?: Array<string>;
            /**
             * Loss represents the detail about loss action
             */
            "loss"?: {
              "correlation"?: string;
              "loss": string;
            };
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * Rate represents the detail about rate control action
             */
            "rate"?: {
              /**
               * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
               */
              "rate": string;
            };
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Target represents network target, this applies on netem and network partition action
             */
            "target"?: {
              /**
               * Mode defines the mode to run chaos action.
               * Supported mode: one / all / fixed / fixed-percent / random-max-percent
               */
              "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
              /**
               * Selector is used to select pods that are used to inject chaos action.
               */
              "selector": {
                /**
                 * Map of string keys and values that can be used to select objects.
                 * A selector based on annotations.
                 */
                "annotationSelectors"?: {
                  [key: string]: string;
                };
                /**
                 * a slice of label selector expressions that can be used to select objects.
                 * A list of selectors based on set-based label expressions.
                 */
                "expressionSelectors"?: Array<{
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
                 * Map of string keys and values that can be used to select objects.
                 * A selector based on fields.
                 */
                "fieldSelectors"?: {
                  [key: string]: string;
                };
                /**
                 * Map of string keys and values that can be used to select objects.
                 * A selector based on labels.
                 */
                "labelSelectors"?: {
                  [key: string]: string;
                };
                /**
                 * Namespaces is a set of namespace to which objects belong.
                 */
                "namespaces"?: Array<string>;
                /**
                 * Map of string keys and values that can be used to select nodes.
                 * Selector which must match a node's labels,
                 * and objects must belong to these selected nodes.
                 */
                "nodeSelectors"?: {
                  [key: string]: string;
                };
                /**
                 * Nodes is a set of node name and objects must belong to these nodes.
                 */
                "nodes"?: Array<string>;
                /**
                 * PodPhaseSelectors is a set of condition of a pod at the current time.
                 * supported value: Pending / Running / Succeeded / Failed / Unknown
                 */
                "podPhaseSelectors"?: Array<string>;
                /**
                 * Pods is a map of string keys and a set values that used to select pods.
                 * The key defines the namespace which pods belong,
                 * and the each values is a set of pod names.
                 */
                "pods"?: {
                  [key: string]: Array<string>;
                };
              };
              /**
               * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
               * If `FixedMode`, provide an integer of pods to do chaos action.
               * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
               * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
               */
              "value"?: string;
            };
            /**
             * TargetDevice represents the network device to be affected in target scope.
             */
            "targetDevice"?: string;
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * PhysicalMachineChaosSpec defines the desired state of PhysicalMachineChaos
           */
          "physicalmachineChaos"?: {
            /**
             * the subAction, generate automatically
             */
            "action": "stress-cpu" | "stress-mem" | "disk-read-payload" | "disk-write-payload" | "disk-fill" | "network-corrupt" | "network-duplicate" | "network-loss" | "network-delay" | "network-partition" | "network-dns" | "network-bandwidth" | "network-flood" | "network-down" | "process" | "jvm-exception" | "jvm-gc" | "jvm-latency" | "jvm-return" | "jvm-stress" | "jvm-rule-data" | "jvm-mysql" | "clock" | "redis-expiration" | "redis-penetration" | "redis-cacheLimit" | "redis-restart" | "redis-stop" | "kafka-fill" | "kafka-flood" | "kafka-io" | "file-create" | "file-modify" | "file-delete" | "file-rename" | "file-append" | "file-replace" | "vm" | "user_defined";
            /**
             * DEPRECATED: Use Selector instead.
             * Only one of Address and Selector could be specified.
             */
            "address"?: Array<string>;
            "clock"?: {
              /**
               * the identifier of the particular clock on which to act.
               * More clock description in linux kernel can be found in man page of clock_getres, clock_gettime, clock_settime.
               * Muti clock ids should be split with ","
               */
              "clock-ids-slice"?: string;
              /**
               * the pid of target program.
               */
              "pid"?: number;
              /**
               * specifies the length of time offset.
               */
              "time-offset"?: string;
            };
            "disk-fill"?: {
              /**
               * fill disk by fallocate
               */
              "fill-by-fallocate"?: boolean;
              /**
               * specifies the location to fill data in. if path not provided,
               * payload will read/write from/into a temp file, temp file will be deleted after writing
               */
              "path"?: string;
              /**
               * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
               * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
               */
              "size"?: string;
            };
            "disk-read-payload"?: {
              /**
               * specifies the location to fill data in. if path not provided,
               * payload will read/write from/into a temp file, temp file will be deleted after writing
               */
              "path"?: string;
              /**
               * specifies the number of process work on writing, default 1, only 1-255 is valid value
               */
              "payload-process-num"?: number;
              /**
               * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
               * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
               */
              "size"?: string;
            };
            "disk-write-payload"?: {
              /**
               * specifies the location to fill data in. if path not provided,
               * payload will read/write from/into a temp file, temp file will be deleted after writing
               */
              "path"?: string;
              /**
               * specifies the number of process work on writing, default 1, only 1-255 is valid value
               */
              "payload-process-num"?: number;
              /**
               * specifies how many units of data will write into the file path. support unit: c=1, w=2, b=512, kB=1000,
               * K=1024, MB=1000\*1000, M=1024\*1024, GB=1000\*1000\*1000, G=1024\*1024\*1024 BYTES. example : 1M | 512kB
               */
              "size"?: string;
            };
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            "file-append"?: {
              /**
               * Count is the number of times to append the data.
               */
              "count"?: number;
              /**
               * Data is the data for append.
               */
              "data"?: string;
              /**
               * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
               */
              "file-name"?: string;
            };
            "file-create"?: {
              /**
               * DirName is the directory name to create or delete.
               */
              "dir-name"?: string;
              /**
               * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
               */
              "file-name"?: string;
            };
            "file-delete"?: {
              /**
               * DirName is the directory name to create or delete.
               */
              "dir-name"?: string;
              /**
               * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
               */
              "file-name"?: string;
            };
            "file-modify"?: {
              /**
               * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
               */
              "file-name"?: string;
              /**
               * Privilege is the file privilege to be set.
               */
              "privilege"?: number;
            };
            "file-rename"?: {
              /**
               * DestFile is the name to be renamed.
               */
              "dest-file"?: string;
              /**
               * SourceFile is the name need to be renamed.
               */
              "source-file"?: string;
            };
            "file-replace"?: {
              /**
               * DestStr is the destination string of the file.
               */
              "dest-string"?: string;
              /**
               * FileName is the name of the file to be created, modified, deleted, renamed, or appended.
               */
              "file-name"?: string;
              /**
               * Line is the line number of the file to be replaced.
               */
              "line"?: number;
              /**
               * OriginStr is the origin string of the file.
               */
              "origin-string"?: string;
            };
            "http-abort"?: {
              /**
               * Code is a rule to select target by http status code in response
               */
              "code"?: string;
              /**
               * HTTP method
               */
              "method"?: string;
              /**
               * Match path of Uri with wildcard matches
               */
              "path"?: string;
              /**
               * The TCP port that the target service listens on
               */
              "port"?: number;
              /**
               * Composed with one of the port of HTTP connection, we will only attack HTTP connection with port inside proxy_ports
               */
              "proxy_ports": Array<number>;
              /**
               * HTTP target: Request or Response
               */
              "target": string;
            };
            "http-config"?: {
              /**
               * The config file path
               */
              "file_path"?: string;
            };
            "http-delay"?: {
              /**
               * Code is a rule to select target by http status code in response
               */
              "code"?: string;
              /**
               * Delay represents the delay of the target request/response
               */
              "delay": string;
              /**
               * HTTP method
               */
              "method"?: string;
              /**
               * Match path of Uri with wildcard matches
               */
              "path"?: string;
              /**
               * The TCP port that the target service listens on
               */
              "port"?: number;
              /**
               * Composed with one of the port of HTTP connection, we will only attack HTTP connection with port inside proxy_ports
               */
              "proxy_ports": Array<number>;
              /**
               * HTTP target: Request or Response
               */
              "target": string;
            };
            /**
             * used for HTTP request, now only support GET
             */
            "http-request"?: {
              /**
               * The number of requests to send
               */
              "count"?: number;
              /**
               * Enable connection pool
               */
              "enable-conn-pool"?: boolean;
              /**
               * Request to send"
               */
              "url"?: string;
            };
            "jvm-exception"?: {
              /**
               * Java class
               */
              "class"?: string;
              /**
               * the exception which needs to throw for action `exception`
               */
              "exception"?: string;
              /**
               * the method in Java class
               */
              "method"?: string;
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
            };
            "jvm-gc"?: {
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
            };
            "jvm-latency"?: {
              /**
               * Java class
               */
              "class"?: string;
              /**
               * the latency duration for action 'latency', unit ms
               */
              "latency"?: number;
              /**
               * the method in Java class
               */
              "method"?: string;
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
            };
            "jvm-mysql"?: {
              /**
               * the match database
               * default value is "", means match all database
               */
              "database"?: string;
              /**
               * The exception which needs to throw for action `exception`
               * or the exception message needs to throw in action `mysql`
               */
              "exception"?: string;
              /**
               * The latency duration for action 'latency'
               * or the latency duration in action `mysql`
               */
              "latency"?: number;
              /**
               * the version of mysql-connector-java, only support 5.X.X(set to "5") and 8.X.X(set to "8") now
               */
              "mysqlConnectorVersion"?: string;
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
              /**
               * the match sql type
               * default value is "", means match all SQL type.
               * The value can be 'select', 'insert', 'update', 'delete', 'replace'.
               */
              "sqlType"?: string;
              /**
               * the match table
               * default value is "", means match all table
               */
              "table"?: string;
            };
            "jvm-return"?: {
              /**
               * Java class
               */
              "class"?: string;
              /**
               * the method in Java class
               */
              "method"?: string;
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
              /**
               * the return value for action 'return'
               */
              "value"?: string;
            };
            "jvm-rule-data"?: {
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
              /**
               * RuleData used to save the rule file's data, will use it when recover
               */
              "rule-data"?: string;
            };
            "jvm-stress"?: {
              /**
               * the CPU core number need to use, only set it when action is stress
               */
              "cpu-count"?: number;
              /**
               * the memory type need to locate, only set it when action is stress, the value can be 'stack' or 'heap'
               */
              "mem-type"?: string;
              /**
               * the pid of Java process which needs to attach
               */
              "pid"?: number;
              /**
               * the port of agent server, default 9277
               */
              "port"?: number;
            };
            "kafka-fill"?: {
              /**
               * The host of kafka server
               */
              "host"?: string;
              /**
               * The max bytes to fill
               */
              "maxBytes"?: number;
              /**
               * The size of each message
               */
              "messageSize"?: number;
              /**
               * The password of kafka client
               */
              "password"?: string;
              /**
               * The port of kafka server
               */
              "port"?: number;
              /**
               * The command to reload kafka config
               */
              "reloadCommand"?: string;
              /**
               * The topic to attack
               */
              "topic"?: string;
              /**
               * The username of kafka client
               */
              "username"?: string;
            };
            "kafka-flood"?: {
              /**
               * The host of kafka server
               */
              "host"?: string;
              /**
               * The size of each message
               */
              "messageSize"?: number;
              /**
               * The password of kafka client
               */
              "password"?: string;
              /**
               * The port of kafka server
               */
              "port"?: number;
              /**
               * The number of worker threads
               */
              "threads"?: number;
              /**
               * The topic to attack
               */
              "topic"?: string;
              /**
               * The username of kafka client
               */
              "username"?: string;
            };
            "kafka-io"?: {
              /**
               * The path of server config
               */
              "configFile"?: string;
              /**
               * Make kafka cluster non-readable
               */
              "nonReadable"?: boolean;
              /**
               * Make kafka cluster non-writable
               */
              "nonWritable"?: boolean;
              /**
               * The topic to attack
               */
              "topic"?: string;
            };
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            "network-bandwidth"?: {
              "buffer": number;
              "device"?: string;
              "hostname"?: string;
              "ip-address"?: string;
              "limit": number;
              "minburst"?: number;
              "peakrate"?: number;
              "rate": string;
            };
            "network-corrupt"?: {
              /**
               * correlation is percentage (10 is 10%)
               */
              "correlation"?: string;
              /**
               * the network interface to impact
               */
              "device"?: string;
              /**
               * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "egress-port"?: string;
              /**
               * only impact traffic to these hostnames
               */
              "hostname"?: string;
              /**
               * only impact egress traffic to these IP addresses
               */
              "ip-address"?: string;
              /**
               * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
               */
              "ip-protocol"?: string;
              /**
               * percentage of packets to corrupt (10 is 10%)
               */
              "percent"?: string;
              /**
               * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "source-port"?: string;
            };
            "network-delay"?: {
              /**
               * only the packet which match the tcp flag can be accepted, others will be dropped.
               * only set when the IPProtocol is tcp, used for partition.
               */
              "accept-tcp-flags"?: string;
              /**
               * correlation is percentage (10 is 10%)
               */
              "correlation"?: string;
              /**
               * the network interface to impact
               */
              "device"?: string;
              /**
               * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "egress-port"?: string;
              /**
               * only impact traffic to these hostnames
               */
              "hostname"?: string;
              /**
               * only impact egress traffic to these IP addresses
               */
              "ip-address"?: string;
              /**
               * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
               */
              "ip-protocol"?: string;
              /**
               * jitter time, time units: ns, us (or µs), ms, s, m, h.
               */
              "jitter"?: string;
              /**
               * delay egress time, time units: ns, us (or µs), ms, s, m, h.
               */
              "latency"?: string;
              /**
               * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "source-port"?: string;
            };
            "network-dns"?: {
              /**
               * map this host to specified IP
               */
              "dns-domain-name"?: string;
              /**
               * map specified host to this IP address
               */
              "dns-ip"?: string;
              /**
               * update the DNS server in /etc/resolv.conf with this value
               */
              "dns-server"?: string;
            };
            "network-down"?: {
              /**
               * The network interface to impact
               */
              "device"?: string;
              /**
               * NIC down time, time units: ns, us (or µs), ms, s, m, h.
               */
              "duration"?: string;
            };
            "network-duplicate"?: {
              /**
               * correlation is percentage (10 is 10%)
               */
              "correlation"?: string;
              /**
               * the network interface to impact
               */
              "device"?: string;
              /**
               * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "egress-port"?: string;
              /**
               * only impact traffic to these hostnames
               */
              "hostname"?: string;
              /**
               * only impact egress traffic to these IP addresses
               */
              "ip-address"?: string;
              /**
               * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
               */
              "ip-protocol"?: string;
              /**
               * percentage of packets to duplicate (10 is 10%)
               */
              "percent"?: string;
              /**
               * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "source-port"?: string;
            };
            "network-flood"?: {
              /**
               * The number of seconds to run the iperf test
               */
              "duration": string;
              /**
               * Generate traffic to this IP address
               */
              "ip-address"?: string;
              /**
               * The number of iperf parallel client threads to run
               */
              "parallel"?: number;
              /**
               * Generate traffic to this port on the IP address
               */
              "port"?: string;
              /**
               * The speed of network traffic, allows bps, kbps, mbps, gbps, tbps unit. bps means bytes per second
               */
              "rate": string;
            };
            "network-loss"?: {
              /**
               * correlation is percentage (10 is 10%)
               */
              "correlation"?: string;
              /**
               * the network interface to impact
               */
              "device"?: string;
              /**
               * only impact egress traffic to these destination ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "egress-port"?: string;
              /**
               * only impact traffic to these hostnames
               */
              "hostname"?: string;
              /**
               * only impact egress traffic to these IP addresses
               */
              "ip-address"?: string;
              /**
               * only impact traffic using this IP protocol, supported: tcp, udp, icmp, all
               */
              "ip-protocol"?: string;
              /**
               * percentage of packets to loss (10 is 10%)
               */
              "percent"?: string;
              /**
               * only impact egress traffic from these source ports, use a ',' to separate or to indicate the range, such as 80, 8001:8010.
               * it can only be used in conjunction with -p tcp or -p udp
               */
              "source-port"?: string;
            };
            "network-partition"?: {
              /**
               * only the packet which match the tcp flag can be accepted, others will be dropped.
               * only set when the IPProtocol is tcp, used for partition.
               */
              "accept-tcp-flags"?: string;
              /**
               * the network interface to impact
               */
              "device"?: string;
              /**
               * specifies the partition direction, values can be 'from', 'to'.
               * 'from' means packets coming from the 'IPAddress' or 'Hostname' and going to your server,
               * 'to' means packets originating from your server and going to the 'IPAddress' or 'Hostname'.
               */
              "direction"?: string;
              /**
               * only impact traffic to these hostnames
               */
              "hostname"?: string;
              /**
               * only impact egress traffic to these IP addresses
               */
              "ip-address"?: string;
              /**
               * only impact egress traffic to these IP addresses
               */
              "ip-protocol"?: string;
            };
            "process"?: {
              /**
               * the process name or the process ID
               */
              "process"?: string;
              /**
               * the command to be run when recovering experiment
               */
              "recoverCmd"?: string;
              /**
               * the signal number to send
               */
              "signal"?: number;
            };
            "redis-cacheLimit"?: {
              /**
               * The adress of Redis server
               */
              "addr"?: string;
              /**
               * The size of `maxmemory`
               */
              "cacheSize"?: string;
              /**
               * The password of Redis server
               */
              "password"?: string;
              /**
               * Specifies maxmemory as a percentage of the original value
               */
              "percent"?: string;
            };
            "redis-expiration"?: {
              /**
               * The adress of Redis server
               */
              "addr"?: string;
              /**
               * The expiration of the keys
               */
              "expiration"?: string;
              /**
               * The keys to be expired
               */
              "key"?: string;
              /**
               * Additional options for `expiration`
               */
              "option"?: string;
              /**
               * The password of Redis server
               */
              "password"?: string;
            };
            "redis-penetration"?: {
              /**
               * The adress of Redis server
               */
              "addr"?: string;
              /**
               * The password of Redis server
               */
              "password"?: string;
              /**
               * The number of requests to be sent
               */
              "requestNum"?: number;
            };
            "redis-restart"?: {
              /**
               * The adress of Redis server
               */
              "addr"?: string;
              /**
               * The path of Sentinel conf
               */
              "conf"?: string;
              /**
               * The control flag determines whether to flush config
               */
              "flushConfig"?: boolean;
              /**
               * The password of Redis server
               */
              "password"?: string;
              /**
               * The path of `redis-server` command-line tool
               */
              "redisPath"?: boolean;
            };
            "redis-stop"?: {
              /**
               * The adress of Redis server
               */
              "addr"?: string;
              /**
               * The path of Sentinel conf
               */
              "conf"?: string;
              /**
               * The control flag determines whether to flush config
               */
              "flushConfig"?: boolean;
              /**
               * The password of Redis server
               */
              "password"?: string;
              /**
               * The path of `redis-server` command-line tool
               */
              "redisPath"?: boolean;
            };
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select physical machines that are used to inject chaos action.
             */
            "selector"?: {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * PhysicalMachines is a map of string keys and a set values that used to select physical machines.
               * The key defines the namespace which physical machine belong,
               * and each value is a set of physical machine names.
               */
              "physicalMachines"?: {
                [key: string]: Array<string>;
              };
            };
            "stress-cpu"?: {
              /**
               * specifies P percent loading per CPU worker. 0 is effectively a sleep (no load) and 100 is full loading.
               */
              "load"?: number;
              /**
               * extend stress-ng options
               */
              "options"?: Array<string>;
              /**
               * specifies N workers to apply the stressor.
               */
              "workers"?: number;
            };
            "stress-mem"?: {
              /**
               * extend stress-ng options
               */
              "options"?: Array<string>;
              /**
               * specifies N bytes consumed per vm worker, default is the total available memory.
               * One can specify the size as % of total available memory or in units of B, KB/KiB, MB/MiB, GB/GiB, TB/TiB..
               */
              "size"?: string;
            };
            /**
             * the experiment ID
             */
            "uid"?: string;
            "user_defined"?: {
              /**
               * The command to be executed when attack
               */
              "attackCmd"?: string;
              /**
               * The command to be executed when recover
               */
              "recoverCmd"?: string;
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of physical machines to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of physical machines the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
            "vm"?: {
              /**
               * The name of the VM to be injected
               */
              "vm-name"?: string;
            };
          };
          /**
           * PodChaosSpec defines the attributes that a user creates on a chaos experiment about pods.
           */
          "podChaos"?: {
            /**
             * Action defines the specific pod chaos action.
             * Supported action: pod-kill / pod-failure / container-kill
             * Default action: pod-kill
             */
            "action": "pod-kill" | "pod-failure" | "container-kill";
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Duration represents the duration of the chaos action.
             * It is required when the action is `PodFailureAction`.
             * A duration string is a possibly signed sequence of
             * decimal numbers, each with optional fraction and a unit suffix,
             * such as "300ms", "-1.5h" or "2h45m".
             * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
             */
            "duration"?: string;
            /**
             * GracePeriod is used in pod-kill action. It represents the duration in seconds before the pod should be deleted.
             * Value must be non-negative integer. The default value is zero that indicates delete immediately.
             */
            "gracePeriod"?: number;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          "schedule": string;
          "startingDeadlineSeconds"?: number;
          /**
           * StressChaosSpec defines the desired state of StressChaos
           */
          "stressChaos"?: {
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * StressngStressors defines plenty of stressors just like `Stressors` except that it's an experimental
             * feature and more powerful. You can define stressors in `stress-ng` (see also `man stress-ng`) dialect,
             * however not all of the supported stressors are well tested. It maybe retired in later releases. You
             * should always use `Stressors` to define the stressors and use this only when you want more stressors
             * unsupported by `Stressors`. When both `StressngStressors` and `Stressors` are defined, `StressngStressors`
             * wins.
             */
            "stressngStressors"?: string;
            /**
             * Stressors defines plenty of stressors supported to stress system components out.
             * You can use one or more of them to make up various kinds of stresses. At least
             * one of the stressors should be specified.
             */
            "stressors"?: {
              /**
               * CPUStressor stresses CPU out
               */
              "cpu"?: {
                /**
                 * Load specifies P percent loading per CPU worker. 0 is effectively a sleep (no load) and 100
                 * is full loading.
                 */
                "load"?: number;
                /**
                 * extend stress-ng options
                 */
                "options"?: Array<string>;
                /**
                 * Workers specifies N workers to apply the stressor.
                 * Maximum 8192 workers can run by stress-ng
                 */
                "workers": number;
              };
              /**
               * MemoryStressor stresses virtual memory out
               */
              "memory"?: {
                /**
                 * OOMScoreAdj sets the oom_score_adj of the stress process. See `man 5 proc` to know more
                 * about this option.
                 */
                "oomScoreAdj"?: number;
                /**
                 * extend stress-ng options
                 */
                "options"?: Array<string>;
                /**
                 * Size specifies N bytes consumed per vm worker, default is the total available memory.
                 * One can specify the size as % of total available memory or in units of B, KB/KiB,
                 * MB/MiB, GB/GiB, TB/TiB.
                 */
                "size"?: string;
                /**
                 * Workers specifies N workers to apply the stressor.
                 * Maximum 8192 workers can run by stress-ng
                 */
                "workers": number;
              };
            };
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          /**
           * TimeChaosSpec defines the desired state of TimeChaos
           */
          "timeChaos"?: {
            /**
             * ClockIds defines all affected clock id
             * All available options are ["CLOCK_REALTIME","CLOCK_MONOTONIC","CLOCK_PROCESS_CPUTIME_ID","CLOCK_THREAD_CPUTIME_ID",
             * "CLOCK_MONOTONIC_RAW","CLOCK_REALTIME_COARSE","CLOCK_MONOTONIC_COARSE","CLOCK_BOOTTIME","CLOCK_REALTIME_ALARM",
             * "CLOCK_BOOTTIME_ALARM"]
             * Default value is ["CLOCK_REALTIME"]
             */
            "clockIds"?: Array<string>;
            /**
             * ContainerNames indicates list of the name of affected container.
             * If not set, the first container will be injected
             */
            "containerNames"?: Array<string>;
            /**
             * Duration represents the duration of the chaos action
             */
            "duration"?: string;
            /**
             * Mode defines the mode to run chaos action.
             * Supported mode: one / all / fixed / fixed-percent / random-max-percent
             */
            "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
            /**
             * RemoteCluster represents the remote cluster where the chaos will be deployed
             */
            "remoteCluster"?: string;
            /**
             * Selector is used to select pods that are used to inject chaos action.
             */
            "selector": {
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on annotations.
               */
              "annotationSelectors"?: {
                [key: string]: string;
              };
              /**
               * a slice of label selector expressions that can be used to select objects.
               * A list of selectors based on set-based label expressions.
               */
              "expressionSelectors"?: Array<{
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
               * Map of string keys and values that can be used to select objects.
               * A selector based on fields.
               */
              "fieldSelectors"?: {
                [key: string]: string;
              };
              /**
               * Map of string keys and values that can be used to select objects.
               * A selector based on labels.
               */
              "labelSelectors"?: {
                [key: string]: string;
              };
              /**
               * Namespaces is a set of namespace to which objects belong.
               */
              "namespaces"?: Array<string>;
              /**
               * Map of string keys and values that can be used to select nodes.
               * Selector which must match a node's labels,
               * and objects must belong to these selected nodes.
               */
              "nodeSelectors"?: {
                [key: string]: string;
              };
              /**
               * Nodes is a set of node name and objects must belong to these nodes.
               */
              "nodes"?: Array<string>;
              /**
               * PodPhaseSelectors is a set of condition of a pod at the current time.
               * supported value: Pending / Running / Succeeded / Failed / Unknown
               */
              "podPhaseSelectors"?: Array<string>;
              /**
               * Pods is a map of string keys and a set values that used to select pods.
               * The key defines the namespace which pods belong,
               * and the each values is a set of pod names.
               */
              "pods"?: {
                [key: string]: Array<string>;
              };
            };
            /**
             * TimeOffset defines the delta time of injected program. It's a possibly signed sequence of decimal numbers, such as
             * "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
             */
            "timeOffset": string;
            /**
             * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
             * If `FixedMode`, provide an integer of pods to do chaos action.
             * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
             * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
             */
            "value"?: string;
          };
          "type": string;
        };
        /**
         * StatusCheck describe the behavior of StatusCheck. Only used when Type is TypeStatusCheck.
         */
        "statusCheck"?: {
          /**
           * Duration defines the duration of the whole status check if the
           * number of failed execution does not exceed the failure threshold.
           * Duration is available to both `Synchronous` and `Continuous` mode.
           * A duration string is a possibly signed sequence of
           * decimal numbers, each with optional fraction and a unit suffix,
           * such as "300ms", "-1.5h" or "2h45m".
           * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
           */
          "duration"?: string;
          /**
           * FailureThreshold defines the minimum consecutive failure
           * for the status check to be considered failed.
           */
          "failureThreshold"?: number;
          "http"?: {
            "body"?: string;
            /**
             * Criteria defines how to determine the result of the status check.
             */
            "criteria": {
              /**
               * StatusCode defines the expected http status code for the request.
               * A statusCode string could be a single code (e.g. 200), or
               * an inclusive range (e.g. 200-400, both `200` and `400` are included).
               */
              "statusCode": string;
            };
            /**
             * A Header represents the key-value pairs in an HTTP header.
             * 
             * The keys should be in canonical form, as returned by
             * [CanonicalHeaderKey].
             */
            "headers"?: {
              [key: string]: Array<string>;
            };
            "method"?: "GET" | "POST";
            "url": string;
          };
          /**
           * IntervalSeconds defines how often (in seconds) to perform
           * an execution of status check.
           */
          "intervalSeconds"?: number;
          /**
           * Mode defines the execution mode of the status check.
           * Support type: Synchronous / Continuous
           */
          "mode"?: "Synchronous" | "Continuous";
          /**
           * RecordsHistoryLimit defines the number of record to retain.
           */
          "recordsHistoryLimit"?: number;
          /**
           * SuccessThreshold defines the minimum consecutive successes
           * for the status check to be considered successful.
           * SuccessThreshold only works for `Synchronous` mode.
           */
          "successThreshold"?: number;
          /**
           * TimeoutSeconds defines the number of seconds after which
           * an execution of status check times out.
           */
          "timeoutSeconds"?: number;
          /**
           * Type defines the specific status check type.
           * Support type: HTTP
           */
          "type": "HTTP";
        };
        /**
         * StressChaosSpec defines the desired state of StressChaos
         */
        "stressChaos"?: {
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * StressngStressors defines plenty of stressors just like `Stressors` except that it's an experimental
           * feature and more powerful. You can define stressors in `stress-ng` (see also `man stress-ng`) dialect,
           * however not all of the supported stressors are well tested. It maybe retired in later releases. You
           * should always use `Stressors` to define the stressors and use this only when you want more stressors
           * unsupported by `Stressors`. When both `StressngStressors` and `Stressors` are defined, `StressngStressors`
           * wins.
           */
          "stressngStressors"?: string;
          /**
           * Stressors defines plenty of stressors supported to stress system components out.
           * You can use one or more of them to make up various kinds of stresses. At least
           * one of the stressors should be specified.
           */
          "stressors"?: {
            /**
             * CPUStressor stresses CPU out
             */
            "cpu"?: {
              /**
               * Load specifies P percent loading per CPU worker. 0 is effectively a sleep (no load) and 100
               * is full loading.
               */
              "load"?: number;
              /**
               * extend stress-ng options
               */
              "options"?: Array<string>;
              /**
               * Workers specifies N workers to apply the stressor.
               * Maximum 8192 workers can run by stress-ng
               */
              "workers": number;
            };
            /**
             * MemoryStressor stresses virtual memory out
             */
            "memory"?: {
              /**
               * OOMScoreAdj sets the oom_score_adj of the stress process. See `man 5 proc` to know more
               * about this option.
               */
              "oomScoreAdj"?: number;
              /**
               * extend stress-ng options
               */
              "options"?: Array<string>;
              /**
               * Size specifies N bytes consumed per vm worker, default is the total available memory.
               * One can specify the size as % of total available memory or in units of B, KB/KiB,
               * MB/MiB, GB/GiB, TB/TiB.
               */
              "size"?: string;
              /**
               * Workers specifies N workers to apply the stressor.
               * Maximum 8192 workers can run by stress-ng
               */
              "workers": number;
            };
          };
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
        /**
         * Task describes the behavior of the custom task. Only used when Type is TypeTask.
         */
        "task"?: {
          /**
           * Container is the main container image to run in the pod
           */
          "container"?: {
            /**
             * Arguments to the entrypoint.
             * The container image's CMD is used if this is not provided.
             * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
             * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
             * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
             * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
             * of whether the variable exists or not. Cannot be updated.
             * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
             */
            "args"?: Array<string>;
            /**
             * Entrypoint array. Not executed within a shell.
             * The container image's ENTRYPOINT is used if this is not provided.
             * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
             * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
             * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
             * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
             * of whether the variable exists or not. Cannot be updated.
             * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
             */
            "command"?: Array<string>;
            /**
             * List of environment variables to set in the container.
             * Cannot be updated.
             */
            "env"?: Array<{
              /**
               * Name of the environment variable.
               * May consist of any printable ASCII characters except '='.
               */
              "name": string;
              /**
               * Variable references $(VAR_NAME) are expanded
               * using the previously defined environment variables in the container and
               * any service environment variables. If a variable cannot be resolved,
               * the reference in the input string will be unchanged. Double $$ are reduced
               * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
               * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
               * Escaped references will never be expanded, regardless of whether the variable
               * exists or not.
               * Defaults to "".
               */
              "value"?: string;
              /**
               * Source for the environment variable's value. Cannot be used if value is not empty.
               */
              "valueFrom"?: {
                /**
                 * Selects a key of a ConfigMap.
                 */
                "configMapKeyRef"?: {
                  /**
                   * The key to select.
                   */
                  "key": string;
                  /**
                   * Name of the referent.
                   * This field is effectively required, but due to backwards compatibility is
                   * allowed to be empty. Instances of this type with an empty value here are
                   * almost certainly wrong.
                   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                   */
                  "name"?: string;
                  /**
                   * Specify whether the ConfigMap or its key must be defined
                   */
                  "optional"?: boolean;
                };
                /**
                 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
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
                 * FileKeyRef selects a key of the env file.
                 * Requires the EnvFiles feature gate to be enabled.
                 */
                "fileKeyRef"?: {
                  /**
                   * The key within the env file. An invalid key will prevent the pod from starting.
                   * The keys defined within a source may consist of any printable ASCII characters except '='.
                   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
                   */
                  "key": string;
                  /**
                   * Specify whether the file or its key must be defined. If the file or key
                   * does not exist, then the env var is not published.
                   * If optional is set to true and the specified key does not exist,
                   * the environment variable will not be set in the Pod's containers.
                   * 
                   * If optional is set to false and the specified key does not exist,
                   * an error will be returned during Pod creation.
                   */
                  "optional"?: boolean;
                  /**
                   * The path within the volume from which to select the file.
                   * Must be relative and may not contain the '..' path or start with '..'.
                   */
                  "path": string;
                  /**
                   * The name of the volume mount containing the env file.
                   */
                  "volumeName": string;
                };
                /**
                 * Selects a resource of the container: only resources limits and requests
                 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
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
                /**
                 * Selects a key of a secret in the pod's namespace
                 */
                "secretKeyRef"?: {
                  /**
                   * The key of the secret to select from.  Must be a valid secret key.
                   */
                  "key": string;
                  /**
                   * Name of the referent.
                   * This field is effectively required, but due to backwards compatibility is
                   * allowed to be empty. Instances of this type with an empty value here are
                   * almost certainly wrong.
                   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                   */
                  "name"?: string;
                  /**
                   * Specify whether the Secret or its key must be defined
                   */
                  "optional"?: boolean;
                };
              };
            }>;
            /**
             * List of sources to populate environment variables in the container.
             * The keys defined within a source may consist of any printable ASCII characters except '='.
             * When a key exists in multiple
             * sources, the value associated with the last source will take precedence.
             * Values defined by an Env with a duplicate key will take precedence.
             * Cannot be updated.
             */
            "envFrom"?: Array<{
              /**
               * The ConfigMap to select from
               */
              "configMapRef"?: {
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the ConfigMap must be defined
                 */
                "optional"?: boolean;
              };
              /**
               * Optional text to prepend to the name of each environment variable.
               * May consist of any printable ASCII characters except '='.
               */
              "prefix"?: string;
              /**
               * The Secret to select from
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
                /**
                 * Specify whether the Secret must be defined
                 */
                "optional"?: boolean;
              };
            }>;
            /**
             * Container image name.
             * More info: https://kubernetes.io/docs/concepts/containers/images
             * This field is optional to allow higher level config management to default or override
             * container images in workload controllers like Deployments and StatefulSets.
             */
            "image"?: string;
            /**
             * Image pull policy.
             * One of Always, Never, IfNotPresent.
             * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
             * Cannot be updated.
             * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
             */
            "imagePullPolicy"?: string;
            /**
             * Actions that the management system should take in response to container lifecycle events.
             * Cannot be updated.
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
             * Periodic probe of container liveness.
             * Container will be restarted if the probe fails.
             * Cannot be updated.
             * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
             */
            "livenessProbe"?: {
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
               * Minimum consecutive failures for the probe to be considered failed after having succeeded.
               * Defaults to 3. Minimum value is 1.
               */
              "failureThreshold"?: number;
              /**
               * GRPC specifies a GRPC HealthCheckRequest.
               */
              "grpc"?: {
                /**
                 * Port number of the gRPC service. Number must be in the range 1 to 65535.
                 */
                "port": number;
                /**
                 * Service is the name of the service to place in the gRPC HealthCheckRequest
                 * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                 * 
                 * If this is not specified, the default behavior is defined by gRPC.
                 */
                "service"?: string;
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
               * Number of seconds after the container has started before liveness probes are initiated.
               * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
               */
              "initialDelaySeconds"?: number;
              /**
               * How often (in seconds) to perform the probe.
               * Default to 10 seconds. Minimum value is 1.
               */
              "periodSeconds"?: number;
              /**
               * Minimum consecutive successes for the probe to be considered successful after having failed.
               * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
               */
              "successThreshold"?: number;
              /**
               * TCPSocket specifies a connection to a TCP port.
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
              /**
               * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
               * The grace period is the duration in seconds after the processes running in the pod are sent
               * a termination signal and the time when the processes are forcibly halted with a kill signal.
               * Set this value longer than the expected cleanup time for your process.
               * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
               * value overrides the value provided by the pod spec.
               * Value must be non-negative integer. The value zero indicates stop immediately via
               * the kill signal (no opportunity to shut down).
               * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
               * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
               */
              "terminationGracePeriodSeconds"?: number;
              /**
               * Number of seconds after which the probe times out.
               * Defaults to 1 second. Minimum value is 1.
               * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
               */
              "timeoutSeconds"?: number;
            };
            /**
             * Name of the container specified as a DNS_LABEL.
             * Each container in a pod must have a unique name (DNS_LABEL).
             * Cannot be updated.
             */
            "name": string;
            /**
             * List of ports to expose from the container. Not specifying a port here
             * DOES NOT prevent that port from being exposed. Any port which is
             * listening on the default "0.0.0.0" address inside a container will be
             * accessible from the network.
             * Modifying this array with strategic merge patch may corrupt the data.
             * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
             * Cannot be updated.
             */
            "ports"?: Array<{
              /**
               * Number of port to expose on the pod's IP address.
               * This must be a valid port number, 0 < x < 65536.
               */
              "containerPort": number;
              /**
               * What host IP to bind the external port to.
               */
              "hostIP"?: string;
              /**
               * Number of port to expose on the host.
               * If specified, this must be a valid port number, 0 < x < 65536.
               * If HostNetwork is specified, this must match ContainerPort.
               * Most containers do not need this.
               */
              "hostPort"?: number;
              /**
               * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
               * named port in a pod must have a unique name. Name for the port that can be
               * referred to by services.
               */
              "name"?: string;
              /**
               * Protocol for port. Must be UDP, TCP, or SCTP.
               * Defaults to "TCP".
               */
              "protocol"?: string;
            }>;
            /**
             * Periodic probe of container service readiness.
             * Container will be removed from service endpoints if the probe fails.
             * Cannot be updated.
             * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
             */
            "readinessProbe"?: {
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
               * Minimum consecutive failures for the probe to be considered failed after having succeeded.
               * Defaults to 3. Minimum value is 1.
               */
              "failureThreshold"?: number;
              /**
               * GRPC specifies a GRPC HealthCheckRequest.
               */
              "grpc"?: {
                /**
                 * Port number of the gRPC service. Number must be in the range 1 to 65535.
                 */
                "port": number;
                /**
                 * Service is the name of the service to place in the gRPC HealthCheckRequest
                 * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                 * 
                 * If this is not specified, the default behavior is defined by gRPC.
                 */
                "service"?: string;
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
               * Number of seconds after the container has started before liveness probes are initiated.
               * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
               */
              "initialDelaySeconds"?: number;
              /**
               * How often (in seconds) to perform the probe.
               * Default to 10 seconds. Minimum value is 1.
               */
              "periodSeconds"?: number;
              /**
               * Minimum consecutive successes for the probe to be considered successful after having failed.
               * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
               */
              "successThreshold"?: number;
              /**
               * TCPSocket specifies a connection to a TCP port.
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
              /**
               * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
               * The grace period is the duration in seconds after the processes running in the pod are sent
               * a termination signal and the time when the processes are forcibly halted with a kill signal.
               * Set this value longer than the expected cleanup time for your process.
               * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
               * value overrides the value provided by the pod spec.
               * Value must be non-negative integer. The value zero indicates stop immediately via
               * the kill signal (no opportunity to shut down).
               * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
               * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
               */
              "terminationGracePeriodSeconds"?: number;
              /**
               * Number of seconds after which the probe times out.
               * Defaults to 1 second. Minimum value is 1.
               * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
               */
              "timeoutSeconds"?: number;
            };
            /**
             * Resources resize policy for the container.
             * This field cannot be set on ephemeral containers.
             */
            "resizePolicy"?: Array<{
              /**
               * Name of the resource to which this resource resize policy applies.
               * Supported values: cpu, memory.
               */
              "resourceName": string;
              /**
               * Restart policy to apply when specified resource is resized.
               * If not specified, it defaults to NotRequired.
               */
              "restartPolicy": string;
            }>;
            /**
             * Compute Resources required by this container.
             * Cannot be updated.
             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
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
             * RestartPolicy defines the restart behavior of individual containers in a pod.
             * This overrides the pod-level restart policy. When this field is not specified,
             * the restart behavior is defined by the Pod's restart policy and the container type.
             * Additionally, setting the RestartPolicy as "Always" for the init container will
             * have the following effect:
             * this init container will be continually restarted on
             * exit until all regular containers have terminated. Once all regular
             * containers have completed, all init containers with restartPolicy "Always"
             * will be shut down. This lifecycle differs from normal init containers and
             * is often referred to as a "sidecar" container. Although this init
             * container still starts in the init container sequence, it does not wait
             * for the container to complete before proceeding to the next init
             * container. Instead, the next init container starts immediately after this
             * init container is started, or after any startupProbe has successfully
             * completed.
             */
            "restartPolicy"?: string;
            /**
             * Represents a list of rules to be checked to determine if the
             * container should be restarted on exit. The rules are evaluated in
             * order. Once a rule matches a container exit condition, the remaining
             * rules are ignored. If no rule matches the container exit condition,
             * the Container-level restart policy determines the whether the container
             * is restarted or not. Constraints on the rules:
             * - At most 20 rules are allowed.
             * - Rules can have the same action.
             * - Identical rules are not forbidden in validations.
             * When rules are specified, container MUST set RestartPolicy explicitly
             * even it if matches the Pod's RestartPolicy.
             */
            "restartPolicyRules"?: Array<{
              /**
               * Specifies the action taken on a container exit if the requirements
               * are satisfied. The only possible value is "Restart" to restart the
               * container.
               */
              "action": string;
              /**
               * Represents the exit codes to check on container exits.
               */
              "exitCodes"?: {
                /**
                 * Represents the relationship between the container exit code(s) and the
                 * specified values. Possible values are:
                 * - In: the requirement is satisfied if the container exit code is in the
                 *   set of specified values.
                 * - NotIn: the requirement is satisfied if the container exit code is
                 *   not in the set of specified values.
                 */
                "operator": string;
                /**
                 * Specifies the set of values to check for container exit codes.
                 * At most 255 elements are allowed.
                 */
                "values"?: Array<number>;
              };
            }>;
            /**
             * SecurityContext defines the security options the container should be run with.
             * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
             * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
             */
            "securityContext"?: {
              /**
               * AllowPrivilegeEscalation controls whether a process can gain more
               * privileges than its parent process. This bool directly controls if
               * the no_new_privs flag will be set on the container process.
               * AllowPrivilegeEscalation is true always when the container is:
               * 1) run as Privileged
               * 2) has CAP_SYS_ADMIN
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "allowPrivilegeEscalation"?: boolean;
              /**
               * appArmorProfile is the AppArmor options to use by this container. If set, this profile
               * overrides the pod's appArmorProfile.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "appArmorProfile"?: {
                /**
                 * localhostProfile indicates a profile loaded on the node that should be used.
                 * The profile must be preconfigured on the node to work.
                 * Must match the loaded name of the profile.
                 * Must be set if and only if type is "Localhost".
                 */
                "localhostProfile"?: string;
                /**
                 * type indicates which kind of AppArmor profile will be applied.
                 * Valid options are:
                 *   Localhost - a profile pre-loaded on the node.
                 *   RuntimeDefault - the container runtime's default profile.
                 *   Unconfined - no AppArmor enforcement.
                 */
                "type": string;
              };
              /**
               * The capabilities to add/drop when running containers.
               * Defaults to the default set of capabilities granted by the container runtime.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "capabilities"?: {
                /**
                 * Added capabilities
                 */
                "add"?: Array<string>;
                /**
                 * Removed capabilities
                 */
                "drop"?: Array<string>;
              };
              /**
               * Run container in privileged mode.
               * Processes in privileged containers are essentially equivalent to root on the host.
               * Defaults to false.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "privileged"?: boolean;
              /**
               * procMount denotes the type of proc mount to use for the containers.
               * The default value is Default which uses the container runtime defaults for
               * readonly paths and masked paths.
               * This requires the ProcMountType feature flag to be enabled.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "procMount"?: string;
              /**
               * Whether this container has a read-only root filesystem.
               * Default is false.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "readOnlyRootFilesystem"?: boolean;
              /**
               * The GID to run the entrypoint of the container process.
               * Uses runtime default if unset.
               * May also be set in PodSecurityContext.  If set in both SecurityContext and
               * PodSecurityContext, the value specified in SecurityContext takes precedence.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "runAsGroup"?: number;
              /**
               * Indicates that the container must run as a non-root user.
               * If true, the Kubelet will validate the image at runtime to ensure that it
               * does not run as UID 0 (root) and fail to start the container if it does.
               * If unset or false, no such validation will be performed.
               * May also be set in PodSecurityContext.  If set in both SecurityContext and
               * PodSecurityContext, the value specified in SecurityContext takes precedence.
               */
              "runAsNonRoot"?: boolean;
              /**
               * The UID to run the entrypoint of the container process.
               * Defaults to user specified in image metadata if unspecified.
               * May also be set in PodSecurityContext.  If set in both SecurityContext and
               * PodSecurityContext, the value specified in SecurityContext takes precedence.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "runAsUser"?: number;
              /**
               * The SELinux context to be applied to the container.
               * If unspecified, the container runtime will allocate a random SELinux context for each
               * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
               * PodSecurityContext, the value specified in SecurityContext takes precedence.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "seLinuxOptions"?: {
                /**
                 * Level is SELinux level label that applies to the container.
                 */
                "level"?: string;
                /**
                 * Role is a SELinux role label that applies to the container.
                 */
                "role"?: string;
                /**
                 * Type is a SELinux type label that applies to the container.
                 */
                "type"?: string;
                /**
                 * User is a SELinux user label that applies to the container.
                 */
                "user"?: string;
              };
              /**
               * The seccomp options to use by this container. If seccomp options are
               * provided at both the pod & container level, the container options
               * override the pod options.
               * Note that this field cannot be set when spec.os.name is windows.
               */
              "seccompProfile"?: {
                /**
                 * localhostProfile indicates a profile defined in a file on the node should be used.
                 * The profile must be preconfigured on the node to work.
                 * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                 * Must be set if type is "Localhost". Must NOT be set for any other type.
                 */
                "localhostProfile"?: string;
                /**
                 * type indicates which kind of seccomp profile will be applied.
                 * Valid options are:
                 * 
                 * Localhost - a profile defined in a file on the node should be used.
                 * RuntimeDefault - the container runtime default profile should be used.
                 * Unconfined - no profile should be applied.
                 */
                "type": string;
              };
              /**
               * The Windows specific settings applied to all containers.
               * If unspecified, the options from the PodSecurityContext will be used.
               * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
               * Note that this field cannot be set when spec.os.name is linux.
               */
              "windowsOptions"?: {
                /**
                 * GMSACredentialSpec is where the GMSA admission webhook
                 * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                 * GMSA credential spec named by the GMSACredentialSpecName field.
                 */
                "gmsaCredentialSpec"?: string;
                /**
                 * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                 */
                "gmsaCredentialSpecName"?: string;
                /**
                 * HostProcess determines if a container should be run as a 'Host Process' container.
                 * All of a Pod's containers must have the same effective HostProcess value
                 * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                 * In addition, if HostProcess is true then HostNetwork must also be set to true.
                 */
                "hostProcess"?: boolean;
                /**
                 * The UserName in Windows to run the entrypoint of the container process.
                 * Defaults to the user specified in image metadata if unspecified.
                 * May also be set in PodSecurityContext. If set in both SecurityContext and
                 * PodSecurityContext, the value specified in SecurityContext takes precedence.
                 */
                "runAsUserName"?: string;
              };
            };
            /**
             * StartupProbe indicates that the Pod has successfully initialized.
             * If specified, no other probes are executed until this completes successfully.
             * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
             * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
             * when it might take a long time to load data or warm a cache, than during steady-state operation.
             * This cannot be updated.
             * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
             */
            "startupProbe"?: {
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
               * Minimum consecutive failures for the probe to be considered failed after having succeeded.
               * Defaults to 3. Minimum value is 1.
               */
              "failureThreshold"?: number;
              /**
               * GRPC specifies a GRPC HealthCheckRequest.
               */
              "grpc"?: {
                /**
                 * Port number of the gRPC service. Number must be in the range 1 to 65535.
                 */
                "port": number;
                /**
                 * Service is the name of the service to place in the gRPC HealthCheckRequest
                 * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                 * 
                 * If this is not specified, the default behavior is defined by gRPC.
                 */
                "service"?: string;
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
               * Number of seconds after the container has started before liveness probes are initiated.
               * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
               */
              "initialDelaySeconds"?: number;
              /**
               * How often (in seconds) to perform the probe.
               * Default to 10 seconds. Minimum value is 1.
               */
              "periodSeconds"?: number;
              /**
               * Minimum consecutive successes for the probe to be considered successful after having failed.
               * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
               */
              "successThreshold"?: number;
              /**
               * TCPSocket specifies a connection to a TCP port.
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
              /**
               * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
               * The grace period is the duration in seconds after the processes running in the pod are sent
               * a termination signal and the time when the processes are forcibly halted with a kill signal.
               * Set this value longer than the expected cleanup time for your process.
               * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
               * value overrides the value provided by the pod spec.
               * Value must be non-negative integer. The value zero indicates stop immediately via
               * the kill signal (no opportunity to shut down).
               * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
               * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
               */
              "terminationGracePeriodSeconds"?: number;
              /**
               * Number of seconds after which the probe times out.
               * Defaults to 1 second. Minimum value is 1.
               * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
               */
              "timeoutSeconds"?: number;
            };
            /**
             * Whether this container should allocate a buffer for stdin in the container runtime. If this
             * is not set, reads from stdin in the container will always result in EOF.
             * Default is false.
             */
            "stdin"?: boolean;
            /**
             * Whether the container runtime should close the stdin channel after it has been opened by
             * a single attach. When stdin is true the stdin stream will remain open across multiple attach
             * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
             * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
             * at which time stdin is closed and remains closed until the container is restarted. If this
             * flag is false, a container processes that reads from stdin will never receive an EOF.
             * Default is false
             */
            "stdinOnce"?: boolean;
            /**
             * Optional: Path at which the file to which the container's termination message
             * will be written is mounted into the container's filesystem.
             * Message written is intended to be brief final status, such as an assertion failure message.
             * Will be truncated by the node if greater than 4096 bytes. The total message length across
             * all containers will be limited to 12kb.
             * Defaults to /dev/termination-log.
             * Cannot be updated.
             */
            "terminationMessagePath"?: string;
            /**
             * Indicate how the termination message should be populated. File will use the contents of
             * terminationMessagePath to populate the container status message on both success and failure.
             * FallbackToLogsOnError will use the last chunk of container log output if the termination
             * message file is empty and the container exited with an error.
             * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
             * Defaults to File.
             * Cannot be updated.
             */
            "terminationMessagePolicy"?: string;
            /**
             * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
             * Default is false.
             */
            "tty"?: boolean;
            /**
             * volumeDevices is the list of block devices to be used by the container.
             */
            "volumeDevices"?: Array<{
              /**
               * devicePath is the path inside of the container that the device will be mapped to.
               */
              "devicePath": string;
              /**
               * name must match the name of a persistentVolumeClaim in the pod
               */
              "name": string;
            }>;
            /**
             * Pod volumes to mount into the container's filesystem.
             * Cannot be updated.
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
            /**
             * Container's working directory.
             * If not specified, the container runtime's default will be used, which
             * might be configured in the container image.
             * Cannot be updated.
             */
            "workingDir"?: string;
          };
          "labels"?: {
            [key: string]: string;
          };
          /**
           * Volumes is a list of volumes that can be mounted by containers in a template.
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
        "templateType": string;
        /**
         * TimeChaosSpec defines the desired state of TimeChaos
         */
        "timeChaos"?: {
          /**
           * ClockIds defines all affected clock id
           * All available options are ["CLOCK_REALTIME","CLOCK_MONOTONIC","CLOCK_PROCESS_CPUTIME_ID","CLOCK_THREAD_CPUTIME_ID",
           * "CLOCK_MONOTONIC_RAW","CLOCK_REALTIME_COARSE","CLOCK_MONOTONIC_COARSE","CLOCK_BOOTTIME","CLOCK_REALTIME_ALARM",
           * "CLOCK_BOOTTIME_ALARM"]
           * Default value is ["CLOCK_REALTIME"]
           */
          "clockIds"?: Array<string>;
          /**
           * ContainerNames indicates list of the name of affected container.
           * If not set, the first container will be injected
           */
          "containerNames"?: Array<string>;
          /**
           * Duration represents the duration of the chaos action
           */
          "duration"?: string;
          /**
           * Mode defines the mode to run chaos action.
           * Supported mode: one / all / fixed / fixed-percent / random-max-percent
           */
          "mode": "one" | "all" | "fixed" | "fixed-percent" | "random-max-percent";
          /**
           * RemoteCluster represents the remote cluster where the chaos will be deployed
           */
          "remoteCluster"?: string;
          /**
           * Selector is used to select pods that are used to inject chaos action.
           */
          "selector": {
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on annotations.
             */
            "annotationSelectors"?: {
              [key: string]: string;
            };
            /**
             * a slice of label selector expressions that can be used to select objects.
             * A list of selectors based on set-based label expressions.
             */
            "expressionSelectors"?: Array<{
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
             * Map of string keys and values that can be used to select objects.
             * A selector based on fields.
             */
            "fieldSelectors"?: {
              [key: string]: string;
            };
            /**
             * Map of string keys and values that can be used to select objects.
             * A selector based on labels.
             */
            "labelSelectors"?: {
              [key: string]: string;
            };
            /**
             * Namespaces is a set of namespace to which objects belong.
             */
            "namespaces"?: Array<string>;
            /**
             * Map of string keys and values that can be used to select nodes.
             * Selector which must match a node's labels,
             * and objects must belong to these selected nodes.
             */
            "nodeSelectors"?: {
              [key: string]: string;
            };
            /**
             * Nodes is a set of node name and objects must belong to these nodes.
             */
            "nodes"?: Array<string>;
            /**
             * PodPhaseSelectors is a set of condition of a pod at the current time.
             * supported value: Pending / Running / Succeeded / Failed / Unknown
             */
            "podPhaseSelectors"?: Array<string>;
            /**
             * Pods is a map of string keys and a set values that used to select pods.
             * The key defines the namespace which pods belong,
             * and the each values is a set of pod names.
             */
            "pods"?: {
              [key: string]: Array<string>;
            };
          };
          /**
           * TimeOffset defines the delta time of injected program. It's a possibly signed sequence of decimal numbers, such as
           * "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
           */
          "timeOffset": string;
          /**
           * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
           * If `FixedMode`, provide an integer of pods to do chaos action.
           * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
           * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
           */
          "value"?: string;
        };
      }>;
    };
  };
  /**
   * ScheduleStatus is the status of a schedule object
   */
  "status"?: {
    "active"?: Array<{
      /**
       * API version of the referent.
       */
      "apiVersion"?: string;
      /**
       * If referring to a piece of an object instead of an entire object, this string
       * should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2].
       * For example, if the object reference is to a container within a pod, this would take on a value like:
       * "spec.containers{name}" (where "name" refers to the name of the container that triggered
       * the event) or if no container name is specified "spec.containers[2]" (container with
       * index 2 in this pod). This syntax is chosen only to have some well-defined way of
       * referencing a part of an object.
       */
      "fieldPath"?: string;
      /**
       * Kind of the referent.
       * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
       */
      "kind"?: string;
      /**
       * Name of the referent.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
       */
      "name"?: string;
      /**
       * Namespace of the referent.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
       */
      "namespace"?: string;
      /**
       * Specific resourceVersion to which this reference is made, if any.
       * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
       */
      "resourceVersion"?: string;
      /**
       * UID of the referent.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids
       */
      "uid"?: string;
    }>;
    "time"?: string;
  };
}

/**
 * Schedule is the cronly schedule object
 */
export class Schedule extends Model<ISchedule> implements ISchedule {
  "apiVersion": ISchedule["apiVersion"];
  "kind": ISchedule["kind"];
  "metadata"?: ISchedule["metadata"];
  "spec": ISchedule["spec"];
  "status"?: ISchedule["status"];

static apiVersion: ISchedule["apiVersion"] = "chaos-mesh.org/v1alpha1";
static kind: ISchedule["kind"] = "Schedule";
static is = createTypeMetaGuard<ISchedule>(Schedule);

constructor(data?: ModelData<ISchedule>) {
  super();

  this.setDefinedProps({
    apiVersion: Schedule.apiVersion,
    kind: Schedule.kind,
    ...data
  } as ISchedule);
}
}


setValidateFunc(Schedule, validate as ValidateFunc<ISchedule>);
