import owners from './owners.js';

export default [owners];
