import { globalSchema } from '@medplum/core';
import { oidcScopes, scopedResourceTypes } from './oidc.mjs';

/** `GET <fhirBase>/.well-known/smart-configuration` (SMART App Launch 2.x). */
export function smartConfiguration(oidc) {
  return {
    issuer: oidc.issuer,
    jwks_uri: oidc.jwks_uri,
    authorization_endpoint: oidc.authorization_endpoint,
    token_endpoint: oidc.token_endpoint,
    revocation_endpoint: oidc.revocation_endpoint,
    userinfo_endpoint: oidc.userinfo_endpoint,
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    token_endpoint_auth_methods_supported: ['none'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [
      ...oidcScopes,
      ...scopedResourceTypes.flatMap((type) => [`patient/${type}.cruds`, `patient/${type}.rs`]),
      'patient/*.cruds',
      'patient/*.rs',
    ],
    capabilities: [
      'launch-standalone',
      'client-public',
      'context-standalone-patient',
      'permission-patient',
      'permission-offline',
      'permission-v1',
      'permission-v2',
      'sso-openid-connect',
    ],
  };
}

const typeInteractions = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'history-type', 'create', 'search-type'];

/** `GET <fhirBase>/metadata`. */
export function capabilityStatement({ fhirBase, oidc, startedAt }) {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: startedAt,
    kind: 'instance',
    software: { name: 'Stepstone test clinic server (Medplum fhir-router on MemoryRepository)' },
    implementation: { description: 'Test-only FHIR R4 server for Stepstone integration tests and demo mode', url: fhirBase },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        security: {
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: oidc.authorization_endpoint },
                { url: 'token', valueUri: oidc.token_endpoint },
                { url: 'revoke', valueUri: oidc.revocation_endpoint },
              ],
            },
          ],
          service: [
            { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] },
          ],
        },
        resource: scopedResourceTypes.map((type) => ({
          type,
          versioning: 'versioned-update',
          readHistory: true,
          updateCreate: true,
          conditionalCreate: true,
          conditionalUpdate: true,
          conditionalDelete: 'single',
          interaction: typeInteractions.map((code) => ({ code })),
          searchParam: Object.values(globalSchema.types[type]?.searchParams ?? {})
            .filter((p) => p.url)
            .map((p) => ({ name: p.code, definition: p.url, type: p.type })),
        })),
        interaction: [{ code: 'transaction' }, { code: 'batch' }, { code: 'history-system' }],
      },
    ],
  };
}
