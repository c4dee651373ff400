import * as z from "zod";
import { MULTILINE_TEXT, ONE_LINE_TEXT } from "./unsafe-characters.js";

// Each text is checked for unsafe characters (controls, bidirectional and invisible ones; see
// unsafe-characters.ts) before it is trimmed, so that none hides at either end and the
// position a problem gives is the position in the text as written.

/** A one-line human text: trimmed, non-empty, without tabs or unsafe characters. */
export const Line = z
  .string()
  .check(ONE_LINE_TEXT)
  .trim()
  .min(1, { message: "must not be empty" })
  .max(300, { message: "keep it to one line of at most 300 characters" })
  // Checked after trimming; the leading and trailing whitespace let in is what trimming removes,
  // so that the generated JSON Schema, which cannot trim, accepts what the model accepts.
  .regex(/^\s*[^\n]*?\s*$/, { message: "must be a single line" });

/** Free text of one or more paragraphs, without unsafe characters. */
export const Prose = z
  .string()
  .check(MULTILINE_TEXT)
  .trim()
  .min(1, { message: "must not be empty" })
  .max(5000, { message: "at most 5000 characters" });

/** Longest verbatim quote a claim appearance may carry. */
export const QUOTE_MAX_LENGTH = 600;

/** A verbatim excerpt of a source: short enough to locate the claim, not to reproduce the text. */
export const Quote = z
  .string()
  .check(MULTILINE_TEXT)
  .trim()
  .min(1, { message: "a quote must not be empty" })
  .max(QUOTE_MAX_LENGTH, {
    message: `quote at most ${QUOTE_MAX_LENGTH} characters: cite the sentence that carries the claim`,
  })
  .describe("A short verbatim excerpt of the source that carries the claim, copied exactly.");
