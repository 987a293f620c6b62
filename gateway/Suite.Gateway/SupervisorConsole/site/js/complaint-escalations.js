// A complaint's way up the chain on its board card: the SLA clock's warnings and escalations and those
// made by hand, whom each went to, and the supervisor's own "escalate" action.
import { api } from './api.js';
import { h } from './dom.js';
import { label, t, formatDateTime } from './i18n.js';

const stages = ['team-leader', 'supervisor', 'manager'];
const escalatingRoles = ['supervisor', 'manager', 'admin'];
const concurrentReads = 6;

export const mayEscalate = session => session.roles.some(role => escalatingRoles.includes(role));

// A board can hold hundreds of cards: the board shows at once and each card's escalations arrive
// after it, a few requests at a time, so the first paint never waits on them.
export function fillEscalations(board, showProblem) {
  const names = new Map();
  const slots = [...board.querySelectorAll('[data-escalations]')];
  const next = async () => {
    for (let slot = slots.shift(); slot; slot = slots.shift()) {
      try {
        const escalations = await api(`/api/complaints/complaints/${slot.dataset.escalations}/escalations`);
        // The board is on the page before any answer arrives; once it has left, the rest is not wanted.
        if (!board.isConnected) return;
        slot.replaceChildren(...await Promise.all(escalations.map(escalation => escalationItem(escalation, names))));
        slot.dataset.loaded = String(escalations.length);
      } catch (error) {
        showProblem(error);
        return;
      }
    }
  };
  return Promise.all(Array.from({ length: concurrentReads }, next));
}

async function escalationItem(escalation, names) {
  // The stage names the role it went to; a team leader Scheduling could name is shown by name as well.
  const to = escalation.stage === 'warning' ? t('escalation.toDesk')
    : escalation.toPersonId ? await personName(escalation.toPersonId, names)
    : null;
  return h('li', { class: `escalation ${escalation.stage}`, 'data-escalation-stage': escalation.stage, 'data-escalation-trigger': escalation.trigger, title: escalation.reason },
    h('span', { class: escalation.stage === 'warning' ? 'badge warn' : 'badge bad' }, `${escalation.stage === 'warning' ? '⚠' : '⇧'} ${label('escalationStage', escalation.stage)}`), ' ',
    to ? [h('span', {}, t('escalation.to', { to })), ' '] : null,
    h('br'),
    h('span', { class: 'muted' }, `${label('escalationTrigger', escalation.trigger)} · ${formatDateTime(escalation.at)}`),
    escalation.trigger === 'manual' ? h('div', { class: 'escalation-reason' }, escalation.reason) : null);
}

// The team leader an escalation went to is named by Scheduling; one read per person for the whole board.
function personName(id, names) {
  if (!names.has(id)) {
    names.set(id, api(`/api/scheduling/agents/${id}`).then(agent => agent.displayName, () => id));
  }
  return names.get(id);
}

// The form is built only when opened, so a card carries one form at a time (the resolution's or this one).
export function escalateAction(complaint, rerender, showProblem) {
  const holder = h('div', { class: 'escalate' });
  const toggle = h('button', { type: 'button', class: 'secondary', 'data-action': 'escalate', 'aria-expanded': 'false' }, `⇧ ${t('escalation.escalate')}`);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    holder.replaceChildren(...(open ? [] : [escalateForm(complaint, rerender, showProblem)]));
  });
  return [toggle, holder];
}

function escalateForm(complaint, rerender, showProblem) {
  const stage = h('select', { name: 'stage' }, stages.map(value => h('option', { value }, label('escalationStage', value))));
  const reason = h('textarea', { name: 'reason', rows: 2, required: true, maxlength: 500 });
  return h('form', {
    onsubmit: async event => {
      event.preventDefault();
      try {
        await api(`/api/complaints/complaints/${complaint.id}/escalations`, {
          method: 'POST', body: { stage: stage.value, reason: reason.value, expectedVersion: complaint.version },
        });
        rerender();
      } catch (error) {
        showProblem(error);
      }
    },
  },
  h('label', {}, t('escalation.stage'), stage), h('label', {}, t('escalation.reason'), reason),
  h('button', { type: 'submit' }, t('escalation.send')));
}
