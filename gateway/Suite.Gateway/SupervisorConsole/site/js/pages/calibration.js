import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatNumber, formatDateTime } from '../i18n.js';
import { barChart } from '../charts.js';
import { outcomeSplit } from '../calibration-charts.js';

// A criterion on which fewer than two evaluators in three gave the same answer needs talking through.
const contestedBelow = 2 / 3;

export async function calibrationPage(context) {
  return context.parameters[0] ? sessionView(context) : startView(context);
}

// Sessions are opened here and listed newest first, open or closed as the address asks.
async function startView({ session, query, showProblem }) {
  const state = ['open', 'closed'].includes(query.get('state')) ? query.get('state') : '';
  const [conversations, scorecards, sessions] = await Promise.all([
    api('/api/quality/conversations?page=1&pageSize=100'),
    api('/api/quality/scorecards'),
    api(`/api/quality/calibrations?pageSize=50${state ? `&state=${state}` : ''}`),
  ]);
  const conversation = h('select', { name: 'conversationId', required: true },
    conversations.items.map(item => h('option', { value: item.id }, `${item.conversationId} · ${item.storeCode}`)));
  const scorecard = h('select', { name: 'scorecardId', required: true },
    scorecards.map(item => h('option', { value: item.id }, `${item.name} v${item.version}`)));
  const evaluators = h('input', { name: 'evaluatorIds', size: 50, required: true, value: session.subject });
  const reference = h('input', { name: 'referenceEvaluatorId', size: 30, required: true, value: session.subject });
  const open = async event => {
    event.preventDefault();
    try {
      const opened = await api('/api/quality/calibrations', {
        method: 'POST',
        body: {
          conversationId: conversation.value, scorecardId: scorecard.value, referenceEvaluatorId: reference.value.trim(),
          evaluatorIds: evaluators.value.split(',').map(id => id.trim()).filter(Boolean),
        },
      });
      location.hash = `#/calibration/${opened.id}`;
    } catch (error) {
      showProblem(error);
    }
  };
  return h('div', { class: 'calibration' },
    h('h1', {}, t('calibration.title')),
    h('p', { class: 'muted' }, t('calibration.intro')),
    h('div', { class: 'grid wide' },
      card(t('calibration.open'),
        conversations.items.length && scorecards.length
          ? h('form', { class: 'stacked', onsubmit: open },
              h('label', {}, t('calibration.conversation'), conversation),
              h('label', {}, t('calibration.scorecard'), scorecard),
              h('label', {}, t('calibration.evaluators'), evaluators, h('span', { class: 'hint' }, t('calibration.evaluatorsHint'))),
              h('label', {}, t('calibration.reference'), reference),
              h('p', {}, h('button', { type: 'submit' }, t('calibration.openSubmit'))))
          : h('p', { class: 'muted' }, t('calibration.nothingToCalibrate'))),
      sessionsCard(sessions, state)));
}

function sessionsCard(sessions, state) {
  const filter = h('select', { name: 'state', onchange: event => { location.hash = event.target.value ? `#/calibration?state=${event.target.value}` : '#/calibration'; } },
    ['', 'open', 'closed'].map(value => h('option', { value, selected: value === state }, t(`calibration.state.${value || 'all'}`))));
  return card(t('calibration.sessions'),
    h('form', { class: 'inline' }, h('label', {}, t('calibration.stateFilter'), filter)),
    sessions.items.length
      ? [table([
          { title: t('calibration.openedAt'), cell: item => h('a', { href: `#/calibration/${item.id}` }, formatDateTime(item.createdAt)) },
          { title: t('calibration.evaluators'), cell: item => `${item.scoredBy.length} / ${item.evaluatorIds.length}` },
          { title: t('calibration.reference'), cell: item => item.referenceEvaluatorId },
          { title: t('calibration.stateColumn'), cell: item => item.isClosed
            ? h('span', { class: 'badge good' }, t('calibration.state.closed'))
            : h('span', { class: 'badge warn' }, t('calibration.state.open')) },
        ], sessions.items, item => ({ 'data-session': item.id, 'data-session-closed': String(item.isClosed) })),
        sessions.total > sessions.items.length ? h('p', { class: 'muted' }, t('calibration.moreSessions', { count: sessions.total - sessions.items.length })) : null]
      : h('p', { class: 'muted', 'data-sessions': 0 }, t('calibration.noSessions')));
}

async function sessionView({ session, parameters, rerender, showProblem }) {
  const calibration = await api(`/api/quality/calibrations/${encodeURIComponent(parameters[0])}`);
  const [scorecard, conversation, report] = await Promise.all([
    api(`/api/quality/scorecards/${calibration.scorecardId}`),
    api(`/api/quality/conversations/${calibration.conversationId}`),
    calibration.isClosed ? api(`/api/quality/calibrations/${calibration.id}/report`) : null,
  ]);
  const criteria = new Map(scorecard.sections.flatMap(section => section.criteria).map(criterion => [criterion.key, criterion]));
  const everyoneScored = calibration.scoredBy.length === calibration.evaluatorIds.length;
  const mayScore = !calibration.isClosed && calibration.evaluatorIds.includes(session.subject) && !calibration.scoredBy.includes(session.subject);
  const close = async () => {
    try {
      await api(`/api/quality/calibrations/${calibration.id}/close`, { method: 'POST' });
      rerender();
    } catch (error) {
      showProblem(error);
    }
  };

  return h('div', { class: 'calibration', 'data-calibration': calibration.id, 'data-calibration-closed': String(calibration.isClosed) },
    h('h1', {}, t('calibration.sessionTitle', { conversation: conversation.conversationId })),
    h('p', { class: 'muted' }, `${scorecard.name} v${scorecard.version} · ${t('calibration.opened', { at: formatDateTime(calibration.createdAt) })}`,
      calibration.closedAt ? ` · ${t('calibration.closed', { at: formatDateTime(calibration.closedAt) })}` : ''),
    card(t('calibration.evaluators'),
      h('ul', { class: 'evaluators' }, calibration.evaluatorIds.map(evaluator => h('li', { 'data-evaluator': evaluator },
        calibration.scoredBy.includes(evaluator) ? h('span', { class: 'badge good' }, `✓ ${t('calibration.scored')}`) : h('span', { class: 'badge warn' }, t('calibration.waiting')),
        ' ', evaluator, evaluator === calibration.referenceEvaluatorId ? [' ', h('span', { class: 'badge' }, t('calibration.referenceBadge'))] : null))),
      !calibration.isClosed ? h('p', { class: 'muted' }, t('calibration.blind')) : null,
      !calibration.isClosed && everyoneScored ? h('p', {}, h('button', { type: 'button', 'data-action': 'close', onclick: close }, t('calibration.close'))) : null),
    mayScore ? scoringForm(calibration, scorecard, rerender, showProblem) : null,
    report ? reportView(report, criteria, calibration.referenceEvaluatorId) : null);
}

function scoringForm(calibration, scorecard, rerender, showProblem) {
  const outcomes = criterion => ['met', 'not-met', ...(criterion.allowNotApplicable ? ['not-applicable'] : [])];
  const form = h('form', {
    onsubmit: async event => {
      event.preventDefault();
      const data = new FormData(form);
      const answers = Object.fromEntries(scorecard.sections.flatMap(section => section.criteria)
        .filter(criterion => data.get(criterion.key)).map(criterion => [criterion.key, data.get(criterion.key)]));
      try {
        await api(`/api/quality/calibrations/${calibration.id}/scorings`, { method: 'POST', body: { answers } });
        rerender();
      } catch (error) {
        showProblem(error);
      }
    },
  },
  scorecard.sections.map(section => h('fieldset', {}, h('legend', {}, section.name),
    section.criteria.map(criterion => h('div', { class: 'criterion' },
      h('strong', {}, criterion.name), ' ', h('span', { class: criterion.kind === 'critical' ? 'badge bad' : 'badge' }, `${label('criterionKind', criterion.kind)} · ${criterion.weight}`), ' ',
      outcomes(criterion).map(outcome => h('label', { class: 'choice' }, h('input', { type: 'radio', name: criterion.key, value: outcome }), label('outcome', outcome))))))),
  h('p', {}, h('button', { type: 'submit' }, t('calibration.submitScoring'))));
  return card(t('calibration.yourScoring'), h('p', { class: 'muted' }, t('calibration.blind')), form);
}

// Landis and Koch's bands, the usual words for how far a kappa is from chance agreement.
function kappaBand(kappa) {
  if (kappa === null || kappa === undefined) return 'none';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost-perfect';
}

function reportView(report, criteria, reference) {
  const band = kappaBand(report.kappa);
  const figure = (name, value, attributes = {}) => h('div', { class: 'figure', ...attributes }, h('span', { class: 'stat-label' }, name), h('strong', { class: 'stat' }, value));
  const names = { met: label('outcome', 'met'), notMet: label('outcome', 'not-met'), notApplicable: label('outcome', 'not-applicable') };
  return h('div', { class: 'calibration-report', 'data-report': 'shown' },
    card(t('calibration.report'),
      h('div', { class: 'figures' },
        figure(t('calibration.kappa', { method: label('kappaMethod', report.kappaMethod) }), report.kappa === null ? '–' : formatNumber(report.kappa, 2), { 'data-kappa': report.kappa ?? '' }),
        figure(t('calibration.agreementBand'), label('kappaBand', band)),
        figure(t('calibration.kappaSubjects'), report.kappaSubjects),
        figure(t('calibration.scoreRange'), `${formatNumber(report.scoreMin, 1)} – ${formatNumber(report.scoreMax, 1)}`),
        figure(t('calibration.scoreDeviation'), formatNumber(report.scoreStandardDeviation, 1)))),
    h('div', { class: 'grid wide' },
      card(t('calibration.againstReference', { reference }),
        report.agreementWithReference.length ? [
          barChart(report.agreementWithReference, {
            label: row => row.evaluatorId, value: row => row.criteriaAgreement * 100, limit: 100,
            over: row => row.criteriaAgreement < contestedBelow, format: value => `${formatNumber(value, 0)}%`, title: t('calibration.againstReference', { reference }),
          }),
          table([
            { title: t('calibration.evaluator'), cell: row => row.evaluatorId },
            { title: t('calibration.criteriaAgreement'), cell: row => `${formatNumber(row.criteriaAgreement * 100, 0)}%` },
            { title: t('calibration.score'), cell: row => formatNumber(row.score, 1) },
            { title: t('calibration.difference'), cell: row => h('span', { class: Math.abs(row.scoreDifference) >= 10 ? 'badge bad' : 'badge' }, `${row.scoreDifference > 0 ? '+' : ''}${formatNumber(row.scoreDifference, 1)}`) },
          ], report.agreementWithReference, row => ({ 'data-agreement': row.evaluatorId }))]
          : h('p', { class: 'muted' }, t('common.noData'))),
      card(t('calibration.spread'),
        h('p', { class: 'legend' }, ['met', 'not-met', 'not-applicable'].map(key => [h('span', { class: `swatch ${key}` }), label('outcome', key)])),
        table([
          { title: t('calibration.criterion'), cell: row => [criteria.get(row.key)?.name ?? row.key, row.modalShare < contestedBelow ? [' ', h('span', { class: 'badge bad' }, t('calibration.contested'))] : null] },
          { title: t('calibration.split'), cell: row => outcomeSplit(row, names) },
          { title: t('calibration.modalShare'), cell: row => `${formatNumber(row.modalShare * 100, 0)}%` },
          { title: t('calibration.pointsDeviation'), cell: row => formatNumber(row.pointsStandardDeviation, 1) },
        ], report.criteria, row => ({ 'data-spread': row.key, class: row.modalShare < contestedBelow ? 'contested' : null })))),
    report.evaluators?.length ? answersCard(report, criteria) : null);
}

// Once closed nothing is blind: who answered what on each criterion, the reference first.
function answersCard(report, criteria) {
  const outcomeBadge = outcome => h('span', { class: outcome === 'met' ? 'badge good' : outcome === 'not-met' ? 'badge bad' : 'badge' }, label('outcome', outcome));
  return card(t('calibration.answers'), table([
    { title: t('calibration.criterion'), cell: row => criteria.get(row.key)?.name ?? row.key },
    ...report.evaluators.map(evaluator => ({
      title: evaluator.isReference ? `${evaluator.evaluatorId} (${t('calibration.referenceBadge')})` : evaluator.evaluatorId,
      cell: row => outcomeBadge(evaluator.answers[row.key]),
    })),
  ], report.criteria, row => ({ 'data-answers': row.key })));
}
