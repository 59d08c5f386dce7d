import { randomBytes } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';

export const clientId = 'stepstone';
export const redirectUris = ['http://127.0.0.1/callback', 'stepstone://callback'];
export const oidcScopes = ['openid', 'fhirUser', 'launch/patient', 'offline_access'];

/** Resource types a patient token can name in a `patient/<Type>.<letters>` scope. */
export const scopedResourceTypes = [
  'Patient',
  'Observation',
  'Appointment',
  'AppointmentResponse',
  'Consent',
  'Task',
  'Questionnaire',
  'QuestionnaireResponse',
  'Communication',
  'MedicationRequest',
  'MedicationStatement',
  'MedicationAdministration',
  'Medication',
  'CareTeam',
  'CarePlan',
  'Goal',
  'Practitioner',
  'Organization',
  'Location',
];

/** Every scope string the FHIR resource server recognises; anything else requested is dropped. */
function patientScopeVocabulary() {
  const letterSets = [];
  for (let mask = 1; mask < 32; mask++) {
    letterSets.push([...'cruds'].filter((_, i) => mask & (1 << i)).join(''));
  }
  const scopes = [];
  for (const type of [...scopedResourceTypes, '*']) {
    for (const letters of [...letterSets, 'read', 'write', '*']) {
      scopes.push(`patient/${type}.${letters}`);
    }
  }
  return scopes;
}

/**
 * Adapts a SMART authorization request to what oidc-provider understands:
 * - SMART v2 letters in any order (`patient/Task.rsu`) become the canonical order (`.rus`), which is
 *   what the resource server knows and what the token response then reports;
 * - `offline_access` without `prompt=consent` is silently dropped by oidc-provider (OIDC Core says
 *   so), but SMART apps do not send it; this native client sees the consent prompt anyway.
 */
function smartAuthorizationQuery(query) {
  const scopes = query.scope.split(' ').map((scope) => {
    const match = /^(patient\/[^.]+)\.([cruds]{1,5})$/.exec(scope);
    return match ? `${match[1]}.${[...'cruds'].filter((l) => match[2].includes(l)).join('')}` : scope;
  });
  const prompt = query.prompt ?? (scopes.includes('offline_access') ? 'consent' : undefined);
  return { ...query, scope: scopes.join(' '), ...(prompt ? { prompt } : {}) };
}

/**
 * The SMART authorization server: one public native client, code flow with PKCE S256 only,
 * rotating refresh tokens (reuse of a rotated one revokes the grant), JWT access tokens whose
 * audience is the FHIR base and which carry the `patient` claim.
 */
export async function createOidcProvider({ issuer, fhirBase, accounts, accessTokenTtl, refreshTokenTtl }) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('hex') };
  const fhirUser = (accountId) => `${fhirBase}/Patient/${accountId}`;
  const resourceScopes = patientScopeVocabulary().join(' ');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_name: 'Stepstone',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: oidcScopes,
    claims: { openid: ['sub'], fhirUser: ['fhirUser'], profile: ['name'] },
    // SMART apps read fhirUser from the ID token of a code flow, which strict OIDC would leave out.
    conformIdTokenClaims: false,
    async findAccount(_ctx, accountId) {
      const account = accounts.find((a) => a.id === accountId);
      return (
        account && {
          accountId,
          claims: async () => ({ sub: accountId, fhirUser: fhirUser(accountId), name: account.name }),
        }
      );
    },
    extraParams: {
      async aud(_ctx, value) {
        if (value !== undefined && value.replace(/\/$/, '') !== fhirBase) {
          throw new errors.InvalidRequest(`aud must be this server's FHIR base URL ${fhirBase}`);
        }
      },
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind === 'AccessToken') {
        return { patient: token.accountId, fhirUser: fhirUser(token.accountId) };
      }
      return undefined;
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true, allowedPolicy: async () => true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => fhirBase,
        useGrantedResource: async () => true,
        async getResourceServerInfo(_ctx, resourceIndicator) {
          if (resourceIndicator !== fhirBase) {
            throw new errors.InvalidTarget();
          }
          return {
            scope: resourceScopes,
            audience: fhirBase,
            accessTokenTTL: accessTokenTtl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    interactions: { url: async (_ctx, interaction) => `${new URL(issuer).pathname}/interaction/${interaction.uid}` },
    rotateRefreshToken: true,
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: accessTokenTtl,
      RefreshToken: refreshTokenTtl,
      Interaction: 3600,
      Session: refreshTokenTtl,
      Grant: refreshTokenTtl,
    },
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    async renderError(ctx, out) {
      ctx.type = 'json';
      ctx.body = out;
    },
  });

  provider.use(async (ctx, next) => {
    if (ctx.path === '/auth' && ctx.query.scope) {
      const mountPath = ctx.req.originalUrl?.slice(0, ctx.req.originalUrl.indexOf(ctx.url)) ?? '';
      ctx.query = smartAuthorizationQuery(ctx.query);
      ctx.req.originalUrl = mountPath + ctx.url; // oidc-provider derives its mount path from this
    }
    await next();
  });

  // SMART wants the patient context in the token response, and `scope` listing every granted
  // scope; oidc-provider lists only the access token's resource scopes there.
  provider.use(async (ctx, next) => {
    await next();
    const { Account, AuthorizationCode, RefreshToken } = ctx.oidc?.entities ?? {};
    if (ctx.oidc?.route === 'token' && ctx.body?.access_token && Account) {
      const oidcGranted = (AuthorizationCode ?? RefreshToken)?.scope?.split(' ') ?? [];
      const scope = new Set([...oidcGranted, ...(ctx.body.scope?.split(' ') ?? [])].filter(Boolean));
      ctx.body = { ...ctx.body, scope: [...scope].join(' '), patient: Account.accountId };
    }
  });

  return provider;
}
