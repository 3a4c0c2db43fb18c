import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a}from"./chunk-WMEHS7OQ.js";import"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";export{a as checkOutputCollisions};
