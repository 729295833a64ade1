// What a reviewer is told about a change, in the order they read it.

/** The change classes, most urgent first. */
export const CLASSES = ['refused', 'data', 'security', 'availability', 'other'] as const;
export type ChangeClass = (typeof CLASSES)[number];

export const CLASS_TITLES: Record<ChangeClass, string> = {
  refused: 'Refused by the API server (immutable fields)',
  data: 'Destroys or risks data',
  security: 'Weakens security',
  availability: 'Changes availability',
  other: 'Other changes',
};

/** One statement about one object. */
export interface Finding {
  readonly class: ChangeClass;
  /** `<env>/<Kind>/<name>` */
  readonly ref: string;
  /** The field the statement is about (`spec.volumeClaimTemplates`); acknowledgements name it. */
  readonly field: string;
  /** What changes and what will happen. */
  readonly message: string;
  /** For refused changes: the safe way to roll it out. */
  readonly procedure?: string;
}
