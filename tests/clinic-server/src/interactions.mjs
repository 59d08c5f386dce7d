/**
 * The sign-in and consent pages of the OpenID provider. With `autoConsent` (tests only) both are
 * approved without a page: the account is chosen by `login_hint` (a patient id or login name),
 * or the first demo client. Without it, a human picks a demo client and approves the scopes.
 */
export function createInteractionHandler({ provider, accounts, autoConsent }) {
  const findAccount = (hint) =>
    hint === undefined ? accounts[0] : accounts.find((a) => [a.id, a.login, `Patient/${a.id}`].includes(hint));

  async function approveConsent(req, res, interaction) {
    const { prompt, params, session, grantId } = interaction;
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) {
      grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    }
    if (prompt.details.missingOIDCClaims) {
      grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    }
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
  }

  function login(req, res, accountId) {
    return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  }

  function deny(req, res, description) {
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: description },
      { mergeWithLastSubmission: false }
    );
  }

  return async function handleInteraction(req, res, action) {
    const interaction = await provider.interactionDetails(req, res);
    const { prompt, params, uid } = interaction;

    if (req.method === 'GET' && !action) {
      if (prompt.name === 'login') {
        if (!autoConsent) {
          return sendHtml(res, loginPage(uid, accounts, findAccount(params.login_hint)));
        }
        const account = findAccount(params.login_hint);
        return account ? login(req, res, account.id) : deny(req, res, `no demo client matches login_hint`);
      }
      if (prompt.name === 'consent') {
        return autoConsent ? approveConsent(req, res, interaction) : sendHtml(res, consentPage(uid, params.scope));
      }
      return deny(req, res, `unsupported prompt ${prompt.name}`);
    }

    if (req.method === 'POST' && action === 'login' && prompt.name === 'login') {
      const form = new URLSearchParams(await readText(req));
      const account = findAccount(form.get('patient') ?? '');
      return account ? login(req, res, account.id) : deny(req, res, 'unknown demo client');
    }
    if (req.method === 'POST' && action === 'confirm' && prompt.name === 'consent') {
      return approveConsent(req, res, interaction);
    }
    if (req.method === 'POST' && action === 'abort') {
      return deny(req, res, 'the client declined');
    }
    res.writeHead(400, { 'content-type': 'text/plain' }).end('unexpected interaction request\n');
  };
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendHtml(res, body) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Riverside Recovery Center sign-in (test)</title>
<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em}button{font-size:1em;padding:.5em 1em;margin:.5em .5em 0 0}label{display:block;margin:.4em 0}</style>
</head><body><p><em>Test clinic server: demo accounts only, no passwords.</em></p>${body}</body></html>`);
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function loginPage(uid, accounts, preselected) {
  const choices = accounts
    .map(
      (a) =>
        `<label><input type="radio" name="patient" value="${escapeHtml(a.id)}"${a === (preselected ?? accounts[0]) ? ' checked' : ''}> ${escapeHtml(a.name)} (${escapeHtml(a.login)})</label>`
    )
    .join('\n');
  return `<h1>Sign in</h1><form method="post" action="${escapeHtml(uid)}/login">${choices}
<button type="submit">Sign in</button><button type="submit" formaction="${escapeHtml(uid)}/abort">Cancel</button></form>`;
}

function consentPage(uid, scope) {
  const items = (scope ?? '')
    .split(' ')
    .filter(Boolean)
    .map((s) => `<li><code>${escapeHtml(s)}</code></li>`)
    .join('');
  return `<h1>Allow Stepstone?</h1><p>Stepstone asks for:</p><ul>${items}</ul>
<form method="post"><button type="submit" formaction="${escapeHtml(uid)}/confirm">Allow</button>
<button type="submit" formaction="${escapeHtml(uid)}/abort">Deny</button></form>`;
}
