export * from "./Certificate";
export * from "./ClusterIssuer";
export * from "./Issuer";
