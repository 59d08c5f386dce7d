import { OperationOutcomeError, forbidden } from '@medplum/core';

/**
 * The patient-app rule for Tasks (SDC `sdc-task`, DESIGN §4): the clinic owns a Task; the patient
 * who owns it may change only `status`, `statusReason` and `output` (`meta` and `text` are the
 * server's and ignored), and only to a status a performer sets (R4 task-status: the requester's
 * draft, requested, cancelled and entered-in-error stay the clinic's).
 */
const clientFields = new Set(['status', 'statusReason', 'output', 'meta', 'text']);
export const patientTaskStatuses = new Set([
  'received',
  'accepted',
  'rejected',
  'ready',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
]);

/** Throws 403 with an OperationOutcome naming what the patient may not change. */
export function assertPatientTaskChange(stored, updated) {
  const changed = [...new Set([...Object.keys(stored), ...Object.keys(updated)])]
    .filter((key) => !clientFields.has(key))
    .filter((key) => canonical(stored[key]) !== canonical(updated[key]))
    .sort();
  if (changed.length > 0) {
    refuse(`A patient may change only status, statusReason and output of a Task, not: ${changed.join(', ')}`);
  }
  if (updated.status !== stored.status && !patientTaskStatuses.has(updated.status)) {
    refuse(`A patient may not set a Task's status to "${updated.status}"`);
  }
}

function refuse(text) {
  throw new OperationOutcomeError({
    ...forbidden,
    issue: [{ ...forbidden.issue[0], details: { text } }],
  });
}

/** JSON with object keys sorted, so that two copies compare equal whatever their key order. */
function canonical(value) {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.keys(inner).sort().map((k) => [k, inner[k]]))
      : inner
  );
}
