export * from "./Application";
export * from "./AppProject";
export * from "./ApplicationSet";
export * from "./Rollout";
export * from "./AnalysisTemplate";
