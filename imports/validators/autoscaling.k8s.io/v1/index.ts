export * from "./VerticalPodAutoscalerCheckpoint";
export * from "./VerticalPodAutoscaler";
