import baseline from './baseline.js';
import registry from './registry.js';
import training from './training.js';

export default [baseline, training, registry];
