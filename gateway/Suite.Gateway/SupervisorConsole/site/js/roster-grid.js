import { h } from './dom.js';
import { t } from './i18n.js';
import { daysFrom, formatDay, formatClock, isWeekend } from './roster-dates.js';

/**
 * Agents down, days across: each cell is the agent's shift that local day (template, times in the
 * roster's time zone, queue). A shift's colour follows its template, so a pattern shows before reading;
 * an agent's name opens that agent's day.
 */
export function rosterGrid(roster, { agentName, queueName }) {
  const days = daysFrom(roster.firstDay, roster.lastDay);
  const byAgent = new Map();
  for (const assignment of roster.assignments) byAgent.set(assignment.agentId, [...(byAgent.get(assignment.agentId) ?? []), assignment]);
  const agentIds = [...byAgent.keys()].sort((a, b) => agentName(a).localeCompare(agentName(b)));
  const templateColour = id => `t${Math.max(0, roster.shiftTemplateIds.indexOf(id)) % 6}`;

  return h('div', { class: 'roster-grid-scroll' },
    h('table', { class: 'roster-grid' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('roster.agent')),
        days.map(day => h('th', { scope: 'col', class: isWeekend(day) ? 'weekend' : null }, formatDay(day))),
        h('th', { scope: 'col' }, t('roster.hours')))),
      h('tbody', {}, agentIds.map(agentId => {
        const shifts = byAgent.get(agentId);
        return h('tr', { 'data-agent': agentId },
          h('th', { scope: 'row' }, h('a', { href: `#/my-day/${agentId}?day=${roster.firstDay}` }, agentName(agentId))),
          days.map(day => {
            const shift = shifts.find(candidate => candidate.day === day);
            return h('td', { class: isWeekend(day) ? 'weekend' : null }, shift ? h('div', {
              class: `shift ${templateColour(shift.shiftTemplateId)}`,
              'data-shift-day': day,
              title: queueName(shift.queueId),
            },
            h('strong', {}, shift.shiftName, shift.manual ? ' ✎' : ''),
            h('span', {}, `${formatClock(shift.start, roster.timeZone)}–${formatClock(shift.end, roster.timeZone)}`),
            h('small', {}, queueName(shift.queueId))) : null);
          }),
          h('td', { class: 'hours' }, shifts.reduce((sum, shift) => sum + shift.paidHours, 0).toFixed(1)));
      }))));
}
