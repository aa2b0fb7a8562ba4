/**
 * The most rows a register extract prints whole. 300 rows is some ten pages of table: an auditor
 * reads that through. Beyond it a printed register is no longer read but sampled, and thousands of
 * pages would only slow the pack down, so it is printed as its count and its exceptions, and the
 * complete register travels as an attached CSV that a spreadsheet can filter.
 */
export const REGISTER_PRINT_LIMIT = 300;

/** The most rows each list of exceptions prints; the rest are in the attached CSV files. */
export const EXCEPTION_PRINT_LIMIT = 200;

/** How many days ahead an agreement's end counts as an exception in a summarised register. */
export const ENDING_WITHIN_DAYS = 60;
