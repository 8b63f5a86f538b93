/** Which network addresses khabar may fetch from: public ones only, unless private ones are allowed. */
import { BlockList, isIP } from 'node:net';

const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) BLOCKED.addSubnet(net, bits, 'ipv6');

/**
 * True for loopback, private, link-local, CGNAT, multicast and unspecified addresses
 * (IPv4-mapped IPv6 addresses are judged by their IPv4 part).
 *
 * @example
 * isPrivateAddress('127.0.0.1'); // true
 * isPrivateAddress('8.8.8.8');   // false
 */
export function isPrivateAddress(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(a);
  if (family === 4) return BLOCKED.check(a, 'ipv4');
  if (family === 6) return BLOCKED.check(a, 'ipv6');
  return false;
}
