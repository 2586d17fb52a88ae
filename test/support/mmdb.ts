/**
 * A minimal MaxMind DB (MMDB v2) writer for tests: an IPv4 tree of networks, each mapped to a
 * country ISO code, laid out as the format specifies (24-bit records, data section, metadata), so
 * the real `maxmind` reader reads it like a GeoLite2-Country file.
 * https://maxmind.github.io/MaxMind-DB/
 */

type Value = string | number | Value[] | { [key: string]: Value };

interface TrieNode {
  children: [TrieNode | number | null, TrieNode | number | null];
}

/** `{ '203.0.113.0/24': 'FR' }` → the bytes of a GeoIP2-Country-shaped database. */
export function buildCountryMmdb(networks: Record<string, string>): Buffer {
  const data: Buffer[] = [];
  let dataLength = 0;
  const root: TrieNode = { children: [null, null] };
  for (const [cidr, iso] of Object.entries(networks)) {
    const offset = dataLength;
    const record = encode({ country: { iso_code: iso, names: { en: iso } } });
    data.push(record);
    dataLength += record.length;
    const [address, bits] = cidr.split('/');
    const ip = address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
    let node = root;
    for (let depth = 0; depth < Number(bits); depth += 1) {
      const bit = Math.floor(ip / 2 ** (31 - depth)) % 2;
      if (depth === Number(bits) - 1) {
        node.children[bit] = offset;
      } else {
        const next = node.children[bit];
        if (typeof next === 'number') throw new Error(`${cidr} overlaps a shorter network`);
        node = next ?? (node.children[bit] = { children: [null, null] });
      }
    }
  }
  // Number the nodes breadth first; the root is node 0.
  const nodes: TrieNode[] = [root];
  for (let i = 0; i < nodes.length; i += 1) for (const child of nodes[i].children) if (child && typeof child === 'object') nodes.push(child);
  const recordOf = (child: TrieNode | number | null): number => {
    if (child === null) return nodes.length; // no data
    if (typeof child === 'number') return nodes.length + 16 + child; // data section offset
    return nodes.indexOf(child);
  };
  const tree = Buffer.alloc(nodes.length * 6);
  nodes.forEach((node, i) => {
    tree.writeUIntBE(recordOf(node.children[0]), i * 6, 3);
    tree.writeUIntBE(recordOf(node.children[1]), i * 6 + 3, 3);
  });
  const metadata = encode({
    node_count: nodes.length,
    record_size: 24,
    ip_version: 4,
    database_type: 'GeoIP2-Country',
    languages: ['en'],
    binary_format_major_version: 2,
    binary_format_minor_version: 0,
    build_epoch: Math.floor(Date.now() / 1000),
    description: { en: 'OnStream test countries' },
  });
  return Buffer.concat([tree, Buffer.alloc(16), ...data, Buffer.from([0xab, 0xcd, 0xef]), Buffer.from('MaxMind.com'), metadata]);
}

/** MMDB data-section encoding of strings, unsigned integers (uint32), arrays and maps. */
function encode(value: Value): Buffer {
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([control(2, bytes.length), bytes]);
  }
  if (typeof value === 'number') {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(value);
    const trimmed = bytes.subarray(bytes.findIndex((b) => b !== 0) === -1 ? 4 : bytes.findIndex((b) => b !== 0));
    return Buffer.concat([control(6, trimmed.length), trimmed]);
  }
  if (Array.isArray(value)) return Buffer.concat([control(11, value.length), ...value.map(encode)]);
  const entries = Object.entries(value);
  return Buffer.concat([control(7, entries.length), ...entries.flatMap(([key, v]) => [encode(key), encode(v)])]);
}

/** The control byte(s): type in the top three bits (extended types in a second byte), then the size. */
function control(type: number, size: number): Buffer {
  if (size >= 29) throw new Error('test data values stay under 29 bytes');
  return type <= 7 ? Buffer.from([(type << 5) | size]) : Buffer.from([size, type - 7]);
}
