import { OperationOutcomeError, validateResource } from '@medplum/core';
import fhirPackage from 'fhir';

const { Fhir } = fhirPackage;

/**
 * Validates a resource as Medplum does (structure, cardinality, types, invariants), then with the
 * `fhir` package, which also rejects codes outside required value sets (Medplum does not check
 * terminology). Throws a 400 OperationOutcomeError listing every error found.
 */
export class ResourceValidator {
  #terminology = new Fhir();

  validate(resource) {
    let issues = [];
    try {
      validateResource(resource);
    } catch (err) {
      if (!(err instanceof OperationOutcomeError)) {
        throw err;
      }
      issues = err.outcome.issue ?? [];
    }
    const result = this.#terminology.validate(resource, { errorOnUnexpected: false });
    for (const message of result.messages) {
      if (message.severity === 'error' || message.severity === 'fatal') {
        issues.push({
          severity: 'error',
          code: 'code-invalid',
          details: { text: message.message },
          expression: message.location ? [message.location] : undefined,
        });
      }
    }
    if (issues.length > 0) {
      throw new OperationOutcomeError({ resourceType: 'OperationOutcome', issue: issues });
    }
  }
}
