import { ApiProblem, api } from '../api.js';
import { h, card } from '../dom.js';
import { label, t, formatDateTime } from '../i18n.js';
import { publishedShifts, workplace } from '../published-shifts.js';
import { weekTimeline } from '../workforce-charts.js';
import { addDays, daysFrom, formatClock, formatDay, mondayOf, todayIn } from '../roster-dates.js';

/**
 * An agent's day: its shifts today and this week from published rosters, and its own task list to tick.
 * The signed-in agent sees its own (its token names it); a leader opens any agent's day by its id.
 */
export async function myDayPage({ session, parameters, query, showProblem }) {
  const agentId = parameters[0] ?? session.agentId;
  if (!agentId) return h('div', {}, h('h1', {}, t('myDay.title')), card(null, h('p', { class: 'muted' }, t('myDay.noAgent'))));

  const [agent, templates] = await Promise.all([
    api(`/api/scheduling/agents/${encodeURIComponent(agentId)}`),
    api('/api/scheduling/task-lists/templates'),
  ]);
  const day = query.get('day') ?? todayIn(templates[0]?.timeZone);
  const monday = mondayOf(day);
  const week = daysFrom(monday, addDays(monday, 6));
  const own = agentId === session.agentId;

  return h('div', { class: 'my-day', 'data-agent': agentId },
    h('h1', {}, own ? t('myDay.title') : t('myDay.titleOf', { name: agent.displayName })),
    h('p', { class: 'muted' }, `${formatDay(day, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })} · ${agent.team} · ${label('level', agent.level)}`),
    h('div', { class: 'grid wide' },
      await shiftsCards(agentId, day, week),
      await checklistCard(agentId, day, showProblem)));
}

async function shiftsCards(agentId, day, week) {
  let shifts;
  try {
    shifts = await publishedShifts(agentId, week[0], week.at(-1));
  } catch (error) {
    // An agent who opens another agent's day is refused its shifts, which is said plainly.
    if (error instanceof ApiProblem && error.status === 403) return card(t('myDay.shifts'), h('p', { class: 'muted', 'data-shifts-unavailable': '' }, t('myDay.shiftsNotYours')));
    throw error;
  }

  const names = new Map(shifts.map(shift => [shift.queueId, workplace(shift)]));
  const queueName = queueId => names.get(queueId) ?? '';
  const today = shifts.filter(shift => shift.day === day);
  const hours = shifts.reduce((sum, shift) => sum + shift.paidHours, 0);
  return h('div', {},
    card(t('myDay.today'), today.length ? h('ul', { class: 'today-shifts' }, today.map(shift => h('li', { 'data-shift-day': shift.day, 'data-shift': shift.id },
      h('div', { class: 'shift-time' }, `${formatClock(shift.start, shift.timeZone)}–${formatClock(shift.end, shift.timeZone)}`),
      h('div', {}, h('strong', {}, shift.shiftName), ' · ', workplace(shift)),
      h('div', { class: 'muted' }, shift.breaks.length
        ? t('myDay.breaks', { breaks: shift.breaks.map(pause => `${formatClock(pause.start, shift.timeZone)}–${formatClock(pause.end, shift.timeZone)}`).join(', ') })
        : t('myDay.noBreaks'), ` · ${shift.timeZone}`))))
      : h('p', { class: 'muted' }, t('myDay.offToday'))),
    card(t('myDay.week', { hours: hours.toFixed(1), count: shifts.length }),
      weekTimeline(week, shifts, { title: t('myDay.weekChart'), queueName }),
      h('ul', { class: 'week-list' }, shifts.map(shift => h('li', { 'data-week-shift': shift.day, 'data-shift': shift.id },
        h('strong', {}, formatDay(shift.day)), ` ${shift.shiftName} ${formatClock(shift.start, shift.timeZone)}–${formatClock(shift.end, shift.timeZone)} · ${workplace(shift)}`)))));
}

async function checklistCard(agentId, day, showProblem) {
  const path = `/api/scheduling/task-lists/agents/${encodeURIComponent(agentId)}/days/${day}`;
  let checklist;
  try {
    checklist = await api(path);
  } catch (error) {
    // No template for the agent's role, or no role at all: the service's words say which.
    if (error instanceof ApiProblem && [404, 409].includes(error.status)) return card(t('myDay.checklist'), h('p', { class: 'muted' }, error.describe()));
    throw error;
  }

  const body = h('div', {});
  const draw = list => {
    const done = list.items.filter(item => item.done).length;
    body.replaceChildren(
      h('p', {}, h('progress', { max: list.items.length || 1, value: done, 'aria-label': t('myDay.progress') }), ' ',
        h('span', { 'data-checklist-done': done }, t('myDay.doneOf', { done, items: list.items.length }))),
      h('ul', { class: 'checklist ticks' }, list.items.map(item => h('li', { class: item.done ? 'done' : item.late ? 'late' : null, 'data-item': item.id },
        h('label', { class: 'choice' },
          h('input', { type: 'checkbox', checked: item.done, 'data-tick': item.id, onchange: event => mark(item, event.target.checked) }),
          h('time', {}, item.dueTime), ' ', item.title),
        item.late ? h('span', { class: 'badge bad' }, t('myDay.late')) : null,
        item.done ? h('span', { class: 'muted done-at' }, t('myDay.doneAt', { at: formatDateTime(item.completedAt) })) : null))));
  };
  const mark = async (item, done) => {
    try {
      checklist = await api(`${path}/items/${item.id}/done`, { method: done ? 'PUT' : 'DELETE' });
    } catch (error) {
      showProblem(error);
    }
    draw(checklist);
  };
  draw(checklist);
  return card(`${t('myDay.checklist')} · ${label('taskRole', checklist.role)}`, body);
}
