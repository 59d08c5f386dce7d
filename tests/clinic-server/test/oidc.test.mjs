import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authorize, fhirClient, jwtPayload, pkcePair, signIn, startClinic, tokenRequest } from './support/clinic.mjs';

let clinic;
before(async () => {
  clinic = await startClinic(['--auto-consent']);
});
after(() => clinic?.stop());

describe('SMART discovery', () => {
  test('smart-configuration advertises S256 only and the standalone patient capabilities', async () => {
    const res = await fetch(`${clinic.fhirBase}/.well-known/smart-configuration`);
    assert.equal(res.status, 200);
    const config = await res.json();
    assert.deepEqual(config.code_challenge_methods_supported, ['S256']);
    assert.equal(config.authorization_endpoint, clinic.authorizationEndpoint);
    assert.equal(config.token_endpoint, clinic.tokenEndpoint);
    assert.ok(config.revocation_endpoint);
    for (const capability of [
      'launch-standalone',
      'client-public',
      'context-standalone-patient',
      'permission-v2',
      'permission-offline',
      'permission-patient',
      'sso-openid-connect',
    ]) {
      assert.ok(config.capabilities.includes(capability), capability);
    }
    assert.ok(config.scopes_supported.includes('patient/QuestionnaireResponse.cruds'));
  });

  test('metadata is a public CapabilityStatement with the SMART oauth-uris', async () => {
    const res = await fetch(`${clinic.fhirBase}/metadata`);
    assert.equal(res.status, 200);
    const statement = await res.json();
    assert.equal(statement.resourceType, 'CapabilityStatement');
    assert.equal(statement.fhirVersion, '4.0.1');
    const uris = statement.rest[0].security.extension[0].extension;
    assert.equal(uris.find((u) => u.url === 'token').valueUri, clinic.tokenEndpoint);
  });
});

describe('authorization code flow with PKCE', () => {
  test('auto-consent sign-in returns access and refresh tokens and the patient', async () => {
    const tokens = await signIn(clinic);
    assert.equal(tokens.token_type, 'Bearer');
    assert.ok(tokens.access_token && tokens.refresh_token && tokens.id_token);
    assert.equal(tokens.patient, 'alex-rivera');
    assert.match(tokens.scope, /offline_access/);
    assert.match(tokens.scope, /patient\/\*\.cruds/);
    const claims = jwtPayload(tokens.access_token);
    assert.equal(claims.patient, 'alex-rivera');
    assert.equal(claims.aud, clinic.fhirBase);
    assert.equal(claims.iss, clinic.issuer);
    assert.equal(jwtPayload(tokens.id_token).fhirUser, `${clinic.fhirBase}/Patient/alex-rivera`);
    const { status, body } = await fhirClient(clinic, tokens.access_token)('GET', 'Patient/alex-rivera');
    assert.equal(status, 200);
    assert.equal(body.name[0].text, 'Alex Rivera');
  });

  test('login_hint chooses the demo client, by login name or id', async () => {
    assert.equal((await signIn(clinic, { loginHint: 'jordan' })).patient, 'jordan-lee');
    assert.equal((await signIn(clinic, { loginHint: 'alex-rivera' })).patient, 'alex-rivera');
  });

  test('any loopback port and the custom scheme are accepted as redirect URIs', async () => {
    assert.ok((await signIn(clinic, { redirectUri: 'http://127.0.0.1:61999/callback' })).access_token);
    assert.ok((await signIn(clinic, { redirectUri: 'stepstone://callback' })).access_token);
    const { challenge } = pkcePair();
    await assert.rejects(authorize(clinic, { challenge, redirectUri: 'http://evil.example/callback' }), /invalid_redirect_uri/);
  });

  test('a wrong code_verifier is refused', async () => {
    const { challenge } = pkcePair();
    const redirectUri = 'http://127.0.0.1:53117/callback';
    const { code } = await authorize(clinic, { challenge, redirectUri });
    const { status, body } = await tokenRequest(clinic, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: pkcePair().verifier,
    });
    assert.equal(status, 400);
    assert.equal(body.error, 'invalid_grant');
    assert.equal(body.access_token, undefined);
  });

  test('the plain method and a missing challenge are refused at the authorization endpoint', async () => {
    const { verifier } = pkcePair();
    const plain = await authorize(clinic, { challenge: verifier, method: 'plain' });
    assert.equal(plain.error, 'invalid_request');
    assert.match(plain.error_description, /code_challenge_method/);
    assert.equal(plain.code, undefined);
    const missing = await authorize(clinic, {});
    assert.equal(missing.error, 'invalid_request');
    assert.match(missing.error_description, /PKCE/);
    assert.equal(missing.code, undefined);
  });

  test('an unknown login_hint is denied, not signed in as someone else', async () => {
    const { challenge } = pkcePair();
    const result = await authorize(clinic, { challenge, loginHint: 'nobody' });
    assert.equal(result.error, 'access_denied');
    assert.equal(result.code, undefined);
  });

  test('an aud other than the FHIR base is refused', async () => {
    const { challenge } = pkcePair();
    const result = await authorize({ ...clinic, fhirBase: 'https://elsewhere.example/fhir' }, { challenge });
    assert.equal(result.error, 'invalid_request');
  });
});

describe('scopes', () => {
  test('v2 letters out of order are granted in canonical order; unknown scopes are dropped', async () => {
    const tokens = await signIn(clinic, {
      scope: 'openid launch/patient patient/Task.rsu patient/Observation.cruds patient/Unknown.x',
    });
    assert.deepEqual(tokens.scope.split(' ').sort(), ['launch/patient', 'openid', 'patient/Observation.cruds', 'patient/Task.rus']);
    assert.equal(jwtPayload(tokens.access_token).scope, 'patient/Task.rus patient/Observation.cruds');
  });
});

describe('refresh tokens', () => {
  test('rotate on use, and reusing a rotated-out token revokes the grant', async () => {
    const first = await signIn(clinic);
    const refreshed = await tokenRequest(clinic, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    assert.equal(refreshed.status, 200);
    assert.ok(refreshed.body.access_token);
    assert.notEqual(refreshed.body.refresh_token, first.refresh_token);
    assert.equal(refreshed.body.patient, 'alex-rivera');

    const reuse = await tokenRequest(clinic, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    assert.equal(reuse.status, 400);
    assert.equal(reuse.body.error, 'invalid_grant');

    const afterRevocation = await tokenRequest(clinic, {
      grant_type: 'refresh_token',
      refresh_token: refreshed.body.refresh_token,
    });
    assert.equal(afterRevocation.status, 400);
    assert.equal(afterRevocation.body.error, 'invalid_grant');
  });

  test('a revoked refresh token no longer works', async () => {
    const tokens = await signIn(clinic);
    const config = await (await fetch(`${clinic.fhirBase}/.well-known/smart-configuration`)).json();
    const revoked = await fetch(config.revocation_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clinic.clientId, token: tokens.refresh_token }).toString(),
    });
    assert.equal(revoked.status, 200);
    const refreshed = await tokenRequest(clinic, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    assert.equal(refreshed.body.error, 'invalid_grant');
  });

  test('no refresh token without offline_access', async () => {
    const tokens = await signIn(clinic, { scope: 'openid fhirUser launch/patient patient/Observation.rs' });
    assert.ok(tokens.access_token);
    assert.equal(tokens.refresh_token, undefined);
  });
});
