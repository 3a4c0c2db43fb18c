import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a}from"./chunk-KNUTCYQW.js";import"./chunk-OOEDKO62.js";export{a as findDesignFiles};
