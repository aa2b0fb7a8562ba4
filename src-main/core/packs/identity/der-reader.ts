/**
 * A minimal DER walker that keeps every element's exact bytes. Where bytes are hashed or compared
 * (a certificate's issuer name, a CMS signature's signed attributes, the certificates a signature
 * carries) they must be the bytes as written, not a re-encoding. Definite lengths only, as DER has.
 */
export interface DerElement {
  /** The identifier octet (class, constructed bit, tag number below 31). */
  tag: number;
  /** The whole encoding: identifier, length and content. */
  bytes: Buffer;
  content: Buffer;
}

export function readElement(buffer: Buffer, offset = 0): DerElement {
  const tag = buffer[offset];
  let lengthByte = buffer[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new Error('the data ends inside a value');
  if ((tag & 0x1f) === 0x1f) throw new Error('a value uses a multi-byte tag');
  let length = lengthByte;
  let header = 2;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new Error('a value has an indefinite or oversized length');
    length = 0;
    for (let index = 0; index < count; index += 1) {
      lengthByte = buffer[offset + 2 + index];
      if (lengthByte === undefined) throw new Error('the data ends inside a length');
      length = length * 256 + lengthByte;
    }
    header += count;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new Error('a value is longer than the data');
  return { tag, bytes: buffer.subarray(offset, end), content: buffer.subarray(offset + header, end) };
}

/** The elements inside a constructed element, in order. */
export function elementChildren(element: DerElement): DerElement[] {
  if ((element.tag & 0x20) === 0) throw new Error('a value expected to hold others is primitive');
  const items: DerElement[] = [];
  for (let offset = 0; offset < element.content.length;) {
    const item = readElement(element.content, offset);
    items.push(item);
    offset += item.bytes.length;
  }
  return items;
}

/** The n-th child, or a clear failure naming what was expected. */
export function child(element: DerElement | undefined, index: number, what: string): DerElement {
  if (element === undefined) throw new Error(`${what} is missing`);
  const found = elementChildren(element)[index];
  if (found === undefined) throw new Error(`${what} is missing`);
  return found;
}
