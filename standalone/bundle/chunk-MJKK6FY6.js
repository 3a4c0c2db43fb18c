import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b}from"./chunk-6Q354M2A.js";import"./chunk-O5SOVCLR.js";import"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";export{b as OutputGuard,a as checkOutputCollisions};
