import featureStore from './feature-store.js';
import sources from './sources.js';
import validation from './validation.js';

export default [sources, validation, featureStore];
