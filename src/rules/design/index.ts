import missingStep from './missing-step.js';

export default [missingStep];
