// Builds elements from data without ever parsing data as HTML, so a customer's message or an
// agent's name can never inject markup into the console.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function table(columns, rows, rowAttributes = () => ({})) {
  return h('table', {},
    h('thead', {}, h('tr', {}, columns.map(column => h('th', { scope: 'col' }, column.title)))),
    h('tbody', {}, rows.map(row => h('tr', rowAttributes(row), columns.map(column => h('td', {}, column.cell(row)))))));
}

export function card(title, ...children) {
  return h('section', { class: 'card' }, title ? h('h2', {}, title) : null, children);
}
