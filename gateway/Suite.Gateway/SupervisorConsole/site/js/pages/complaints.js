import { allPages, api } from '../api.js';
import { h } from '../dom.js';
import { label, t } from '../i18n.js';
import { escalateAction, fillEscalations, mayEscalate } from '../complaint-escalations.js';

const columns = ['new', 'acknowledged', 'investigating', 'awaiting-customer', 'awaiting-department', 'reopened', 'resolved'];

// The board shows every open complaint by status; countdowns tick in the browser from the SLA due
// times the service computed (business hours included), so no clock arithmetic happens here.
export async function complaintsPage({ session, rerender, showProblem }) {
  const complaints = (await Promise.all(columns.map(status => allPages(`/api/complaints/complaints?status=${status}`)))).flat();
  const board = h('div', { class: 'board' }, columns.map(status => h('section', { class: 'column', 'data-status': status },
    h('h2', {}, `${label('status', status)} (${complaints.filter(complaint => complaint.status === status).length})`),
    complaints.filter(complaint => complaint.status === status).map(complaint => complaintCard(complaint, session, rerender, showProblem)))));
  fillEscalations(board, showProblem);
  const timer = setInterval(() => {
    if (!board.isConnected) clearInterval(timer);
    else for (const element of board.querySelectorAll('[data-due]')) paintCountdown(element);
  }, 1000);
  return h('div', {}, h('h1', {}, t('complaints.title')), board);
}

function complaintCard(complaint, session, rerender, showProblem) {
  const clock = complaint.sla?.resolution;
  const move = async (to, body = {}) => {
    try {
      await api(`/api/complaints/complaints/${complaint.id}/${to === 'resolved' ? 'resolution' : 'transitions'}`, {
        method: 'POST', body: { ...(to === 'resolved' ? body : { to }), expectedVersion: complaint.version },
      });
      rerender();
    } catch (error) {
      showProblem(error);
    }
  };
  return h('article', { class: complaint.major ? 'complaint major' : 'complaint', 'data-complaint': complaint.id },
    h('div', {}, h('span', { class: 'badge' }, complaint.severity.toUpperCase()), ' ', label('category', complaint.category),
      complaint.major ? [' ', h('span', { class: 'badge bad' }, t('complaints.major'))] : null),
    h('div', { class: 'muted' }, `${complaint.platform} · ${complaint.storeCode}`),
    h('div', {}, complaint.description),
    clock?.dueAt ? paintCountdown(h('div', { class: 'countdown', 'data-due': clock.dueAt, 'data-warning': clock.warningAt ?? '', 'data-state': clock.state })) : null,
    h('ul', { class: 'escalations', 'data-escalations': complaint.id }),
    h('div', { class: 'actions' }, complaint.nextStatuses.filter(next => next !== 'resolved').map(next =>
      h('button', { type: 'button', class: 'secondary', 'data-to': next, onclick: () => move(next) }, `→ ${label('status', next)}`)),
    complaint.nextStatuses.includes('resolved') ? resolveForm(move) : null,
    mayEscalate(session) && !['resolved', 'closed'].includes(complaint.status) ? escalateAction(complaint, rerender, showProblem) : null));
}

function resolveForm(move) {
  const outcome = h('select', { name: 'outcome' }, ['apology', 'explanation', 'refund', 'replacement', 'compensation', 'no-action'].map(value => h('option', { value }, label('outcome', value))));
  const rootCause = h('select', { name: 'rootCause' }, ['agent-behaviour', 'agent-knowledge', 'process-gap', 'product-defect', 'logistics', 'pricing-or-listing-error', 'customer-misunderstanding', 'other'].map(value => h('option', { value }, label('rootCause', value))));
  const upheld = h('input', { type: 'checkbox', name: 'upheld' });
  return h('details', {}, h('summary', {}, t('complaints.resolve')),
    h('form', { onsubmit: event => { event.preventDefault(); move('resolved', { outcome: outcome.value, rootCause: rootCause.value, upheldAgainstAgent: upheld.checked }); } },
      h('label', {}, t('complaints.outcome'), outcome), h('label', {}, t('complaints.rootCause'), rootCause),
      h('label', { class: 'choice' }, upheld, t('complaints.upheld')), h('button', { type: 'submit' }, t('complaints.resolve'))));
}

function paintCountdown(element) {
  const remaining = new Date(element.dataset.due).getTime() - Date.now();
  const warning = element.dataset.warning && Date.now() >= new Date(element.dataset.warning).getTime();
  const minutes = Math.floor(Math.abs(remaining) / 60_000);
  const text = `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
  element.className = remaining < 0 || element.dataset.state === 'breached' ? 'countdown breached' : warning ? 'countdown warning' : 'countdown';
  element.textContent = remaining < 0 ? t('complaints.overdue', { time: text }) : t('complaints.dueIn', { time: text });
  return element;
}
