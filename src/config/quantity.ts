/** Kubernetes resource quantities, parsed only far enough to compare and add them. */

const SUFFIX: Readonly<Record<string, number>> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/;

const CPU = /^(?:[0-9]+(?:\.[0-9]+)?|[0-9]+m)$/;
const BYTES = /^[0-9]+(?:\.[0-9]+)?(?:k|M|G|T|Ki|Mi|Gi|Ti)$/;

/** True for a CPU quantity above zero, in cores or millicores (`250m`, `0.5`, `2`). */
export function isCpuQuantity(value: unknown): value is string {
  return typeof value === 'string' && CPU.test(value) && parseQuantity(value) > 0;
}

/** True for a memory or storage quantity above zero with a byte suffix (`512Mi`, `4Gi`, `1G`). */
export function isByteQuantity(value: unknown): value is string {
  return typeof value === 'string' && BYTES.test(value) && parseQuantity(value) > 0;
}

/** The quantity in base units (cores or bytes) of a quantity this project accepts (`250m`, `1.5`, `512Mi`, `2Gi`); throws on anything else. */
export function parseQuantity(value: string): number {
  const match = QUANTITY.exec(value);
  if (!match) throw new Error(`'${value}' is not a Kubernetes quantity`);
  return Number(match[1]) * SUFFIX[match[2] ?? '']!;
}
