import { timingSafeEqual } from 'node:crypto';
import { OperationOutcomeError, forbidden, unauthorized } from '@medplum/core';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const v1Letters = { read: 'rs', write: 'cud', '*': 'cruds' };

/** Parses SMART `patient/<Type>.<letters>` scopes (v2 letters from `cruds`, v1 `read`/`write`/`*`). */
export function parsePatientScopes(scope) {
  const grants = new Map();
  for (const token of (scope ?? '').split(' ')) {
    const match = /^patient\/(\*|[A-Z][A-Za-z]+)\.(\*|read|write|[cruds]{1,5})$/.exec(token);
    const letters = match && (v1Letters[match[2]] ?? match[2]);
    if (letters) {
      const granted = grants.get(match[1]) ?? new Set();
      for (const letter of letters) {
        granted.add(letter);
      }
      grants.set(match[1], granted);
    }
  }
  return grants;
}

/**
 * What one request may do. A system policy (the test-only therapist token) may do everything;
 * a patient policy holds SMART letters per resource type and is pinned to one Patient's compartment:
 * it reads resources that name its Patient (or that lie outside any Patient compartment, such as a
 * Questionnaire or Practitioner) and writes only resources that name its Patient and no other.
 */
export class AccessPolicy {
  #grants;
  #compartment;

  constructor({ system = false, patientId, grants = new Map(), compartment }) {
    this.system = system;
    this.patientId = patientId;
    this.#grants = grants;
    this.#compartment = compartment;
  }

  static system() {
    return new AccessPolicy({ system: true });
  }

  allows(resourceType, letter) {
    return this.system || Boolean(this.#grants.get(resourceType)?.has(letter) || this.#grants.get('*')?.has(letter));
  }

  assertAllowed(resourceType, letter) {
    if (!this.allows(resourceType, letter)) {
      throw new OperationOutcomeError(forbidden);
    }
  }

  canRead(resource) {
    if (this.system) {
      return true;
    }
    if (!this.allows(resource.resourceType, 'r') && !this.allows(resource.resourceType, 's')) {
      return false;
    }
    const patients = this.#compartment.patientsOf(resource);
    return patients === undefined || patients.has(this.patientId);
  }

  canWrite(resource) {
    if (this.system) {
      return true;
    }
    const patients = this.#compartment.patientsOf(resource);
    return Boolean(patients?.size) && [...patients].every((id) => id === this.patientId);
  }

  assertReadable(resource) {
    if (!this.canRead(resource)) {
      throw new OperationOutcomeError(forbidden);
    }
  }

  assertWritable(resource) {
    if (!this.canWrite(resource)) {
      throw new OperationOutcomeError(forbidden);
    }
  }

  /** A search that names another Patient is refused outright rather than answered empty. */
  assertSearchable(searchRequest) {
    this.assertAllowed(searchRequest.resourceType, 's');
    if (this.system) {
      return;
    }
    for (const filter of searchRequest.filters ?? []) {
      for (const value of String(filter.value).split(',')) {
        const named = /(?:^|\/)Patient\/([^/]+)$/.exec(value)?.[1] ?? (filter.code === 'patient' ? value : undefined);
        if (named !== undefined && named !== this.patientId) {
          throw new OperationOutcomeError(forbidden);
        }
      }
    }
  }
}

/** Turns an `Authorization` header into an AccessPolicy, or throws 401. */
export class TokenVerifier {
  #issuer;
  #audience;
  #jwks;
  #therapistToken;
  #compartment;

  constructor({ issuer, jwksUri, audience, therapistToken, compartment }) {
    this.#issuer = issuer;
    this.#audience = audience;
    this.#jwks = createRemoteJWKSet(new URL(jwksUri));
    this.#therapistToken = Buffer.from(therapistToken);
    this.#compartment = compartment;
  }

  async policyFor(authorization) {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      throw new OperationOutcomeError(unauthorized);
    }
    const presented = Buffer.from(token);
    if (presented.length === this.#therapistToken.length && timingSafeEqual(presented, this.#therapistToken)) {
      return AccessPolicy.system();
    }
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.#jwks, {
        issuer: this.#issuer,
        audience: this.#audience,
        typ: 'at+jwt',
      }));
    } catch {
      throw new OperationOutcomeError(unauthorized);
    }
    return new AccessPolicy({
      patientId: payload.patient,
      grants: payload.patient ? parsePatientScopes(payload.scope) : new Map(),
      compartment: this.#compartment,
    });
  }
}
