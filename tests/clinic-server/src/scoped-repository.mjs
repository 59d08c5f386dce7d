import { OperationOutcomeError, badRequest, forbidden, normalizeOperationOutcome } from '@medplum/core';
import { FhirRepository, MemoryRepository } from '@medplum/fhir-router';
import { assertPatientTaskChange } from './patient-task-rule.mjs';

/**
 * The view of the ClinicRepository that one request gets: every operation the FHIR router performs,
 * including each entry of a batch or transaction and each conditional lookup, is checked against
 * the request's AccessPolicy (SMART letter for the type, then the Patient compartment).
 */
export class ScopedRepository extends FhirRepository {
  #store;
  #policy;

  constructor(store, policy) {
    super();
    this.#store = store;
    this.#policy = policy;
  }

  setMode() {}

  generateId() {
    return this.#store.generateId();
  }

  withTransaction(callback, options) {
    return this.#store.withTransaction(() => callback(this), options);
  }

  async createResource(resource, options) {
    this.#policy.assertAllowed(resource.resourceType, 'c');
    this.#policy.assertWritable(resource);
    return this.#store.createResource(resource, options);
  }

  async readResource(resourceType, id) {
    this.#policy.assertAllowed(resourceType, 'r');
    this.#assertReadableIfKnown(resourceType, id);
    return this.#store.readResource(resourceType, id);
  }

  async readReference(reference) {
    const [resourceType, id, ...rest] = reference.reference?.split('/') ?? [];
    if (!resourceType || !id || rest.length > 0) {
      throw new OperationOutcomeError(badRequest('Invalid reference'));
    }
    return this.readResource(resourceType, id);
  }

  readReferences(references) {
    return Promise.all(
      references.map((r) =>
        this.readReference(r).catch((err) => new OperationOutcomeError(normalizeOperationOutcome(err)))
      )
    );
  }

  async readHistory(resourceType, id, options) {
    this.#policy.assertAllowed(resourceType, 'r');
    this.#assertReadableIfKnown(resourceType, id);
    return this.#store.readHistory(resourceType, id, options);
  }

  async readTypeHistory(resourceType, options) {
    if (resourceType) {
      this.#policy.assertAllowed(resourceType, 's');
    } else if (!this.#policy.system) {
      throw new OperationOutcomeError(forbidden);
    }
    const canSee = (change) => this.#policy.canRead(change.resource ?? change.lastVersion);
    return this.#store.readTypeHistory(resourceType, { ...options, canSee });
  }

  async readVersion(resourceType, id, versionId) {
    this.#policy.assertAllowed(resourceType, 'r');
    const version = await this.#store.readVersion(resourceType, id, versionId);
    this.#policy.assertReadable(version);
    return version;
  }

  async updateResource(resource, options) {
    this.#policy.assertAllowed(resource.resourceType, 'u');
    const existing = this.#store.peekResource(resource.resourceType, resource.id);
    if (existing) {
      this.#policy.assertWritable(existing);
    }
    this.#policy.assertWritable(resource);
    if (existing) {
      this.#assertPatientChange(existing, resource);
    }
    return this.#store.updateResource(resource, options);
  }

  async patchResource(resourceType, id, patch, options) {
    this.#policy.assertAllowed(resourceType, 'u');
    const existing = await this.#store.readResource(resourceType, id);
    this.#policy.assertWritable(existing);
    return this.#store.withTransaction(async () => {
      const patched = await this.#store.patchResource(resourceType, id, patch, options);
      this.#policy.assertWritable(patched);
      this.#assertPatientChange(existing, patched);
      return patched;
    });
  }

  async deleteResource(resourceType, id, options) {
    this.#policy.assertAllowed(resourceType, 'd');
    const existing = this.#store.peekResource(resourceType, id);
    if (existing) {
      this.#policy.assertWritable(existing);
    }
    return this.#store.deleteResource(resourceType, id, options);
  }

  /**
   * `resourceOnly` marks the router's internal lookups (conditional create/update/delete,
   * `_include`): they need no `s` letter, but still see only what the policy may read.
   */
  async search(searchRequest, options) {
    if (!options?.resourceOnly) {
      this.#policy.assertSearchable(searchRequest);
    }
    return this.#store.search(searchRequest, { ...options, canRead: (r) => this.#policy.canRead(r) });
  }

  /** A patient changes only what the patient-app rule lets them change (patient-task-rule.mjs). */
  #assertPatientChange(existing, updated) {
    if (!this.#policy.system && existing.resourceType === 'Task') {
      assertPatientTaskChange(existing, updated);
    }
  }

  /** Judged on the current version, or the last one before a delete, so a 410 leaks nothing either. */
  #assertReadableIfKnown(resourceType, id) {
    const latest = this.#store.lastLiveVersion(resourceType, id);
    if (latest) {
      this.#policy.assertReadable(latest);
    }
  }

  searchByReference(searchRequest, referenceField, references) {
    return MemoryRepository.prototype.searchByReference.call(this, searchRequest, referenceField, references);
  }
}
