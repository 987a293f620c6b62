import { allPages, api } from './api.js';

/**
 * An agent's shifts between two local days, from published rosters only (a draft is not yet anyone's
 * duty). Each carries its roster's time zone, the clock its times are read in.
 */
export async function publishedShifts(agentId, firstDay, lastDay) {
  const published = await allPages('/api/scheduling/rosters?status=published');
  const overlapping = published.filter(roster => roster.firstDay <= lastDay && roster.lastDay >= firstDay);
  const rosters = await Promise.all(overlapping.map(roster => api(`/api/scheduling/rosters/${roster.id}`)));
  return rosters
    .flatMap(roster => roster.assignments
      .filter(assignment => assignment.agentId === agentId && assignment.day >= firstDay && assignment.day <= lastDay)
      .map(assignment => ({ ...assignment, timeZone: roster.timeZone, rosterName: roster.name })))
    .sort((a, b) => new Date(a.start) - new Date(b.start));
}

// Queue id -> "store · queue", for naming where a shift is worked.
export async function queueNames() {
  const stores = await api('/api/scheduling/stores');
  return new Map(stores.flatMap(store => store.queues.map(queue => [queue.id, `${store.name} · ${queue.name}`])));
}
