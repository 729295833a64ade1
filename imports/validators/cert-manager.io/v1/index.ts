export * from "./Certificate";
export * from "./ClusterIssuer";
