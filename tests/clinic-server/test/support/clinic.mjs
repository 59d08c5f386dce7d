import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const serverScript = new URL('../../src/server.mjs', import.meta.url).pathname;

/** Starts the server as a child process and waits for its ready file. */
export async function startClinic(extraArgs = ['--auto-consent']) {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-test-'));
  const readyFile = join(dir, 'ready.json');
  const child = spawn(process.execPath, [serverScript, '--port', '0', '--ready-file', readyFile, ...extraArgs], {
    stdio: ['ignore', 'ignore', process.env.CLINIC_STDERR ? 'inherit' : 'pipe'],
  });
  process.once('exit', () => child.kill()); // never leave a server behind when a test crashes
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 30_000;
  let ready;
  while (!ready) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`clinic server did not become ready:\n${stderr}`);
    }
    try {
      ready = JSON.parse(readFileSync(readyFile, 'utf8'));
    } catch {
      await sleep(50);
    }
  }
  return {
    ...ready,
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** A browser stand-in: follows redirects by hand and keeps cookies, until the app's redirect URI. */
async function followToRedirectUri(startUrl, redirectUri, jar = new Map(), submit = undefined) {
  let url = new URL(startUrl);
  let init = {};
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: cookieHeader(jar) } });
    storeCookies(jar, res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) {
        return Object.fromEntries(next.searchParams);
      }
      url = next;
      init = {};
      continue;
    }
    if (res.headers.get('content-type')?.startsWith('text/html') && submit) {
      const action = submit(await res.text(), url);
      url = new URL(action.path, url);
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(action.form ?? {}).toString(),
      };
      continue;
    }
    throw new Error(`authorization stopped at ${url} with ${res.status}: ${await res.text()}`);
  }
  throw new Error('too many redirects');
}

function cookieHeader(jar) {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

function storeCookies(jar, setCookies) {
  for (const line of setCookies) {
    const [pair, ...attributes] = line.split(';');
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    const expires = attributes.find((a) => a.trim().toLowerCase().startsWith('expires='));
    if (!value || (expires && Date.parse(expires.split('=')[1]) < Date.now())) {
      jar.delete(name);
    } else {
      jar.set(name, value);
    }
  }
}

/**
 * Runs the authorization endpoint of the code flow and returns the redirect's query parameters
 * (`code` and `state`, or `error`).
 */
export async function authorize(clinic, options = {}) {
  const {
    scope = 'openid fhirUser launch/patient offline_access patient/*.cruds',
    loginHint,
    redirectUri = 'http://127.0.0.1:53117/callback',
    challenge,
    method = 'S256',
    submit,
  } = options;
  const url = new URL(clinic.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clinic.clientId,
    redirect_uri: redirectUri,
    scope,
    state: randomBytes(8).toString('hex'),
    aud: clinic.fhirBase,
    ...(challenge ? { code_challenge: challenge, code_challenge_method: method } : {}),
    ...(loginHint ? { login_hint: loginHint } : {}),
  }).toString();
  return followToRedirectUri(url, redirectUri, new Map(), submit);
}

export async function tokenRequest(clinic, params) {
  const res = await fetch(clinic.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clinic.clientId, ...params }).toString(),
  });
  return { status: res.status, body: await res.json() };
}

/** Signs in as a demo client with auto-consent and returns the token response. */
export async function signIn(clinic, options = {}) {
  const { verifier, challenge } = pkcePair();
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1:53117/callback';
  const { code } = await authorize(clinic, { ...options, challenge, redirectUri });
  const { status, body } = await tokenRequest(clinic, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  if (status !== 200) {
    throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
  }
  return body;
}

export function jwtPayload(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** A tiny FHIR client: `fhir(token)('GET', 'Patient/x')` → { status, headers, body }. */
export function fhirClient(clinic, token) {
  return async (method, path, body, headers = {}) => {
    const url = path.startsWith('http') ? path : `${clinic.fhirBase}/${path}`;
    const res = await fetch(url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/fhir+json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
}
