import { MONTHS, WEEKDAYS, YEAR } from './calendar-date.js';

const DATE_WORD = new RegExp(`^(?:${YEAR}|${MONTHS.join('|')}|${WEEKDAYS.join('|')})$`);
/** Months that are also common words: "the march", "may I ask", "an august body". */
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['march', 'may', 'august']);
/** Words before a month that make it one: "in March", "since May", "last August". */
const BEFORE_A_MONTH: ReadonlySet<string> = new Set(
  'in on since last this next early late mid by until till from during of before after'.split(' '),
);

/**
 * Whether the question's word at `i` names a year, a month or a day of the week ("2017",
 * "february", "monday"); "march", "may" and "august" only where a preposition or a number by them
 * makes them a date ("in March", "March 2017", "6 March"), not "who organised the march".
 */
export function isDateWordAt(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!DATE_WORD.test(word)) return false;
  if (!AMBIGUOUS_MONTHS.has(word)) return true;
  const isNumber = (other: string | undefined) => other !== undefined && /^\d{1,4}(?:st|nd|rd|th)?$/.test(other);
  return BEFORE_A_MONTH.has(words[i - 1] ?? '') || isNumber(words[i - 1]) || isNumber(words[i + 1]);
}

const wordsOfDate = new Map<string, ReadonlySet<string>>();
const CACHE_LIMIT = 10_000;

/**
 * The words that name when a document came out (YYYY-MM-DD): its year, month and day of the
 * week. A question placing its ask in time ("who urged restraint in 2017", "in feb") points at
 * the documents of that time, though their paragraphs seldom repeat the date: news says "on
 * Monday", and the year only in its dateline.
 */
export function documentDateWords(published: string): ReadonlySet<string> {
  let words = wordsOfDate.get(published);
  if (words) return words;
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  words = new Set([String(year), MONTHS[month - 1]!, WEEKDAYS[date.getUTCDay()]!]);
  if (wordsOfDate.size >= CACHE_LIMIT) wordsOfDate.clear();
  wordsOfDate.set(published, words);
  return words;
}
