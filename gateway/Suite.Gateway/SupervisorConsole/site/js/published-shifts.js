import { api } from './api.js';

/**
 * An agent's shifts between two local days, from published rosters only (a draft is not yet anyone's
 * duty), earliest first. The Scheduling API serves them to the agent itself as well as to management,
 * without the rest of the roster. Each carries its roster's time zone, the clock its times are read in.
 */
export async function publishedShifts(agentId, firstDay, lastDay) {
  const query = new URLSearchParams({ from: firstDay, to: lastDay });
  const answer = await api(`/api/scheduling/agents/${encodeURIComponent(agentId)}/shifts?${query}`);
  // queueId as on a roster's assignments, which the week timeline names shifts by.
  return answer.shifts.map(shift => ({ ...shift, queueId: shift.queue.id }));
}

// Where a shift is worked: "store · queue".
export const workplace = shift => `${shift.queue.store.name} · ${shift.queue.name}`;
