/** IPv4 CIDRs, parsed only far enough to check and compare them. */

/** Ranges that an "internet" CIDR never includes: private, link-local (cloud metadata), CGNAT. */
export const NON_PUBLIC_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'];

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Address (as a number) and prefix length, or undefined when `value` is not an IPv4 CIDR. */
function parse(value: unknown): { address: number; bits: number } | undefined {
  const match = typeof value === 'string' ? CIDR.exec(value) : null;
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  return { address: octets.reduce((acc, o) => acc * 256 + o, 0), bits };
}

/** True when `value` is an IPv4 CIDR such as `203.0.113.0/24`. */
export function isCidr(value: unknown): value is string {
  return parse(value) !== undefined;
}

/**
 * The network address of IPv4 CIDR `value` (`10.30.1.0/16` -> `10.30.0.0/16`); equal to `value`
 * when no host bit is set. Throws on anything `isCidr` rejects.
 */
export function networkOf(value: string): string {
  const parsed = parse(value);
  if (!parsed) throw new Error(`'${value}' is not an IPv4 CIDR`);
  const size = 2 ** (32 - parsed.bits);
  const network = Math.floor(parsed.address / size) * size;
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256);
  return `${octets.join('.')}/${parsed.bits}`;
}

/** True when IPv4 CIDR `inner` lies within IPv4 CIDR `outer`. */
export function containsCidr(outer: string, inner: string): boolean {
  const o = parse(outer);
  const i = parse(inner);
  if (!o || !i) throw new Error(`'${o ? inner : outer}' is not an IPv4 CIDR`);
  if (i.bits < o.bits) return false;
  const size = 2 ** (32 - o.bits);
  return Math.floor(o.address / size) === Math.floor(i.address / size);
}

/** The non-public range `cidr` lies within, if any. */
export function nonPublicRangeOf(cidr: string): string | undefined {
  return NON_PUBLIC_RANGES.find((range) => containsCidr(range, cidr));
}
