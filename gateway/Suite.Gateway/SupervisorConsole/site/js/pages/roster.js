import { ApiProblem, allPages, api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatDateTime, formatNumber } from '../i18n.js';
import { heatmapImage } from '../heatmap-image.js';
import { rosterGrid } from '../roster-grid.js';
import { addDays, formatClock, formatDay, formatPeriod, mondayOf, todayIn } from '../roster-dates.js';

const statusBadge = status => h('span', { class: `badge roster-status ${status}`, 'data-roster-status': status }, label('rosterStatus', status));

// Pick a roster, see it as a grid with its coverage, generate a new one, publish a draft.
export async function rosterPage({ parameters, query, rerender, showProblem }) {
  const status = query.get('status') ?? '';
  const [rosters, stores, templates] = await Promise.all([
    api(`/api/scheduling/rosters?pageSize=50${status ? `&status=${encodeURIComponent(status)}` : ''}`),
    api('/api/scheduling/stores'),
    api('/api/scheduling/shift-templates'),
  ]);
  const selected = parameters[0] ? await rosterDetail(parameters[0], stores, rerender, showProblem) : null;

  return h('div', { class: 'roster-page' },
    h('h1', {}, t('roster.title')),
    h('div', { class: 'roster-top' },
      card(t('roster.pick'), statusFilter(status), rosters.items.length ? table([
        { title: t('roster.name'), cell: roster => h('a', { href: `#/roster/${roster.id}`, 'data-roster': roster.id, 'aria-current': roster.id === parameters[0] ? 'true' : null }, roster.name) },
        { title: t('roster.period'), cell: roster => formatPeriod(roster.firstDay, roster.lastDay) },
        { title: t('roster.status'), cell: roster => statusBadge(roster.status) },
        { title: t('roster.publishedAt'), cell: roster => roster.publishedAt ? formatDateTime(roster.publishedAt) : '–' },
      ], rosters.items) : h('p', { class: 'muted' }, t('roster.none'))),
      generateForm(stores, templates, showProblem)),
    selected ?? (rosters.items.length ? h('p', { class: 'muted' }, t('roster.pickHint')) : null));
}

function statusFilter(status) {
  const select = h('select', { name: 'status', onchange: () => { location.hash = select.value ? `#/roster?status=${select.value}` : '#/roster'; } },
    ['', 'draft', 'published', 'superseded'].map(value => h('option', { value, selected: value === status }, value ? label('rosterStatus', value) : t('roster.allStatuses'))));
  return h('p', {}, h('label', { class: 'choice' }, `${t('roster.status')} `, select));
}

function generateForm(stores, templates, showProblem) {
  const zones = [...new Set(stores.map(store => store.timeZone))];
  const zone = zones[0] ?? 'Asia/Shanghai';
  const nextMonday = addDays(mondayOf(todayIn(zone)), 7);
  const field = (name, attributes) => h('input', { name, ...attributes });
  const queues = stores.flatMap(store => store.queues.map(queue => ({ ...queue, store })));
  const form = h('form', {
    class: 'generate',
    onsubmit: async event => {
      event.preventDefault();
      const data = new FormData(form);
      const body = {
        name: data.get('name') || null,
        firstDay: data.get('firstDay') || null,
        lastDay: data.get('lastDay') || null,
        timeZone: data.get('timeZone'),
        intervalMinutes: Number(data.get('intervalMinutes')),
        seed: data.get('seed') === '' ? null : Number(data.get('seed')),
        queueIds: data.getAll('queueIds'),
        shiftTemplateIds: data.getAll('shiftTemplateIds'),
      };
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const created = await api('/api/scheduling/rosters', { method: 'POST', body });
        location.hash = `#/roster/${created.id}`;
      } catch (error) {
        showProblem(error);
        button.disabled = false;
      }
    },
  },
  h('div', { class: 'form-row' },
    h('label', {}, t('roster.name'), field('name', { type: 'text', maxlength: 100, placeholder: t('roster.namePlaceholder') })),
    h('label', {}, t('roster.firstDay'), field('firstDay', { type: 'date', value: nextMonday, required: true })),
    h('label', {}, t('roster.lastDay'), field('lastDay', { type: 'date', value: addDays(nextMonday, 6), required: true }))),
  h('div', { class: 'form-row' },
    h('label', {}, t('roster.timeZone'), field('timeZone', { type: 'text', value: zone, list: 'roster-time-zones', required: true }),
      h('datalist', { id: 'roster-time-zones' }, zones.map(value => h('option', { value })))),
    h('label', {}, t('roster.interval'), h('select', { name: 'intervalMinutes' }, [30, 15].map(minutes => h('option', { value: minutes }, t('roster.minutes', { minutes }))))),
    h('label', {}, t('roster.seed'), field('seed', { type: 'number', value: 1, min: 0, step: 1 }))),
  h('fieldset', {}, h('legend', {}, t('roster.queues')), queues.length
    ? queues.map(queue => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'queueIds', value: queue.id, checked: true }), `${queue.store.name} · ${queue.name}`))
    : h('p', { class: 'muted' }, t('roster.noQueues'))),
  h('fieldset', {}, h('legend', {}, t('roster.templates')), templates.length
    ? templates.map(template => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'shiftTemplateIds', value: template.id, checked: true }),
      `${template.name} ${template.start} · ${formatNumber(template.lengthMinutes / 60, 1)} h`))
    : h('p', { class: 'muted' }, t('roster.noTemplates'))),
  h('p', {}, h('button', { type: 'submit', 'data-action': 'generate' }, t('roster.generate'))));
  return card(t('roster.generateTitle'), h('p', { class: 'muted' }, t('roster.generateHint')), form);
}

async function rosterDetail(id, stores, rerender, showProblem) {
  const [roster, agents] = await Promise.all([api(`/api/scheduling/rosters/${encodeURIComponent(id)}`), allPages('/api/scheduling/agents')]);
  const names = new Map(agents.map(agent => [agent.id, agent.displayName]));
  const agentName = agentId => names.get(agentId) ?? agentId;
  const queues = new Map(stores.flatMap(store => store.queues.map(queue => [queue.id, `${store.name} · ${queue.name}`])));
  const queueName = queueId => queues.get(queueId) ?? queueId;
  const report = roster.report;
  const covered = report.requiredAgentHours > 0 ? 100 * (report.requiredAgentHours - report.underCoverageAgentHours) / report.requiredAgentHours : null;
  const refusal = h('div', { 'aria-live': 'polite' });
  const violationsCard = found => card(t('roster.violations', { count: found.length }), found.length
    ? violationTable(found, agentName)
    : h('p', { class: 'badge good', 'data-violations': 0 }, t('roster.noViolations')));
  const violations = h('div', {}, violationsCard(report.violations));
  const clock = instant => `${formatDay(formatLocalDay(instant, roster.timeZone))} ${formatClock(instant, roster.timeZone)}`;

  const publish = async event => {
    event.target.disabled = true;
    try {
      await api(`/api/scheduling/rosters/${roster.id}/publish`, { method: 'POST', body: { version: roster.version } });
      rerender();
    } catch (error) {
      event.target.disabled = false;
      if (error instanceof ApiProblem && error.status === 409) {
        refusal.replaceChildren(publishRefusal(error.problem, agentName));
        // The refusal judged the roster as it is now (time off approved since, a certification expired).
        if (error.problem?.violations) violations.replaceChildren(violationsCard(error.problem.violations));
      } else {
        showProblem(error);
      }
    }
  };

  return h('section', { class: 'roster-detail', 'data-roster-detail': roster.id },
    h('div', { class: 'roster-heading' },
      h('h2', {}, roster.name, ' ', statusBadge(roster.status)),
      h('p', { class: 'muted' }, t('roster.summary', { period: formatPeriod(roster.firstDay, roster.lastDay), zone: roster.timeZone, version: roster.version, count: roster.assignments.length })),
      roster.status === 'draft' ? h('button', { type: 'button', 'data-action': 'publish', onclick: publish }, t('roster.publish')) : null,
      roster.publishedAt ? h('p', { class: 'muted' }, t('roster.publishedOn', { at: formatDateTime(roster.publishedAt) })) : null,
      refusal),
    h('div', { class: 'grid stats' },
      stat('required', report.requiredAgentHours, t('roster.requiredHours')),
      stat('scheduled', report.scheduledAgentHours, t('roster.scheduledHours')),
      stat('under', report.underCoverageAgentHours, t('roster.underHours'), report.underCoverageAgentHours > 0 ? 'bad' : 'good'),
      stat('over', report.overCoverageAgentHours, t('roster.overHours')),
      stat('lower-bound', report.lowerBoundAgentHours, t('roster.lowerBound')),
      covered === null ? null : stat('covered', covered, t('roster.covered'), covered >= 95 ? 'good' : covered >= 80 ? 'warn' : 'bad', '%')),
    card(t('roster.heatmap'), h('p', { class: 'muted' }, t('roster.heatmapHint', { zone: roster.timeZone })), await heatmapImage(roster.id, t('roster.heatmap'))),
    violations,
    card(t('roster.unmet', { count: report.unmet.length }), report.unmet.length ? table([
      { title: t('roster.queue'), cell: unmet => h('span', { class: 'nowrap' }, unmet.queueName) },
      { title: t('roster.when'), cell: unmet => h('span', { class: 'nowrap' }, `${clock(unmet.from)} – ${formatClock(unmet.to, roster.timeZone)}`) },
      { title: t('roster.shortfall'), cell: unmet => h('span', { class: 'badge bad' }, unmet.largestShortfall) },
      { title: t('roster.agentHours'), cell: unmet => formatNumber(unmet.agentHours, 1) },
      { title: t('roster.reason'), cell: unmet => h('small', {}, unmet.reason) },
    ], report.unmet) : h('p', { class: 'muted' }, t('roster.allCovered'))),
    card(t('roster.grid'), roster.assignments.length ? rosterGrid(roster, { agentName, queueName }) : h('p', { class: 'muted' }, t('roster.empty'))));
}

const stat = (key, value, caption, tone, unit = '') => h('section', { class: `card stat-card ${tone ?? ''}` },
  h('div', { class: 'stat', 'data-stat': key }, `${formatNumber(value, 1)}${unit}`), h('div', { class: 'stat-label' }, caption));

function formatLocalDay(instant, timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

const violationTable = (violations, agentName) => table([
  { title: t('roster.rule'), cell: violation => h('span', { class: 'badge bad', 'data-rule': violation.rule }, label('rosterRule', violation.rule)) },
  { title: t('roster.agent'), cell: violation => agentName(violation.agentId) },
  { title: t('common.date'), cell: violation => formatDay(violation.day) },
  { title: t('roster.detail'), cell: violation => h('small', {}, violation.message) },
], violations);

// A refused publication says why: each broken rule by name, then the service's own words per assignment.
function publishRefusal(problem, agentName) {
  const violations = problem?.violations ?? [];
  return h('div', { class: 'refusal', role: 'alert', 'data-publish-refused': (problem?.rules ?? []).join(' ') },
    h('strong', {}, t('roster.refused')), ' ', problem?.title ?? '',
    violations.length
      ? [h('p', {}, t('roster.refusedRules'), ' ', (problem.rules ?? []).map(rule => h('span', { class: 'badge bad' }, label('rosterRule', rule)))), violationTable(violations, agentName)]
      : h('p', {}, problem?.detail ?? ''));
}
