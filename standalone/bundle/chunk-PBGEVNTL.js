import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{createRequire as o}from"node:module";function r(){return t??=o(import.meta.url)("node:crypto")}var t;export{r as a};
