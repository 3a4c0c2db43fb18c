import { saysSomething } from '../../../design/index.js';
import { shown, type CheckFunction } from './types.js';

/** The opposite of `truthy`: the value is missing or says nothing. */
export const falsy: CheckFunction = {
  description: 'the value is missing, empty or says nothing',
  options: [],
  prepare: () => (value) => (saysSomething(value) ? `must not be set (it is \`${shown(value)}\`)` : undefined),
};
