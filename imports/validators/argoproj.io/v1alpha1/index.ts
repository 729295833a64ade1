export * from "./Application";
export * from "./AppProject";
export * from "./Rollout";
export * from "./AnalysisTemplate";
