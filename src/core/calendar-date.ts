/** The months' names, January first, in lower case. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** The days of the week, Sunday first (as Date.getUTCDay counts them), in lower case. */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
/** A year as news writes one, 1500 to 2099, as a regular expression's source. */
export const YEAR = '(?:1[5-9]|20)\\d\\d';

/** The day written YYYY-MM-DD when it is one of the calendar (no 30 February), else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls a day or month too many over into the next; it also reads years 0-99 as 19xx.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
