/** The units feature's entry for other features. */
export { findUnit, type UnitRow } from './repo';
