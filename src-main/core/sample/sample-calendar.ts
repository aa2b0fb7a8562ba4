/**
 * Dates for the sample, all relative to the day it is created, so a sample made today has reviews
 * due next month and a contract that ended last month, just as one made a year from now will.
 * Everything is computed in UTC calendar days, the form the registers store dates in.
 */
export class SampleCalendar {
  /** Today's date, YYYY-MM-DD. */
  readonly today: string;
  readonly #year: number;
  readonly #month: number;
  readonly #day: number;

  constructor(now: Date) {
    this.#year = now.getUTCFullYear();
    this.#month = now.getUTCMonth();
    this.#day = now.getUTCDate();
    this.today = this.day(0);
  }

  /** The date `offset` days from today (negative: in the past). */
  day(offset: number): string {
    return isoDate(Date.UTC(this.#year, this.#month, this.#day + offset));
  }

  /** The first day of the month `offset` months from this one (0: this month, -1: last month). */
  monthStart(offset: number): string {
    return isoDate(Date.UTC(this.#year, this.#month + offset, 1));
  }

  /** Day `day` of the month `offset` months from this one (day 16 of last month: dayInMonth(-1, 16)). */
  dayInMonth(offset: number, day: number): string {
    return isoDate(Date.UTC(this.#year, this.#month + offset, day));
  }

  /** The last day of the month `offset` months from this one. */
  monthEnd(offset: number): string {
    return isoDate(Date.UTC(this.#year, this.#month + offset + 1, 0));
  }

  /**
   * The month offsets at which calendar periods of `monthsPerPeriod` months (1 monthly, 3 quarterly,
   * 6 half-yearly, 12 yearly) began within the last `monthsBack` months and have already ended,
   * oldest first. Quarters start in January, April, July and October; half-years in January and July.
   */
  completedPeriods(monthsPerPeriod: number, monthsBack: number): number[] {
    const offsets: number[] = [];
    for (let offset = -monthsBack; offset <= -monthsPerPeriod; offset += 1) {
      if ((this.monthNumber(offset) - 1) % monthsPerPeriod === 0) offsets.push(offset);
    }
    return offsets;
  }

  /** The month number (1–12) of the month `offset` months from this one. */
  monthNumber(offset: number): number {
    return new Date(Date.UTC(this.#year, this.#month + offset, 1)).getUTCMonth() + 1;
  }
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
