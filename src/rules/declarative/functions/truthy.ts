import { presenceOf } from '../../../design/index.js';
import type { CheckFunction } from './types.js';

/** The value is there and says something: not missing, empty, or hollow (`TBD`, `None`). */
export const truthy: CheckFunction = {
  description: 'the value is present and says something (not missing, empty, `TBD` or `None`)',
  options: [],
  prepare: () => (value) => {
    const presence = presenceOf(value);
    if (presence.state === 'missing') return 'is missing';
    if (presence.state === 'hollow') return `says nothing (\`${presence.written}\`)`;
    return undefined;
  },
};
