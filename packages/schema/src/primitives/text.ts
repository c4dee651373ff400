import * as z from "zod";

/** A one-line human text: trimmed, non-empty. */
export const Line = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(300, { message: "keep it to one line of at most 300 characters" })
  .regex(/^[^\n\r]*$/, { message: "must be a single line" });

/** Free text of one or more paragraphs. */
export const Prose = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(5000, { message: "at most 5000 characters" });

/** Longest verbatim quote a claim appearance may carry. */
export const QUOTE_MAX_LENGTH = 600;

/** A verbatim excerpt of a source: short enough to locate the claim, not to reproduce the text. */
export const Quote = z
  .string()
  .trim()
  .min(1, { message: "a quote must not be empty" })
  .max(QUOTE_MAX_LENGTH, {
    message: `quote at most ${QUOTE_MAX_LENGTH} characters: cite the sentence that carries the claim`,
  })
  .describe("A short verbatim excerpt of the source that carries the claim, copied exactly.");
