import type * as z from "zod";
import { escapeForMessage, type ProblemParams } from "../primitives/unsafe-characters.js";
import { SCHEMA_PROBLEM_CODES, type SchemaProblemCode } from "./codes.js";
import type { PathSegment, Problem, RecordKind } from "./problem.js";
import { didYouMean } from "./suggest.js";

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
      return unwrap(def.innerType as AnySchema);
    case "pipe":
      return unwrap(def.in as AnySchema);
    case "union":
      return (def.options as AnySchema[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

/** The keys an object schema accepts at a path, for "did you mean" on unknown keys. */
function knownKeysAt(schema: AnySchema, path: readonly PathSegment[]): string[] {
  let candidates = unwrap(schema);
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const candidate of candidates) {
      const def = candidate._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === "object" && typeof segment === "string") {
        const child = (def.shape as Record<string, AnySchema>)[segment];
        if (child) next.push(...unwrap(child));
      } else if (def.type === "array" && typeof segment === "number") {
        next.push(...unwrap(def.element as AnySchema));
      }
    }
    candidates = next;
  }
  return candidates.flatMap((candidate) => {
    const def = candidate._zod.def as unknown as Record<string, unknown> & { type: string };
    return def.type === "object" ? Object.keys(def.shape as object) : [];
  });
}

/** A value as a message shows it: text in JSON quotes, unsafe characters as `\uXXXX`. */
function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${shown(value)}`;
}

/**
 * A value quoted in a message: a string in double quotes (its own quotes and backslashes
 * escaped as JSON does), every control or invisible character as `<U+XXXX>`; else as JSON.
 */
const shown = (value: unknown): string =>
  typeof value === "string"
    ? `"${escapeForMessage(value.replaceAll("\\", "\\\\").replaceAll('"', '\\"'))}"`
    : escapeForMessage(JSON.stringify(value) ?? String(value));

/** What YAML reads text as once its quotes are removed, where that is a number or a boolean. */
function unquoted(text: string): number | boolean | undefined {
  const trimmed = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === "true" || trimmed === "false") return trimmed === "true";
  return undefined;
}

/**
 * A value refused for its type alone, where the same value written without (or with) quotes
 * would do: `"3"` for the number 3, `3` for the text "3".
 */
function requoting(
  value: unknown,
  allowed: readonly unknown[],
): { message: string; hint: string } | undefined {
  if (typeof value === "string") {
    const bare = unquoted(value);
    if (bare === undefined || !allowed.includes(bare)) return undefined;
    return {
      message: `${shown(value)} is a string, not the ${typeof bare} ${bare}`,
      hint: `write ${bare} without quotes`,
    };
  }
  if ((typeof value === "number" || typeof value === "boolean") && allowed.includes(String(value)))
    return {
      message: `${value} is a ${typeof value}, not the text "${value}"`,
      hint: `write "${value}" in quotes`,
    };
  return undefined;
}

/** Where text was written for a number or a boolean that its unquoted form would be. */
function unquotedFor(expected: string, value: unknown): number | boolean | undefined {
  if (typeof value !== "string") return undefined;
  const bare = unquoted(value);
  const type = expected === "int" ? "number" : expected;
  return bare !== undefined && typeof bare === type ? bare : undefined;
}

/** What zod's built-in formats look like, for hints; our own formats explain themselves. */
const FORMAT_SHAPES: Record<string, string> = {
  date: "a calendar day, YYYY-MM-DD",
  url: "an absolute http:// or https:// URL",
};

/** For a date written day-first or month-first, the two ISO forms it may mean. */
function dateHint(value: string): string | undefined {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const [, a = "", b = "", year] = m;
  const iso = (month: string, day: string) =>
    `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return `write dates as YYYY-MM-DD: ${iso(b, a)} if the day comes first, ${iso(a, b)} if the month does`;
}

interface Context {
  readonly schema: AnySchema;
  readonly data: unknown;
  readonly recordId?: string;
  readonly recordKind?: RecordKind;
}

function problem(
  ctx: Context,
  code: SchemaProblemCode,
  path: PathSegment[],
  message: string,
  hint: string,
): Problem {
  return {
    code,
    severity: "error",
    message,
    hint,
    path,
    ...(ctx.recordId === undefined ? {} : { recordId: ctx.recordId }),
    ...(ctx.recordKind === undefined ? {} : { recordKind: ctx.recordKind }),
  };
}

function fromIssue(ctx: Context, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
  const field = path.length === 0 ? "the record" : `"${path[path.length - 1]}"`;
  const value = valueAt(ctx.data, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, knownKeysAt(ctx.schema, path));
        return problem(
          ctx,
          "unknown-key",
          [...path, key],
          `unknown key ${shown(key)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
          suggestion
            ? `rename it to "${suggestion}"`
            : `remove it; allowed keys: ${knownKeysAt(ctx.schema, path).join(", ")}`,
        );
      });
    case "invalid_type": {
      if (value === undefined)
        return [
          problem(
            ctx,
            "missing-field",
            path,
            `${field} is required`,
            `add ${field} (${issue.expected})`,
          ),
        ];
      const bare = unquotedFor(issue.expected, value);
      if (bare !== undefined)
        return [
          problem(
            ctx,
            "wrong-type",
            path,
            `${shown(value)} is a string, not the ${typeof bare} ${bare}`,
            `write ${bare} without quotes`,
          ),
        ];
      return [
        problem(
          ctx,
          "wrong-type",
          path,
          `expected ${issue.expected}, found ${describeValue(value)}`,
          issue.expected === "string" && (typeof value === "number" || typeof value === "boolean")
            ? `put the value of ${field} in quotes, exactly as written, so YAML keeps it as text`
            : `write ${field} as ${issue.expected}`,
        ),
      ];
    }
    case "invalid_value": {
      if (value === undefined) {
        return [
          problem(
            ctx,
            "missing-field",
            path,
            `${field} is required`,
            `add ${field}: one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
          ),
        ];
      }
      const retyped = requoting(value, issue.values);
      if (retyped !== undefined)
        return [problem(ctx, "invalid-value", path, retyped.message, retyped.hint)];
      const suggestion =
        typeof value === "string" && value !== ""
          ? didYouMean(value, issue.values.map(String))
          : undefined;
      return [
        problem(
          ctx,
          "invalid-value",
          path,
          `${value === "" || value === null ? "an empty value" : describeValue(value)} is not allowed${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
          `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        ),
      ];
    }
    case "invalid_format": {
      const shape = FORMAT_SHAPES[issue.format] ?? "the format the message describes";
      return [
        problem(
          ctx,
          "invalid-format",
          path,
          `${describeValue(value)}: ${issue.message}`,
          (typeof value === "string" ? dateHint(value) : undefined) ??
            `rewrite ${field} as ${shape}`,
        ),
      ];
    }
    case "too_small": {
      const minimum = Number(issue.minimum);
      const hint =
        issue.origin === "array"
          ? `add at least ${minimum} item${minimum === 1 ? "" : "s"} to ${field}`
          : issue.origin === "string"
            ? minimum <= 1
              ? `fill in ${field}`
              : `write at least ${minimum} characters in ${field}`
            : `make ${field} at least ${minimum}`;
      return [problem(ctx, "out-of-range", path, issue.message, hint)];
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      const hint =
        issue.origin === "array"
          ? `keep at most ${maximum} items in ${field}`
          : issue.origin === "string"
            ? `shorten ${field} to at most ${maximum} characters`
            : `make ${field} at most ${maximum}`;
      return [problem(ctx, "out-of-range", path, issue.message, hint)];
    }
    case "custom": {
      const params = (issue.params ?? {}) as Partial<ProblemParams>;
      const known =
        params.code !== undefined && params.code in SCHEMA_PROBLEM_CODES
          ? (params.code as SchemaProblemCode)
          : "invalid-format";
      return [
        problem(
          ctx,
          known,
          path,
          params.quiet === true ? issue.message : `${describeValue(value)}: ${issue.message}`,
          params.hint ?? `fix ${field}`,
        ),
      ];
    }
    case "invalid_union": {
      const discriminated = issue as { discriminator?: string; options?: unknown[] };
      if (discriminated.discriminator !== undefined && Array.isArray(discriminated.options)) {
        const options = discriminated.options.map(String);
        const isMissing = value === undefined;
        const suggestion = typeof value === "string" ? didYouMean(value, options) : undefined;
        return [
          problem(
            ctx,
            isMissing ? "missing-field" : "invalid-value",
            path,
            isMissing
              ? `${field} is required`
              : `${describeValue(value)} is not allowed${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
            `use one of: ${options.map((option) => JSON.stringify(option)).join(", ")}`,
          ),
        ];
      }
      // A union whose branches all failed: report the branch that got furthest. A branch for
      // another type (text, where the value is a number) got nowhere, however few its issues.
      const branches = issue.errors;
      const wrongType = (branch: z.core.$ZodIssue[]) =>
        branch.every((inner) => inner.code === "invalid_type" && inner.path.length === 0);
      // Literal branches ("several" | "unknown") each know one value: offer them all.
      const literal = (branch: z.core.$ZodIssue[]) =>
        branch.length === 1 && branch[0]?.code === "invalid_value" && branch[0].path.length === 0
          ? branch[0].values
          : [];
      // Text in quotes where a branch takes the number (or boolean) it spells, and the other
      // branches refused it only for its type or value: say to remove the quotes.
      const unquotedBranch = branches.find(
        (branch) =>
          branch.length === 1 &&
          branch[0]?.code === "invalid_type" &&
          branch[0].path.length === 0 &&
          unquotedFor(branch[0].expected, value) !== undefined,
      );
      if (
        unquotedBranch?.[0] !== undefined &&
        branches.every((branch) => wrongType(branch) || literal(branch).length > 0)
      )
        return fromIssue(ctx, { ...unquotedBranch[0], path });
      const best = branches.reduce<z.core.$ZodIssue[] | undefined>((acc, branch) => {
        if (acc === undefined) return branch;
        if (wrongType(acc) !== wrongType(branch)) return wrongType(acc) ? branch : acc;
        return branch.length < acc.length ? branch : acc;
      }, undefined);
      if (branches.length === 0 || best === undefined || best.length === 0) {
        return [
          problem(
            ctx,
            "invalid-shape",
            path,
            `${describeValue(value)} matches none of the allowed shapes`,
            issue.message,
          ),
        ];
      }
      const [only] = best;
      if (only?.code === "invalid_value" && literal(best).length > 0) {
        const words = branches.flatMap(literal);
        const problems = fromIssue(ctx, { ...only, values: words, path });
        // A number branch too (a count, or "several"): the hint offers both.
        const takesNumber = branches.some(
          (branch) =>
            wrongType(branch) &&
            branch[0]?.code === "invalid_type" &&
            branch[0].expected === "number",
        );
        return takesNumber
          ? problems.map((p) => ({
              ...p,
              hint: `write a number without quotes, or one of: ${words.map((v) => JSON.stringify(v)).join(", ")}`,
            }))
          : problems;
      }
      return best.flatMap((inner) => fromIssue(ctx, { ...inner, path: [...path, ...inner.path] }));
    }
    default:
      return [problem(ctx, "invalid-shape", path, issue.message, `fix ${field}`)];
  }
}

/** Turns a zod error into problems with stable codes, messages and hints. */
export function problemsFromZodError(
  error: z.ZodError,
  options: { schema: AnySchema; data: unknown; recordId?: string; recordKind?: RecordKind },
): Problem[] {
  return error.issues.flatMap((issue) => fromIssue(options, issue));
}
