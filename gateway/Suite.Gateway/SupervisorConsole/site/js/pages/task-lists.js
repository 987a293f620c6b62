import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatDateTime } from '../i18n.js';
import { progressChart } from '../workforce-charts.js';
import { formatDay, todayIn } from '../roster-dates.js';

// The team's daily task lists (日清) for a day: who is done, who is behind, and what is late right now.
export async function taskListsPage({ query }) {
  const [teams, templates] = await Promise.all([api('/api/scheduling/teams'), api('/api/scheduling/task-lists/templates')]);
  const day = query.get('day') ?? todayIn(templates[0]?.timeZone);
  const team = query.get('team') ?? teams[0]?.name;
  const teamField = h('select', { name: 'team' }, teams.map(candidate => h('option', { value: candidate.name, selected: candidate.name === team }, candidate.name)));
  const dayField = h('input', { type: 'date', name: 'day', value: day });

  return h('div', {},
    h('h1', {}, t('taskLists.title')),
    h('form', {
      class: 'inline',
      onsubmit: event => { event.preventDefault(); location.hash = `#/task-lists?team=${encodeURIComponent(teamField.value)}&day=${dayField.value}`; },
    }, h('label', {}, t('agent.team'), teamField), h('label', {}, t('common.date'), dayField), h('button', { type: 'submit' }, t('common.show'))),
    h('p', { class: 'muted' }, t('taskLists.overloadedHint'), ' ', h('a', { href: '#/workload', 'data-link': 'workload' }, t('taskLists.overloadedLink'))),
    team ? await teamProgress(team, day) : card(null, h('p', { class: 'muted' }, t('taskLists.noTeams'))),
    card(t('taskLists.templates'), templates.length
      ? h('div', { class: 'grid templates' }, templates.map(template => h('div', { class: 'template', 'data-template-role': template.role },
        h('h3', {}, label('taskRole', template.role), ' ', h('span', { class: 'muted' }, `· ${template.name} · ${template.timeZone}`)),
        h('ol', { class: 'checklist' }, template.items.map(item => h('li', {}, h('time', {}, item.dueTime), ' ', item.title))))))
      : h('p', { class: 'muted' }, t('taskLists.noTemplates'))));
}

async function teamProgress(team, day) {
  const view = await api(`/api/scheduling/task-lists/late?team=${encodeURIComponent(team)}&day=${day}`);
  const counted = view.agents.filter(agent => agent.items > 0);
  const done = counted.reduce((sum, agent) => sum + agent.done, 0);
  const items = counted.reduce((sum, agent) => sum + agent.items, 0);
  const opened = view.agents.filter(agent => agent.generated).length;
  const rows = counted.map(agent => ({ name: agent.displayName, done: agent.done, late: agent.late.length, open: agent.items - agent.done - agent.late.length }));

  return h('section', { 'data-team-progress': team },
    h('div', { class: 'grid stats' },
      figure('done', items ? `${Math.round(100 * done / items)}%` : '–', t('taskLists.doneShare', { done, items })),
      figure('late', view.lateItems, t('taskLists.lateItems'), view.lateItems ? 'bad' : 'good'),
      figure('opened', `${opened}/${view.agents.length}`, t('taskLists.opened'))),
    card(t('taskLists.progress', { team, day: formatDay(day) }), rows.length
      ? progressChart(rows, { title: t('taskLists.progress', { team, day }), legend: { done: t('taskLists.done'), open: t('taskLists.open'), late: t('taskLists.late') } })
      : h('p', { class: 'muted' }, t('common.noData')),
    h('p', { class: 'muted' }, t('taskLists.asOf', { at: formatDateTime(view.at) }))),
    card(t('taskLists.members'), table([
      { title: t('agent.name'), cell: agent => agent.displayName },
      { title: t('taskLists.role'), cell: agent => agent.role ? label('taskRole', agent.role) : h('span', { class: 'muted' }, t('taskLists.noRole')) },
      { title: t('taskLists.list'), cell: agent => agent.generated ? h('span', { class: 'badge good' }, t('taskLists.listOpened')) : h('span', { class: 'badge' }, t('taskLists.listNotOpened')) },
      { title: t('taskLists.done'), cell: agent => h('span', { 'data-done': agent.done }, `${agent.done}/${agent.items}`) },
      { title: t('taskLists.late'), cell: agent => agent.late.length
        ? h('ul', { class: 'late-items' }, agent.late.map(item => h('li', {}, h('span', { class: 'badge bad' }, item.dueTime), ' ', item.title, ' ', h('span', { class: 'muted' }, t('taskLists.minutesLate', { minutes: item.minutesLate })))))
        : h('span', { class: 'muted' }, '–') },
      { title: '', cell: agent => h('a', { href: `#/my-day/${agent.agentId}?day=${day}`, 'data-agent-day': agent.agentId }, t('taskLists.openDay')) },
    ], view.agents, agent => ({ class: agent.late.length ? 'behind' : null, 'data-agent': agent.agentId }))));
}

const figure = (key, value, caption, tone) => h('section', { class: `card stat-card ${tone ?? ''}` },
  h('div', { class: 'stat', 'data-stat': key }, value), h('div', { class: 'stat-label' }, caption));
