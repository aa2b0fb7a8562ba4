/** Choices drawn from one seeded generator, so a run's writes can be replayed from its seed. */
export class RandomChoices {
  constructor(readonly random: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  /** One of `list`, or null when it is empty. */
  pickOrNull<T>(list: readonly T[]): T | null {
    return list.length === 0 ? null : this.pick(list);
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** A day from 2024 to 2027, YYYY-MM-DD. */
  date(): string {
    return new Date(Date.UTC(2024, 0, 1) + this.int(0, 4 * 365) * 86_400_000).toISOString().slice(0, 10);
  }

  /** A day one month to three years after `start`. */
  dateAfter(start: string): string {
    return new Date(Date.parse(start) + this.int(30, 1100) * 86_400_000).toISOString().slice(0, 10);
  }

  bytes(size: number): Buffer {
    const words = new Uint32Array(Math.ceil(size / 4));
    for (let i = 0; i < words.length; i += 1) words[i] = Math.floor(this.random() * 0x1_0000_0000);
    return Buffer.from(words.buffer, 0, size);
  }
}
