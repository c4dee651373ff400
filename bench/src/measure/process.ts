import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** GNU time: the kernel's own account of a child's peak resident set and CPU time. */
const GNU_TIME = "/usr/bin/time";

export type MemoryMethod = "gnu-time" | "proc-vmhwm";

export function memoryMethod(): MemoryMethod {
  return existsSync(GNU_TIME) ? "gnu-time" : "proc-vmhwm";
}

export interface ProcessRun {
  readonly code: number;
  /** Wall time from spawn to exit, in milliseconds. */
  readonly wallMs: number;
  /** Peak resident set size in MiB. */
  readonly peakRssMib: number | undefined;
  /** User + system CPU seconds, where GNU time reports them. */
  readonly cpuS: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  /** Keep at most this much of stdout (a validator's report of a broken corpus can be huge). */
  readonly maxOutput?: number;
}

function readVmHwmKib(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a command as a whole process, timing it and measuring its peak memory. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<ProcessRun> {
  const method = memoryMethod();
  const scratch = mkdtempSync(join(tmpdir(), "leaks-bench-"));
  const timeFile = join(scratch, "time.txt");
  const [file, argv] =
    method === "gnu-time"
      ? [GNU_TIME, ["-f", "%e %M %U %S", "-o", timeFile, command, ...args]]
      : [command, [...args]];
  const maxOutput = options.maxOutput ?? 1 << 20;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (stdout.length < maxOutput) stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < maxOutput) stderr += chunk.toString();
    });
    let hwmKib = 0;
    const poll =
      method === "proc-vmhwm"
        ? setInterval(() => {
            const kib = child.pid === undefined ? undefined : readVmHwmKib(child.pid);
            if (kib !== undefined && kib > hwmKib) hwmKib = kib;
          }, 10)
        : undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.on("error", (error) => {
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      let peakRssMib: number | undefined;
      let cpuS: number | undefined;
      if (method === "gnu-time") {
        // The last line holds the figures; a child killed by a signal adds a line before it.
        const lines = existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split("\n") : [];
        const fields = (lines[lines.length - 1] ?? "").split(" ").map(Number);
        if (fields.length === 4 && fields.every(Number.isFinite)) {
          peakRssMib = (fields[1] as number) / 1024;
          cpuS = (fields[2] as number) + (fields[3] as number);
        }
      } else if (hwmKib > 0) peakRssMib = hwmKib / 1024;
      rmSync(scratch, { recursive: true, force: true });
      resolvePromise({
        code: code ?? (signal === null ? 1 : 128),
        wallMs,
        peakRssMib,
        cpuS,
        stdout,
        stderr,
      });
    });
  });
}

/** Runs a command that must succeed; throws with its output otherwise. */
export async function runChecked(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<ProcessRun> {
  const run = await runProcess(command, args, options);
  if (run.code !== 0)
    throw new Error(
      `${command} ${args.join(" ")} exited with ${run.code}\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`,
    );
  return run;
}
