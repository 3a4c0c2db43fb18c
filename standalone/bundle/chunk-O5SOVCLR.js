import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{lstatSync as n,statSync as e}from"node:fs";function d(t){try{return e(t)}catch{return}}function i(t){try{return n(t)}catch{return}}export{d as a,i as b};
