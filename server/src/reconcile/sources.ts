import type { DisclosureModel } from '../model/types';
import type { IdentitySpec } from './types';

/** A function that states identities of one family (one or a few rule ids). */
export type IdentitySource = (model: DisclosureModel) => IdentitySpec[];

/** Every identity family, in the order they are evaluated. */
export const IDENTITY_SOURCES: IdentitySource[] = [];
