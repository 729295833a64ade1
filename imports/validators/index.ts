export * as monitoringCoreosCom from "./monitoring.coreos.com/index";
export * as argoprojIo from "./argoproj.io/index";
export * as externalSecretsIo from "./external-secrets.io/index";
export * as certManagerIo from "./cert-manager.io/index";
export * as autoscalingK8sIo from "./autoscaling.k8s.io/index";
export * as gatewayNetworkingK8sIo from "./gateway.networking.k8s.io/index";
export * as gatewayNginxOrg from "./gateway.nginx.org/index";
export * as chaosMeshOrg from "./chaos-mesh.org/index";
