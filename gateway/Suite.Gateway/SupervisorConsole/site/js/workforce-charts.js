import { formatDay, formatClock, hoursIntoDay } from './roster-dates.js';

// SVG charts for the rostering and task-list pages. Sizes are SVG attributes, never style attributes,
// which the console's Content-Security-Policy would refuse.
const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

/**
 * One stacked bar per person: items done, items still open, and items late (open and past due), so a
 * leader sees at a glance who is behind. rows: { name, done, open, late }.
 */
export function progressChart(rows, { title, legend }) {
  const rowHeight = 24, labelWidth = 150, width = 640, barWidth = width - labelWidth - 70;
  const chart = svg('svg', { class: 'chart progress-chart', role: 'img', viewBox: `0 0 ${width} ${rows.length * rowHeight + 30}`, width: '100%' }, svg('title', {}, title));
  rows.forEach((row, index) => {
    const y = index * rowHeight + 4;
    const total = Math.max(1, row.done + row.open + row.late);
    let x = labelWidth;
    chart.append(svg('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' }, row.name));
    for (const part of ['done', 'open', 'late']) {
      const length = barWidth * row[part] / total;
      if (length > 0) chart.append(svg('rect', { class: `segment ${part}`, x, y, width: length, height: rowHeight - 8 }, svg('title', {}, `${row.name}: ${legend[part]} ${row[part]}`)));
      x += length;
    }
    chart.append(svg('text', { x: labelWidth + barWidth + 6, y: y + 14 }, `${row.done}/${row.done + row.open + row.late}`));
  });
  const legendY = rows.length * rowHeight + 20;
  ['done', 'open', 'late'].forEach((part, index) => {
    const x = labelWidth + index * 120;
    chart.append(svg('rect', { class: `segment ${part}`, x, y: legendY - 10, width: 12, height: 12 }), svg('text', { x: x + 16, y: legendY }, legend[part]));
  });
  return chart;
}

/**
 * A week of shifts on a 24-hour axis in the roster's time zone: a row per day, a bar per shift with its
 * breaks cut out, so an agent sees the shape of the week before reading any time.
 */
export function weekTimeline(days, shifts, { title, queueName }) {
  const rowHeight = 30, labelWidth = 110, width = 720, hourWidth = (width - labelWidth - 24) / 24;
  const x = hours => labelWidth + Math.max(0, Math.min(24, hours)) * hourWidth;
  const chart = svg('svg', { class: 'chart week-timeline', role: 'img', viewBox: `0 0 ${width} ${days.length * rowHeight + 24}`, width: '100%' }, svg('title', {}, title));
  for (let hour = 0; hour <= 24; hour += 3) {
    chart.append(svg('line', { class: 'hour', x1: x(hour), x2: x(hour), y1: 0, y2: days.length * rowHeight }),
      svg('text', { x: x(hour), y: days.length * rowHeight + 16, 'text-anchor': 'middle' }, `${String(hour).padStart(2, '0')}:00`));
  }
  days.forEach((day, index) => {
    const y = index * rowHeight;
    chart.append(svg('text', { x: labelWidth - 8, y: y + 19, 'text-anchor': 'end' }, formatDay(day)));
    for (const shift of shifts.filter(candidate => candidate.day === day)) {
      const from = hoursIntoDay(shift.start, day, shift.timeZone), to = hoursIntoDay(shift.end, day, shift.timeZone);
      const label = `${shift.shiftName} ${formatClock(shift.start, shift.timeZone)}–${formatClock(shift.end, shift.timeZone)} · ${queueName(shift.queueId)}`;
      chart.append(svg('rect', { class: 'shift-bar', x: x(from), y: y + 5, width: Math.max(2, x(to) - x(from)), height: rowHeight - 10, rx: 4 }, svg('title', {}, label)));
      for (const pause of shift.breaks) {
        const pauseFrom = hoursIntoDay(pause.start, day, shift.timeZone), pauseTo = hoursIntoDay(pause.end, day, shift.timeZone);
        chart.append(svg('rect', { class: 'break-bar', x: x(pauseFrom), y: y + 5, width: Math.max(1, x(pauseTo) - x(pauseFrom)), height: rowHeight - 10 }));
      }
      chart.append(svg('text', { class: 'shift-label', x: x(from) + 6, y: y + 19 }, `${formatClock(shift.start, shift.timeZone)}–${formatClock(shift.end, shift.timeZone)}`));
    }
  });
  return chart;
}
