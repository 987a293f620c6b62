import { h, card } from '../dom.js';
import { t } from '../i18n.js';
import { signIn } from '../session.js';
// routes.js imports this page too; the cycle is safe because firstPageFor is called only when someone signs in.
import { firstPageFor } from '../routes.js';

// On the embedded default the host offers demo identities; a real deployment signs in with a token from
// the organisation's identity provider, pasted here.
export async function signInPage({ rerender, showProblem }) {
  const identities = await fetch('demo-identities', { headers: { Accept: 'application/json' } })
    .then(response => response.ok ? response.json() : [])
    .catch(() => []);

  const use = token => {
    try {
      const session = signIn(token);
      location.hash = `#/${firstPageFor(session)}`;
      rerender();
    } catch {
      showProblem(t('signIn.invalidToken'));
    }
  };

  const tokenField = h('textarea', { id: 'token', rows: 4, cols: 60, 'aria-label': t('signIn.token') });
  return h('div', { class: 'sign-in' },
    h('h1', {}, t('signIn.title')),
    identities.length ? card(t('signIn.demo'),
      h('p', { class: 'muted' }, t('signIn.demoHint')),
      identities.map(identity => h('div', { class: 'identity' },
        h('span', {}, identity.name, ' ', h('span', { class: 'badge' }, identity.role)),
        h('button', { type: 'button', 'data-identity': identity.role, onclick: () => use(identity.token) }, t('signIn.as'))))) : null,
    card(t('signIn.withToken'),
      h('p', { class: 'muted' }, t('signIn.tokenHint')),
      h('form', { onsubmit: event => { event.preventDefault(); use(tokenField.value); } },
        tokenField, h('p', {}, h('button', { type: 'submit' }, t('signIn.submit'))))));
}
