import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { label, t, formatDateTime, formatNumber } from '../i18n.js';

export async function qaQueuePage({ query }) {
  const page = Number(query.get('page') ?? 1);
  const flagged = await api(`/api/quality/conversations?flagged=true&page=${page}&pageSize=50`);
  const pages = Math.max(1, Math.ceil(flagged.total / flagged.pageSize));
  return h('div', {},
    h('h1', {}, t('qa.title')),
    h('p', { class: 'muted' }, t('qa.queueHint', { count: flagged.total })),
    table([
      { title: t('qa.started'), cell: row => formatDateTime(row.startedAt) },
      { title: t('qa.store'), cell: row => row.storeCode },
      { title: t('qa.redLines'), cell: row => h('span', { class: row.redLineHitCount ? 'badge bad' : 'badge' }, row.redLineHitCount) },
      { title: t('qa.firstResponse'), cell: row => formatNumber(row.firstResponseSeconds, 0) },
      { title: t('qa.csat'), cell: row => row.csat ?? '–' },
      { title: '', cell: row => h('a', { href: `#/conversation/${row.id}`, 'data-conversation': row.conversationId }, t('qa.open')) },
    ], flagged.items),
    h('p', {}, page > 1 ? h('a', { href: `#/qa?page=${page - 1}` }, t('common.previous')) : null, ` ${page} / ${pages} `,
      page < pages ? h('a', { href: `#/qa?page=${page + 1}` }, t('common.next')) : null));
}

export async function conversationPage({ parameters, showProblem }) {
  const conversation = await api(`/api/quality/conversations/${encodeURIComponent(parameters[0])}`);
  const scorecards = await api('/api/quality/scorecards');
  const scorecard = scorecards.find(card => card.storeCode === conversation.storeCode)
    ?? scorecards.find(card => card.channel && card.channel === conversation.channel)
    ?? scorecards.find(card => !card.storeCode && !card.channel);
  const qa = conversation.autoQa;

  return h('div', {},
    h('h1', {}, t('qa.conversation', { id: conversation.conversationId })),
    h('div', { class: 'grid' },
      card(t('qa.autoQa'), h('dl', {},
        figure(t('qa.firstResponse'), formatNumber(qa.responseTimes.firstResponseSeconds, 0)),
        figure(t('qa.averageResponse'), formatNumber(qa.responseTimes.averageResponseSeconds, 0)),
        figure(t('qa.responseRate', { seconds: qa.responseTimes.thresholdSeconds }), qa.responseTimes.responseRate === null ? '–' : `${formatNumber(qa.responseTimes.responseRate * 100, 0)}%`),
        figure(t('qa.qaRatio'), formatNumber(qa.questionAnswerRatio, 2)),
        figure(t('qa.greeting'), qa.greetingPresent ? '✓' : '✗'),
        figure(t('qa.closing'), qa.closingPresent ? '✓' : '✗'))),
      card(t('qa.redLines'), qa.redLineHits.length
        ? h('ul', {}, qa.redLineHits.map(hit => h('li', { 'data-red-line': hit.category }, h('span', { class: 'badge bad' }, label('redLine', hit.category)), ' ', hit.matchedText)))
        : h('p', { class: 'muted' }, t('qa.noRedLines')))),
    card(t('qa.transcript'), h('ol', { class: 'transcript' }, conversation.messages.map(message =>
      h('li', { class: message.role === 'agent' ? 'agent' : 'customer' },
        h('time', {}, `${label('role', message.role)} · ${formatDateTime(message.sentAt)}`),
        highlight(message.text, qa.redLineHits.filter(hit => hit.messageIndex === message.index)))))),
    scorecard ? evaluationForm(conversation, scorecard, showProblem) : card(t('qa.evaluate'), h('p', { class: 'muted' }, t('qa.noScorecard'))));
}

const figure = (name, value) => [h('dt', { class: 'stat-label' }, name), h('dd', {}, value)];

// Marks each red-line hit inside the message at the position auto-QA stored.
function highlight(text, hits) {
  const parts = [];
  let cursor = 0;
  for (const hit of [...hits].sort((a, b) => a.position - b.position)) {
    if (hit.position < cursor) continue;
    parts.push(text.slice(cursor, hit.position), h('mark', { class: 'red-line', title: hit.rule }, text.slice(hit.position, hit.position + hit.length)));
    cursor = hit.position + hit.length;
  }
  parts.push(text.slice(cursor));
  return h('p', {}, parts);
}

function evaluationForm(conversation, scorecard, showProblem) {
  const comment = h('textarea', { name: 'comment', rows: 3, cols: 60 });
  const result = h('div', { 'aria-live': 'polite' });
  const outcomes = criterion => ['met', 'not-met', ...(criterion.allowNotApplicable ? ['not-applicable'] : [])];
  const form = h('form', {
    onsubmit: async event => {
      event.preventDefault();
      const data = new FormData(form);
      const answers = Object.fromEntries(scorecard.sections.flatMap(section => section.criteria)
        .filter(criterion => data.get(criterion.key)).map(criterion => [criterion.key, data.get(criterion.key)]));
      try {
        const evaluation = await api('/api/quality/evaluations', { method: 'POST', body: { conversationId: conversation.id, scorecardId: scorecard.id, answers, comment: comment.value || null } });
        result.replaceChildren(h('p', { class: 'badge good', 'data-evaluation-score': evaluation.score }, t('qa.evaluated', { score: formatNumber(evaluation.score, 1) })),
          evaluation.autoFailed ? h('p', { class: 'badge bad' }, t('qa.autoFailed', { criteria: evaluation.failedCriticalCriteria.join(', ') })) : null);
      } catch (error) {
        showProblem(error);
      }
    },
  },
  scorecard.sections.map(section => h('fieldset', {}, h('legend', {}, section.name),
    section.criteria.map(criterion => h('div', { class: 'criterion' },
      h('strong', {}, criterion.name), ' ', h('span', { class: criterion.kind === 'critical' ? 'badge bad' : 'badge' }, `${label('criterionKind', criterion.kind)} · ${criterion.weight}`), ' ',
      outcomes(criterion).map(outcome => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: criterion.key, value: outcome }), label('outcome', outcome))))))),
  h('label', {}, t('qa.comment'), comment),
  h('p', {}, h('button', { type: 'submit' }, t('qa.submitEvaluation'))));
  return card(`${t('qa.evaluate')} · ${scorecard.name} v${scorecard.version}`, form, result);
}
