// ARA's edge worker for the reports bucket (Cloudflare Workers, ES module syntax).
//
//   POST   /r2/upload?key=…&contentType=…&size=…&expires=…&signature=…
//                                                    → 200 {"url", "method": "PUT", "headers", "expiresIn"}
//   GET    /r2/download?key=…&expires=…&signature=…  → 303 to a presigned GET
//   DELETE /r2/delete?key=…&expires=…&signature=…    → 204 (the worker deletes the object itself)
//   GET    /r2/health                                → 200 {"status": "ok"}
//
// It trusts no caller: ARA signs a short-lived grant when it has authorised a user for an object, and the worker
// checks it before it presigns (SigV4 against R2's S3 API with its own scoped credentials) or deletes.
//   signature = lowercase hex HMAC-SHA256(GRANT_SECRET, operation + "\n" + key + "\n" + expires)
// operation ∈ upload, download, delete; expires in Unix seconds; a grant is refused once expired or when it
// claims to live longer than MAX_GRANT_SECONDS. An upload grant also covers the file's type and exact length,
//   signature = HMAC-SHA256(GRANT_SECRET, "upload\n" + key + "\n" + expires + "\n" + contentType + "\n" + size)
// and the presigned PUT signs both headers, so storage refuses any other type or length (an unbounded upload
// through the edge would otherwise be one grant away).
//
// Browsers call it from ARA's pages on another origin, so it speaks CORS for the origins in ALLOWED_ORIGINS
// (comma-separated, Terraform's cors_origins): a preflight (OPTIONS) is answered 204 with the allowed method, and
// every answer to an allowed origin carries Access-Control-Allow-Origin (and Vary: Origin). Other origins get no CORS
// headers, so a browser page elsewhere cannot read the answers (the grant still decides what may be done).
//
// Bindings (terraform/modules/storage): R2_ENDPOINT, R2_BUCKET, R2_REGION, R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY,
// GRANT_SECRET, URL_TTL_SECONDS, ALLOWED_ORIGINS.

export const OPERATIONS = Object.freeze({ upload: 'POST', download: 'GET', delete: 'DELETE' });
export const MAX_GRANT_SECONDS = 3600;
const KEY_PATTERN = /^[A-Za-z0-9!_.*'()\-][A-Za-z0-9!_.*'()\-/]{0,1023}$/;
const encoder = new TextEncoder();

const CONTENT_TYPE_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
const SIZE_PATTERN = /^[1-9][0-9]{0,11}$/;

/** The grant's signature; `upload` (an object with contentType and size) only for upload grants. */
export async function grantSignature(secret, operation, key, expires, upload) {
  const terms = upload ? `\n${upload.contentType}\n${upload.size}` : '';
  const mac = await hmac(encoder.encode(secret), `${operation}\n${key}\n${expires}${terms}`);
  return hex(mac);
}

/** Returns null when the grant holds, else the reason it does not. */
export async function checkGrant(secret, operation, params, nowSeconds) {
  const key = params.get('key');
  const expiresText = params.get('expires');
  const signature = params.get('signature');
  if (!key || !expiresText || !signature) return 'missing key, expires or signature';
  if (!KEY_PATTERN.test(key) || key.includes('..')) return 'invalid key';
  if (!/^[0-9]{1,12}$/.test(expiresText)) return 'invalid expires';
  const expires = Number(expiresText);
  if (expires <= nowSeconds) return 'expired';
  if (expires > nowSeconds + MAX_GRANT_SECONDS) return 'grant lives too long';
  let upload;
  if (operation === 'upload') {
    upload = { contentType: params.get('contentType'), size: params.get('size') };
    if (!upload.contentType || !CONTENT_TYPE_PATTERN.test(upload.contentType)) return 'invalid contentType';
    if (!upload.size || !SIZE_PATTERN.test(upload.size)) return 'invalid size';
  }
  if (!/^[0-9a-f]{64}$/.test(signature)) return 'invalid signature';
  const expected = await grantSignature(secret, operation, key, expiresText, upload);
  return constantTimeEquals(expected, signature) ? null : 'invalid signature';
}

/**
 * A SigV4 query-string presigned URL (path style: endpoint/bucket/key), payload unsigned. `headers` (lower-case
 * names) are signed besides the host: the request must then carry exactly these values.
 */
export async function presign({ method, endpoint, bucket, key, region, accessKeyId, secretAccessKey, expiresIn, now,
  headers = {} }) {
  const base = new URL(endpoint);
  const path = '/' + [bucket, ...(key ? key.split('/') : [])].map(encodeRfc3986).join('/');
  const amzDate = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${region}/s3/aws4_request`;
  const signed = { ...headers, host: base.host };
  const names = Object.keys(signed).sort();
  const query = {
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${accessKeyId}/${scope}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(expiresIn),
    'X-Amz-SignedHeaders': names.join(';'),
  };
  const canonicalQuery = Object.keys(query).sort()
    .map((k) => `${encodeRfc3986(k)}=${encodeRfc3986(query[k])}`).join('&');
  const canonicalHeaders = names.map((name) => `${name}:${String(signed[name]).trim()}\n`).join('');
  const canonicalRequest = [method, path, canonicalQuery, canonicalHeaders, names.join(';'), 'UNSIGNED-PAYLOAD'].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, hex(await sha256(canonicalRequest))].join('\n');
  let signingKey = await hmac(encoder.encode(`AWS4${secretAccessKey}`), day);
  for (const part of [region, 's3', 'aws4_request']) signingKey = await hmac(signingKey, part);
  const signature = hex(await hmac(signingKey, stringToSign));
  return `${base.protocol}//${base.host}${path}?${canonicalQuery}&X-Amz-Signature=${signature}`;
}

/** The CORS headers for a request's Origin: empty unless it is one of the allowed origins (exact match). */
export function corsHeaders(allowedOrigins, origin) {
  const allowed = (allowedOrigins || '').split(',').map((o) => o.trim()).filter((o) => o.length > 0);
  if (!origin || !allowed.includes(origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

export default {
  async fetch(request, env, ctx, now = Date.now()) {
    const cors = corsHeaders(env.ALLOWED_ORIGINS, request.headers.get('Origin'));
    const response = await handle(request, env, now, cors);
    for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
    return response;
  },
};

async function handle(request, env, now, cors) {
  const url = new URL(request.url);
  const route = url.pathname.replace(/^\/r2\//, '');
  if (route === 'health' && request.method === 'GET') return json(200, { status: 'ok' });
  const expectedMethod = OPERATIONS[route];
  if (!url.pathname.startsWith('/r2/') || !expectedMethod) return json(404, { error: 'not found' });
  if (request.method === 'OPTIONS') {
    // A preflight: only an allowed origin learns the method; nothing else is done.
    if (!cors['Access-Control-Allow-Origin']) return new Response(null, { status: 403 });
    return new Response(null, {
      status: 204,
      headers: { 'Access-Control-Allow-Methods': expectedMethod, 'Access-Control-Max-Age': '600' },
    });
  }
  if (request.method !== expectedMethod) return json(405, { error: 'method not allowed' }, { Allow: expectedMethod });
  const refusal = await checkGrant(env.GRANT_SECRET, route, url.searchParams, Math.floor(now / 1000));
  if (refusal) return json(403, { error: refusal });
  const key = url.searchParams.get('key');
  const signing = {
    endpoint: env.R2_ENDPOINT,
    bucket: env.R2_BUCKET,
    key,
    region: env.R2_REGION || 'auto',
    accessKeyId: env.R2_ACCESS_KEY_ID,
    secretAccessKey: env.R2_SECRET_ACCESS_KEY,
    expiresIn: Number(env.URL_TTL_SECONDS || 900),
    now,
  };
  if (route === 'upload') {
    const contentType = url.searchParams.get('contentType');
    const size = url.searchParams.get('size');
    const presigned = await presign({
      ...signing, method: 'PUT', headers: { 'content-length': size, 'content-type': contentType },
    });
    return json(200, {
      url: presigned, method: 'PUT', headers: { 'Content-Type': contentType, 'Content-Length': size },
      expiresIn: signing.expiresIn,
    });
  }
  if (route === 'download') {
    const presigned = await presign({ ...signing, method: 'GET' });
    return new Response(null, { status: 303, headers: { Location: presigned, 'Cache-Control': 'no-store' } });
  }
  const removal = await fetch(await presign({ ...signing, method: 'DELETE', expiresIn: 60 }), { method: 'DELETE' });
  if (removal.status === 204 || removal.status === 200 || removal.status === 404) return new Response(null, { status: 204 });
  return json(502, { error: `storage answered ${removal.status}` });
}

function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  });
}

function encodeRfc3986(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

async function hmac(keyBytes, text) {
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

async function sha256(text) {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function constantTimeEquals(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
