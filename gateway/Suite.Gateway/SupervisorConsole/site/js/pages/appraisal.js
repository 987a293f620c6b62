import { allPages, api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatNumber, formatDateTime } from '../i18n.js';
import { barChart } from '../charts.js';
import { scoreDistribution, scoreBreakdown } from '../appraisal-charts.js';
import { gapsTable, lineFigures, promotionVerdict, weightedParts } from '../appraisal-parts.js';

const monthValue = (year, month) => `${year}-${String(month).padStart(2, '0')}`;

// Last month is the one usually appraised: the current one is still running.
function defaultMonth() {
  const today = new Date();
  const previous = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return monthValue(previous.getUTCFullYear(), previous.getUTCMonth() + 1);
}

// The address holds the whole view (month, ranking, chosen agent), so a view can be shared and reloads as it was.
function address(month, view, agent) {
  const query = new URLSearchParams({ month });
  if (view && view !== 'centre') query.set('view', view);
  if (agent) query.set('agent', agent);
  return `#/appraisal?${query}`;
}

export async function appraisalPage({ query, rerender, showProblem }) {
  const month = /^\d{4}-\d{2}$/.test(query.get('month') ?? '') ? query.get('month') : defaultMonth();
  const [year, monthNumber] = month.split('-').map(Number);
  const view = query.get('view') ?? 'centre';
  const summaries = await api(`/api/quality/appraisals?year=${year}&pageSize=12`);
  const summary = summaries.items.find(item => item.month === monthNumber);

  const run = async () => {
    try {
      await api('/api/quality/appraisals', { method: 'POST', body: { year, month: monthNumber } });
      rerender();
    } catch (error) {
      showProblem(error.status === 409 ? `${t('appraisal.runRefused')}\n${error.describe()}` : error);
    }
  };
  const publish = async () => {
    try {
      await api(`/api/quality/appraisals/${summary.id}/publish`, { method: 'POST' });
      rerender();
    } catch (error) {
      showProblem(error.status === 409 ? `${t('appraisal.publishRefused')}\n${error.describe()}` : error);
    }
  };

  const monthField = h('input', { type: 'month', name: 'month', value: month, required: true });
  const picker = h('form', { class: 'inline', onsubmit: event => { event.preventDefault(); location.hash = address(monthField.value, 'centre'); } },
    h('label', {}, t('appraisal.month'), monthField), h('button', { type: 'submit', class: 'secondary' }, t('common.show')),
    summary?.status !== 'published'
      ? h('button', { type: 'button', 'data-action': 'run', onclick: run }, summary ? t('appraisal.rerun') : t('appraisal.run'))
      : null,
    summary?.status === 'draft' ? h('button', { type: 'button', 'data-action': 'publish', onclick: publish }, t('appraisal.publish')) : null);

  const heading = h('h1', {}, t('appraisal.title'));
  if (!summary) {
    return h('div', { class: 'appraisal' }, heading, picker, card(null, h('p', { class: 'muted', 'data-appraisal': 'none' }, t('appraisal.notRun', { month }))));
  }

  const [appraisal, agents, kpis] = await Promise.all([
    api(`/api/quality/appraisals/${summary.id}`),
    allPages('/api/scheduling/agents'),
    api('/api/quality/kpis'),
  ]);
  const names = new Map(agents.map(agent => [agent.id, agent.displayName]));
  const units = new Map(kpis.map(kpi => [kpi.code, kpi.unit]));
  const nameOf = agentId => names.get(agentId) ?? agentId;
  const teams = [...new Set(appraisal.lines.map(line => line.team))].sort((a, b) => a.localeCompare(b));
  const teamView = view.startsWith('team:') && teams.includes(view.slice(5)) ? view.slice(5) : null;
  const shown = teamView
    ? appraisal.lines.filter(line => line.team === teamView).sort((a, b) => a.teamRank - b.teamRank)
    : appraisal.lines;
  const selected = appraisal.lines.find(line => line.agentId === query.get('agent'));

  return h('div', { class: 'appraisal', 'data-appraisal': appraisal.id, 'data-appraisal-status': appraisal.status },
    heading, picker,
    statusCard(appraisal, summary),
    h('div', { class: 'grid wide' },
      card(t('appraisal.distribution'), appraisal.lines.length
        ? [scoreDistribution(appraisal.lines, {
            title: t('appraisal.distribution'),
            bandLabel: band => t('appraisal.band', { from: band.from, to: band.to }),
            countLabel: count => t('appraisal.agentsCount', { count }),
          }), h('p', { class: 'legend' }, h('span', { class: 'swatch' }), t('appraisal.legendAgents'), h('span', { class: 'swatch pacesetter' }), t('appraisal.legendPacesetters'))]
        : h('p', { class: 'muted' }, t('common.noData'))),
      teamCard(teams, appraisal.lines, month)),
    selected ? agentCard(selected, appraisal, nameOf, units, month, view) : null,
    card(teamView ? t('appraisal.teamRanking', { team: teamView }) : t('appraisal.centreRanking'),
      h('form', { class: 'inline' }, h('label', {}, t('appraisal.ranking'),
        h('select', { name: 'view', onchange: event => { location.hash = address(month, event.target.value); } },
          h('option', { value: 'centre', selected: !teamView }, t('appraisal.wholeCentre')),
          teams.map(team => h('option', { value: `team:${team}`, selected: team === teamView }, team))))),
      rankingTable(shown, { teamView, nameOf, month, view, selectedId: selected?.agentId })));
}

function teamCard(teams, lines, month) {
  if (!teams.length) return card(t('appraisal.teamAverages'), h('p', { class: 'muted' }, t('common.noData')));
  const summaries = teams.map(team => {
    const members = lines.filter(line => line.team === team);
    return {
      team, agents: members.length, average: average(members.map(line => Number(line.score))), best: Math.max(...members.map(line => Number(line.score))),
      pacesetters: members.filter(line => line.pacesetter).length, withGaps: members.filter(line => line.gaps.length).length,
    };
  });
  return card(t('appraisal.teamAverages'),
    barChart(summaries, { label: row => row.team, value: row => row.average, format: value => formatNumber(value, 1), title: t('appraisal.teamAverages') }),
    table([
      { title: t('appraisal.team'), cell: row => h('a', { href: address(month, `team:${row.team}`) }, row.team) },
      { title: t('appraisal.agents'), cell: row => row.agents },
      { title: t('appraisal.average'), cell: row => formatNumber(row.average, 1) },
      { title: t('appraisal.best'), cell: row => formatNumber(row.best, 1) },
      { title: t('appraisal.pacesetters'), cell: row => row.pacesetters ? h('span', { class: 'badge pacesetter' }, `★ ${row.pacesetters}`) : '0' },
      { title: t('appraisal.withGaps'), cell: row => row.withGaps },
    ], summaries));
}

function statusCard(appraisal, summary) {
  const stat = (name, value, key) => h('div', { class: 'figure' }, h('span', { class: 'stat-label' }, name), h('strong', { class: 'stat', 'data-stat': key }, value));
  return card(null, h('div', { class: 'figures' },
    h('div', { class: 'figure' }, h('span', { class: 'stat-label' }, t('appraisal.status')),
      h('strong', {}, h('span', { class: appraisal.status === 'published' ? 'badge good' : 'badge warn', 'data-status-badge': appraisal.status }, label('appraisalStatus', appraisal.status)))),
    stat(t('appraisal.agents'), summary.agents, 'agents'),
    stat(t('appraisal.pacesetters'), summary.pacesetters, 'pacesetters'),
    stat(t('appraisal.promotionEligible'), summary.promotionEligible, 'promotion-eligible')),
    h('p', { class: 'muted' }, t('appraisal.computed', { at: formatDateTime(appraisal.computedAt), by: appraisal.computedBy, runs: appraisal.runs }),
      appraisal.publishedAt ? [' · ', t('appraisal.published', { at: formatDateTime(appraisal.publishedAt), by: appraisal.publishedBy })] : null),
    appraisal.status === 'published'
      ? h('p', { class: 'muted' }, t('appraisal.agentLink'), ' ', h('code', { 'data-agent-link': appraisal.id }, `#/my-results/${appraisal.id}`))
      : h('p', { class: 'muted' }, t('appraisal.draftHint')));
}

function rankingTable(lines, { teamView, nameOf, month, view, selectedId }) {
  const rankColumns = teamView
    ? [{ title: t('appraisal.teamRank'), cell: line => h('strong', {}, line.teamRank) }, { title: t('appraisal.centreRank'), cell: line => line.centreRank }]
    : [{ title: t('appraisal.centreRank'), cell: line => h('strong', {}, line.centreRank) }, { title: t('appraisal.teamRank'), cell: line => line.teamRank }];
  return table([
    ...rankColumns,
    { title: t('appraisal.agent'), cell: line => [h('a', { href: address(month, view, line.agentId), 'data-agent': line.agentId }, nameOf(line.agentId)),
      line.pacesetter ? [' ', h('span', { class: 'badge pacesetter', title: t('appraisal.pacesetter') }, `★ ${t('appraisal.pacesetter')}`)] : null] },
    ...(teamView ? [] : [{ title: t('appraisal.team'), cell: line => line.team }]),
    { title: t('appraisal.level'), cell: line => label('level', line.level) },
    { title: t('appraisal.score'), cell: line => h('span', { class: 'score' }, formatNumber(line.score, 1)) },
    { title: t('appraisal.kpiScore'), cell: line => formatNumber(line.kpiScore, 1) },
    { title: t('appraisal.qaScore'), cell: line => formatNumber(line.qaScore, 1) },
    { title: t('appraisal.trainingScore'), cell: line => formatNumber(line.trainingScore, 0) },
    { title: t('appraisal.deduction'), cell: line => line.deduction > 0 ? h('span', { class: 'badge bad' }, `−${formatNumber(line.deduction, 1)}`) : '' },
    { title: t('appraisal.gaps'), cell: line => line.gaps.map(gap => h('span', { class: 'badge warn gap', title: `${gap.name}: ${formatNumber(gap.actual, 2)} / ${formatNumber(gap.target, 2)}` }, gap.name)) },
    { title: t('appraisal.promotion'), cell: line => line.promotion.eligible ? h('span', { class: 'badge good' }, `↑ ${label('level', line.promotion.nextLevel)}`) : '' },
  ], lines, line => ({
    class: [line.pacesetter ? 'pacesetter' : '', line.agentId === selectedId ? 'selected' : ''].join(' ').trim() || null,
    'data-line': line.agentId,
    'data-pacesetter': line.pacesetter ? 'true' : null,
  }));
}

function agentCard(line, appraisal, nameOf, units, month, view) {
  const parts = weightedParts(line, appraisal.policy);
  return h('section', { class: 'card agent-line', 'data-agent-line': line.agentId },
    h('h2', {}, nameOf(line.agentId), ' ', h('span', { class: 'muted' }, `${line.team} · ${label('level', line.level)}`),
      line.pacesetter ? [' ', h('span', { class: 'badge pacesetter' }, `★ ${t('appraisal.pacesetter')}`)] : null,
      ' ', h('a', { class: 'close', href: address(month, view) }, t('appraisal.closeAgent'))),
    lineFigures(line),
    h('h3', {}, t('appraisal.breakdown')),
    scoreBreakdown(parts, Number(line.deduction), Number(line.score), { title: t('appraisal.breakdown'), format: value => formatNumber(value, 1) }),
    h('p', { class: 'legend' }, parts.map(part => [h('span', { class: `swatch ${part.key}` }),
      t('appraisal.partShare', { name: part.name, score: formatNumber(part.score, 1), weight: formatNumber(part.share * 100, 0), points: formatNumber(part.points, 1) })]),
      line.deduction > 0 ? [h('span', { class: 'swatch deduction' }), t('appraisal.deductionShare', { points: formatNumber(line.deduction, 1), count: line.upheldComplaints })] : null),
    h('h3', {}, t('appraisal.gaps')),
    gapsTable(line.gaps, units),
    h('h3', {}, t('appraisal.promotion')),
    promotionVerdict(line.promotion));
}

const average = values => values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
