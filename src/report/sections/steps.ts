import { plainStep } from './step.js';

/** Steps 1–4 have nothing to show beyond their fields. */
export const requirements = plainStep('requirements');
export const framing = plainStep('framing');
export const data = plainStep('data');
export const model = plainStep('model');
