import { ApiProblem } from './api.js';
import { h } from './dom.js';
import { setLanguage, t, translateStatic, currentLanguage } from './i18n.js';
import { currentSession, signOut } from './session.js';
import { routes, firstPageFor, inMenu } from './routes.js';

const page = document.getElementById('page');
const problem = document.getElementById('problem');

export function showProblem(error) {
  problem.hidden = false;
  problem.textContent = error instanceof ApiProblem ? error.describe() : String(error?.message ?? error);
}

function clearProblem() {
  problem.hidden = true;
  problem.textContent = '';
}

function renderChrome(session, active) {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...(session ? routes.filter(route => inMenu(route, session)).map(route =>
    h('a', { href: `#/${route.path}`, 'aria-current': route.path === active ? 'page' : null }, t(route.title))) : []));
  document.getElementById('who').textContent = session ? `${session.name} · ${session.tenant} · ${session.roles.join(', ')}` : '';
  document.getElementById('sign-out').hidden = !session;
  translateStatic();
}

// Counts renders, so a page still waiting for the API when the person moves on cannot paint over the next one.
let latestRender = 0;

// Every page re-renders from the API on navigation: the services are the source of truth, never the browser.
async function render() {
  const thisRender = ++latestRender;
  clearProblem();
  const session = currentSession();
  const path = location.hash.replace(/^#\/?/, '').split('?')[0] || (session ? firstPageFor(session) : 'sign-in');
  const route = routes.find(candidate => candidate.path === path.split('/')[0]) ?? routes[0];
  if (!session && route.path !== 'sign-in') {
    location.hash = '#/sign-in';
    return;
  }
  // A page this person's roles do not open would only answer 403s: take them to their own first page.
  if (session && !route.visible(session)) {
    location.hash = `#/${firstPageFor(session)}`;
    return;
  }
  renderChrome(session, route.path);
  page.replaceChildren(h('p', { class: 'muted' }, t('app.loading')));
  try {
    const content = await route.render({ session, parameters: path.split('/').slice(1), query: new URLSearchParams(location.hash.split('?')[1] ?? ''), rerender: render, showProblem });
    if (thisRender !== latestRender) return;
    page.replaceChildren(content);
    document.title = `${t(route.title)} · ${t('app.title')}`;
  } catch (error) {
    if (thisRender !== latestRender) return;
    page.replaceChildren();
    showProblem(error);
  }
}

document.getElementById('language').value = currentLanguage();
document.getElementById('language').addEventListener('change', event => { setLanguage(event.target.value); render(); });
document.getElementById('sign-out').addEventListener('click', () => { signOut(); location.hash = '#/sign-in'; render(); });
window.addEventListener('hashchange', render);
setLanguage(currentLanguage());
render();
