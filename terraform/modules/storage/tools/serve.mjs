// Serves worker.js over plain HTTP on 127.0.0.1 for end-to-end tests (ARA's ReportJourneyTest, which runs ARA,
// this worker and an S3-compatible server together). The worker's bindings come from the environment:
// R2_ENDPOINT, R2_BUCKET, R2_REGION, R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY, GRANT_SECRET, URL_TTL_SECONDS,
// ALLOWED_ORIGINS.
// With CREATE_BUCKET=1 it first creates the bucket (presigned with the same credentials). Once it listens it prints
// "listening <port>"; it stops when its standard input closes, so it never outlives the test that started it.
import http from 'node:http';
import worker, { presign } from '../worker.js';

const env = Object.fromEntries(['R2_ENDPOINT', 'R2_BUCKET', 'R2_REGION', 'R2_ACCESS_KEY_ID', 'R2_SECRET_ACCESS_KEY',
  'GRANT_SECRET', 'URL_TTL_SECONDS', 'ALLOWED_ORIGINS'].map((name) => [name, process.env[name]]));

if (process.env.CREATE_BUCKET === '1') {
  const url = await presign({
    method: 'PUT', endpoint: env.R2_ENDPOINT, bucket: env.R2_BUCKET, key: '', region: env.R2_REGION || 'auto',
    accessKeyId: env.R2_ACCESS_KEY_ID, secretAccessKey: env.R2_SECRET_ACCESS_KEY, expiresIn: 60, now: Date.now(),
  });
  const created = await fetch(url, { method: 'PUT' });
  if (created.status !== 200 && created.status !== 409) {
    console.error(`could not create bucket ${env.R2_BUCKET}: ${created.status} ${await created.text()}`);
    process.exit(1);
  }
}

const server = http.createServer(async (req, res) => {
  try {
    // The worker reads only the method and URL: the request body (none is expected) is left unread.
    const response = await worker.fetch(new Request(`http://${req.headers.host}${req.url}`, { method: req.method }),
      env, {});
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
