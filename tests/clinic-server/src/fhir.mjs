import { OperationOutcomeError, allOk, badRequest, forbidden, getStatus, normalizeOperationOutcome } from '@medplum/core';
import { FhirRouter } from '@medplum/fhir-router';
import { pageSize } from './repository.mjs';
import { ScopedRepository } from './scoped-repository.mjs';

const fhirJson = 'application/fhir+json; charset=utf-8';
const pagedBundleTypes = new Set(['searchset', 'history']);
const generatedBundleTypes = new Set(['searchset', 'history', 'batch-response', 'transaction-response']);
const isGeneratedBundle = (resource) => resource.resourceType === 'Bundle' && generatedBundleTypes.has(resource.type);

/**
 * The FHIR R4 REST endpoint: authenticates, runs the request through Medplum's FhirRouter on a
 * ScopedRepository, and adds what the router leaves out (ETag, Location, Last-Modified, fullUrl,
 * paging links, per-entry ETags in transaction responses). Requests run one at a time, so a
 * transaction that rolls back never exposes its partial writes to a concurrent reader.
 */
export class FhirService {
  #tail = Promise.resolve();

  constructor({ fhirBase, store, verifier, smartConfiguration, capabilityStatement }) {
    this.fhirBase = fhirBase;
    this.store = store;
    this.verifier = verifier;
    this.smartConfiguration = smartConfiguration;
    this.capabilityStatement = capabilityStatement;
    this.router = new FhirRouter();
    this.router.add('GET', ':resourceType/_history', readTypeHistory, 'history-type');
    this.router.add('GET', '_history', readTypeHistory, 'history-system');
  }

  /** Runs one FHIR interaction as `policy`; also the path the seed data goes through. */
  execute(request, policy) {
    const run = this.#tail.then(() =>
      this.router.handleRequest(
        { pathname: '', params: {}, query: {}, config: { transactions: true }, ...request },
        new ScopedRepository(this.store, policy)
      )
    );
    this.#tail = run.catch(() => undefined);
    return run;
  }

  async handle(req, res) {
    const url = new URL(req.url, this.fhirBase);
    const path = url.pathname.slice(new URL(this.fhirBase).pathname.length).replace(/^\/+|\/+$/g, '');
    if (req.method === 'GET' && path === 'metadata') {
      return send(res, 200, this.capabilityStatement);
    }
    if (req.method === 'GET' && path === '.well-known/smart-configuration') {
      return send(res, 200, this.smartConfiguration, {}, 'application/json');
    }
    try {
      const policy = await this.verifier.policyFor(req.headers.authorization);
      if (!policy.system && path.split('/').some((segment) => segment.startsWith('$'))) {
        throw new OperationOutcomeError(forbidden);
      }
      const body = await readBody(req);
      const [outcome, resource] = await this.execute(
        { method: req.method, url: `${path}${url.search}`, body, headers: req.headers },
        policy
      );
      const status = getStatus(outcome);
      if (!resource) {
        return send(res, status, outcome);
      }
      const params = req.method === 'POST' && path.endsWith('/_search') ? body : paramsFrom(url.searchParams);
      return send(res, status, this.#decorate(resource, url, params), this.#headers(resource, status));
    } catch (err) {
      const outcome = normalizeOperationOutcome(err);
      const status = getStatus(outcome);
      return send(res, status, outcome, status === 401 ? { 'www-authenticate': 'Bearer realm="fhir"' } : {});
    }
  }

  #decorate(resource, url, params) {
    if (!isGeneratedBundle(resource)) {
      return resource;
    }
    resource.entry = resource.entry?.map((entry) => {
      const location = entry.resource ? `${entry.resource.resourceType}/${entry.resource.id}` : entry.request?.url;
      const meta = entry.resource?.meta;
      if (entry.response && meta?.versionId) {
        entry.response.etag = `W/"${meta.versionId}"`;
        entry.response.lastModified = meta.lastUpdated;
        if (entry.response.location) {
          entry.response.location = `${location}/_history/${meta.versionId}`;
        }
      }
      const named = entry.resource || entry.request?.method === 'DELETE';
      return named && location ? { fullUrl: `${this.fhirBase}/${location}`, ...entry } : entry;
    });
    if (pagedBundleTypes.has(resource.type)) {
      resource.link = pageLinks(url, params, resource.total);
    }
    return resource;
  }

  #headers(resource, status) {
    const meta = isGeneratedBundle(resource) ? undefined : resource.meta;
    if (!meta?.versionId) {
      return {};
    }
    const headers = { etag: `W/"${meta.versionId}"` };
    if (meta.lastUpdated) {
      headers['last-modified'] = new Date(meta.lastUpdated).toUTCString();
    }
    if (status === 201) {
      headers.location = `${this.fhirBase}/${resource.resourceType}/${resource.id}/_history/${meta.versionId}`;
    }
    return headers;
  }
}

async function readTypeHistory(req, repo) {
  const int = (name) => (req.query[name] === undefined ? undefined : Number.parseInt(req.query[name], 10));
  const bundle = await repo.readTypeHistory(req.params.resourceType, {
    since: req.query._since,
    count: int('_count'),
    offset: int('_offset'),
  });
  return [allOk, bundle];
}

function pageLinks(url, params, total) {
  const requested = params._summary === 'count' ? 0 : params._count && Number.parseInt(params._count, 10);
  const count = pageSize(Number.isInteger(requested) ? requested : undefined);
  const offset = Number.parseInt(params._offset ?? '0', 10) || 0;
  const at = (newOffset) => {
    const page = new URL(url.origin + url.pathname.replace(/\/_search$/, ''));
    for (const [name, value] of Object.entries(params)) {
      for (const v of [value].flat()) {
        page.searchParams.append(name, v);
      }
    }
    page.searchParams.set('_count', String(count));
    page.searchParams.set('_offset', String(newOffset));
    return page.href;
  };
  const link = [{ relation: 'self', url: at(offset) }];
  if (count > 0 && offset + count < total) {
    link.push({ relation: 'next', url: at(offset + count) });
  }
  if (count > 0 && offset > 0) {
    link.push({ relation: 'previous', url: at(Math.max(0, offset - count)) });
  }
  return link;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) {
    return undefined;
  }
  if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return paramsFrom(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new OperationOutcomeError(badRequest('Request body is not valid JSON'));
  }
}

/** @returns Query parameters as an object; a repeated name (`date=ge…&date=lt…`) maps to an array. */
function paramsFrom(searchParams) {
  const params = {};
  for (const [name, value] of searchParams) {
    params[name] = params[name] === undefined ? value : [params[name], value].flat();
  }
  return params;
}

function send(res, status, body, headers = {}, contentType = fhirJson) {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
