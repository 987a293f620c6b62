import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatNumber } from '../i18n.js';
import { barChart, lineChart } from '../charts.js';

const isoDate = date => date.toISOString().slice(0, 10);

export async function qaReportsPage() {
  const today = new Date();
  const from = isoDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 5, 1)));
  const to = isoDate(today);
  const [redLines, trend, workload] = await Promise.all([
    api(`/api/quality/reports/red-line-hits?from=${from}&to=${to}`),
    api(`/api/quality/reports/qa-trend?from=${from}&to=${to}`),
    api(`/api/quality/reports/evaluator-workload?from=${from}&to=${to}`),
  ]);
  return h('div', {},
    h('h1', {}, t('qaReports.title')),
    card(t('qaReports.trend'), trend.months.length
      ? lineChart(trend.months, { label: month => `${month.year}-${String(month.month).padStart(2, '0')}`, value: month => month.averageScore, format: value => formatNumber(value, 0), title: t('qaReports.trend') })
      : h('p', { class: 'muted' }, t('common.noData'))),
    card(t('qaReports.redLines'), redLines.categories.length
      ? barChart(redLines.categories, { label: category => label('redLine', category.category), value: category => category.hits, title: t('qaReports.redLines') })
      : h('p', { class: 'muted' }, t('common.noData'))),
    card(t('qaReports.workload'), table([
      { title: t('qaReports.evaluator'), cell: row => row.evaluatorId },
      { title: t('qaReports.evaluations'), cell: row => row.evaluationsCompleted },
      { title: t('qaReports.disputes'), cell: row => row.disputesReviewed },
      { title: t('qaReports.spotChecks'), cell: row => row.spotChecksAssigned },
    ], workload.evaluators)));
}
