import S01 from './defs/S01';
import S02 from './defs/S02';
import S03 from './defs/S03';
import S04 from './defs/S04';
import type { Rule } from './types';

/** What the parser and the model could not read, reported as information. */
export const structureRules: Rule[] = [S01, S02, S03, S04];
