// Base64 without blowing the stack: String.fromCharCode.apply on a whole file would pass millions of
// arguments. Chunks are a multiple of 3 bytes so each chunk's base64 can simply be concatenated.
const CHUNK = 3 * 0x4000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, Math.min(i + CHUNK, bytes.length));
    let binary = '';
    // Inner loop in smaller slices keeps the argument list short on every engine.
    for (let j = 0; j < chunk.length; j += 0x1000) {
      binary += String.fromCharCode(...chunk.subarray(j, Math.min(j + 0x1000, chunk.length)));
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
