import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a}from"./chunk-WX3S5D6W.js";import"./chunk-OOEDKO62.js";export{a as findDesignFiles};
