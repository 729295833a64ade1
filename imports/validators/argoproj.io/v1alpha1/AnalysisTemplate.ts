import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/ArgoprojIoV1alpha1AnalysisTemplate";

export interface IAnalysisTemplate {
  "apiVersion": "argoproj.io/v1alpha1";
  "kind": "AnalysisTemplate";
  "metadata"?: IObjectMeta;
  "spec": {
    "args"?: Array<{
      "name": string;
      "value"?: string;
      "valueFrom"?: {
        "fieldRef"?: {
          "fieldPath": string;
        };
        "secretKeyRef"?: {
          "key": string;
          "name": string;
        };
      };
    }>;
    "dryRun"?: Array<{
      "metricName": string;
    }>;
    "measurementRetention"?: Array<{
      "limit": number;
      "metricName": string;
    }>;
    "metrics"?: Array<{
      "consecutiveErrorLimit"?: number | string;
      "consecutiveSuccessLimit"?: number | string;
      "count"?: number | string;
      "failureCondition"?: string;
      "failureLimit"?: number | string;
      "inconclusiveLimit"?: number | string;
      "initialDelay"?: string;
      "interval"?: string;
      "name": string;
      "provider": {
        "cloudWatch"?: {
          "interval"?: string;
          "metricDataQueries": Array<{
            "expression"?: string;
            "id"?: string;
            "label"?: string;
            "metricStat"?: {
              "metric"?: {
                "dimensions"?: Array<{
                  "name"?: string;
                  "value"?: string;
                }>;
                "metricName"?: string;
                "namespace"?: string;
              };
              "period"?: number | string;
              "stat"?: string;
              "unit"?: string;
            };
            "period"?: number | string;
            "returnData"?: boolean;
          }>;
        };
        "datadog"?: {
          "aggregator"?: "avg" | "min" | "max" | "sum" | "last" | "percentile" | "mean" | "l2norm" | "area";
          "apiVersion"?: "v1" | "v2";
          "formula"?: string;
          "interval"?: string;
          "queries"?: {
            [key: string]: string;
          };
          "query"?: string;
          "secretRef"?: {
            "name"?: string;
            "namespaced"?: boolean;
          };
        };
        "graphite"?: {
          "address"?: string;
          "query"?: string;
        };
        "influxdb"?: {
          "profile"?: string;
          "query"?: string;
        };
        "job"?: {
          "metadata"?: {
            "annotations"?: {
              [key: string]: string;
            };
            "labels"?: {
              [key: string]: string;
            };
          };
          "spec": {
            "activeDeadlineSeconds"?: number;
            "backoffLimit"?: number;
            "backoffLimitPerIndex"?: number;
            "completionMode"?: string;
            "completions"?: number;
            "managedBy"?: string;
            "manualSelector"?: boolean;
            "maxFailedIndexes"?: number;
            "parallelism"?: number;
            "podFailurePolicy"?: {
              "rules": Array<{
                "action": string;
                "onExitCodes"?: {
                  "containerName"?: string;
                  "operator": string;
                  "values": Array<number>;
                };
                "onPodConditions"?: Array<{
                  "status": string;
                  "type": string;
                }>;
              }>;
            };
            "podReplacementPolicy"?: string;
            "selector"?: {
              "matchExpressions"?: Array<{
                "key": string;
                "operator": string;
                "values"?: Array<string>;
              }>;
              "matchLabels"?: {
                [key: string]: string;
              };
            };
            "successPolicy"?: {
              "rules": Array<{
                "succeededCount"?: number;
                "succeededIndexes"?: string;
              }>;
            };
            "suspend"?: boolean;
            "template": {
              "metadata"?: {
                "annotations"?: {
                  [key: string]: string;
                };
                "labels"?: {
                  [key: string]: string;
                };
              };
              "spec"?: {
                "activeDeadlineSeconds"?: number;
                "affinity"?: {
                  "nodeAffinity"?: {
                    "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                      "preference": {
                        "matchExpressions"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                        "matchFields"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                      };
                      "weight": number;
                    }>;
                    "requiredDuringSchedulingIgnoredDuringExecution"?: {
                      "nodeSelectorTerms": Array<{
                        "matchExpressions"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                        "matchFields"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                      }>;
                    };
                  };
                  "podAffinity"?: {
                    "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                      "podAffinityTerm": {
                        "labelSelector"?: {
                          "matchExpressions"?: Array<{
                            "key": string;
                            "operator": string;
                            "values"?: Array<string>;
                          }>;
                          "matchLabels"?: {
                            [key: string]: string;
                          };
                        };
                        "matchLabelKeys"?: Array<string>;
                        "mismatchLabelKeys"?: Array<string>;
                        "namespaceSelector"?: {
                          "matchExpressions"?: Array<{
                            "key": string;
                            "operator": string;
                            "values"?: Array<string>;
                          }>;
                          "matchLabels"?: {
                            [key: string]: string;
                          };
                        };
                        "namespaces"?: Array<string>;
                        "topologyKey": string;
                      };
                      "weight": number;
                    }>;
                    "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                      "labelSelector"?: {
                        "matchExpressions"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                        "matchLabels"?: {
                          [key: string]: string;
                        };
                      };
                      "matchLabelKeys"?: Array<string>;
                      "mismatchLabelKeys"?: Array<string>;
                      "namespaceSelector"?: {
                        "matchExpressions"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                        "matchLabels"?: {
                          [key: string]: string;
                        };
                      };
                      "namespaces"?: Array<string>;
                      "topologyKey": string;
                    }>;
                  };
                  "podAntiAffinity"?: {
                    "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                      "podAffinityTerm": {
                        "labelSelector"?: {
                          "matchExpressions"?: Array<{
                            "key": string;
                            "operator": string;
                            "values"?: Array<string>;
                          }>;
                          "matchLabels"?: {
                            [key: string]: string;
                          };
                        };
                        "matchLabelKeys"?: Array<string>;
                        "mismatchLabelKeys"?: Array<string>;
                        "namespaceSelector"?: {
                          "matchExpressions"?: Array<{
                            "key": string;
                            "operator": string;
                            "values"?: Array<string>;
                          }>;
                          "matchLabels"?: {
                            [key: string]: string;
                          };
                        };
                        "namespaces"?: Array<string>;
                        "topologyKey": string;
                      };
                      "weight": number;
                    }>;
                    "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                      "labelSelector"?: {
                        "matchExpressions"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                        "matchLabels"?: {
                          [key: string]: string;
                        };
                      };
                      "matchLabelKeys"?: Array<string>;
                      "mismatchLabelKeys"?: Array<string>;
                      "namespaceSelector"?: {
                        "matchExpressions"?: Array<{
                          "key": string;
                          "operator": string;
                          "values"?: Array<string>;
                        }>;
                        "matchLabels"?: {
                          [key: string]: string;
                        };
                      };
                      "namespaces"?: Array<string>;
                      "topologyKey": string;
                    }>;
                  };
                };
                "automountServiceAccountToken"?: boolean;
                "containers": Array<{
                  "args"?: Array<string>;
                  "command"?: Array<string>;
                  "env"?: Array<{
                    "name": string;
                    "value"?: string;
                    "valueFrom"?: {
                      "configMapKeyRef"?: {
                        "key": string;
                        "name"?: string;
                        "optional"?: boolean;
                      };
                      "fieldRef"?: {
                        "apiVersion"?: string;
                        "fieldPath": string;
                      };
                      "fileKeyRef"?: {
                        "key": string;
                        "optional"?: boolean;
                        "path": string;
                        "volumeName": string;
                      };
                      "resourceFieldRef"?: {
                        "containerName"?: string;
                        "divisor"?: number | string;
                        "resource": string;
                      };
                      "secretKeyRef"?: {
                        "key": string;
                        "name"?: string;
                        "optional"?: boolean;
                      };
                    };
                  }>;
                  "envFrom"?: Array<{
                    "configMapRef"?: {
                      "name"?: string;
                      "optional"?: boolean;
                    };
                    "prefix"?: string;
                    "secretRef"?: {
                      "name"?: string;
                      "optional"?: boolean;
                    };
                  }>;
                  "image"?: string;
                  "imagePullPolicy"?: string;
                  "lifecycle"?: {
                    "postStart"?: {
                      "exec"?: {
                        "command"?: Array<string>;
                      };
                      "httpGet"?: {
                        "host"?: string;
                        "httpHeaders"?: Array<{
                          "name": string;
                          "value": string;
                        }>;
                        "path"?: string;
                        "port": number | string;
                        "scheme"?: string;
                      };
                      "sleep"?: {
                        "seconds": number;
                      };
                      "tcpSocket"?: {
                        "host"?: string;
                        "port": number | string;
                      };
                    };
                    "preStop"?: {
                      "exec"?: {
                        "command"?: Array<string>;
                      };
                      "httpGet"?: {
                        "host"?: string;
                        "httpHeaders"?: Array<{
                          "name": string;
                          "value": string;
                        }>;
                        "path"?: string;
                        "port": number | string;
                        "scheme"?: string;
                      };
                      "sleep"?: {
                        "seconds": number;
                      };
                      "tcpSocket"?: {
                        "host"?: string;
                        "port": number | string;
                      };
                    };
                    "stopSignal"?: string;
                  };
                  "livenessProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "name": string;
                  "ports"?: Array<{
                    "containerPort": number;
                    "hostIP"?: string;
                    "hostPort"?: number;
                    "name"?: string;
                    "protocol"?: string;
                  }>;
                  "readinessProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "resizePolicy"?: Array<{
                    "resourceName": string;
                    "restartPolicy": string;
                  }>;
                  "resources"?: {
                    "claims"?: Array<{
                      "name": string;
                      "request"?: string;
                    }>;
                    "limits"?: any;
                    "requests"?: any;
                  };
                  "restartPolicy"?: string;
                  "restartPolicyRules"?: Array<{
                    "action": string;
                    "exitCodes"?: {
                      "operator": string;
                      "values"?: Array<number>;
                    };
                  }>;
                  "securityContext"?: {
                    "allowPrivilegeEscalation"?: boolean;
                    "appArmorProfile"?: {
                      "localhostProfile"?: string;
                      "type": string;
                    };
                    "capabilities"?: {
                      "add"?: Array<string>;
                      "drop"?: Array<string>;
                    };
                    "privileged"?: boolean;
                    "procMount"?: string;
                    "readOnlyRootFilesystem"?: boolean;
                    "runAsGroup"?: number;
                    "runAsNonRoot"?: boolean;
                    "runAsUser"?: number;
                    "seLinuxOptions"?: {
                      "level"?: string;
                      "role"?: string;
                      "type"?: string;
                      "user"?: string;
                    };
                    "seccompProfile"?: {
                      "localhostProfile"?: string;
                      "type": string;
                    };
                    "windowsOptions"?: {
                      "gmsaCredentialSpec"?: string;
                      "gmsaCredentialSpecName"?: string;
                      "hostProcess"?: boolean;
                      "runAsUserName"?: string;
                    };
                  };
                  "startupProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "stdin"?: boolean;
                  "stdinOnce"?: boolean;
                  "terminationMessagePath"?: string;
                  "terminationMessagePolicy"?: string;
                  "tty"?: boolean;
                  "volumeDevices"?: Array<{
                    "devicePath": string;
                    "name": string;
                  }>;
                  "volumeMounts"?: Array<{
                    "mountPath": string;
                    "mountPropagation"?: string;
                    "name": string;
                    "readOnly"?: boolean;
                    "recursiveReadOnly"?: string;
                    "subPath"?: string;
                    "subPathExpr"?: string;
                  }>;
                  "workingDir"?: string;
                }>;
                "dnsConfig"?: {
                  "nameservers"?: Array<string>;
                  "options"?: Array<{
                    "name"?: string;
                    "value"?: string;
                  }>;
                  "searches"?: Array<string>;
                };
                "dnsPolicy"?: string;
                "enableServiceLinks"?: boolean;
                "ephemeralContainers"?: Array<{
                  "args"?: Array<string>;
                  "command"?: Array<string>;
                  "env"?: Array<{
                    "name": string;
                    "value"?: string;
                    "valueFrom"?: {
                      "configMapKeyRef"?: {
                        "key": string;
                        "name"?: string;
                        "optional"?: boolean;
                      };
                      "fieldRef"?: {
                        "apiVersion"?: string;
                        "fieldPath": string;
                      };
                      "fileKeyRef"?: {
                        "key": string;
                        "optional"?: boolean;
                        "path": string;
                        "volumeName": string;
                      };
                      "resourceFieldRef"?: {
                        "containerName"?: string;
                        "divisor"?: number | string;
                        "resource": string;
                      };
                      "secretKeyRef"?: {
                        "key": string;
                        "name"?: string;
                        "optional"?: boolean;
                      };
                    };
                  }>;
                  "envFrom"?: Array<{
                    "configMapRef"?: {
                      "name"?: string;
                      "optional"?: boolean;
                    };
                    "prefix"?: string;
                    "secretRef"?: {
                      "name"?: string;
                      "optional"?: boolean;
                    };
                  }>;
                  "image"?: string;
                  "imagePullPolicy"?: string;
                  "lifecycle"?: {
                    "postStart"?: {
                      "exec"?: {
                        "command"?: Array<string>;
                      };
                      "httpGet"?: {
                        "host"?: string;
                        "httpHeaders"?: Array<{
                          "name": string;
                          "value": string;
                        }>;
                        "path"?: string;
                        "port": number | string;
                        "scheme"?: string;
                      };
                      "sleep"?: {
                        "seconds": number;
                      };
                      "tcpSocket"?: {
                        "host"?: string;
                        "port": number | string;
                      };
                    };
                    "preStop"?: {
                      "exec"?: {
                        "command"?: Array<string>;
                      };
                      "httpGet"?: {
                        "host"?: string;
                        "httpHeaders"?: Array<{
                          "name": string;
                          "value": string;
                        }>;
                        "path"?: string;
                        "port": number | string;
                        "scheme"?: string;
                      };
                      "sleep"?: {
                        "seconds": number;
                      };
                      "tcpSocket"?: {
                        "host"?: string;
                        "port": number | string;
                      };
                    };
                    "stopSignal"?: string;
                  };
                  "livenessProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "name": string;
                  "ports"?: Array<{
                    "containerPort": number;
                    "hostIP"?: string;
                    "hostPort"?: number;
                    "name"?: string;
                    "protocol"?: string;
                  }>;
                  "readinessProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "resizePolicy"?: Array<{
                    "resourceName": string;
                    "restartPolicy": string;
                  }>;
                  "resources"?: {
                    "claims"?: Array<{
                      "name": string;
                      "request"?: string;
                    }>;
                    "limits"?: any;
                    "requests"?: any;
                  };
                  "restartPolicy"?: string;
                  "restartPolicyRules"?: Array<{
                    "action": string;
                    "exitCodes"?: {
                      "operator": string;
                      "values"?: Array<number>;
                    };
                  }>;
                  "securityContext"?: {
                    "allowPrivilegeEscalation"?: boolean;
                    "appArmorProfile"?: {
                      "localhostProfile"?: string;
                      "type": string;
                    };
                    "capabilities"?: {
                      "add"?: Array<string>;
                      "drop"?: Array<string>;
                    };
                    "privileged"?: boolean;
                    "procMount"?: string;
                    "readOnlyRootFilesystem"?: boolean;
                    "runAsGroup"?: number;
                    "runAsNonRoot"?: boolean;
                    "runAsUser"?: number;
                    "seLinuxOptions"?: {
                      "level"?: string;
                      "role"?: string;
                      "type"?: string;
                      "user"?: string;
                    };
                    "seccompProfile"?: {
                      "localhostProfile"?: string;
                      "type": string;
                    };
                    "windowsOptions"?: {
                      "gmsaCredentialSpec"?: string;
                      "gmsaCredentialSpecName"?: string;
                      "hostProcess"?: boolean;
                      "runAsUserName"?: string;
                    };
                  };
                  "startupProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "stdin"?: boolean;
                  "stdinOnce"?: boolean;
                  "targetContainerName"?: string;
                  "terminationMessagePath"?: string;
                  "terminationMessagePolicy"?: string;
                  "tty"?: boolean;
                  "volumeDevices"?: Array<{
                    "devicePath": string;
                    "name": string;
                  }>;
                  "volumeMounts"?: Array<{
                    "mountPath": string;
                    "mountPropagation"?: string;
                    "name": string;
                    "readOnly"?: boolean;
                    "recursiveReadOnly"?: string;
                    "subPath"?: string;
                    "subPathExpr"?: string;
                  }>;
                  "workingDir"?: string;
                }>;
                "hostAliases"?: Array<{
                  "hostnames"?: Array<string>;
                  "ip": string;
                }>;
                "hostIPC"?: boolean;
                "hostNetwork"?: boolean;
                "hostPID"?: boolean;
                "hostUsers"?: boolean;
                "hostname"?: string;
                "hostnameOverride"?: string;
                "imagePullSecrets"?: Array<{
                  "name"?: string;
                }>;
                "initContainers"?: Array<{
                  "args"?: Array<string>;
                  "command"?: Array<string>;
                  "env"?: Array<{
                    "name": string;
                    "value"?: string;
                    "valueFrom"?: {
                      "configMapKeyRef"?: {
                        "key": string;
                        "name"?: string;
                        "optional"?: boolean;
                      };
                      "fieldRef"?: {
                        "apiVersion"?: string;
                        "fieldPath": string;
                      };
                      "fileKeyRef"?: {
                        "key": string;
                        "optional"?: boolean;
                        "path": string;
                        "volumeName": string;
                      };
                      "resourceFieldRef"?: {
                        "containerName"?: string;
                        "divisor"?: number | string;
                        "resource": string;
                      };
                      "secretKeyRef"?: {
                        "key": string;
                        "name"?: string;
                        "optional"?: boolean;
                      };
                    };
                  }>;
                  "envFrom"?: Array<{
                    "configMapRef"?: {
                      "name"?: string;
                      "optional"?: boolean;
                    };
                    "prefix"?: string;
                    "secretRef"?: {
                      "name"?: string;
                      "optional"?: boolean;
                    };
                  }>;
                  "image"?: string;
                  "imagePullPolicy"?: string;
                  "lifecycle"?: {
                    "postStart"?: {
                      "exec"?: {
                        "command"?: Array<string>;
                      };
                      "httpGet"?: {
                        "host"?: string;
                        "httpHeaders"?: Array<{
                          "name": string;
                          "value": string;
                        }>;
                        "path"?: string;
                        "port": number | string;
                        "scheme"?: string;
                      };
                      "sleep"?: {
                        "seconds": number;
                      };
                      "tcpSocket"?: {
                        "host"?: string;
                        "port": number | string;
                      };
                    };
                    "preStop"?: {
                      "exec"?: {
                        "command"?: Array<string>;
                      };
                      "httpGet"?: {
                        "host"?: string;
                        "httpHeaders"?: Array<{
                          "name": string;
                          "value": string;
                        }>;
                        "path"?: string;
                        "port": number | string;
                        "scheme"?: string;
                      };
                      "sleep"?: {
                        "seconds": number;
                      };
                      "tcpSocket"?: {
                        "host"?: string;
                        "port": number | string;
                      };
                    };
                    "stopSignal"?: string;
                  };
                  "livenessProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "name": string;
                  "ports"?: Array<{
                    "containerPort": number;
                    "hostIP"?: string;
                    "hostPort"?: number;
                    "name"?: string;
                    "protocol"?: string;
                  }>;
                  "readinessProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "resizePolicy"?: Array<{
                    "resourceName": string;
                    "restartPolicy": string;
                  }>;
                  "resources"?: {
                    "claims"?: Array<{
                      "name": string;
                      "request"?: string;
                    }>;
                    "limits"?: any;
                    "requests"?: any;
                  };
                  "restartPolicy"?: string;
                  "restartPolicyRules"?: Array<{
                    "action": string;
                    "exitCodes"?: {
                      "operator": string;
                      "values"?: Array<number>;
                    };
                  }>;
                  "securityContext"?: {
                    "allowPrivilegeEscalation"?: boolean;
                    "appArmorProfile"?: {
                      "localhostProfile"?: string;
                      "type": string;
                    };
                    "capabilities"?: {
                      "add"?: Array<string>;
                      "drop"?: Array<string>;
                    };
                    "privileged"?: boolean;
                    "procMount"?: string;
                    "readOnlyRootFilesystem"?: boolean;
                    "runAsGroup"?: number;
                    "runAsNonRoot"?: boolean;
                    "runAsUser"?: number;
                    "seLinuxOptions"?: {
                      "level"?: string;
                      "role"?: string;
                      "type"?: string;
                      "user"?: string;
                    };
                    "seccompProfile"?: {
                      "localhostProfile"?: string;
                      "type": string;
                    };
                    "windowsOptions"?: {
                      "gmsaCredentialSpec"?: string;
                      "gmsaCredentialSpecName"?: string;
                      "hostProcess"?: boolean;
                      "runAsUserName"?: string;
                    };
                  };
                  "startupProbe"?: {
                    "exec"?: {
                      "command"?: Array<string>;
                    };
                    "failureThreshold"?: number;
                    "grpc"?: {
                      "port": number;
                      "service"?: string;
                    };
                    "httpGet"?: {
                      "host"?: string;
                      "httpHeaders"?: Array<{
                        "name": string;
                        "value": string;
                      }>;
                      "path"?: string;
                      "port": number | string;
                      "scheme"?: string;
                    };
                    "initialDelaySeconds"?: number;
                    "periodSeconds"?: number;
                    "successThreshold"?: number;
                    "tcpSocket"?: {
                      "host"?: string;
                      "port": number | string;
                    };
                    "terminationGracePeriodSeconds"?: number;
                    "timeoutSeconds"?: number;
                  };
                  "stdin"?: boolean;
                  "stdinOnce"?: boolean;
                  "terminationMessagePath"?: string;
                  "terminationMessagePolicy"?: string;
                  "tty"?: boolean;
                  "volumeDevices"?: Array<{
                    "devicePath": string;
                    "name": string;
                  }>;
                  "volumeMounts"?: Array<{
                    "mountPath": string;
                    "mountPropagation"?: string;
                    "name": string;
                    "readOnly"?: boolean;
                    "recursiveReadOnly"?: string;
                    "subPath"?: string;
                    "subPathExpr"?: string;
                  }>;
                  "workingDir"?: string;
                }>;
                "nodeName"?: string;
                "nodeSelector"?: {
                  [key: string]: string;
                };
                "os"?: {
                  "name": string;
                };
                "overhead"?: {
                  [key: string]: number | string;
                };
                "preemptionPolicy"?: string;
                "priority"?: number;
                "priorityClassName"?: string;
                "readinessGates"?: Array<{
                  "conditionType": string;
                }>;
                "resourceClaims"?: Array<{
                  "name": string;
                  "resourceClaimName"?: string;
                  "resourceClaimTemplateName"?: string;
                }>;
                "resources"?: {
                  "claims"?: Array<{
                    "name": string;
                    "request"?: string;
                  }>;
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
                "restartPolicy"?: string;
                "runtimeClassName"?: string;
                "schedulerName"?: string;
                "schedulingGates"?: Array<{
                  "name": string;
                }>;
                "securityContext"?: {
                  "appArmorProfile"?: {
                    "localhostProfile"?: string;
                    "type": string;
                  };
                  "fsGroup"?: number;
                  "fsGroupChangePolicy"?: string;
                  "runAsGroup"?: number;
                  "runAsNonRoot"?: boolean;
                  "runAsUser"?: number;
                  "seLinuxChangePolicy"?: string;
                  "seLinuxOptions"?: {
                    "level"?: string;
                    "role"?: string;
                    "type"?: string;
                    "user"?: string;
                  };
                  "seccompProfile"?: {
                    "localhostProfile"?: string;
                    "type": string;
                  };
                  "supplementalGroups"?: Array<number>;
                  "supplementalGroupsPolicy"?: string;
                  "sysctls"?: Array<{
                    "name": string;
                    "value": string;
                  }>;
                  "windowsOptions"?: {
                    "gmsaCredentialSpec"?: string;
                    "gmsaCredentialSpecName"?: string;
                    "hostProcess"?: boolean;
                    "runAsUserName"?: string;
                  };
                };
                "serviceAccount"?: string;
                "serviceAccountName"?: string;
                "setHostnameAsFQDN"?: boolean;
                "shareProcessNamespace"?: boolean;
                "subdomain"?: string;
                "terminationGracePeriodSeconds"?: number;
                "tolerations"?: Array<{
                  "effect"?: string;
                  "key"?: string;
                  "operator"?: string;
                  "tolerationSeconds"?: number;
                  "value"?: string;
                }>;
                "topologySpreadConstraints"?: Array<{
                  "labelSelector"?: {
                    "matchExpressions"?: Array<{
                      "key": string;
                      "operator": string;
                      "values"?: Array<string>;
                    }>;
                    "matchLabels"?: {
                      [key: string]: string;
                    };
                  };
                  "matchLabelKeys"?: Array<string>;
                  "maxSkew": number;
                  "minDomains"?: number;
                  "nodeAffinityPolicy"?: string;
                  "nodeTaintsPolicy"?: string;
                  "topologyKey": string;
                  "whenUnsatisfiable": string;
                }>;
                "volumes"?: any;
              };
            };
            "ttlSecondsAfterFinished"?: number;
          };
        };
        "kayenta"?: {
          "address": string;
          "application": string;
          "canaryConfigName": string;
          "configurationAccountName": string;
          "lookback"?: boolean;
          "metricsAccountName": string;
          "scopes": Array<{
            "controlScope": {
              "end"?: string;
              "region": string;
              "scope": string;
              "start"?: string;
              "step": number;
            };
            "experimentScope": {
              "end"?: string;
              "region": string;
              "scope": string;
              "start"?: string;
              "step": number;
            };
            "name": string;
          }>;
          "storageAccountName": string;
          "threshold": {
            "marginal": number;
            "pass": number;
          };
        };
        "newRelic"?: {
          "profile"?: string;
          "query": string;
          "timeout"?: number;
        };
        "plugin"?: {
        };
        "prometheus"?: {
          "address"?: string;
          "authentication"?: {
            "oauth2"?: {
              "clientId"?: string;
              "clientSecret"?: string;
              "scopes"?: Array<string>;
              "tokenUrl"?: string;
            };
            "sigv4"?: {
              "profile"?: string;
              "region"?: string;
              "roleArn"?: string;
            };
          };
          "headers"?: Array<{
            "key": string;
            "value": string;
          }>;
          "insecure"?: boolean;
          "query"?: string;
          "rangeQuery"?: {
            "end"?: string;
            "start"?: string;
            "step"?: string;
          };
          "timeout"?: number;
        };
        "skywalking"?: {
          "address"?: string;
          "interval"?: string;
          "query"?: string;
        };
        "wavefront"?: {
          "address"?: string;
          "query"?: string;
        };
        "web"?: {
          "authentication"?: {
            "oauth2"?: {
              "clientId"?: string;
              "clientSecret"?: string;
              "scopes"?: Array<string>;
              "tokenUrl"?: string;
            };
            "sigv4"?: {
              "profile"?: string;
              "region"?: string;
              "roleArn"?: string;
            };
          };
          "body"?: string;
          "headers"?: Array<{
            "key": string;
            "value": string;
          }>;
          "insecure"?: boolean;
          "jsonBody"?: {
          };
          "jsonPath"?: string;
          "method"?: string;
          "timeoutSeconds"?: number;
          "url": string;
        };
      };
      "successCondition"?: string;
    }>;
    "templates"?: Array<{
      "clusterScope"?: boolean;
      "templateName"?: string;
    }>;
  };
}

export class AnalysisTemplate extends Model<IAnalysisTemplate> implements IAnalysisTemplate {
  "apiVersion": IAnalysisTemplate["apiVersion"];
  "kind": IAnalysisTemplate["kind"];
  "metadata"?: IAnalysisTemplate["metadata"];
  "spec": IAnalysisTemplate["spec"];

static apiVersion: IAnalysisTemplate["apiVersion"] = "argoproj.io/v1alpha1";
static kind: IAnalysisTemplate["kind"] = "AnalysisTemplate";
static is = createTypeMetaGuard<IAnalysisTemplate>(AnalysisTemplate);

constructor(data?: ModelData<IAnalysisTemplate>) {
  super();

  this.setDefinedProps({
    apiVersion: AnalysisTemplate.apiVersion,
    kind: AnalysisTemplate.kind,
    ...data
  } as IAnalysisTemplate);
}
}


setValidateFunc(AnalysisTemplate, validate as ValidateFunc<IAnalysisTemplate>);
