import type { DisclosureModel } from '../model/types';
import { t2Identities, t3Identities, t5Identities, t6Identities, t78Identities } from './identities/classified';
import { crossIdentities } from './identities/cross';
import { t10Identities, t11Identities, t12Identities } from './identities/other';
import { t1Identities, t4Identities } from './identities/summary';
import { t9Identities } from './identities/threePublic';
import { unreadIdentities } from './identities/unread';
import type { IdentitySpec } from './types';

/** A function that states identities of one family (one or a few rule ids). */
export type IdentitySource = (model: DisclosureModel) => IdentitySpec[];

/** Every identity family, in the order they are evaluated. */
export const IDENTITY_SOURCES: IdentitySource[] = [
  t1Identities,
  t2Identities,
  t3Identities,
  t4Identities,
  t5Identities,
  t6Identities,
  t78Identities,
  t9Identities,
  t10Identities,
  t11Identities,
  t12Identities,
  crossIdentities,
  unreadIdentities,
];
