import { MAX_FILE_BYTES } from "../codes.js";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly hadBom: boolean }
  | {
      readonly ok: false;
      readonly code: "file-too-large" | "invalid-utf8";
      readonly message: string;
      readonly hint: string;
      readonly line: number;
      readonly column: number;
    };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: lenient.decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** Bytes to text, refusing what no record file should be: too large, or not UTF-8. */
export function decodeFile(content: string | Uint8Array): Decoded {
  if (typeof content === "string") {
    const size = Buffer.byteLength(content, "utf8");
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    return content.startsWith("\uFEFF")
      ? { ok: true, text: content.slice(1), hadBom: true }
      : { ok: true, text: content, hadBom: false };
  }
  if (content.length > MAX_FILE_BYTES) return tooLarge(content.length);
  let text: string;
  try {
    text = strict.decode(content);
  } catch {
    const offset = firstInvalidUtf8(content);
    const at = positionOfByte(content, Math.max(offset, 0));
    return {
      ok: false,
      code: "invalid-utf8",
      message: `byte 0x${(content[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset} is not valid UTF-8`,
      hint: "save the file as UTF-8 (without a byte order mark)",
      ...at,
    };
  }
  return text.startsWith("\uFEFF")
    ? { ok: true, text: text.slice(1), hadBom: true }
    : { ok: true, text, hadBom: false };
}

/** What `file-too-large` says, whether the size came from the bytes or from the file's metadata. */
export function tooLargeText(size: number): { message: string; hint: string } {
  return {
    message: `the file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (256 KiB)`,
    hint: "a record file may be at most 256 KiB: split the record, or move long text to a source's archive snapshot",
  };
}

function tooLarge(size: number): Decoded {
  return {
    ok: false,
    code: "file-too-large",
    ...tooLargeText(size),
    line: 1,
    column: 1,
  };
}
