export * as v1alpha2 from "./v1alpha2/index";
export * as v1alpha1 from "./v1alpha1/index";
