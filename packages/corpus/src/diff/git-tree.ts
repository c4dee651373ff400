import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Git is missing, the folder is not in a repository, or the ref names no commit. */
export class GitTreeError extends Error {
  override readonly name = "GitTreeError";
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run("git", [...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitTreeError(stderr || (error as Error).message);
  }
}

/** Reads many blobs in one `git cat-file --batch` process rather than one `git show` each. */
function readBlobs(cwd: string, shas: readonly string[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => reject(new GitTreeError(error.message)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new GitTreeError(stderr.trim() || `git cat-file exited with ${code}`));
        return;
      }
      const out = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
      let at = 0;
      for (const sha of shas) {
        const end = out.indexOf(10, at);
        const header = out.subarray(at, end).toString("utf8").split(" ");
        if (header[0] !== sha || header[1] !== "blob") {
          reject(new GitTreeError(`git cat-file: unexpected answer for ${sha}`));
          return;
        }
        const size = Number(header[2]);
        blobs.push(out.subarray(end + 1, end + 1 + size));
        at = end + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(shas.map((sha) => `${sha}\n`).join(""));
  });
}

/**
 * The files of a folder as they were at a git ref: paths relative to the folder (posix), each
 * with its bytes. An empty map when the folder did not exist then.
 */
export async function filesAtRef(folder: string, ref: string): Promise<Map<string, Buffer>> {
  // A ref is never an option: `--output=...` must not reach git as one.
  if (ref.startsWith("-")) throw new GitTreeError(`not a git revision: ${ref}`);
  const prefix = (await git(folder, ["rev-parse", "--show-prefix"])).trim();
  const root = (await git(folder, ["rev-parse", "--show-toplevel"])).trim();
  try {
    await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitTreeError(`not a git revision: ${ref}`);
  }
  const listing = await git(root, ["ls-tree", "-r", "-z", "--full-tree", ref, "--", prefix || "."]);
  const entries: { path: string; sha: string }[] = [];
  for (const line of listing.split("\0")) {
    if (line === "") continue;
    const tab = line.indexOf("\t");
    const [, type, sha] = line.slice(0, tab).split(" ");
    const path = line.slice(tab + 1);
    if (type !== "blob" || sha === undefined || !path.startsWith(prefix)) continue;
    entries.push({ path: path.slice(prefix.length), sha });
  }
  const blobs =
    entries.length === 0
      ? []
      : await readBlobs(
          root,
          entries.map((e) => e.sha),
        );
  return new Map(entries.map((entry, i) => [entry.path, blobs[i] ?? Buffer.alloc(0)]));
}

/** Release tags of @leaks/corpus (`@leaks/corpus@1.2.0`) reachable from HEAD, newest first. */
export async function releaseTags(folder: string): Promise<string[]> {
  const out = await git(folder, [
    "tag",
    "--list",
    "@leaks/corpus@*",
    "--merged",
    "HEAD",
    "--sort=-version:refname",
  ]);
  return out.split("\n").filter((line) => line !== "");
}
