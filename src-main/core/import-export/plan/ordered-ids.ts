import { randomBytes } from 'node:crypto';

/**
 * Record ids for a bulk import that sort in the order they are made: UUIDs of version 7 (RFC 9562),
 * whose first 48 bits are the time the import started, followed by random bits fixed for the
 * import and a counter in the last 32 bits. They are as unique as random ids across imports (the
 * time and 74 random bits differ), but a million of them go into the id indexes side by side
 * instead of at a million random places, which is most of what makes a large import fast: random
 * ids would touch every page of the measurement and change-log indexes again and again.
 */
export function orderedIds(now: Date): () => string {
  const time = now.getTime().toString(16).padStart(12, '0').slice(-12);
  const random = randomBytes(5).toString('hex');
  // The variant bits (10) lead the fourth group.
  const variant = ((0x8 | (randomBytes(1)[0]! & 0x3)) >>> 0).toString(16);
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(0, 3)}-${variant}${random.slice(3, 6)}-${random.slice(6, 10)}`;
  let counter = 0;
  return () => {
    if (counter > 0xffffffff) throw new Error('An import makes at most 4,294,967,296 records.');
    const id = `${prefix}${counter.toString(16).padStart(8, '0')}`;
    counter += 1;
    return id;
  };
}
