import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { authorize, pkcePair, startClinic, tokenRequest } from './support/clinic.mjs';

// Without --auto-consent a person signs in on HTML pages: pick a demo client, then allow or deny.
let clinic;
before(async () => {
  clinic = await startClinic([]);
});
after(() => clinic?.stop());

const formAction = (html, name) => new RegExp(`(?:form)?action="([^"]*${name})"`).exec(html)?.[1];

test('a person picks a demo client, allows, and the app gets a code for that client', async () => {
  const pages = [];
  const { verifier, challenge } = pkcePair();
  const redirectUri = 'http://127.0.0.1:40111/callback';
  const { code } = await authorize(clinic, {
    challenge,
    redirectUri,
    submit(html) {
      pages.push(html.includes('name="patient"') ? 'login' : 'consent');
      return html.includes('name="patient"')
        ? { path: formAction(html, '/login'), form: { patient: 'jordan-lee' } }
        : { path: formAction(html, '/confirm') };
    },
  });
  assert.deepEqual(pages, ['login', 'consent']);
  const { status, body } = await tokenRequest(clinic, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  assert.equal(status, 200);
  assert.equal(body.patient, 'jordan-lee');
});

test('deny on the consent page sends access_denied to the app', async () => {
  const { challenge } = pkcePair();
  const result = await authorize(clinic, {
    challenge,
    submit: (html) =>
      html.includes('name="patient"')
        ? { path: formAction(html, '/login'), form: { patient: 'alex-rivera' } }
        : { path: formAction(html, '/abort') },
  });
  assert.equal(result.error, 'access_denied');
  assert.equal(result.code, undefined);
});
