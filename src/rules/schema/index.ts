import invalid from './invalid.js';

export default [invalid];
