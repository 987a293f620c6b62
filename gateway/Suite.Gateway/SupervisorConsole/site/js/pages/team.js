import { allPages, api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatDate } from '../i18n.js';
import { barChart } from '../charts.js';

const careerLadder = ['customer-service', 'gold-medal-customer-service', 'team-leader', 'supervisor', 'manager', 'director'];

export async function teamPage() {
  const [teams, agents] = await Promise.all([api('/api/scheduling/teams'), allPages('/api/scheduling/agents')]);
  const byLevel = careerLadder.map(level => ({ level, count: agents.filter(agent => agent.level === level).length }))
    .filter(entry => entry.count > 0);
  // Agents name their team; a team record adds its leader. A name with no record is still a team.
  const teamNames = [...new Set([...teams.map(team => team.name), ...agents.map(agent => agent.team).filter(Boolean)])].sort();
  const leaderOf = name => teams.find(team => team.name === name)?.leaderName ?? t('team.noLeader');

  return h('div', {},
    h('h1', {}, t('team.title')),
    h('div', { class: 'grid' },
      card(null, h('div', { class: 'stat', 'data-stat': 'agents' }, agents.length), h('div', { class: 'stat-label' }, t('team.agents'))),
      card(null, h('div', { class: 'stat', 'data-stat': 'teams' }, teamNames.length), h('div', { class: 'stat-label' }, t('team.teams'))),
      card(t('team.byLevel'), barChart(byLevel, { label: entry => label('level', entry.level), value: entry => entry.count, title: t('team.byLevel') }))),
    teamNames.map(name => card(`${name} · ${t('team.leader')}: ${leaderOf(name)}`,
      agentTable(agents.filter(agent => agent.team === name)))));
}

function agentTable(agents) {
  return table([
    { title: t('agent.employeeNumber'), cell: agent => agent.employeeNumber },
    { title: t('agent.name'), cell: agent => agent.displayName },
    { title: t('agent.level'), cell: agent => label('level', agent.level) },
    { title: t('agent.skills'), cell: agent => agent.skills.map(skill => h('span', { class: 'badge' }, skill)) },
    { title: t('agent.hiredOn'), cell: agent => formatDate(agent.hiredOn) },
    { title: t('agent.maxReceptions'), cell: agent => agent.maxDailyReceptions ?? '–' },
  ], agents);
}
