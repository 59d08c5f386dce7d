import { isOk } from '@medplum/core';
import { demoClinicBundle } from '../seed/clinic.mjs';
import { AccessPolicy } from './auth.mjs';

// Medplum refuses transactions with more than 50 updates.
const maxEntriesPerTransaction = 50;

/** Loads the demo clinic through the FHIR router, so every seeded resource passes the same validation. */
export async function seedDemoClinic(fhir, now) {
  const { entry } = demoClinicBundle(now);
  for (let i = 0; i < entry.length; i += maxEntriesPerTransaction) {
    const body = { resourceType: 'Bundle', type: 'transaction', entry: entry.slice(i, i + maxEntriesPerTransaction) };
    const [outcome] = await fhir.execute({ method: 'POST', url: '', body }, AccessPolicy.system());
    if (!isOk(outcome)) {
      throw new Error(`Seeding the demo clinic failed: ${JSON.stringify(outcome)}`);
    }
  }
  return entry.length;
}
