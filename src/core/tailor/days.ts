/** Calendar days as `YYYY-MM-DD` strings, counted in UTC so a plan's dates are the same in every time zone. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `toISOString().slice(0, 10)` without formatting the time of day. */
function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** True for a real calendar day written `YYYY-MM-DD` (so 2027-02-30 is not one). */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && toDate(value).toISOString().slice(0, 10) === value;
}

/** The day `n` days after `day` (negative counts back). */
export function addDays(day: string, n: number): string {
  return isoDay(new Date(toDate(day).getTime() + n * DAY_MS));
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY_MS);
}

/** "2 Mar"; with `year`, "2 Mar 2027"; with `weekday`, "Tue 2 Mar". */
export function formatDay(day: string, options: { year?: boolean; weekday?: boolean } = {}): string {
  const d = toDate(day);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return `${options.weekday ? `${WEEKDAYS[d.getUTCDay()]} ` : ''}${text}${options.year ? ` ${d.getUTCFullYear()}` : ''}`;
}

/** "2 Mar – 13 Mar" (the year is added to the end day when the range crosses into a new year). */
export function formatRange(start: string, end: string): string {
  const crosses = start.slice(0, 4) !== end.slice(0, 4);
  return `${formatDay(start, { year: crosses })} – ${formatDay(end, { year: crosses })}`;
}

/** The day itself on a weekday, else the Monday after: nobody starts a tactic or checks in on a weekend. */
export function workday(day: string): string {
  const weekday = toDate(day).getUTCDay();
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}
