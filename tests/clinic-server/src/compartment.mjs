import { evalFhirPath, globalSchema, parseFhirPath } from '@medplum/core';

const patientReference = /(?:^|\/)Patient\/([A-Za-z0-9\-.]{1,64})$/;

/** Which Patients a resource belongs to, per the FHIR R4 Patient CompartmentDefinition. */
export class PatientCompartment {
  #paramsByType;
  #expressions = new Map();

  constructor(paramsByType) {
    this.#paramsByType = paramsByType;
  }

  /** @returns Set of Patient ids, or undefined when the type is outside the Patient compartment. */
  patientsOf(resource) {
    const expressions = this.#expressionsFor(resource.resourceType);
    if (!expressions) {
      return undefined;
    }
    const ids = new Set(resource.resourceType === 'Patient' && resource.id ? [resource.id] : []);
    for (const expression of expressions) {
      for (const value of evalFhirPath(expression, resource)) {
        const match = patientReference.exec(value?.reference ?? '');
        if (match) {
          ids.add(match[1]);
        }
      }
    }
    return ids;
  }

  #expressionsFor(resourceType) {
    if (!this.#expressions.has(resourceType)) {
      const params = this.#paramsByType.get(resourceType);
      const searchParams = globalSchema.types[resourceType]?.searchParams ?? {};
      const expressions = params?.map((code) => searchParams[code]?.expression).filter(Boolean);
      this.#expressions.set(resourceType, expressions?.map((expression) => parseFhirPath(expression)));
    }
    return this.#expressions.get(resourceType);
  }
}
