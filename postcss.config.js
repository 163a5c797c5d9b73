import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autoprefixer from 'autoprefixer';
import tailwindcss from 'tailwindcss';

const here = path.dirname(fileURLToPath(import.meta.url));

export default { plugins: [tailwindcss({ config: path.join(here, 'tailwind.config.ts') }), autoprefixer()] };
