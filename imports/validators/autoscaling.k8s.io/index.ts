export * as v1 from "./v1/index";
export * as v1beta2 from "./v1beta2/index";
