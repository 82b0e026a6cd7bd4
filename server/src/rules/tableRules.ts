import R01 from './defs/R01';
import T1_01 from './defs/T1-01';
import T1_02 from './defs/T1-02';
import T1_03 from './defs/T1-03';
import T1_04 from './defs/T1-04';
import T1_05 from './defs/T1-05';
import T2_01 from './defs/T2-01';
import T2_02 from './defs/T2-02';
import T3_01 from './defs/T3-01';
import T3_02 from './defs/T3-02';
import T4_01 from './defs/T4-01';
import T5_01 from './defs/T5-01';
import T5_02 from './defs/T5-02';
import T6_01 from './defs/T6-01';
import T6_02 from './defs/T6-02';
import T6_03 from './defs/T6-03';
import T7_02 from './defs/T7-02';
import T8_02 from './defs/T8-02';
import T9_01 from './defs/T9-01';
import T9_02 from './defs/T9-02';
import T9_03 from './defs/T9-03';
import T9_04 from './defs/T9-04';
import T9_05 from './defs/T9-05';
import T9_06 from './defs/T9-06';
import T10_01 from './defs/T10-01';
import T11_01 from './defs/T11-01';
import T11_02 from './defs/T11-02';
import T12_01 from './defs/T12-01';
import X01 from './defs/X01';
import X02 from './defs/X02';
import X03 from './defs/X03';
import X04 from './defs/X04';
import X05 from './defs/X05';
import X06 from './defs/X06';
import X07 from './defs/X07';
import X08 from './defs/X08';
import X09 from './defs/X09';
import X10 from './defs/X10';
import X11 from './defs/X11';
import X13 from './defs/X13';
import X14 from './defs/X14';
import X15 from './defs/X15';
import type { Rule } from './types';

/** Table-side rules (RULES.md T1-01 … T12-01, X01 … X15), then R01 for every rounding gap. */
export const tableRules: Rule[] = [
  T1_01, T1_02, T1_03, T1_04, T1_05,
  T2_01, T2_02, T3_01, T3_02, T4_01, T5_01, T5_02,
  T6_01, T6_02, T6_03, T7_02, T8_02,
  T9_01, T9_02, T9_03, T9_04, T9_05, T9_06,
  T10_01, T11_01, T11_02, T12_01,
  X01, X02, X03, X04, X05, X06, X07, X08, X09, X10, X11, X13, X14, X15,
  R01,
];
