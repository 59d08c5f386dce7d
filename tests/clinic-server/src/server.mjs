import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { demoClients, therapist } from '../seed/clinic.mjs';
import { TokenVerifier } from './auth.mjs';
import { PatientCompartment } from './compartment.mjs';
import { loadDefinitions, loadPatientCompartment } from './definitions.mjs';
import { capabilityStatement, smartConfiguration } from './discovery.mjs';
import { FhirService } from './fhir.mjs';
import { createInteractionHandler } from './interactions.mjs';
import { clientId, createOidcProvider, redirectUris } from './oidc.mjs';
import { ClinicRepository } from './repository.mjs';
import { seedDemoClinic } from './seed.mjs';
import { ResourceValidator } from './validation.mjs';

const usage = `Usage: npm start -- [options]
  --port N                  listen on 127.0.0.1:N (default 0: any free port)
  --auto-consent            approve sign-in and consent without a page (tests only)
  --ready-file PATH         also write the ready JSON line to PATH
  --therapist-token TOKEN   static bearer token with full access (default: random)
  --access-token-ttl SEC    access token lifetime (default 3600)
  --refresh-token-ttl SEC   refresh token lifetime (default 1209600)
  --now ISO                 instant the demo schedule is computed from (default: now)
  --no-seed                 start with an empty FHIR store
  --log                     one line per request on stderr
  --help`;

const startMs = performance.now();
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'auto-consent': { type: 'boolean', default: false },
    'ready-file': { type: 'string' },
    'therapist-token': { type: 'string' },
    'access-token-ttl': { type: 'string', default: '3600' },
    'refresh-token-ttl': { type: 'string', default: String(14 * 24 * 3600) },
    now: { type: 'string' },
    'no-seed': { type: 'boolean', default: false },
    log: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const seedNow = args.now ? new Date(args.now) : new Date();
if (Number.isNaN(seedNow.getTime()) || !/^\d+$/.test(args.port)) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
// stdout carries exactly one line, the ready JSON; libraries' notices go to stderr.
console.log = console.info = console.warn;

loadDefinitions();
const store = new ClinicRepository(new ResourceValidator());
const compartment = new PatientCompartment(loadPatientCompartment());

let dispatch = (_req, res) => res.writeHead(503, { 'retry-after': '1' }).end();
const server = createServer((req, res) => dispatch(req, res));
await new Promise((resolve, reject) => server.once('error', reject).listen(Number(args.port), '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const issuer = `${origin}/oidc`;
const fhirBase = `${origin}/fhir/R4`;

const provider = await createOidcProvider({
  issuer,
  fhirBase,
  accounts: demoClients,
  accessTokenTtl: Number(args['access-token-ttl']),
  refreshTokenTtl: Number(args['refresh-token-ttl']),
});
const oidcCallback = provider.callback();
const handleInteraction = createInteractionHandler({ provider, accounts: demoClients, autoConsent: args['auto-consent'] });
let fhir;

dispatch = async (req, res) => {
  const started = performance.now();
  const { method, url } = req;
  if (args.log) {
    res.on('finish', () =>
      console.error(`${method} ${url} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`)
    );
  }
  try {
    const { pathname } = new URL(req.url, origin);
    const interaction = /^\/oidc\/interaction\/[^/]+(?:\/(login|confirm|abort))?$/.exec(pathname);
    if (interaction) {
      return await handleInteraction(req, res, interaction[1]);
    }
    if (pathname === '/oidc' || pathname.startsWith('/oidc/')) {
      // oidc-provider finds its mount path by comparing originalUrl with url.
      req.originalUrl = req.url;
      req.url = req.url.slice('/oidc'.length) || '/';
      return oidcCallback(req, res);
    }
    if (fhir && (pathname === '/fhir/R4' || pathname.startsWith('/fhir/R4/'))) {
      return await fhir.handle(req, res);
    }
    res.writeHead(fhir ? 404 : 503, { 'content-type': 'text/plain' }).end(fhir ? 'not found\n' : 'starting\n');
  } catch (err) {
    const status = err.status ?? err.statusCode ?? 500; // oidc-provider errors carry their HTTP status
    if (status >= 500) {
      console.error(err);
    }
    if (!res.headersSent) {
      res.writeHead(status, { 'content-type': 'text/plain' });
    }
    res.end(`${err.message}\n`);
  }
};

const oidcConfiguration = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
const therapistToken = args['therapist-token'] ?? randomBytes(24).toString('base64url');
const service = new FhirService({
  fhirBase,
  store,
  verifier: new TokenVerifier({
    issuer,
    jwksUri: oidcConfiguration.jwks_uri,
    audience: fhirBase,
    therapistToken,
    compartment,
  }),
  smartConfiguration: smartConfiguration(oidcConfiguration),
  capabilityStatement: capabilityStatement({ fhirBase, oidc: oidcConfiguration, startedAt: new Date().toISOString() }),
});
const seeded = args['no-seed'] ? 0 : await seedDemoClinic(service, seedNow);
fhir = service;

const ready = {
  fhirBase,
  issuer,
  smartConfiguration: `${fhirBase}/.well-known/smart-configuration`,
  authorizationEndpoint: oidcConfiguration.authorization_endpoint,
  tokenEndpoint: oidcConfiguration.token_endpoint,
  clientId,
  redirectUris,
  therapistToken,
  therapist: `Practitioner/${therapist.id}`,
  patients: demoClients.map(({ id, login, name }) => ({ id, login, name })),
  autoConsent: args['auto-consent'],
  seededResources: seeded,
  pid: process.pid,
  startupMs: Math.round(performance.now() - startMs),
};
const line = `${JSON.stringify(ready)}\n`;
if (args['ready-file']) {
  const temporary = `${args['ready-file']}.${process.pid}.tmp`;
  writeFileSync(temporary, line, { mode: 0o600 });
  renameSync(temporary, args['ready-file']);
}
process.stdout.write(line);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
