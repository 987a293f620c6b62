import { currentLanguage } from './i18n.js';

// Roster days are local dates of the roster's time zone ("2026-12-07"), and shifts are instants shown in
// that zone, so a planner in another city still reads the store's own clock.
const dayInUtc = day => new Date(`${day}T00:00:00Z`);

export const isoDay = date => date.toISOString().slice(0, 10);

export function addDays(day, count) {
  const date = dayInUtc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return isoDay(date);
}

export function daysFrom(firstDay, lastDay) {
  const days = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  return days;
}

// Today as a local date of the zone (the browser's own when none is known).
export function todayIn(timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = type => parts.find(candidate => candidate.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// The Monday that starts the week holding the day.
export function mondayOf(day) {
  const weekday = (dayInUtc(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export const isWeekend = day => [0, 6].includes(dayInUtc(day).getUTCDay());

export function formatDay(day, options = { weekday: 'short', month: 'short', day: 'numeric' }) {
  return new Intl.DateTimeFormat(currentLanguage(), { ...options, timeZone: 'UTC' }).format(dayInUtc(day));
}

export function formatClock(instant, timeZone) {
  return new Intl.DateTimeFormat(currentLanguage(), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

// Hours since the local midnight of the day, for placing a shift on a 24-hour axis (past 24 when it ends after midnight).
export function hoursIntoDay(instant, day, timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(instant));
  const part = type => parts.find(candidate => candidate.type === type).value;
  const dayOffset = Math.round((dayInUtc(`${part('year')}-${part('month')}-${part('day')}`) - dayInUtc(day)) / 86_400_000);
  return dayOffset * 24 + Number(part('hour')) + Number(part('minute')) / 60;
}

export const formatPeriod = (firstDay, lastDay) => `${formatDay(firstDay, { year: 'numeric', month: 'short', day: 'numeric' })} – ${formatDay(lastDay, { year: 'numeric', month: 'short', day: 'numeric' })}`;
