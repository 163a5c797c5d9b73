import { ConfigError } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';

/**
 * Runs an operator command: its exit code, or a one-line message and exit 1 — never a
 * stack trace. `explain` may word a known error its own way (null: the default wording).
 */
export function runCli(main: (argv: string[]) => Promise<number>, explain: (err: unknown) => string | null = () => null): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      const own = explain(err);
      if (own) process.stderr.write(`${own}\n`);
      else if (err instanceof ConfigError || err instanceof DataDirLockedError) process.stderr.write(`${err.message}\n`);
      else process.stderr.write(`Failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
