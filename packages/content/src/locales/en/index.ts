import type { Strings } from '../../strings.ts';
import { comparison } from './comparison.ts';
import { landing } from './landing.ts';
import { layout } from './layout.ts';
import { privacy } from './privacy.ts';
import { handout } from './handout.ts';
import { selfCheck } from './self-check.ts';

export { release } from './release.ts';

export const strings: Strings = {
  ...layout,
  ...landing,
  ...comparison,
  ...privacy,
  ...selfCheck,
  ...handout,
};
