export * from "./Schedule";
