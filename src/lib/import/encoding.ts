/** Text encodings of the platforms' exports: UTF-8 (with or without BOM) or GBK/GB18030
 * (reference §1). DuckDB-WASM reads only UTF-8, so anything else is transcoded, streaming. */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

const BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(head: Uint8Array): boolean {
  return BOM.every((b, i) => head[i] === b);
}

/** BOM, else strict UTF-8 over the head, else GB18030 (a superset of GBK and GB2312). The head
 * may end inside a multi-byte character, so up to 3 trailing bytes are forgiven. */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (hasUtf8Bom(head)) return 'utf-8-bom';
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      strict.decode(head.subarray(0, head.length - cut));
      return 'utf-8';
    } catch {
      // try a shorter head, in case the cut fell inside a character
    }
  }
  return 'gb18030';
}

export function decodeHead(head: Uint8Array, encoding: TextEncodingName): string {
  const text = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(head);
  return text.replace(/^\uFEFF/, '');
}

/** GB18030 → UTF-8 through streams, so a file of any size never becomes one JS string. */
export async function transcodeToUtf8(
  blob: Blob,
  onBytes?: (bytesRead: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let read = 0;
  const counter = new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
    transform(chunk, controller) {
      if (signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
      read += chunk.byteLength;
      onBytes?.(read);
      controller.enqueue(chunk);
    },
  });
  const stream = blob
    .stream()
    .pipeThrough(counter)
    .pipeThrough(new TextDecoderStream('gb18030'))
    .pipeThrough(new TextEncoderStream());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
