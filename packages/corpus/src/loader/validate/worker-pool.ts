import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

type Request = WorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, "id">
    : never
  : never;
type ReplyTo<T extends Request["type"]> = Extract<WorkerReply, { type: T }>;

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A few loader workers (worker_threads) taking requests in turn: each worker runs one request
 * at a time, and the next queued request goes to the first worker free.
 */
export class LoaderPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  readonly #all: Worker[] = [];
  #nextId = 0;
  #failure: Error | undefined;

  private constructor(script: URL, size: number) {
    for (let i = 0; i < size; i++) {
      // A bounded heap makes the worker collect its garbage early: each request needs little.
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 256 } });
      worker.on("message", (reply: WorkerReply) => this.#done(worker, reply));
      worker.on("error", (error) => this.#fail(error));
      worker.on("exit", (code) => {
        if (code !== 0) this.#fail(new Error(`a loader worker exited with code ${code}`));
      });
      this.#all.push(worker);
      this.#idle.push(worker);
    }
  }

  /**
   * A pool of `size` workers, or undefined where the worker script is not there (running from
   * source rather than the build): the caller then does the work itself.
   */
  static create(size: number): LoaderPool | undefined {
    if (size < 1) return undefined;
    const script = new URL("./loader-worker.js", import.meta.url);
    if (script.protocol !== "file:" || !existsSync(fileURLToPath(script))) return undefined;
    return new LoaderPool(script, size);
  }

  request<T extends Request["type"]>(request: Extract<Request, { type: T }>): Promise<ReplyTo<T>> {
    return new Promise((resolve, reject) => {
      if (this.#failure !== undefined) return reject(this.#failure);
      const job: Job = {
        request: { ...request, id: this.#nextId++ } as WorkerRequest,
        resolve: resolve as (reply: WorkerReply) => void,
        reject,
      };
      this.#queue.push(job);
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker;
      const job = this.#queue.shift() as Job;
      this.#busy.set(worker, job);
      worker.postMessage(job.request);
    }
  }

  #done(worker: Worker, reply: WorkerReply): void {
    const job = this.#busy.get(worker);
    this.#busy.delete(worker);
    this.#idle.push(worker);
    if (job !== undefined) {
      if (reply.type === "error") job.reject(new Error(`a loader worker failed: ${reply.message}`));
      else job.resolve(reply);
    }
    this.#dispatch();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const job of [...this.#busy.values(), ...this.#queue.splice(0)]) job.reject(error);
    this.#busy.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((worker) => worker.terminate()));
  }
}
