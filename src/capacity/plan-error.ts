/** Thrown for a tree the planner cannot account for; the message names the object. */
export class PlanError extends Error {}
