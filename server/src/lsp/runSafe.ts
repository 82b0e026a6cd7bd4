/** Runs a request handler; an exception is logged and answered with `fallback`, never crashing the server. */
export function runSafe<T>(log: (msg: string) => void, name: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return fallback;
  }
}
