import forge from 'node-forge';

/**
 * DER in both directions, kept small. Writing: each helper returns the encoded bytes of one value,
 * so structures are built bottom-up from Buffers and existing encodings (a certificate, a name)
 * are embedded byte for byte. Reading: node-forge's parser, with helpers that say what was
 * expected when a value is missing. forge keeps byte strings as "binary" JS strings; these
 * helpers take and give Buffers at the edges.
 */

export type Asn1 = forge.asn1.Asn1;
const { asn1 } = forge;
export const Asn1Class = asn1.Class;
export const Asn1Type = asn1.Type;

export function toBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('binary');
}

export function fromBinary(binary: string): Buffer {
  return Buffer.from(binary, 'binary');
}

// ---- writing ----

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One tag-length-value; `tag` is the whole identifier octet (class, constructed bit, number). */
export function tlv(tag: number, ...content: Uint8Array[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.of(tag), lengthBytes(body.length), body]);
}

export function sequence(...items: (Uint8Array | undefined)[]): Buffer {
  return tlv(0x30, ...items.filter((item) => item !== undefined));
}

export function set(...items: Uint8Array[]): Buffer {
  return tlv(0x31, ...items);
}

/** A SET OF in DER order: the elements sorted by their encodings (X.690 11.6). */
export function derSetOf(items: Buffer[]): Buffer {
  return set(...[...items].sort(Buffer.compare));
}

export function oid(dotted: string): Buffer {
  return tlv(0x06, fromBinary(asn1.oidToDer(dotted).getBytes()));
}

export function octetString(bytes: Uint8Array): Buffer {
  return tlv(0x04, bytes);
}

export function nullValue(): Buffer {
  return Buffer.of(0x05, 0x00);
}

/** An INTEGER from a non-negative number, or from content octets already in two's complement. */
export function integer(value: number | Uint8Array): Buffer {
  if (typeof value !== 'number') return tlv(0x02, value);
  const bytes: number[] = [];
  let rest = value;
  do {
    bytes.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  } while (rest > 0);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return tlv(0x02, Buffer.from(bytes));
}

/** BMPString: UTF-16 big-endian code units. */
export function bmpString(text: string): Buffer {
  return tlv(0x1e, Buffer.from(text, 'utf16le').swap16());
}

/** [n] around constructed content: EXPLICIT tagging, or IMPLICIT tagging of a SET/SEQUENCE's body. */
export function contextTag(tag: number, ...content: Uint8Array[]): Buffer {
  return tlv(0xa0 | tag, ...content);
}

/** An AlgorithmIdentifier, with NULL parameters for the algorithms that want them (RSA, some digests). */
export function algorithm(dotted: string, withNullParameters: boolean): Buffer {
  return withNullParameters ? sequence(oid(dotted), nullValue()) : sequence(oid(dotted));
}

// ---- reading ----

/** Encodes a parsed (forge) value again. */
export function der(value: Asn1): Buffer {
  return fromBinary(asn1.toDer(value).getBytes());
}

/** Parses one DER value from the start of the bytes; trailing bytes (e.g. zero padding) are ignored. */
export function parseDer(bytes: Uint8Array): Asn1 {
  // forge's type declaration lacks the options object its parser accepts.
  const fromDer = asn1.fromDer as unknown as (
    input: string,
    options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean },
  ) => Asn1;
  return fromDer(toBinary(bytes), { strict: true, parseAllBytes: false, decodeBitStrings: false });
}

/** The children of a constructed value; a clear failure when it is missing or primitive. */
export function children(value: Asn1 | undefined, what: string): Asn1[] {
  if (value === undefined || !Array.isArray(value.value)) throw new Error(`${what} is missing or malformed`);
  return value.value;
}

/** The content bytes of a primitive value. */
export function primitiveBytes(value: Asn1 | undefined, what: string): Buffer {
  if (value === undefined || typeof value.value !== 'string')
    throw new Error(`${what} is missing or malformed`);
  return fromBinary(value.value);
}

export function readOid(value: Asn1 | undefined, what: string): string {
  if (value === undefined || value.type !== Asn1Type.OID || value.tagClass !== Asn1Class.UNIVERSAL)
    throw new Error(`${what} is not an object identifier`);
  return asn1.derToOid(value.value as string);
}

export function readInteger(value: Asn1 | undefined, what: string): number {
  if (value === undefined || value.type !== Asn1Type.INTEGER) throw new Error(`${what} is not an integer`);
  return asn1.derToInteger(value.value as string);
}

export function isContextTag(value: Asn1 | undefined, tag: number): boolean {
  return value !== undefined && value.tagClass === Asn1Class.CONTEXT_SPECIFIC && value.type === tag;
}
