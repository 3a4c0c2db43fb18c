import { enumeration } from './enumeration.js';
import { falsy } from './falsy.js';
import { length } from './length.js';
import { pattern } from './pattern.js';
import { quantity } from './quantity.js';
import { schema } from './schema.js';
import { truthy } from './truthy.js';
import type { CheckFunction } from './types.js';

/** The functions a declarative rule's `then` can name (docs/rules.md, "Writing your own rules"). */
export const CHECK_FUNCTIONS: Readonly<Record<string, CheckFunction>> = { truthy, falsy, pattern, enumeration, length, quantity, schema };

export type { CheckFunction, ValueTest, OptionProblem } from './types.js';
