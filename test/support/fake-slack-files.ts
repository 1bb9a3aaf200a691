/**
 * The file uploads of the fake Slack (what `files.uploadV2` calls): `files.getUploadURLExternal`
 * hands out an upload URL on the fake's own server, the bytes are POSTed there (multipart, as the
 * Web API client sends them), `files.completeUploadExternal` shares them; each shared file is
 * recorded with its bytes and where it went.
 */

/** A file shared through `files.completeUploadExternal`. */
export interface UploadedFile {
  id: string;
  filename: string;
  bytes: Buffer;
  title?: string;
  altText?: string;
  channel?: string;
  threadTs?: string;
  initialComment?: string;
}

/** The fake's upload state: URLs handed out, bytes received, files shared. */
export class FakeFiles {
  readonly uploaded: UploadedFile[] = [];
  private readonly pending = new Map<string, { filename: string; altText?: string; bytes?: Buffer }>();
  private next = 0;

  /** Answer `files.getUploadURLExternal`: a file id and an upload URL under `baseUrl`. */
  uploadUrl(body: Record<string, unknown>, baseUrl: string): Record<string, unknown> {
    const id = `F${String(++this.next).padStart(6, '0')}`;
    this.pending.set(id, { filename: String(body.filename ?? ''), ...(body.alt_text ? { altText: String(body.alt_text) } : {}) });
    return { ok: true, upload_url: `${baseUrl}/upload/${id}`, file_id: id };
  }

  /** Take the bytes POSTed to `/upload/<id>`: the multipart part, or the raw body; false for an unknown id. */
  async receive(id: string, raw: Buffer, contentType: string | undefined): Promise<boolean> {
    const upload = this.pending.get(id);
    if (!upload) return false;
    if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      const part = [...form.values()].find((value) => typeof value !== 'string');
      upload.bytes = part && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
    } else upload.bytes = raw;
    return true;
  }

  /** Answer `files.completeUploadExternal`: share the uploaded files; an id without bytes is an error, as in Slack. */
  complete(body: Record<string, unknown>): Record<string, unknown> {
    const files = Array.isArray(body.files) ? (body.files as Array<{ id?: string; title?: string }>) : [];
    const shared: UploadedFile[] = [];
    for (const file of files) {
      const upload = this.pending.get(String(file.id));
      if (!upload?.bytes) return { ok: false, error: 'file_upload_not_found' };
      shared.push({
        id: String(file.id),
        filename: upload.filename,
        bytes: upload.bytes,
        ...(file.title ? { title: file.title } : {}),
        ...(upload.altText ? { altText: upload.altText } : {}),
        ...(body.channel_id ? { channel: String(body.channel_id) } : {}),
        ...(body.thread_ts ? { threadTs: String(body.thread_ts) } : {}),
        ...(body.initial_comment ? { initialComment: String(body.initial_comment) } : {}),
      });
    }
    this.uploaded.push(...shared);
    return { ok: true, files: shared.map((f) => ({ id: f.id, title: f.title ?? f.filename })) };
  }
}
