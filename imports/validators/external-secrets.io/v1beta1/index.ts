export * from "./ExternalSecret";
export * from "./SecretStore";
export * from "./ClusterSecretStore";
