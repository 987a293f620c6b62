import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatDate, formatNumber } from '../i18n.js';
import { barChart } from '../charts.js';

export async function trainingPage() {
  const [courses, expiring] = await Promise.all([api('/api/training/reports/courses'), api('/api/training/certifications/expiring?withinDays=30')]);
  const rated = courses.filter(course => course.passRatePercent !== null);
  return h('div', {},
    h('h1', {}, t('training.title')),
    rated.length ? card(t('training.passRates'), barChart(rated, { label: course => course.title, value: course => course.passRatePercent, limit: 100, format: value => `${formatNumber(value, 0)}%`, title: t('training.passRates') })) : null,
    card(t('training.courses'), table([
      { title: t('training.course'), cell: course => course.title },
      { title: t('training.category'), cell: course => label('courseCategory', course.category) },
      { title: t('training.attempted'), cell: course => course.agentsAttempted },
      { title: t('training.completed'), cell: course => course.agentsCompleted },
      { title: t('training.passRate'), cell: course => course.passRatePercent === null ? '–' : `${formatNumber(course.passRatePercent, 0)}%` },
    ], courses)),
    card(t('training.expiring', { days: 30 }), expiring.length ? table([
      { title: t('training.agent'), cell: certification => certification.agentId },
      { title: t('training.skill'), cell: certification => certification.skill },
      { title: t('training.validUntil'), cell: certification => formatDate(certification.validUntil) },
    ], expiring) : h('p', { class: 'muted' }, t('training.noneExpiring'))));
}
