import featureStore from './feature-store.js';
import sources from './sources.js';
import trainingServingSkew from './training-serving-skew.js';
import validation from './validation.js';

export default [sources, validation, featureStore, trainingServingSkew];
