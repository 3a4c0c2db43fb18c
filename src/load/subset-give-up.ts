/**
 * The signal that a text is outside the design subset: thrown wherever the subset parser
 * meets something it does not read, and caught by `parseDesignSubset`, which then returns
 * null so that the general parser decides.
 */
export const GIVE_UP = Symbol('outside the design subset');
export function giveUp(): never {
  throw GIVE_UP;
}
