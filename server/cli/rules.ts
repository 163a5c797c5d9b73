import { readFileSync } from 'node:fs';
import { runRules, type ReadFile } from '../../domain/cli/rules';

/** `npm run --silent rules -- …`: the shell around the pure command in domain/cli/rules.ts (reads the file, prints the answer). */
const read: ReadFile = (file) => {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message };
  }
};

const answer = runRules(process.argv.slice(2), read);
process.stdout.write(answer.stdout);
process.stderr.write(answer.stderr);
process.exitCode = answer.code;
