// node --test (from terraform/modules/storage). The S3 tests need an S3-compatible server: ARA_TEST_S3_ENDPOINT,
// ARA_TEST_S3_ACCESS_KEY, ARA_TEST_S3_SECRET_KEY (and ARA_TEST_S3_REGION); the Maven module
// ara-infrastructure-tests starts S3Proxy and sets them. Without them those tests are skipped, and say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import worker, { grantSignature, checkGrant, presign, corsHeaders, MAX_GRANT_SECONDS } from '../worker.js';

const SECRET = 'ara-edge-grant-test-vector-secret-0123456789';
const NOW = 1_798_760_000; // seconds

// The same vector is asserted by ARA's Java grant signer (ara-adapters-storage HmacEdgeGrantSignerTest): both sides must agree byte for byte.
test('grant signature matches the cross-language test vector', async () => {
  assert.equal(await grantSignature(SECRET, 'download', 'reports/8f0c/report.pdf', '1798761600'),
    '708759a885f06da37d018ce1141c30ad46f11b747b70bd79cced88576adfa182');
});

// The upload vector is asserted by HmacEdgeGrantSignerTest too: an upload grant also covers the content type and size.
test('upload grant signature matches the cross-language test vector', async () => {
  assert.equal(await grantSignature(SECRET, 'upload', 'uploads/8f0c/logo.png', '1798761600', { contentType: 'image/png', size: '2048' }),
    '1b04aaf39383aae5bd8355b0750f7ed20b62f5545f20936a87ae40b516ba05ca');
});

const LOGO = { contentType: 'image/png', size: '2048' };

async function grant(operation, key, expires = NOW + 600, secret = SECRET) {
  const upload = operation === 'upload' ? LOGO : undefined;
  const params = new URLSearchParams({ key, expires: String(expires), signature: await grantSignature(secret, operation, key, String(expires), upload) });
  if (upload) Object.entries(upload).forEach(([name, value]) => params.set(name, value));
  return params;
}

test('a valid grant holds', async () => {
  assert.equal(await checkGrant(SECRET, 'download', await grant('download', 'reports/a.pdf'), NOW), null);
});

test('an expired grant is refused', async () => {
  assert.equal(await checkGrant(SECRET, 'download', await grant('download', 'reports/a.pdf', NOW - 1), NOW), 'expired');
  assert.equal(await checkGrant(SECRET, 'download', await grant('download', 'reports/a.pdf', NOW), NOW), 'expired');
});

test('a grant living longer than the maximum is refused', async () => {
  const params = await grant('download', 'reports/a.pdf', NOW + MAX_GRANT_SECONDS + 1);
  assert.equal(await checkGrant(SECRET, 'download', params, NOW), 'grant lives too long');
});

test('a grant for another key is refused', async () => {
  const params = await grant('download', 'reports/a.pdf');
  params.set('key', 'reports/b.pdf');
  assert.equal(await checkGrant(SECRET, 'download', params, NOW), 'invalid signature');
});

test('a grant for another operation is refused', async () => {
  assert.equal(await checkGrant(SECRET, 'delete', await grant('download', 'reports/a.pdf'), NOW), 'invalid signature');
  const download = await grant('download', 'uploads/a.png');
  Object.entries(LOGO).forEach(([name, value]) => download.set(name, value));
  assert.equal(await checkGrant(SECRET, 'upload', download, NOW), 'invalid signature');
  assert.equal(await checkGrant(SECRET, 'download', await grant('upload', 'uploads/a.png'), NOW), 'invalid signature');
});

test('an upload grant holds only for its content type and size', async () => {
  assert.equal(await checkGrant(SECRET, 'upload', await grant('upload', 'uploads/a.png'), NOW), null);
  const bigger = await grant('upload', 'uploads/a.png');
  bigger.set('size', '2049');
  assert.equal(await checkGrant(SECRET, 'upload', bigger, NOW), 'invalid signature');
  const otherType = await grant('upload', 'uploads/a.png');
  otherType.set('contentType', 'text/html');
  assert.equal(await checkGrant(SECRET, 'upload', otherType, NOW), 'invalid signature');
  const missing = await grant('upload', 'uploads/a.png');
  missing.delete('size');
  assert.equal(await checkGrant(SECRET, 'upload', missing, NOW), 'invalid size');
  const malformed = await grant('upload', 'uploads/a.png');
  malformed.set('contentType', 'image/png\nx-amz-acl: public-read');
  assert.equal(await checkGrant(SECRET, 'upload', malformed, NOW), 'invalid contentType');
  const zero = await grant('upload', 'uploads/a.png');
  zero.set('size', '0');
  assert.equal(await checkGrant(SECRET, 'upload', zero, NOW), 'invalid size');
});

test('a tampered grant is refused', async () => {
  const params = await grant('download', 'reports/a.pdf');
  const sig = params.get('signature');
  params.set('signature', (sig[0] === '0' ? '1' : '0') + sig.slice(1));
  assert.equal(await checkGrant(SECRET, 'download', params, NOW), 'invalid signature');
  const extended = await grant('download', 'reports/a.pdf');
  extended.set('expires', String(NOW + 900));
  assert.equal(await checkGrant(SECRET, 'download', extended, NOW), 'invalid signature');
  assert.equal(await checkGrant(SECRET, 'download', await grant('download', 'reports/a.pdf', NOW + 600, 'another-secret-of-enough-length-000000'), NOW), 'invalid signature');
});

test('missing parameters and path tricks are refused', async () => {
  assert.equal(await checkGrant(SECRET, 'download', new URLSearchParams({ key: 'a' }), NOW), 'missing key, expires or signature');
  assert.equal(await checkGrant(SECRET, 'download', await grant('download', 'reports/../secrets'), NOW), 'invalid key');
  assert.equal(await checkGrant(SECRET, 'download', await grant('download', '/etc/passwd'), NOW), 'invalid key');
});

const ENV = {
  GRANT_SECRET: SECRET, R2_ENDPOINT: 'https://acct.r2.cloudflarestorage.com', R2_BUCKET: 'ara-reports-dev',
  R2_REGION: 'auto', R2_ACCESS_KEY_ID: 'AK', R2_SECRET_ACCESS_KEY: 'SK', URL_TTL_SECONDS: '900',
  ALLOWED_ORIGINS: 'https://ara.example.com, https://staging.ara.example.com',
};

async function call(method, path, params, env = ENV) {
  const query = params ? `?${params}` : '';
  return worker.fetch(new Request(`https://files.example.com${path}${query}`, { method }), env, {}, NOW * 1000);
}

test('routes: health, wrong method, unknown path, refused grant', async () => {
  const health = await call('GET', '/r2/health');
  assert.equal(health.status, 200);
  assert.deepEqual(await health.json(), { status: 'ok' });
  assert.equal((await call('GET', '/r2/upload', await grant('upload', 'uploads/x.png'))).status, 405);
  assert.equal((await call('GET', '/r2/nothing')).status, 404);
  assert.equal((await call('GET', '/r2/download', await grant('upload', 'reports/a.pdf'))).status, 403);
});

test('upload answers a presigned PUT for the granted key, type and length only', async () => {
  const response = await call('POST', '/r2/upload', await grant('upload', 'uploads/logo.png'));
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.method, 'PUT');
  assert.deepEqual(body.headers, { 'Content-Type': 'image/png', 'Content-Length': '2048' });
  const url = new URL(body.url);
  assert.equal(url.pathname, '/ara-reports-dev/uploads/logo.png');
  assert.equal(url.searchParams.get('X-Amz-Expires'), '900');
  assert.equal(url.searchParams.get('X-Amz-SignedHeaders'), 'content-length;content-type;host');
  assert.match(url.searchParams.get('X-Amz-Credential'), /^AK\/\d{8}\/auto\/s3\/aws4_request$/);
  assert.match(url.searchParams.get('X-Amz-Signature'), /^[0-9a-f]{64}$/);
});

test('CORS: only an allowed origin, matched exactly, gets the headers', () => {
  assert.deepEqual(corsHeaders(ENV.ALLOWED_ORIGINS, 'https://staging.ara.example.com'),
    { 'Access-Control-Allow-Origin': 'https://staging.ara.example.com', Vary: 'Origin' });
  assert.deepEqual(corsHeaders(ENV.ALLOWED_ORIGINS, 'https://evil.example.com'), {});
  assert.deepEqual(corsHeaders(ENV.ALLOWED_ORIGINS, 'https://ara.example.com.evil.com'), {});
  assert.deepEqual(corsHeaders(ENV.ALLOWED_ORIGINS, null), {});
  assert.deepEqual(corsHeaders(undefined, 'https://ara.example.com'), {});
});

async function from(origin, method, path, params) {
  const query = params ? `?${params}` : '';
  return worker.fetch(new Request(`https://files.example.com${path}${query}`, { method, headers: { Origin: origin } }),
    ENV, {}, NOW * 1000);
}

test('CORS: a preflight from an allowed origin learns the route\'s method; others are refused', async () => {
  const preflight = await from('https://ara.example.com', 'OPTIONS', '/r2/delete');
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://ara.example.com');
  assert.equal(preflight.headers.get('Access-Control-Allow-Methods'), 'DELETE');
  assert.equal(preflight.headers.get('Vary'), 'Origin');
  const stranger = await from('https://evil.example.com', 'OPTIONS', '/r2/delete');
  assert.equal(stranger.status, 403);
  assert.equal(stranger.headers.get('Access-Control-Allow-Origin'), null);
});

test('CORS: answers to an allowed origin carry the headers, refusals included; other origins get none', async () => {
  const upload = await from('https://ara.example.com', 'POST', '/r2/upload', await grant('upload', 'uploads/logo.png'));
  assert.equal(upload.status, 200);
  assert.equal(upload.headers.get('Access-Control-Allow-Origin'), 'https://ara.example.com');
  const refused = await from('https://ara.example.com', 'POST', '/r2/upload', new URLSearchParams({ key: 'x' }));
  assert.equal(refused.status, 403);
  assert.equal(refused.headers.get('Access-Control-Allow-Origin'), 'https://ara.example.com',
    'the page must be able to read why it was refused');
  const elsewhere = await from('https://evil.example.com', 'POST', '/r2/upload', await grant('upload', 'uploads/logo.png'));
  assert.equal(elsewhere.status, 200, 'the grant decides what may be done; CORS only who may read the answer');
  assert.equal(elsewhere.headers.get('Access-Control-Allow-Origin'), null);
});

const s3 = process.env.ARA_TEST_S3_ENDPOINT ? {
  endpoint: process.env.ARA_TEST_S3_ENDPOINT,
  accessKeyId: process.env.ARA_TEST_S3_ACCESS_KEY,
  secretAccessKey: process.env.ARA_TEST_S3_SECRET_KEY,
  region: process.env.ARA_TEST_S3_REGION || 'us-east-1',
} : null;
const noS3 = s3 ? false : 'ARA_TEST_S3_ENDPOINT is not set: no S3-compatible server to use the presigned URLs against';

test('presigned URLs from the worker PUT, GET and DELETE an object on a real S3 server', { skip: noS3 }, async () => {
  const bucket = `edge-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const env = {
    GRANT_SECRET: SECRET, R2_ENDPOINT: s3.endpoint, R2_BUCKET: bucket, R2_REGION: s3.region,
    R2_ACCESS_KEY_ID: s3.accessKeyId, R2_SECRET_ACCESS_KEY: s3.secretAccessKey, URL_TTL_SECONDS: '300',
  };
  const now = Date.now();
  const makeBucket = await fetch(await presign({ ...env, method: 'PUT', endpoint: s3.endpoint, bucket, key: '', region: s3.region,
    accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, expiresIn: 60, now }), { method: 'PUT' });
  assert.equal(makeBucket.status, 200, await makeBucket.text());

  const key = "reports/2026/report-(1)_it's*.pdf";
  const content = `%PDF-1.7 edge test ${now}`;
  const terms = { contentType: 'application/pdf', size: String(Buffer.byteLength(content)) };
  const live = async (operation, key) => {
    const expires = String(Math.floor(now / 1000) + 300);
    const upload = operation === 'upload' ? terms : undefined;
    return new URLSearchParams({ key, expires, signature: await grantSignature(SECRET, operation, key, expires, upload), ...upload });
  };
  const at = (method, path, params) => worker.fetch(new Request(`https://edge.test${path}?${params}`, { method }), env, {}, now);

  const upload = await (await at('POST', '/r2/upload', await live('upload', key))).json();
  const longer = await fetch(upload.url, { method: 'PUT', body: content + '!', headers: { 'Content-Type': 'application/pdf' } });
  assert.equal(longer.status, 403, 'storage must refuse a length other than the granted one');
  const otherType = await fetch(upload.url, { method: 'PUT', body: content, headers: { 'Content-Type': 'text/html' } });
  assert.equal(otherType.status, 403, 'storage must refuse a content type other than the granted one');
  const put = await fetch(upload.url, { method: 'PUT', body: content, headers: upload.headers });
  assert.equal(put.status, 200, await put.text());

  const download = await at('GET', '/r2/download', await live('download', key));
  assert.equal(download.status, 303);
  const get = await fetch(download.headers.get('Location'));
  assert.equal(get.status, 200);
  assert.equal(await get.text(), content);

  const tampered = new URL(download.headers.get('Location'));
  tampered.pathname = tampered.pathname.replace('report-', 'other-');
  assert.equal((await fetch(tampered)).status, 403, 'a presigned URL must not open another key');

  assert.equal((await at('DELETE', '/r2/delete', await live('delete', key))).status, 204);
  assert.equal((await fetch(download.headers.get('Location'))).status, 404);
});
