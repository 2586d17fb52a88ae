import { request } from 'node:http';
import { readFileSync } from 'node:fs';

const b64 = (value: string) => Buffer.from(value).toString('base64');

export interface TusResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw tus 1.0.0 over node:http, so a test controls exactly which bytes go out and when the connection drops. */
function send(url: string, method: string, headers: Record<string, string>, body?: Buffer): Promise<TusResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { 'tus-resumable': '1.0.0', ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function createUpload(url: string, auth: Record<string, string>, size: number, metadata: Record<string, string>): Promise<TusResponse> {
  const meta = Object.entries(metadata).map(([k, v]) => `${k} ${b64(v)}`).join(',');
  return send(url, 'POST', { ...auth, 'upload-length': String(size), 'upload-metadata': meta });
}

export function patchChunk(location: string, auth: Record<string, string>, offset: number, chunk: Buffer): Promise<TusResponse> {
  return send(location, 'PATCH', { ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, chunk);
}

export async function uploadOffset(location: string, auth: Record<string, string>): Promise<number> {
  const head = await send(location, 'HEAD', auth);
  if (head.status !== 200) throw new Error(`HEAD ${location} answered ${head.status}`);
  return Number(head.headers['upload-offset']);
}

/**
 * Sends `bytes` of a PATCH body then drops the connection, as a flaky network would. Resolves
 * once the socket is closed; the server keeps what it had received.
 */
export function patchThenDrop(location: string, auth: Record<string, string>, offset: number, data: Buffer, bytes: number): Promise<void> {
  return new Promise((resolve) => {
    const req = request(location, {
      method: 'PATCH',
      headers: { 'tus-resumable': '1.0.0', ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream', 'content-length': String(data.length) },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(data.subarray(0, bytes), () => setImmediate(() => req.destroy()));
  });
}

/**
 * Sends the rest of `data` from the server's offset, as a tus client does after a failure: a 409
 * (offset mismatch, e.g. while the server is still storing the bytes of a dropped request) means
 * ask the offset again and go on from there. Answers the status of the last PATCH.
 */
export async function resumeUpload(location: string, auth: Record<string, string>, data: Buffer, chunkBytes: number): Promise<{ status: number; conflicts: number }> {
  let offset = await uploadOffset(location, auth);
  let status = 0;
  let conflicts = 0;
  while (offset < data.length) {
    const response = await patchChunk(location, auth, offset, data.subarray(offset, offset + chunkBytes));
    status = response.status;
    if (status === 409 && conflicts < 20) {
      conflicts += 1;
      offset = await uploadOffset(location, auth);
      continue;
    }
    if (status !== 204) break;
    offset = Number(response.headers['upload-offset']);
  }
  return { status, conflicts };
}

/** Uploads a whole file in chunks; answers the response to the last PATCH. */
export async function uploadFile(url: string, auth: Record<string, string>, file: string, videoId: string, filename: string, chunkBytes = 4 * 1024 * 1024, metadata: Record<string, string> = {}): Promise<TusResponse> {
  const data = readFileSync(file);
  const created = await createUpload(url, auth, data.length, { videoId, filename, ...metadata });
  if (created.status !== 201) return created;
  const location = String(created.headers.location);
  let offset = 0;
  let last = created;
  while (offset < data.length) {
    last = await patchChunk(location, auth, offset, data.subarray(offset, offset + chunkBytes));
    if (last.status !== 204) return last;
    offset = Number(last.headers['upload-offset']);
  }
  return last;
}
