// The pieces of one agent's appraisal line, shown alike to the supervisor (appraisal page) and to the
// agent (my results): the score's parts, the KPI gaps and the promotion verdict.
import { h, table } from './dom.js';
import { label, t, formatNumber } from './i18n.js';

const figure = (name, value, attributes = {}) => h('div', { class: 'figure', ...attributes }, h('span', { class: 'stat-label' }, name), h('strong', {}, value));

export function lineFigures(line) {
  return h('div', { class: 'figures' },
    figure(t('appraisal.score'), formatNumber(line.score, 1), { 'data-line-score': line.score }),
    figure(t('appraisal.centreRank'), `#${line.centreRank}`, { 'data-centre-rank': line.centreRank }),
    figure(t('appraisal.teamRank'), `#${line.teamRank}`, { 'data-team-rank': line.teamRank }),
    figure(t('appraisal.kpiScore'), formatNumber(line.kpiScore, 1)),
    figure(t('appraisal.qaScore'), line.qaScore === null ? '–' : `${formatNumber(line.qaScore, 1)} (${t('appraisal.evaluationsCount', { count: line.qaEvaluations })})`),
    figure(t('appraisal.trainingScore'), formatNumber(line.trainingScore, 0)),
    figure(t('appraisal.deduction'), line.deduction > 0 ? `−${formatNumber(line.deduction, 1)} (${t('appraisal.upheldCount', { count: line.upheldComplaints })})` : '0'),
    figure(t('appraisal.redLineHits'), line.redLineHits));
}

// A gap is always a shortfall: above target for a lower-is-better KPI, below it otherwise.
export function gapsTable(gaps, units = new Map()) {
  if (!gaps.length) return h('p', { class: 'badge good', 'data-gaps': 0 }, t('appraisal.noGaps'));
  const withUnit = (value, code) => `${formatNumber(value, 2)}${units.get(code) ? ` ${units.get(code)}` : ''}`;
  return h('div', { 'data-gaps': gaps.length }, table([
    { title: t('appraisal.kpi'), cell: gap => h('span', { 'data-gap': gap.code }, gap.name) },
    { title: t('appraisal.direction'), cell: gap => h('span', { class: 'badge' }, `${gap.direction === 'lower-is-better' ? '↓' : '↑'} ${label('kpiDirection', gap.direction)}`) },
    { title: t('appraisal.target'), cell: gap => withUnit(gap.target, gap.code) },
    { title: t('appraisal.actual'), cell: gap => h('span', { class: 'gap-actual' }, withUnit(gap.actual, gap.code)) },
    { title: t('appraisal.shortfall'), cell: gap => h('span', { class: 'badge bad' }, withUnit(gap.shortfall, gap.code)) },
  ], gaps));
}

// Each blocker is worded from its code and figures in the reader's language; a code this console does not
// know, or an appraisal stored before the service gave codes, shows the service's English sentence.
function blockerText(detail, sentence) {
  const key = `promotionBlocker.${detail?.code}`;
  if (!detail || t(key) === key) return sentence;
  const figure = value => formatNumber(value, Number.isInteger(Number(value)) ? 0 : 2);
  return t(key, { required: figure(detail.required), actual: figure(detail.actual), skill: detail.skill ?? '' });
}

export function promotionVerdict(promotion) {
  if (promotion.eligible) {
    return h('p', { class: 'promotion eligible', 'data-promotion': 'eligible' },
      h('span', { class: 'badge good' }, t('appraisal.eligible')), ' ', t('appraisal.nextLevel', { level: label('level', promotion.nextLevel) }));
  }
  return h('div', { class: 'promotion', 'data-promotion': 'blocked' },
    h('p', {}, h('span', { class: 'badge' }, t('appraisal.notEligible')),
      promotion.nextLevel ? [' ', t('appraisal.nextLevel', { level: label('level', promotion.nextLevel) })] : null),
    h('ul', { class: 'blockers' }, promotion.blockers.map((sentence, index) => {
      const detail = promotion.blockerDetails?.[index];
      return h('li', { 'data-blocker': detail?.code ?? null, title: sentence }, blockerText(detail, sentence));
    })));
}

// How much each part adds to the score under the policy: a part the agent has no figure for is left
// out and its weight spread over the others, as the service computes it.
export function weightedParts(line, policy) {
  const parts = [
    { key: 'kpi', name: t('appraisal.kpiScore'), weight: Number(policy.kpiWeight), score: line.kpiScore },
    { key: 'qa', name: t('appraisal.qaScore'), weight: Number(policy.qaWeight), score: line.qaScore },
    { key: 'training', name: t('appraisal.trainingScore'), weight: Number(policy.trainingWeight), score: line.trainingScore },
  ].filter(part => part.score !== null && part.score !== undefined);
  const weights = parts.reduce((sum, part) => sum + part.weight, 0);
  return parts.map(part => ({ ...part, share: weights ? part.weight / weights : 0, points: weights ? part.weight * Number(part.score) / weights : 0 }));
}
