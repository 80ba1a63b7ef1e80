const MONTHS = [
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
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATE_WORD = new RegExp(`^(?:(?:1[5-9]|20)\\d\\d|${MONTHS.join('|')}|${WEEKDAYS.join('|')})$`);

/** Whether a question word names a year, a month or a day of the week ("2017", "february", "monday"). */
export function isDateWord(word: string): boolean {
  return DATE_WORD.test(word);
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
