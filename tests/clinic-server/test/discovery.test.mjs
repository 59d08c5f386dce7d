import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDefinitions } from '../src/definitions.mjs';
import { capabilityStatement } from '../src/discovery.mjs';
import { ResourceValidator } from '../src/validation.mjs';

test('the CapabilityStatement passes the same validation as stored resources', () => {
  loadDefinitions();
  const oidc = {
    authorization_endpoint: 'http://127.0.0.1:1/oidc/auth',
    token_endpoint: 'http://127.0.0.1:1/oidc/token',
    revocation_endpoint: 'http://127.0.0.1:1/oidc/token/revocation',
  };
  const statement = capabilityStatement({ fhirBase: 'http://127.0.0.1:1/fhir/R4', oidc, startedAt: new Date().toISOString() });
  assert.doesNotThrow(() => new ResourceValidator().validate(statement));
  const observation = statement.rest[0].resource.find((r) => r.type === 'Observation');
  assert.ok(observation.searchParam.some((p) => p.name === 'patient'));
});
