// The Kubernetes 1.28 L1 types that cdk8s-plus-28 ships. Imported from their own module:
// loading the package index would also load the L2 library, which we do not use (its
// selectors depend on the construct path), and cost every synth ~10 ms.
export * as k8s from 'cdk8s-plus-28/lib/imports/k8s';
