import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { barChart } from '../charts.js';

const isoDate = date => date.toISOString().slice(0, 10);

// Seed 003: effective load = receptions + stores served × per-store overhead, against each agent's maximum.
export async function workloadPage({ query }) {
  const today = new Date();
  const from = query.get('from') ?? isoDate(new Date(today.getTime() - 6 * 86_400_000));
  const to = query.get('to') ?? isoDate(today);
  const report = await api(`/api/scheduling/workload/report?from=${from}&to=${to}`);
  const overloaded = report.days.filter(day => day.overloaded);
  const latestDay = report.days.map(day => day.date).sort().at(-1);
  const latest = report.days.filter(day => day.date === latestDay).sort((a, b) => b.effectiveLoad - a.effectiveLoad).slice(0, 20);

  const fromField = h('input', { type: 'date', name: 'from', value: from });
  const toField = h('input', { type: 'date', name: 'to', value: to });
  return h('div', {},
    h('h1', {}, t('workload.title')),
    h('form', { class: 'inline', onsubmit: event => { event.preventDefault(); location.hash = `#/workload?from=${fromField.value}&to=${toField.value}`; } },
      h('label', {}, t('common.from'), fromField), h('label', {}, t('common.to'), toField), h('button', { type: 'submit' }, t('common.show'))),
    h('p', { class: 'muted' }, t('workload.rule', { overhead: report.perStoreOverhead })),
    card(t('workload.overloaded', { count: overloaded.length }),
      overloaded.length ? table([
        { title: t('common.date'), cell: day => formatDate(day.date) },
        { title: t('agent.name'), cell: day => day.displayName },
        { title: t('agent.team'), cell: day => day.team },
        { title: t('workload.receptions'), cell: day => day.receptions },
        { title: t('workload.stores'), cell: day => day.storesServed },
        { title: t('workload.effective'), cell: day => h('strong', {}, day.effectiveLoad) },
        { title: t('workload.maximum'), cell: day => day.maxDailyReceptions },
      ], overloaded, () => ({ class: 'overloaded' })) : h('p', { class: 'muted' }, t('workload.noneOverloaded'))),
    latest.length ? card(t('workload.latestDay', { date: formatDate(latestDay) }),
      barChart(latest, { label: day => day.displayName, value: day => day.effectiveLoad, over: day => day.overloaded, title: t('workload.latestDay', { date: latestDay }) })) : null);
}
