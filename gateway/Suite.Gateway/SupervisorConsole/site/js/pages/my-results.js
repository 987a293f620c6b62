import { allPages, api } from '../api.js';
import { h, card } from '../dom.js';
import { label, t, formatNumber, formatDate, formatDateTime } from '../i18n.js';
import { evaluationScores } from '../my-results-charts.js';
import { gapsTable, lineFigures, promotionVerdict } from '../appraisal-parts.js';

const monthName = (year, month) => `${year}-${String(month).padStart(2, '0')}`;

// The line the console draws on the score chart; the score colours on the cards use the same mark.
const passMark = 80;

// An agent's own page: the token's agent id decides whose results these are, and the services refuse
// anything that is not the agent's own, so the console never asks for anyone else's.
export async function myResultsPage({ session, parameters, rerender, showProblem }) {
  const heading = h('h1', {}, t('myResults.title'));
  if (!session.agentId) return h('div', {}, heading, card(null, h('p', { class: 'muted' }, t('myResults.noAgent'))));

  const appraisalId = parameters[0];
  const [evaluations, months, chosen, kpis] = await Promise.all([
    allPages(`/api/quality/evaluations?agentId=${session.agentId}`),
    api(`/api/quality/agents/${session.agentId}/appraisals?pageSize=24`),
    appraisalId ? api(`/api/quality/appraisals/${encodeURIComponent(appraisalId)}/agents/${session.agentId}`) : null,
    api('/api/quality/kpis'),
  ]);
  // Without a month in the address the newest published one is shown.
  const line = chosen ?? months.items[0] ?? null;
  const scorecards = new Map(await Promise.all([...new Set(evaluations.map(evaluation => evaluation.scorecardId))]
    .map(async id => [id, await api(`/api/quality/scorecards/${id}`)])));
  const chronological = [...evaluations].sort((a, b) => new Date(a.completedAt) - new Date(b.completedAt));

  return h('div', { class: 'my-results' }, heading,
    monthsCard(months, line?.appraisalId),
    line ? appraisalCard(line, new Map(kpis.map(kpi => [kpi.code, kpi.unit]))) : null,
    card(t('myResults.scoreTrend'), chronological.length
      ? [evaluationScores(chronological, {
          title: t('myResults.scoreTrend'), passMark, format: value => formatNumber(value, 0),
          describe: evaluation => `${formatDate(evaluation.completedAt)}: ${formatNumber(evaluation.score, 1)}`,
        }), h('p', { class: 'muted' }, t('myResults.scoreTrendHint', { mark: passMark }))]
      : h('p', { class: 'muted' }, t('myResults.noEvaluations'))),
    h('h2', {}, t('myResults.evaluations', { count: evaluations.length })),
    evaluations.map(evaluation => evaluationCard(evaluation, chronological.indexOf(evaluation) + 1, scorecards.get(evaluation.scorecardId), rerender, showProblem)));
}

function appraisalCard(answer, units) {
  const line = answer.line;
  return h('section', { class: 'card agent-line', 'data-my-appraisal': answer.appraisalId },
    h('h2', {}, t('myResults.appraisal', { month: monthName(answer.year, answer.month) }),
      line.pacesetter ? [' ', h('span', { class: 'badge pacesetter' }, `★ ${t('appraisal.pacesetter')}`)] : null),
    lineFigures(line),
    h('h3', {}, t('appraisal.gaps')), gapsTable(line.gaps, units),
    h('h3', {}, t('appraisal.promotion')), promotionVerdict(line.promotion));
}

// The months published with a line for this agent, newest first; each opens that month's line.
function monthsCard(months, shownId) {
  if (!months.items.length) return card(t('myResults.appraisalTitle'), h('p', { class: 'muted', 'data-my-months': 0 }, t('myResults.noAppraisals')));
  return card(t('myResults.appraisalTitle'),
    h('ul', { class: 'months', 'data-my-months': months.total }, months.items.map(item => h('li', {},
      item.appraisalId === shownId
        ? h('strong', { 'data-month': item.appraisalId, 'aria-current': 'page' }, monthName(item.year, item.month))
        : h('a', { href: `#/my-results/${item.appraisalId}`, 'data-month': item.appraisalId }, monthName(item.year, item.month)),
      ' ', h('span', { class: 'muted' }, `${t('appraisal.score')} ${formatNumber(item.line.score, 1)} · #${item.line.centreRank}`),
      item.line.pacesetter ? [' ', h('span', { class: 'badge pacesetter' }, '★')] : null))),
    months.total > months.items.length ? h('p', { class: 'muted' }, t('myResults.olderMonths', { count: months.total - months.items.length })) : null);
}

function evaluationCard(evaluation, number, scorecard, rerender, showProblem) {
  const act = async (path, body) => {
    try {
      await api(`/api/quality/evaluations/${evaluation.id}/${path}`, { method: 'POST', body });
      rerender();
    } catch (error) {
      showProblem(error);
    }
  };
  const reason = h('textarea', { name: 'reason', rows: 2, cols: 50, required: true, maxlength: 1000 });
  const failed = new Set(evaluation.failedCriticalCriteria);
  return h('section', { class: 'card evaluation', 'data-evaluation': evaluation.id, 'data-evaluation-status': evaluation.status },
    h('div', { class: 'evaluation-head' },
      h('span', { class: evaluation.autoFailed ? 'score-pill bad' : evaluation.score >= passMark ? 'score-pill good' : 'score-pill' }, formatNumber(evaluation.score, 1)),
      h('div', {},
        h('strong', {}, `#${number} · `, scorecard ? `${scorecard.name} v${scorecard.version}` : evaluation.scorecardId),
        h('div', { class: 'muted' }, `${formatDateTime(evaluation.completedAt)} · ${t('myResults.evaluator', { evaluator: evaluation.evaluatorId })}`)),
      h('span', { class: statusBadge(evaluation.status) }, label('evaluationStatus', evaluation.status))),
    evaluation.autoFailed ? h('p', { class: 'badge bad' }, t('qa.autoFailed', { criteria: evaluation.failedCriticalCriteria.join(', ') })) : null,
    evaluation.comment ? h('blockquote', {}, evaluation.comment) : null,
    scorecard ? h('div', { class: 'verdicts' }, scorecard.sections.map(section => h('div', { class: 'verdict-section' },
      h('h3', {}, section.name),
      h('ul', {}, section.criteria.map(criterion => {
        const outcome = evaluation.answers[criterion.key] ?? 'not-met';
        return h('li', { class: failed.has(criterion.key) ? 'verdict failed' : 'verdict', 'data-criterion': criterion.key, 'data-outcome': outcome },
          h('span', { class: outcome === 'met' ? 'badge good' : outcome === 'not-met' ? 'badge bad' : 'badge' }, label('outcome', outcome)), ' ',
          criterion.name, ' ', h('span', { class: 'muted' }, `${label('criterionKind', criterion.kind)} · ${criterion.weight}`));
      }))))) : null,
    evaluation.disputeReason ? h('p', {}, h('strong', {}, t('myResults.disputed', { at: formatDateTime(evaluation.disputedAt) })), ' ', evaluation.disputeReason) : null,
    evaluation.reviewedAt ? h('p', {}, h('strong', {}, t('myResults.reviewed', { before: formatNumber(evaluation.scoreBeforeReview, 1), after: formatNumber(evaluation.score, 1) })),
      evaluation.reviewComment ? [' ', evaluation.reviewComment] : null) : null,
    evaluation.status === 'completed' ? h('div', { class: 'actions' },
      h('button', { type: 'button', 'data-action': 'acknowledge', onclick: () => act('acknowledge') }, t('myResults.acknowledge')),
      h('details', {}, h('summary', {}, t('myResults.dispute')),
        h('form', { onsubmit: event => { event.preventDefault(); act('dispute', { reason: reason.value }); } },
          h('label', {}, t('myResults.disputeReason'), reason), h('button', { type: 'submit', 'data-action': 'dispute' }, t('myResults.sendDispute'))))) : null);
}

const statusBadge = status => ({ completed: 'badge warn', acknowledged: 'badge good', disputed: 'badge bad', reviewed: 'badge' })[status] ?? 'badge';
