import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{isAbsolute as o,relative as i,sep as s}from"node:path";function e(r,t){let n=i(r,t);return n!==""&&n!==".."&&!n.startsWith(`..${s}`)&&!o(n)}function g(r,t){return(e(r,t)?i(r,t):t).split(s).join("/")}export{e as a,g as b};
